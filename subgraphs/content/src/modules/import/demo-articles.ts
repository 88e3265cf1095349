// Self-written demo articles for the demo city: titles and bodies assembled from building blocks with a seeded
// random generator, so the same sites and reference time always give the same articles.

export const DEMO_TAG = "示例数据";

export interface DemoSite {
  code: string;
  name: string;
}

export interface DemoArticle {
  siteCode: string;
  channelPath: string;
  title: string;
  /** Paragraph HTML (3–6 paragraphs). */
  body: string;
  /** ISO date-time with the +08:00 zone. */
  date: string;
  source: string;
  pinned: boolean;
  headline: boolean;
  carousel: boolean;
}

/** The main demo sites get more articles and the display flags (headline, carousel, pinned). */
export const MAIN_DEMO_SITES = ["xcb", "zgh", "tsw", "fl", "zzb", "kx", "rd", "zhengxie", "cl", "jggw"];

const SITE_TOPICS: Record<string, string[]> = {
  xcb: ["理论宣讲", "新时代文明实践", "文化惠民", "网络文明建设", "全民阅读"],
  zgh: ["职工技能提升", "困难职工帮扶", "劳模工匠选树", "新就业形态劳动者入会", "职工普惠服务"],
  tsw: ["青年就业创业", "少先队工作", "青年志愿服务", "青少年权益保护", "团员发展"],
  fl: ["家庭家教家风建设", "巾帼建功", "妇女儿童权益保障", "巾帼家政服务", "儿童之家建设"],
  zzb: ["基层党组织建设", "干部教育培训", "人才工作", "党员发展", "年轻干部培养"],
  kx: ["科学普及", "科技工作者服务", "青少年科技创新", "学会能力提升", "科普基地建设"],
  rd: ["代表联络站建设", "立法调研", "执法检查", "预算审查监督", "代表建议办理"],
  zhengxie: ["协商议政", "委员履职", "提案办理", "民主监督", "委员读书活动"],
  cl: ["残疾人就业帮扶", "无障碍环境建设", "残疾儿童康复", "助残志愿服务", "辅助器具适配"],
  jggw: ["模范机关创建", "机关党建", "作风建设", "党建业务融合", "青年理论学习"],
};
const COMMON_TOPICS = [
  "作风建设",
  "调查研究",
  "安全生产",
  "意识形态工作",
  "档案管理",
  "保密工作",
  "乡村振兴",
  "营商环境优化",
  "基层治理",
  "数字化建设",
  "党风廉政建设",
  "精神文明建设",
];
const PLACES = [
  "渝中区",
  "江北区",
  "沙坪坝区",
  "九龙坡区",
  "南岸区",
  "北碚区",
  "渝北区",
  "巴南区",
  "万州区",
  "涪陵区",
  "江津区",
  "合川区",
  "永川区",
  "綦江区",
  "大足区",
  "璧山区",
];
const QUARTERS = ["一", "二", "三", "四"];
const CAMPAIGNS = ["我为群众办实事", "奋进新征程", "学思践悟", "书香机关", "清风廉韵", "青春建新功"];

type Slots = {
  unit: string;
  topic: string;
  place: string;
  year: number;
  quarter: string;
  month: number;
  n: number;
  campaign: string;
};
type Template = (s: Slots) => string;

