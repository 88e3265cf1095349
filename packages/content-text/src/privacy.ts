// Personal data in citizens' letters (手机号、座机、身份证号、银行卡号、邮箱、微信号、QQ号、车牌号、详细住址、姓名) is
// masked before a text is
// shown outside the units handling it or put into the knowledge base. Detection is by regular expressions on the
// text with full-width digits folded (a 1:1 mapping, so positions stay those of the input); numbers in ordinary
// text — years (2023年), document numbers (第3号文件, 〔2019〕12号), metro lines (3号线), amounts — are left
// alone; an account (微信号, QQ) is found after the word naming it, so 「业主QQ群」 stays. Administrative areas (省/市/区/县/街道) and estate names are not personal and stay; what identifies a
// home is the house number, building, unit and room, and those are masked — also as people type them, with
// spaces around the numbers (松石北路 168 号 3 栋). Names cannot be told from other words in general: what is
// masked is a name the caller knows to be the writer's (`names`) and a name in a salutation (张三同志：您好,
// 尊敬的王某某：), keeping the surname (张*同志); a surname with a title alone (王女士) identifies nobody and stays.
import { foldFullWidth } from "./normalize";

export type PersonalDataKind =
  | "mobile"
  | "landline"
  | "id_number"
  | "bank_card"
  | "email"
  | "wechat"
  | "qq"
  | "plate"
  | "address"
  | "name";

export interface PersonalDataOptions {
  /** Names known to be the writer's (the account name of a signed-in citizen): masked wherever they stand. */
  names?: readonly (string | null | undefined)[];
  /**
   * Kinds left as they are: a unit's reply keeps `landline`, since the numbers there are its own office's and
   * hotlines (023-67891234), which the reader is meant to call.
   */
  keep?: readonly PersonalDataKind[];
  /**
   * The writer's own texts (a letter's title, content, supplied information, contact phone): a number, account,
   * plate or address found in them is found here too even where its kind is kept — the writer's landline
   * (座机023-63891234) repeated in a reply that keeps the office's numbers. Compared by value: digits for numbers
   * (the area code may be left out on one side), the house number with the road before it for addresses.
   */
  alsoMaskFrom?: readonly (string | null | undefined)[];
}

export interface PersonalDataSpan {
  kind: PersonalDataKind;
  start: number;
  end: number;
  text: string;
}

const CN_NUM = "一二三四五六七八九十百零〇两";
/** Spaces people put around numbers (half-width, full-width, no-break): at most two between two parts. */
const SP = "[ \\u3000\\u00a0]{0,2}";
const HOUSE_NO = `(?:\\d{1,5}(?:[-－之]\\d{1,4})?|[${CN_NUM}]{1,4})`;
/** Provinces as plates abbreviate them (渝A12345, 京A·D12345). */
const PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
const ROOM_PARTS = `${SP}(?:[A-Za-z]?\\d{1,4}[A-Za-z]?|[${CN_NUM}]{1,3})${SP}(?:栋|幢|座|号楼|单元|楼|层|室|号房|房|户|号)`;

// Common single-character surnames. Words that also open ordinary phrases (向、于、和、全、时…) are left out on
// purpose: a salutation to 向阳同志 is missed rather than 「向张先生了解」 read as a name.
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔" +
  "钟谭陆汪范金石廖贾夏韦付傅方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤施牛樊葛邢齐伍庞颜" +
  "倪洪柳詹殷佘";
const TITLES = "(?:同志|先生|女士|小姐|老师|师傅|阿姨|大爷|大妈|大姐|大哥|同学)";
/** Posts of officials, addressed by surname (尊敬的胡书记): not a given name. */
const POSTS =
  "(?:书记|[省市州县区镇乡村]长|主[任席]|[部局厅处科所院校社队组行署]长|委员|经理|董事|领导|代表|总)";
/** One or two characters of a given name; a title or post never starts one (张先生, 胡书记 are surnames). */
const GIVEN = `((?:(?!${TITLES}|${POSTS})[\\u4e00-\\u9fff]){1,2})`;
/** What follows a salutation: a colon or comma, or 您好. */
const SALUTED = `(?=${SP}(?:[：:，,！!]|[您你]好))`;

interface Detector {
  kind: PersonalDataKind;
  pattern: RegExp;
  /** Only part of a match is personal (the house number after a road name, a given name): that capture group. */
  group?: number;
}

