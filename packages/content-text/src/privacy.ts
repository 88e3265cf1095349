// Personal data in citizens' letters (手机号、座机、身份证号、银行卡号、邮箱、详细住址、姓名) is masked before a text is
// shown outside the units handling it or put into the knowledge base. Detection is by regular expressions on the
// text with full-width digits folded (a 1:1 mapping, so positions stay those of the input); numbers in ordinary
// text — years (2023年), document numbers (第3号文件, 〔2019〕12号), metro lines (3号线), amounts — are left
// alone. Administrative areas (省/市/区/县/街道) and estate names are not personal and stay; what identifies a
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
    // A house number after a road, street, lane or village group, and whatever building/room follows it.
    kind: "address",
    pattern: new RegExp(
      `(?:路|街|大道|大街|巷|弄|胡同|里|道|组|村|社区)(${SP}${HOUSE_NO}${SP}号(?!${SP}(?:线|文|令|公告|通知|台风|窗口))(?:院|楼|大院)?(?:${ROOM_PARTS})*)`,
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
  const found: PersonalDataSpan[] = [];
  const push = (kind: PersonalDataKind, start: number, end: number) => {
    if (!keep.has(kind)) found.push({ kind, start, end, text: text.slice(start, end) });
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
 * e-mail addresses (the @ stays), the numbers of house, building, unit and room (号/栋/单元/室 stay, so the
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
  if (span.kind === "address")
    return span.text.replace(new RegExp(`[0-9０-９A-Za-zＡ-Ｚａ-ｚ${CN_NUM}\\-－之]`, "g"), "*");
  return span.text.replace(/[0-9０-９Xx]/g, "*");
}