const TITLES: Record<string, Template[]> = {
  gzdt: [
    (s) => `${s.unit}召开${s.year}年第${s.quarter}季度工作推进会`,
    (s) => `${s.unit}党组理论学习中心组开展${s.month}月集中学习`,
    (s) => `${s.unit}赴${s.place}开展${s.topic}专题调研`,
    (s) => `${s.unit}举办${s.topic}专题培训班`,
    (s) => `${s.unit}主要负责同志到${s.place}督导${s.topic}工作`,
    (s) => `${s.unit}召开${s.topic}工作座谈会`,
    (s) => `${s.place}${s.topic}工作现场推进会召开`,
    (s) => `${s.unit}开展“${s.campaign}”主题活动`,
    (s) => `${s.unit}与${s.place}签订${s.topic}合作协议`,
    (s) => `${s.unit}召开${s.year}年${s.topic}工作会议`,
  ],
  tzgg: [
    (s) => `关于开展${s.year}年度${s.topic}工作的通知`,
    (s) => `关于举办${s.topic}培训班的通知`,
    (s) => `关于${s.topic}有关事项的公告`,
    (s) => `${s.year}年${s.topic}先进集体和个人拟推荐名单公示`,
    (s) => `关于做好${s.year}年第${s.quarter}季度${s.topic}工作的通知`,
  ],
  zcwj: [
    (s) => `关于进一步加强${s.topic}工作的实施意见`,
    (s) => `${s.unit}${s.topic}工作办法（试行）`,
    (s) => `关于印发《${s.topic}工作规则》的通知`,
    (s) => `${s.year}年${s.topic}工作要点`,
  ],
  dwgk: [
    (s) => `${s.unit}机关党委召开${s.year}年第${s.n}次党员大会`,
    (s) => `${s.unit}机关党支部开展${s.month}月“主题党日”活动`,
    (s) => `关于${s.year - 1}年度党费收缴使用管理情况的公示`,
    (s) => `${s.unit}召开${s.year}年度基层党组织书记述职评议会`,
  ],
};

const OPENINGS: Record<string, Template[]> = {
  gzdt: [
    (s) =>
      `${s.month}月，${s.unit}围绕${s.topic}组织召开专题会议，总结前一阶段工作，研究部署下一步重点任务。`,
    (s) => `近日，${s.unit}在${s.place}开展${s.topic}相关工作，${s.unit}主要负责同志出席并讲话。`,
    (s) => `为深入推进${s.topic}，${s.unit}近日组织相关处室和基层单位负责同志开展集中交流。`,
  ],
  tzgg: [
    (s) => `各有关单位：为扎实做好${s.year}年${s.topic}工作，经研究，现将有关事项通知如下。`,
    (s) => `根据工作安排，${s.unit}决定开展${s.topic}相关工作，现将有关事项公告如下。`,
  ],
  zcwj: [
    (s) => `为贯彻落实上级有关部署，进一步规范和加强${s.topic}，结合本单位实际，制定本文件。`,
    (s) => `${s.topic}是${s.unit}的一项重要基础性工作。为推动该项工作制度化、规范化，现提出如下意见。`,
  ],
  dwgk: [
    (s) => `${s.month}月，${s.unit}机关党委按照年度党建工作计划，组织开展了本次活动。`,
    (s) => `为加强机关党的建设，${s.unit}机关各党支部结合${s.topic}开展集中学习交流。`,
  ],
};

const MIDDLES: Template[] = [
  (s) => `会议指出，${s.topic}事关全局、事关长远，要坚持问题导向和目标导向相统一，把各项任务落细落实。`,
  (s) => `会议强调，要进一步压实工作责任，建立健全工作台账，定期调度进展情况，确保${s.topic}取得实效。`,
  (s) => `调研组一行先后走访了${s.place}的基层单位和服务站点，详细了解${s.topic}推进情况，听取意见建议。`,
  (s) => `与会人员结合工作实际作了交流发言，围绕${s.topic}中的难点问题提出了具体改进措施。`,
  () => `会上通报了前一阶段重点工作完成情况，对存在的短板弱项逐项进行了分析，明确了整改时限和责任人。`,
  (s) => `${s.unit}相关负责同志表示，将把这次活动作为推动工作的重要契机，持续深化${s.topic}各项举措。`,
  (s) =>
    `${s.unit}此次培训采取专题授课、案例研讨和现场教学相结合的方式，参训人员普遍反映内容实用、针对性强。`,
  (s) =>
    `据了解，今年以来${s.unit}已累计开展${s.topic}相关活动${10 + s.n * 3}场次，覆盖基层群众和干部职工${1000 + s.n * 260}人次。`,
  () => `各单位要按照职责分工抓好组织实施，及时报送工作进展，遇到重大问题及时请示报告。`,
  (s) =>
    `请各单位于${s.month}月底前将有关材料报送${s.unit}办公室，联系电话：023-6${String(1000000 + s.n * 7919).slice(-7)}。`,
];