const DETECTORS: Detector[] = [
  { kind: "email", pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  {
    // 18 digits: area code, birth date (1800–2099), sequence, check digit 0–9 or X.
    kind: "id_number",
    pattern:
      /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9A-Za-z])/g,
  },
  {
    // The old 15-digit number: area code, yymmdd, sequence.
    kind: "id_number",
    pattern: /(?<![0-9A-Za-z])[1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9A-Za-z])/g,
  },
  {
    // 16–19 digits, contiguous or in groups of four.
    kind: "bank_card",
    pattern: /(?<![0-9A-Za-z])(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?)(?![0-9A-Za-z])/g,
  },
  {
    kind: "mobile",
    pattern: /(?<![0-9])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?![0-9])/g,
  },
  {
    // An area code in brackets or with a dash, or written together with the number (0 + 10–11 digits).
    // Letters may touch it (the anonymised data writes 0000-00000000A7县…).
    kind: "landline",
    pattern:
      /(?<![0-9])(?:(?:[(（]0\d{2,3}[)）]|0\d{2,3}[-－—])[ ]?\d{7,8}(?:[-－转]\d{1,5})?|0\d{9,11})(?![0-9])/g,
  },
  {
    // A bare 7–8 digit number right after a word that says it is a telephone number.
    kind: "landline",
    pattern: /(?:电话|座机|手机|联系方式|联系号码|TEL|Tel|tel)[：:是为\s]{0,3}(\d{7,8})(?![0-9A-Za-z])/g,
    group: 1,
  },
  {
    // A WeChat ID after the word: 微信号zhangsan_cq88, 微信：wxid_ab12cd34, VX zs-1988 (6–20 characters from a
    // letter). 微信公众号, 微信群 and the like have no ID after them.
    kind: "wechat",
    pattern:
      /(?<![A-Za-z])(?:微信|[Ww]e[Cc]hat|[Vv][Xx]|[Ww][Xx])(?:号码|号|账号|ID|id)?[：:是为\s]{0,3}(?![Ww]e[Cc]hat|[Ww]eixin)([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])/dg,
    group: 1,
  },
  {
    // A number given as the WeChat ID: 微信号：12345678.
    kind: "wechat",
    pattern: /微信(?:号码|号|账号|ID|id)[：:是为\s]{0,3}(\d{5,11})(?![0-9])/dg,
    group: 1,
  },
  // An ID of the wxid_ form wherever it stands.
  { kind: "wechat", pattern: /(?<![A-Za-z0-9_])wxid_[A-Za-z0-9]{4,20}(?![A-Za-z0-9_])/g },
  {
    // A QQ number after the word: QQ 12345678, QQ号：12345678, 扣扣123456. 「QQ群」 is a group, not a person.
    kind: "qq",
    pattern: /(?<![A-Za-z])(?:QQ|qq|Qq|扣扣)(?:号码|号|账号)?[：:是为\s]{0,3}([1-9]\d{4,11})(?![0-9])/dg,
    group: 1,
  },
  {
    // A licence plate: province, city letter, then 5 characters (6 for new-energy vehicles) with a digit among
    // them, or 4 and 挂/学/警. Document numbers (渝委发〔2024〕12号) and ICP numbers (湘ICP备…) do not fit.
    kind: "plate",
    pattern: new RegExp(
      `(?<![A-Za-z0-9])[${PLATE_PROVINCES}]${SP}[A-Za-z]${SP}[·•・.]?${SP}(?=[A-Za-z]{0,5}\\d)(?:[A-Za-z0-9]{5,6}|[A-Za-z0-9]{4}[挂学警])(?![A-Za-z0-9])`,
      "g",
    ),
  },
  {
    // A house number after a road, street, lane or village group (附1号 too, and 88号附1号), and whatever
    // building/room follows it.
    kind: "address",
    pattern: new RegExp(
      `(?:路|街|大道|大街|巷|弄|胡同|里|道|组|村|社区)(${SP}(?:附${SP})?${HOUSE_NO}${SP}号(?!${SP}(?:线|文|令|公告|通知|台风|窗口))(?:院|楼|大院)?(?:${SP}附${SP}\\d{1,4}${SP}号)?(?:${ROOM_PARTS})*)`,
      "dg",
    ),
    group: 1,
  },
  {
    // A building with its unit, floor or room (3栋2单元301室, 5号楼3层, 31栋103) wherever it stands; a building
    // alone (11栋楼, 商品房4栋) is not a home. Chinese numerals only before 单元.
    kind: "address",
    pattern: new RegExp(
      `(?<!(?:第|[0-9A-Za-z${CN_NUM}])${SP})(?:[A-Za-z]?\\d{1,4}[A-Za-z]?${SP}(?:栋|幢|号楼)(?:(?:${ROOM_PARTS})+|\\d{2,4}(?![0-9]))|(?:[A-Za-z]?\\d{1,4}|[${CN_NUM}]{1,3})${SP}单元(?:${ROOM_PARTS})*)`,
      "g",
    ),
  },
  {
    // A room number on its own: 301室, 1203房.
    kind: "address",
    pattern: new RegExp(`(?<!(?:第|[0-9A-Za-z])${SP})\\d{3,4}${SP}(?:室|号房)(?![0-9A-Za-z])`, "g"),
  },
  {
    // A salutation with a title: 张三同志：, 李四先生您好. Officials named in the text (县委书记赵玉同志高度重视)
    // are not followed by a colon or 您好 and stay.
    kind: "name",
    pattern: new RegExp(
      `(?<=^|[^\\u4e00-\\u9fff]|尊敬的|亲爱的|致)[${SURNAMES}]${GIVEN}${TITLES}${SALUTED}`,
      "dg",
    ),
    group: 1,
  },
  {
    // A salutation without a title after 尊敬的/亲爱的/致: 尊敬的王某某：.
    kind: "name",
    pattern: new RegExp(`(?:尊敬的|亲爱的|致)${SP}[${SURNAMES}]${GIVEN}${SALUTED}`, "dg"),
    group: 1,
  },
];

