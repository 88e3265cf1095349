import type { LexiconEntry, PatternRule } from "./types";

/**
 * A small self-written starter set. The city's lexicon service supplies the real, curated data; these
 * defaults cover the cases every site needs on day one. Sources are public editorial guidance.
 */

const GUIDE = "新华社新闻报道中的禁用词和慎用词 / 公开编校规范";

function typo(term: string, suggestion: string, severity: "block" | "warn" = "warn"): LexiconEntry {
  return {
    id: `default.typo.${term}`,
    term,
    category: "typo",
    severity,
    suggestion,
    explanation: `“${term}”疑为错别字，应为“${suggestion}”。`,
    source: "jiyue 默认错别字表",
  };
}

export const DEFAULT_ENTRIES: LexiconEntry[] = [
  // Fixed slogans: a wrong character here is an inspection failure, so block.
  typo("扫黑险恶", "扫黑除恶", "block"),
  typo("报销国家", "报效国家", "block"),
  typo("不忘出心", "不忘初心", "block"),
  typo("牢记使名", "牢记使命", "block"),
  typo("按装", "安装"),
  typo("即然", "既然"),
  typo("再接再励", "再接再厉"),
  typo("迫不急待", "迫不及待"),
  typo("一股作气", "一鼓作气"),
  typo("按步就班", "按部就班"),
  typo("针贬时弊", "针砭时弊"),
  typo("松驰", "松弛"),
  typo("竟赛", "竞赛"),
  typo("布署", "部署"),
  typo("既往开来", "继往开来"),
  typo("拾金不味", "拾金不昧"),
  typo("默守成规", "墨守成规"),
  typo("美仑美奂", "美轮美奂"),
  typo("谈笑风声", "谈笑风生"),
  {
    id: "default.typo.既使",
    term: "既使",
    category: "typo",
    severity: "warn",
    suggestion: "即使",
    explanation: "表示让步关系应为“即使”；若为“既……又……”结构中的“既使”，可忽略。",
    source: "jiyue 默认错别字表",
  },
  {
    id: "default.wording.两岸三地",
    term: "两岸三地",
    category: "wording",
    severity: "block",
    suggestion: "海峡两岸暨香港、澳门",
    explanation: "不使用“两岸三地”的提法。",
    source: GUIDE,
  },
];

/**
 * 台湾、香港、澳门 called (part of) a list of countries. Wrong: “X等国家”, “X、日本等国家”, “X与其他国家”,
 * “X是（一个）国家”, “X国”. Right, and common in official text: “与香港、澳门等国家和地区”, “国家或地区”,
 * “国家（地区）” — the lookahead after 国家 keeps them. A bare “香港国家安全” is X's national security, not X
 * as a country, so X directly before 国家 is left alone. List items are short (≤ 4 characters) and joined by
 * 、和与及 only, so a list never reaches across a clause into someone else's “…等国家”. supervision's
 * starter set (lexicon.starter.ts) carries the same source.
 */
export const HK_MACAO_TAIWAN_NOT_COUNTRIES =
  "(台湾|香港|澳门)(?:[、和与及][\\u4e00-\\u9fff]{1,4}?)*(?:等|和其他|与其他|及其他|等其他)国家(?!和地区|或地区|与地区|及地区|[（(]地区[)）])" +
  "|(台湾|香港|澳门)(?:地区)?是(?:一个)?(?:主权|独立|主权独立)?的?国家(?=[。，！？；、”」\\s]|$)" +
  "|(台湾|香港|澳门)国(?![际内企营有务库旗歌画家庆道土度资货籍安情学宝手足民军语标乐风粹策门防法税考潮球花运事])" +
  "|(?:中|中国)(?:台|港|澳)两国";

/**
 * Party plenums written with Arabic digits, wholly or in part (“11届3中全会”, “十一届3中全会”): at least one
 * side is digits (the lookahead), the other may already be Chinese; all-Chinese “十一届三中全会” is right.
 */
export const PLENUM_WITH_DIGITS =
  "(?<![\\d.一二三四五六七八九十])(?=[一二三四五六七八九十]*届?[一二三四五六七八九十]*\\d)(\\d{1,2}|[一二三四五六七八九十]{1,3})届(\\d{1,2}|[一二三四五六七八九十]{1,3})中全会";

export const DEFAULT_PATTERNS: PatternRule[] = [
  {
    id: "default.wording.党史学习教育",
    pattern: "党史教育(?!基地)",
    category: "wording",
    severity: "warn",
    suggestion: "党史学习教育",
    explanation: "规范提法为“党史学习教育”。",
    source: "中共中央《关于在全党开展党史学习教育的通知》",
  },
  {
    id: "default.wording.省委",
    pattern: "(?<![各全每])([\\u4e00-\\u9fff]{2,3})省省委",
    category: "wording",
    severity: "warn",
    suggestion: "$1省委",
    explanation: "省级党委的规范简称为“××省委”，不写“××省省委”。",
    source: GUIDE,
  },
  {
    id: "default.wording.市委部门",
    pattern: "([市县])(宣传部|组织部|统战部)",
    category: "wording",
    severity: "warn",
    suggestion: "$1委$2",
    explanation: "宣传部、组织部、统战部是党委工作部门，应写作“××市委宣传部”等。",
    source: GUIDE,
  },
  {
    id: "default.wording.港澳台非国家",
    pattern: HK_MACAO_TAIWAN_NOT_COUNTRIES,
    category: "wording",
    severity: "block",
    explanation: "台湾、香港、澳门是中国的一部分，不得称为“国家”，应称“国家和地区”或“地区”。",
    source: GUIDE,
  },
  {
    id: "default.number.中全会",
    pattern: PLENUM_WITH_DIGITS,
    category: "number",
    severity: "warn",
    suggestion: "{cn:1}届{cn:2}中全会",
    explanation: "党的全会名称等固定政治用语使用汉字数字。",
    source: "GB/T 15835《出版物上数字用法》",
  },
  {
    id: "default.number.党代会",
    pattern: "党的(\\d{1,2})大",
    category: "number",
    severity: "warn",
    suggestion: "党的{cn:1}大",
    explanation: "党代会简称使用汉字数字。",
    source: "GB/T 15835《出版物上数字用法》",
  },
  {
    id: "default.number.五年规划",
    pattern: "(?<![\\d.])(\\d{1,2})五(规划|时期)",
    category: "number",
    severity: "warn",
    suggestion: "“{cn:1}五”$2",
    explanation: "五年规划简称使用汉字数字，如“十四五”规划。",
    source: "GB/T 15835《出版物上数字用法》",
  },
];

/** Words that put a protected name into a leader context (a near miss there is block-level). */
export const LEADER_CONTEXT = [
  "书记",
  "主席",
  "总理",
  "委员长",
  "部长",
  "省长",
  "市长",
  "县长",
  "区长",
  "主任",
  "同志",
  "讲话",
  "指出",
  "强调",
  "主持",
  "会见",
  "调研",
  "考察",
  "出席",
  "批示",
];