const CLOSINGS: Template[] = [
  (s) => `会议要求，各单位要以更加务实的作风推动${s.topic}各项任务落地见效，以实际成效服务全市发展大局。`,
  () => `下一步，将持续跟踪工作进展，及时总结推广好的经验做法，推动工作常态长效。`,
  (s) => `${s.unit}各处室、各直属单位负责同志参加会议。`,
  () => `特此通知。`,
];

/** mulberry32: a small, fast seeded generator (same seed → same sequence). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ (char.codePointAt(0) ?? 0), 16777619);
  return h >>> 0;
}

/** Fisher–Yates with the seeded generator. */
function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

const CHANNEL_WEIGHTS: [string, number][] = [
  ["gzdt", 0.6],
  ["tzgg", 0.2],
  ["zcwj", 0.1],
  ["dwgk", 0.1],
];

function channelFor(random: () => number): string {
  let roll = random();
  for (const [path, weight] of CHANNEL_WEIGHTS) {
    if (roll < weight) return path;
    roll -= weight;
  }
  return "gzdt";
}

const DAY_MS = 86_400_000;

/** A Shanghai wall-clock time as an ISO string with +08:00. */
function shanghaiIso(at: number): string {
  return `${new Date(at + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

/**
 * About `total` articles over the given sites (main sites weigh five times as much, every site gets at least
 * three), dated within the 12 months before `now`. Deterministic for the same sites, `now` and `total`.
 */
export function generateDemoArticles(sites: DemoSite[], now: Date, total = 320): DemoArticle[] {
  const weight = (site: DemoSite) => (MAIN_DEMO_SITES.includes(site.code) ? 5 : 1);
  const weights = sites.reduce((sum, site) => sum + weight(site), 0);
  const articles: DemoArticle[] = [];
  for (const site of sites) {
    const random = seeded(hash(site.code));
    const count = Math.max(3, Math.round((total * weight(site)) / Math.max(weights, 1)));
    const topics = [...(SITE_TOPICS[site.code] ?? []), ...COMMON_TOPICS];
    const keys = new Set<string>();
    const own: DemoArticle[] = [];
    for (let index = 0; own.length < count && index < count * 5; index++) {
      const channelPath = channelFor(random);
      const at = now.getTime() - Math.floor(random() * 365 * DAY_MS);
      const day = new Date(at + 8 * 3_600_000);
      // Office hours in Shanghai: 08:30–17:59.
      const time =
        Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 8, 30) +
        Math.floor(random() * 9.5 * 60) * 60_000 -
        8 * 3_600_000;
      const local = new Date(time + 8 * 3_600_000);
      const slots: Slots = {
        unit: site.name,
        topic: pick(random, topics.slice(0, SITE_TOPICS[site.code] ? 8 : topics.length)),
        place: pick(random, PLACES),
        year: local.getUTCFullYear(),
        quarter: QUARTERS[Math.floor(local.getUTCMonth() / 3)] ?? "一",
        month: local.getUTCMonth() + 1,
        n: 1 + Math.floor(random() * 4),
        campaign: pick(random, CAMPAIGNS),
      };
      const title = pick(random, TITLES[channelPath] ?? [])(slots);
      const key = `${channelPath}|${title}|${local.toISOString().slice(0, 10)}`;
      if (keys.has(key)) continue;
      keys.add(key);
      const middleCount = 1 + Math.floor(random() * 4);
      const middles = shuffled(MIDDLES, random).slice(0, middleCount);
      const paragraphs = [pick(random, OPENINGS[channelPath] ?? []), ...middles, pick(random, CLOSINGS)].map(
        (template) => `<p>${template(slots)}</p>`,
      );
      own.push({
        siteCode: site.code,
        channelPath,
        title,
        body: paragraphs.join(""),
        date: shanghaiIso(time),
        source: `${site.name}（${DEMO_TAG}）`,
        pinned: false,
        headline: false,
        carousel: false,
      });
    }
    own.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
    if (MAIN_DEMO_SITES.includes(site.code)) {
      const news = own.filter((article) => article.channelPath === "gzdt");
      news.slice(0, 3).forEach((article, index) => {
        article.carousel = true;
        article.headline = index === 0;
      });
      const notice = own.find((article) => article.channelPath === "tzgg");
      if (notice) notice.pinned = true;
    }
    articles.push(...own);
  }
  return articles;
}
