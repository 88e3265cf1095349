// What of a letter identifies its writer, and what a reply may not repeat of it. A reply is the unit's text: it
// may greet the writer by name (张三同志：您好！) and give the unit's own numbers and address (a staff mobile, an
// office landline, 人民路1号), but not an ID number, nor the writer's phone, e-mail, WeChat, QQ, plate or address
// as the letter gives them (title, content, supplied information, contact phone).
import {
  findPersonalData,
  type PersonalDataKind,
  type PersonalDataOptions,
  type PersonalDataSpan,
} from "@jiyue/content-text";
import { badInput } from "@jiyue/server-kit";
import type { LetterActionRow, LetterRow } from "./letter.sql";

export const PERSONAL_DATA_LABEL: Record<PersonalDataKind, string> = {
  mobile: "手机号码",
  landline: "电话号码",
  id_number: "身份证号码",
  bank_card: "银行卡号",
  email: "电子邮箱",
  wechat: "微信号",
  qq: "QQ号码",
  plate: "车牌号码",
  address: "详细住址",
  name: "写信人姓名",
};

/** Kinds a unit's own text may hold (its staff's and offices' numbers and address) unless the letter holds them. */
const UNIT_MAY_HOLD: readonly PersonalDataKind[] = [
  "mobile",
  "landline",
  "bank_card",
  "email",
  "wechat",
  "qq",
  "plate",
  "address",
  "name",
];

/**
 * The writer's texts of a letter: title, content, contact phone and the information supplied on request (the
 * info_provided entries of its timeline, whoever registered them).
 */
export function writerTextsOf(
  letter: Pick<LetterRow, "id" | "title" | "content" | "contactPhone">,
  actions: readonly Pick<LetterActionRow, "letterId" | "action" | "comment">[],
): string[] {
  const texts = [letter.title, letter.content, letter.contactPhone ?? ""];
  for (const action of actions)
    if (action.letterId === letter.id && action.action === "info_provided" && action.comment)
      texts.push(action.comment);
  return texts.filter((text) => text.length > 0);
}

/**
 * How a unit's text (a reply, a comment) is masked for readers other than the writer and the handling units: the
 * writer's names and data go, the unit's office numbers stay unless they are the writer's own.
 */
export function unitTextMask(
  names: readonly (string | null | undefined)[],
  writerTexts: readonly (string | null | undefined)[],
): PersonalDataOptions {
  return { names, keep: ["landline"], alsoMaskFrom: writerTexts };
}

/** The personal data of the writer a reply repeats: ID numbers always, the rest where the letter holds it. */
export function writerDataInReply(reply: string, writerTexts: readonly string[]): PersonalDataSpan[] {
  return findPersonalData(reply, { keep: UNIT_MAY_HOLD, alsoMaskFrom: writerTexts });
}

/** Refuses a reply that repeats the writer's personal data (BAD_USER_INPUT, reason PERSONAL_DATA, field content). */
export function assertReplyKeepsWriterData(
  reply: string | null,
  writerTexts: readonly string[],
  advice = "请删除后再保存",
): void {
  if (!reply) return;
  const kinds = [
    ...new Set(writerDataInReply(reply, writerTexts).map((span) => PERSONAL_DATA_LABEL[span.kind])),
  ];
  if (kinds.length === 0) return;
  const message = `答复中含有来信人的个人信息（${kinds.join("、")}），${advice}`;
  throw badInput(message, {
    fields: [{ path: "content", message }],
    reason: "PERSONAL_DATA",
  });
}