/** Every piece of personal data in `text`, in order; overlapping findings are merged into the earliest. */
export function findPersonalData(text: string, options: PersonalDataOptions = {}): PersonalDataSpan[] {
  if (!text) return [];
  const folded = foldFullWidth(text);
  const keep = new Set(options.keep ?? []);
  // What the writer's own texts hold, looked up only when something is kept (the rest is found anyway).
  const writers = keep.size > 0 && options.alsoMaskFrom?.length ? referencesIn(options.alsoMaskFrom) : [];
  const found: PersonalDataSpan[] = [];
  const push = (kind: PersonalDataKind, start: number, end: number) => {
    if (keep.has(kind)) {
      const here = referenceOf(folded, kind, start, end);
      if (!writers.some((theirs) => sameData(here, theirs))) return;
    }
    found.push({ kind, start, end, text: text.slice(start, end) });
  };
  for (const detector of DETECTORS) {
    detector.pattern.lastIndex = 0;
    for (let match = detector.pattern.exec(folded); match; match = detector.pattern.exec(folded)) {
      const part = detector.group ? match[detector.group] : match[0];
      if (!part) continue;
      // With the `d` flag the group's own position is known; without it the part ends the match.
      const start = detector.group
        ? (match.indices?.[detector.group]?.[0] ?? match.index + match[0].lastIndexOf(part))
        : match.index;
      push(detector.kind, start, start + part.length);
    }
  }
  // A known name keeps its first character, as a salutation keeps the surname: 张三 → 张*.
  for (const name of knownNames(options.names)) {
    const first = name.codePointAt(0) ?? 0;
    const skip = first > 0xffff ? 2 : 1;
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + name.length))
      push("name", at + skip, at + name.length);
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PersonalDataSpan[] = [];
  for (const span of found) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      if (span.end > last.end) {
        last.end = span.end;
        last.text = text.slice(last.start, last.end);
      }
      continue;
    }
    merged.push({ ...span });
  }
  return merged;
}

/** Kinds compared by their digits alone (0731-84567890 is 073184567890). */
const NUMERIC: ReadonlySet<PersonalDataKind> = new Set([
  "mobile",
  "landline",
  "id_number",
  "bank_card",
  "qq",
]);

/** A finding as compared with another text's: its value without spacing, and for addresses the road before it. */
interface Reference {
  kind: PersonalDataKind;
  key: string;
  /** Addresses: the two characters before the house number (松石北路168号 → 北路168号), which say whose it is. */
  near: string;
}

function referenceOf(folded: string, kind: PersonalDataKind, start: number, end: number): Reference {
  const value = folded.slice(start, end);
  const key = NUMERIC.has(kind)
    ? value.replace(/\D/g, "")
    : value.replace(/[\s\u3000\u00a0·•・.\-－_]/g, "").toLowerCase();
  const before = folded.slice(Math.max(0, start - 8), start).replace(/[\s\u3000\u00a0]/g, "");
  return { kind, key, near: kind === "address" ? before.slice(-2) + key : key };
}

