// The demo city's 互动交流 content for 市委宣传部 (site xcb), all 示例数据: letters that were answered and became
// 智库 entries, curated Q&A, and two 意见征集 campaigns. Names, addresses and numbers are invented; the personal
// data in the letters shows the masking (the 智库 and the portal show it starred out).

export interface DemoLetter {
  /** Idempotency key of the submission: a second start finds the letter and leaves it alone. */
  key: string;
  title: string;
  content: string;
  category: string;
  reply: string;
  rating?: "satisfied" | "basically_satisfied";
}

export const DEMO_LETTERS: DemoLetter[] = [
  {
    key: "jiyue-demo-letter-01",
    title: "社区新时代文明实践站周末能否开放",
    content:
      "我是渝中区大坪街道的居民，家住大坪正街 118 号 5 栋，联系电话 13983000001。社区新时代文明实践站" +
      "平时只在工作日开放，上班族很难参加里面的书法、非遗剪纸等活动。希望周末也能开放，方便双职工家庭带孩子参加。",
    category: "文明实践",
    reply:
      "感谢您对新时代文明实践工作的关心。经与渝中区委宣传部和大坪街道沟通，自下月起大坪街道文明实践站在每周六" +
      "9:00—17:00 开放，书法、剪纸等活动安排在周六上午，具体课表在“渝中文明实践”公众号每周五发布。",
    rating: "satisfied",
  },
  {
    key: "jiyue-demo-letter-02",
    title: "志愿服务时长证明如何开具",
    content:
      "我在“志愿重庆”平台登记了 120 小时志愿服务时长，学校评优需要盖章的时长证明，请问应当到哪里开具？" +
      "能否在网上办理？",
    category: "志愿服务",
    reply:
      "志愿服务时长证明可在“志愿重庆”平台自助开具：登录后进入“我的—志愿证明”，选择时间段即可生成带电子签章的证明，" +
      "学校和用人单位可扫码核验。如需纸质盖章件，可持身份证到所属志愿服务组织或区县志愿服务联合会办理。",
    rating: "satisfied",
  },
  {
    key: "jiyue-demo-letter-03",
    title: "观音桥步行街公益广告牌破损",
    content:
      "江北区观音桥步行街北侧靠近地铁 3 号出口的一块公益广告灯箱玻璃破裂，边缘锋利，晚上灯也不亮，" +
      "人流量大，担心划伤行人，请尽快维修。",
    category: "公益广告",
    reply:
      "收到来信后，江北区文明办会同观音桥街道于次日对该灯箱进行了现场查看，已拆除破损玻璃并设置临时围挡，" +
      "新灯箱已于 3 个工作日内更换完毕。今后步行街公益广告设施纳入每周巡查，发现损坏可拨打 12345 反映。",
    rating: "basically_satisfied",
  },
  {
    key: "jiyue-demo-letter-04",
    title: "红岩革命纪念馆团体参观如何预约",
    content:
      "我们是沙坪坝区一家企业的党支部，计划组织 40 名党员到红岩革命纪念馆开展主题党日活动，请问团体参观" +
      "需要提前多久预约？能否安排讲解？联系人王女士，电话 13983000004。",
    category: "红色教育",
    reply:
      "红岩革命纪念馆团体参观实行网上预约，请通过“红岩联线”微信公众号提前 3 天提交团体预约，每团不超过 50 人；" +
      "预约成功后可同时申请免费讲解。周一闭馆（节假日除外），建议避开周末高峰时段。",
  },
  {
    key: "jiyue-demo-letter-05",
    title: "建议图书馆延长晚间开放时间",
    content:
      "重庆图书馆晚上 9 点闭馆，很多年轻人下班后想去自习时间不够。建议在考试季延长到晚上 10 点，" +
      "或者开放 24 小时自助阅览区。",
    category: "公共文化",
    reply:
      "您的建议已转重庆图书馆研究。重庆图书馆自本月起在考试季（每年 3—6 月、9—12 月）将自习区开放时间延长至 22:00，" +
      "一楼 24 小时城市书房持读者证刷卡即可进入。各区县图书馆的开放时间可在“书香重庆”平台查询。",
    rating: "satisfied",
  },
];

export interface DemoQa {
  title: string;
  question: string;
  answer: string;
  category: string;
}

