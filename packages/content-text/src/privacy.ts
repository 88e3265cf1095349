// Personal data in citizens' letters (手机号、座机、身份证号、银行卡号、邮箱、详细住址) is masked before a text is shown
// outside the units handling it, published as a reply or put into the knowledge base. Detection is by regular
// expressions on the text with full-width digits folded (a 1:1 mapping, so positions stay those of the input);
// numbers in ordinary text — years (2023年), document numbers (第3号文件, 〔2019〕12号), metro lines (3号线),
// amounts — are left alone. Administrative areas (省/市/区/县/街道) and estate names are not personal and stay;
// what identifies a home is the house number, building, unit and room, and those are masked.
import { foldFullWidth } from "./normalize";

export type PersonalDataKind = "mobile" | "landline" | "id_number" | "bank_card" | "email" | "address";

export interface PersonalDataSpan {
  kind: PersonalDataKind;
  start: number;
  end: number;
  text: string;
}

const CN_NUM = "一二三四五六七八九十百零〇两";
const HOUSE_NO = `(?:\\d{1,5}(?:[-－之]\\d{1,4})?|[${CN_NUM}]{1,4})`;
const ROOM_PARTS = `(?:[A-Za-z]?\\d{1,4}[A-Za-z]?|[${CN_NUM}]{1,3})(?:栋|幢|座|号楼|单元|楼|层|室|号房|房|户|号)`;

interface Detector {
  kind: PersonalDataKind;
  pattern: RegExp;
  /** Only the end of a match is personal (e.g. the house number after a road name): that capture group. */
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
      `(?:路|街|大道|大街|巷|弄|胡同|里|道|组|村|社区)(${HOUSE_NO}号(?!线|文|令|公告|通知|台风|窗口)(?:院|楼|大院)?(?:${ROOM_PARTS})*)`,
      "g",
    ),
    group: 1,
  },
  {
    // A building with its unit, floor or room (3栋2单元301室, 5号楼3层, 31栋103) wherever it stands; a building
    // alone (11栋楼, 商品房4栋) is not a home. Chinese numerals only before 单元.
    kind: "address",
    pattern: new RegExp(
      `(?<![第0-9A-Za-z${CN_NUM}])(?:[A-Za-z]?\\d{1,4}[A-Za-z]?(?:栋|幢|号楼)(?:(?:${ROOM_PARTS})+|\\d{2,4}(?![0-9]))|(?:[A-Za-z]?\\d{1,4}|[${CN_NUM}]{1,3})单元(?:${ROOM_PARTS})*)`,
      "g",
    ),
  },
  {
    // A room number on its own: 301室, 1203房.
    kind: "address",
    pattern: /(?<![第0-9A-Za-z])\d{3,4}(?:室|号房)(?![0-9A-Za-z])/g,
  },
];

/** Every piece of personal data in `text`, in order; overlapping findings are merged into the earliest. */
export function findPersonalData(text: string): PersonalDataSpan[] {
  if (!text) return [];
  const folded = foldFullWidth(text);
  const found: PersonalDataSpan[] = [];
  for (const detector of DETECTORS) {
    detector.pattern.lastIndex = 0;
    for (let match = detector.pattern.exec(folded); match; match = detector.pattern.exec(folded)) {
      const part = detector.group ? match[detector.group] : match[0];
      if (!part) continue;
      const start = match.index + match[0].lastIndexOf(part);
      found.push({
        kind: detector.kind,
        start,
        end: start + part.length,
        text: text.slice(start, start + part.length),
      });
    }
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
export function containsPersonalData(text: string): boolean {
  return findPersonalData(text).length > 0;
}

/**
 * The text with personal data replaced by `*`: digits and letters of numbers, the local part and domain of
 * e-mail addresses (the @ stays), and the numbers of house, building, unit and room (号/栋/单元/室 stay, so the
 * sentence still reads). Everything else is untouched.
 */
export function maskPersonalData(text: string): string;
export function maskPersonalData(text: string | null | undefined): string | null;
export function maskPersonalData(text: string | null | undefined): string | null {
  if (text == null) return null;
  const spans = findPersonalData(text);
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
  if (span.kind === "email") return span.text.replace(/[^@.]/g, "*");
  if (span.kind === "address")
    return span.text.replace(new RegExp(`[0-9０-９A-Za-zＡ-Ｚａ-ｚ${CN_NUM}\\-－之]`, "g"), "*");
  return span.text.replace(/[0-9０-９Xx]/g, "*");
}
