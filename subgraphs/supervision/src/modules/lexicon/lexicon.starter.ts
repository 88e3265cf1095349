// The curated starter set loaded once into a new city's lexicon. Every entry records its source. The raw
// public sensitive-word lists are deliberately not loaded: they flag ordinary official sentences.
import { HK_MACAO_TAIWAN_NOT_COUNTRIES, PLENUM_WITH_DIGITS } from "@jiyue/textcheck/defaults";
import type { ParsedEntry } from "./lexicon.io";

const JIYUE = "集约默认错别字表（编校常识）";
const ECSPELL = "ECSpell 常见错字错词（MIT 许可），人工挑选";
const XINHUA = "新华社新闻报道中的禁用词和慎用词（公开发布）";
const NUMERALS = "GB/T 15835《出版物上数字用法》";
const PARTY = "中共中央《关于在全党开展党史学习教育的通知》";

const entry = (partial: Partial<ParsedEntry> & Pick<ParsedEntry, "term" | "kind" | "level" | "source">) => ({
  suggestion: null,
  note: null,
  enabled: true,
  titles: [],
  category: null,
  ...partial,
});
const typo = (term: string, suggestion: string, source: string, level: ParsedEntry["level"] = "warn") =>
  entry({ term, kind: "typo", level, suggestion, source, note: `“${term}”应为“${suggestion}”。` });

/** Starter entries of the first version that later versions replaced: [kind, old term, new term]. */
export const STARTER_REPLACED: [ParsedEntry["kind"], string, string][] = [
  [
    "pattern",
    "(台湾|香港|澳门)(?:等|和其他|与其他|等其他)?国家|(?:中|中国)(?:台|港|澳)两国",
    HK_MACAO_TAIWAN_NOT_COUNTRIES,
  ],
  ["pattern", "(?<![\\d.])(\\d{1,2})届(\\d{1,2})中全会", PLENUM_WITH_DIGITS],
];

const KONSHENG = "Konsheng/Sensitive-lexicon 公开敏感词库（MIT 许可），人工挑选";
const HOUBB = "houbb/sensitive-word 公开敏感词库（Apache-2.0 许可），人工挑选";
const LEADERS = "公开报道";
const LEADERS_NOTE =
  "第二十届中央政治局常委及国家副主席的姓名与职务，据新华社等公开报道整理；换届后请及时更新。";

/**
 * Sensitive terms. Block: wording that only spam and illegal trade use, never an official article. Warn:
 * organisations and separatist labels that official news names critically (“依法取缔法轮功邪教组织”, “反对台独”)
 * — an editor should look, a gate must not stop the article.
 */
const sensitive = (term: string, level: ParsedEntry["level"], source: string, note: string) =>
  entry({ term, kind: "sensitive", level, source, note });
const SPAM = "违法广告、交易用语，政务网站不应出现。";
const CRITICAL = "邪教、分裂组织或其口号：批判性报道可保留，请核对上下文与定性表述。";
const DRUGS = "毒品、赌博名称：宣传禁毒禁赌可保留，请核对上下文。";
const SENSITIVE_TERMS: ParsedEntry[] = [
  ...["代开发票", "发票代开", "出售枪支", "出售手枪", "出售冰毒", "出售假币"].map((t) =>
    sensitive(t, "block", KONSHENG, SPAM),
  ),
  ...["办证刻章", "仿真枪出售"].map((t) => sensitive(t, "block", HOUBB, SPAM)),
  ...["迷奸药", "迷魂药", "裸聊", "援交", "卖肾", "炸弹制作"].map((t) =>
    sensitive(t, "block", KONSHENG, SPAM),
  ),
  sensitive("九评共产党", "block", KONSHENG, "境外反动宣传品名称。"),
  ...[
    "法轮功",
    "法轮大法",
    "李洪志",
    "全能神",
    "东方闪电",
    "门徒会",
    "呼喊派",
    "观音法门",
    "主神教",
    "台独",
    "港独",
    "藏独",
    "疆独",
    "东突厥斯坦",
    "达赖集团",
    "世维会",
    "藏青会",
  ].map((t) => sensitive(t, "warn", KONSHENG, CRITICAL)),
  ...["冰毒", "海洛因", "摇头丸", "麻古", "三唑仑", "六合彩", "赌球", "私彩", "代孕"].map((t) =>
    sensitive(t, "warn", KONSHENG, DRUGS),
  ),
];

/** Protected names: a one-character homophone or look-alike next to a title or leader context blocks. */
const leader = (term: string, titles: string[]) =>
  entry({ term, kind: "name", level: "block", source: LEADERS, note: LEADERS_NOTE, titles });
const PROTECTED_NAMES: ParsedEntry[] = [
  leader("习近平", ["中共中央总书记", "国家主席", "中央军委主席", "总书记"]),
  leader("李强", ["国务院总理", "总理"]),
  leader("赵乐际", ["全国人大常委会委员长", "委员长"]),
  leader("王沪宁", ["全国政协主席"]),
  leader("蔡奇", ["中央书记处书记", "中央办公厅主任"]),
  leader("丁薛祥", ["国务院副总理", "副总理"]),
  leader("李希", ["中央纪委书记"]),
  leader("韩正", ["国家副主席"]),
];