export const DEMO_QA: DemoQa[] = [
  {
    title: "如何报名成为新时代文明实践志愿者",
    question: "想参加社区的新时代文明实践志愿服务，应该如何报名？有年龄要求吗？",
    answer:
      "年满 14 周岁即可在“志愿重庆”平台实名注册，注册后在“找项目”中选择所在街道（乡镇）文明实践所、站发布的项目报名；" +
      "未满 18 周岁的须经监护人同意。也可以直接到社区文明实践站现场登记。",
    category: "志愿服务",
  },
  {
    title: "单位如何申请在户外投放公益广告",
    question: "我们单位制作了一组垃圾分类主题的公益广告，想在街头灯箱和公交站台投放，需要向哪里申请？",
    answer:
      "公益广告内容须符合《公益广告促进和管理暂行办法》，由所在区县文明办统筹安排户外公益广告资源。" +
      "请携带广告样稿和单位介绍信向区县文明办提出申请，审核通过后按计划排期投放，投放费用由广告资源方承担。",
    category: "公益广告",
  },
  {
    title: "“重庆好人”如何推荐",
    question: "我们小区有位老人十几年如一日义务照顾孤寡邻居，想推荐他参评“重庆好人”，怎么推荐？",
    answer:
      "“重庆好人”评选常年开展，群众可通过所在街道（乡镇）、区县文明办推荐，也可在“重庆文明网”好人推荐栏目在线提交" +
      "事迹材料（500 字以内，附照片）。区县文明办初审后报市文明办，每月公示评选结果。",
    category: "文明创建",
  },
];

export interface DemoCampaign {
  title: string;
  description: string;
  questions: {
    kind: "text" | "single" | "multiple";
    title: string;
    options?: string[];
    required?: boolean;
  }[];
}

export const OPEN_CAMPAIGN: DemoCampaign = {
  title: "2027年“书香重庆”全民阅读活动安排意见征集",
  description:
    "为办好 2027 年“书香重庆”全民阅读系列活动，让活动更贴近市民需求，市委宣传部现就活动形式、场所和时间安排公开征求意见。" +
    "欢迎广大市民积极建言，我们将认真研究吸纳，并在征集结束后公布采纳情况。",
  questions: [
    {
      kind: "single",
      title: "您最希望参加哪种阅读活动？",
      options: ["名家讲座", "读书分享会", "亲子共读", "古籍和非遗体验"],
      required: true,
    },
    {
      kind: "multiple",
      title: "您平时主要在哪些地方阅读？",
      options: ["家中", "公共图书馆", "城市书房", "书店", "地铁和公交上"],
    },
    { kind: "text", title: "您对全民阅读活动还有哪些意见和建议？" },
  ],
};

export const CLOSED_CAMPAIGN: DemoCampaign = {
  title: "城市公共空间公益广告设置意见征集",
  description:
    "为进一步规范城市公共空间公益广告设置，提升公益广告的传播效果和城市形象，市委宣传部就公益广告的主题、" +
    "设置位置和表现形式公开征求市民意见。",
  questions: [
    {
      kind: "single",
      title: "您认为目前公益广告的数量是否合适？",
      options: ["偏多", "合适", "偏少"],
      required: true,
    },
    {
      kind: "multiple",
      title: "您希望公益广告多宣传哪些主题？",
      options: ["文明交通", "垃圾分类", "诚信友善", "节约粮食", "防范诈骗"],
    },
    { kind: "text", title: "对公益广告的设置位置和形式有什么建议？" },
  ],
};

export interface DemoOpinion {
  choice: string;
  themes: string[];
  text: string;
  adoption: "adopted" | "partly_adopted" | "not_adopted";
  reason: string;
}

/** Opinions on the closed campaign, with how each was taken up. */
export const CLOSED_OPINIONS: DemoOpinion[] = [
  {
    choice: "合适",
    themes: ["防范诈骗", "文明交通"],
    text: "建议在地铁站台和车厢里多设置防范电信诈骗的公益广告，老年人最容易上当。",
    adoption: "adopted",
    reason: "已纳入轨道交通公益广告年度投放计划",
  },
  {
    choice: "偏少",
    themes: ["节约粮食"],
    text: "农贸市场和学校食堂周边可以增加节约粮食主题的公益广告，形式可以用方言漫画，更接地气。",
    adoption: "partly_adopted",
    reason: "学校食堂周边采纳，农贸市场结合市场改造分步实施",
  },
  {
    choice: "偏多",
    themes: ["诚信友善"],
    text: "个别路口公益广告灯箱太密集，晚上灯光刺眼，影响开车视线，建议调整亮度。我的电话 13983000009。",
    adoption: "adopted",
    reason: "已制定户外公益广告灯箱亮度和间距规范",
  },
  {
    choice: "合适",
    themes: ["垃圾分类"],
    text: "建议所有公益广告都改成电子屏滚动播放。",
    adoption: "not_adopted",
    reason: "电子屏能耗和维护成本较高，将在新建设施中择优使用",
  },
];

export const CLOSED_FEEDBACK_SUMMARY =
  "本次征集共收到意见 4 条，采纳 2 条、部分采纳 1 条。根据市民意见，市委宣传部已将防范电信诈骗列为轨道交通" +
  "公益广告重点主题，制定户外公益广告灯箱亮度和间距规范，并在中小学食堂周边增设节约粮食主题公益广告。感谢市民的关心和支持！";