/** The personal data in the writer's texts, names aside (a name is masked through `names`). */
function referencesIn(texts: readonly (string | null | undefined)[]): Reference[] {
  const references: Reference[] = [];
  for (const text of texts) {
    if (!text) continue;
    const folded = foldFullWidth(text);
    for (const span of findPersonalData(text))
      if (span.kind !== "name") references.push(referenceOf(folded, span.kind, span.start, span.end));
  }
  return references;
}

/** Numbers, places in a building (3单元, 502室) in an address key. */
const ADDRESS_PART = new RegExp(`\\d+|[${CN_NUM}]+`, "g");

function sameData(a: Reference, b: Reference): boolean {
  if (a.kind === "name" || b.kind === "name" || !a.key || !b.key) return false;
  if (NUMERIC.has(a.kind) && NUMERIC.has(b.kind)) {
    // One side may carry the area code or +86 the other leaves out: 63891234 is 023-63891234.
    const [short, long] = a.key.length <= b.key.length ? [a.key, b.key] : [b.key, a.key];
    return short === long || (short.length >= 7 && long.endsWith(short));
  }
  if ((a.kind === "address") !== (b.kind === "address")) return false;
  if (a.kind === "address") {
    // 3单元502室 is 88号3单元502室 (two parts at least: a lone 1号 or 301室 could be anyone's); 解放碑路88号 is
    // 解放碑路88号3单元502室 (the road before it says so).
    const [short, long] = a.key.length <= b.key.length ? [a, b] : [b, a];
    if (long.key.includes(short.key) && (short.key.match(ADDRESS_PART)?.length ?? 0) >= 2) return true;
    const withRoad = a.near.length > a.key.length && b.near.length > b.key.length;
    return withRoad && (a.near.includes(b.near) || b.near.includes(a.near));
  }
  return a.key === b.key;
}

/** True when the text holds anything `maskPersonalData` would mask. */
export function containsPersonalData(text: string, options?: PersonalDataOptions): boolean {
  return findPersonalData(text, options).length > 0;
}

/** The writer's names worth looking for: two characters at least (a single 张 would star every 张 in the text). */
function knownNames(names: PersonalDataOptions["names"]): string[] {
  const distinct = new Set<string>();
  for (const name of names ?? []) {
    const trimmed = foldFullWidth(name?.trim() ?? "");
    if ([...trimmed].length >= 2) distinct.add(trimmed);
  }
  return [...distinct];
}

/**
 * The text with personal data replaced by `*`: digits and letters of numbers, the local part and domain of
 * e-mail addresses (the @ stays), WeChat IDs, a plate's number after its province and city letter, the numbers of house, building, unit and room (号/栋/单元/室 stay, so the
 * sentence still reads) and a name but its first character (张三 → 张*). Everything else is untouched.
 */
export function maskPersonalData(text: string, options?: PersonalDataOptions): string;
export function maskPersonalData(
  text: string | null | undefined,
  options?: PersonalDataOptions,
): string | null;
export function maskPersonalData(
  text: string | null | undefined,
  options?: PersonalDataOptions,
): string | null {
  if (text == null) return null;
  const spans = findPersonalData(text, options);
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + maskSpan(span);
    at = span.end;
  }
  return out + text.slice(at);
}

function maskSpan(span: PersonalDataSpan): string {
  // A name's span is its given name alone (the surname before it stays): one star per character.
  if (span.kind === "name") return "*".repeat([...span.text].length);
  if (span.kind === "email") return span.text.replace(/[^@.]/g, "*");
  if (span.kind === "wechat") return span.text.replace(/[0-9０-９A-Za-zＡ-Ｚａ-ｚ_\-－]/g, "*");
  // A plate keeps its province and city letter (渝A*****), as an address keeps its road.
  if (span.kind === "plate") {
    const head = span.text.match(/^.[ \u3000\u00a0]*[A-Za-zＡ-Ｚａ-ｚ]/)?.[0] ?? "";
    return head + span.text.slice(head.length).replace(/[0-9０-９A-Za-zＡ-Ｚａ-ｚ]/g, "*");
  }
  if (span.kind === "address")
    return span.text.replace(new RegExp(`[0-9０-９A-Za-zＡ-Ｚａ-ｚ${CN_NUM}\\-－之]`, "g"), "*");
  return span.text.replace(/[0-9０-９Xx]/g, "*");
}