export const STARTER_ENTRIES: ParsedEntry[] = [
  ...SENSITIVE_TERMS,
  ...PROTECTED_NAMES,
  // Fixed slogans: one wrong character fails an inspection, so they block.
  typo("扫黑险恶", "扫黑除恶", JIYUE, "block"),
  typo("报销国家", "报效国家", JIYUE, "block"),
  typo("不忘出心", "不忘初心", JIYUE, "block"),
  typo("牢记使名", "牢记使命", JIYUE, "block"),
  typo("即然", "既然", JIYUE),
  typo("一股作气", "一鼓作气", JIYUE),
  typo("按步就班", "按部就班", JIYUE),
  typo("针贬时弊", "针砭时弊", JIYUE),
  typo("松驰", "松弛", JIYUE),
  typo("竟赛", "竞赛", JIYUE),
  typo("布署", "部署", JIYUE),
  typo("既往开来", "继往开来", JIYUE),
  typo("拾金不味", "拾金不昧", JIYUE),
  typo("默守成规", "墨守成规", JIYUE),
  typo("美仑美奂", "美轮美奂", JIYUE),
  typo("谈笑风声", "谈笑风生", JIYUE),
  typo("出谋画策", "出谋划策", ECSPELL),
  typo("发人深醒", "发人深省", ECSPELL),
  typo("丰富多采", "丰富多彩", ECSPELL),
  typo("宏扬", "弘扬", ECSPELL),
  typo("披星带月", "披星戴月", ECSPELL),
  typo("杀一警百", "杀一儆百", ECSPELL),
  typo("信口开合", "信口开河", ECSPELL),
  typo("义无返顾", "义无反顾", ECSPELL),
  typo("再接再砺", "再接再厉", ECSPELL),
  typo("直接了当", "直截了当", ECSPELL),
  typo("指手划脚", "指手画脚", ECSPELL),
  typo("装璜", "装潢", ECSPELL),
  // Outdated or forbidden formulations.
  entry({
    term: "两岸三地",
    kind: "wording",
    level: "block",
    suggestion: "海峡两岸暨香港、澳门",
    source: XINHUA,
    note: "不使用“两岸三地”的提法。",
  }),
  entry({ term: "残废人", kind: "wording", level: "warn", suggestion: "残疾人", source: XINHUA }),
  entry({ term: "独眼龙", kind: "wording", level: "warn", suggestion: "盲人", source: XINHUA }),
  entry({ term: "智障者", kind: "wording", level: "warn", suggestion: "智力障碍者", source: XINHUA }),
  entry({
    term: "党史教育(?!基地)",
    kind: "pattern",
    category: "wording",
    level: "warn",
    suggestion: "党史学习教育",
    source: PARTY,
    note: "规范提法为“党史学习教育”。",
  }),
  entry({
    term: "(?<![各全每])([\\u4e00-\\u9fff]{2,3})省省委",
    kind: "pattern",
    category: "wording",
    level: "warn",
    suggestion: "$1省委",
    source: XINHUA,
    note: "省级党委的规范简称为“××省委”，不写“××省省委”。",
  }),
  entry({
    term: "([市县])(宣传部|组织部|统战部)",
    kind: "pattern",
    category: "wording",
    level: "warn",
    suggestion: "$1委$2",
    source: XINHUA,
    note: "宣传部、组织部、统战部是党委工作部门，应写作“××市委宣传部”等。",
  }),
  entry({
    term: HK_MACAO_TAIWAN_NOT_COUNTRIES,
    kind: "pattern",
    category: "wording",
    level: "block",
    source: XINHUA,
    note: "台湾、香港、澳门是中国的一部分，不得称为“国家”，应称“国家和地区”或“地区”。",
  }),
  entry({
    term: "国家主席、中共中央总书记|中央军委主席、(?:中共中央总书记|国家主席)",
    kind: "pattern",
    category: "name",
    level: "block",
    suggestion: "中共中央总书记、国家主席、中央军委主席",
    source: XINHUA,
    note: "三个职务的顺序为：中共中央总书记、国家主席、中央军委主席。",
  }),
  entry({
    term: PLENUM_WITH_DIGITS,
    kind: "pattern",
    category: "number",
    level: "warn",
    suggestion: "{cn:1}届{cn:2}中全会",
    source: NUMERALS,
    note: "党的全会名称等固定政治用语使用汉字数字。",
  }),
  entry({
    term: "(?<![\\d.])(\\d{1,2})五(规划|时期)",
    kind: "pattern",
    category: "number",
    level: "warn",
    suggestion: "“{cn:1}五”$2",
    source: NUMERALS,
    note: "五年规划简称使用汉字数字，如“十四五”规划。",
  }),
];

/**
 * The entries migration 0002 seeded before entries had sources, with what they become: every city entry names
 * its source, and block level stays for fixed slogans and political formulations. Ordinary typos and idioms
 * are "warn": a misspelt 安装 is worth a look, not a stopped publication. Applied once, to rows still
 * without a source (an administrator's later edit is kept).
 */
const ADVERTISING_LAW = "《中华人民共和国广告法》第九条（绝对化用语）";
const USAGE = "《现代汉语词典》（第7版）用字说明";
export const SEED_ENTRY_FIXES: {
  term: string;
  kind: ParsedEntry["kind"];
  level: ParsedEntry["level"];
  source: string;
}[] = [
  ...["按装", "既使", "做为", "必竟", "再接再励", "迫不急待", "一愁莫展", "蛛丝蚂迹"].map((term) => ({
    term,
    kind: "typo" as const,
    level: "warn" as const,
    source: JIYUE,
  })),
  { term: "最高级", kind: "wording", level: "warn", source: ADVERTISING_LAW },
  { term: "国家级", kind: "wording", level: "warn", source: ADVERTISING_LAW },
  { term: "全国第一", kind: "wording", level: "warn", source: JIYUE },
  { term: "史无前例", kind: "wording", level: "warn", source: JIYUE },
  { term: "其它", kind: "wording", level: "info", source: USAGE },
];
