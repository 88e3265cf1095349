import type { LetterKind, MailboxKind, MailboxRecipientRole } from "#gql/graphql";

export const MAILBOX_KIND_LABELS: Record<MailboxKind, string> = {
  LEADER: "领导信箱",
  GENERAL: "综合信箱",
  COMPLAINT: "投诉举报",
  CONSULT: "咨询",
};

export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  CONSULTATION: "咨询",
  COMPLAINT: "投诉",
  SUGGESTION: "建议",
  REPORT: "举报",
};

/** The role names as the roles page shows them. */
export const RECIPIENT_ROLE_LABELS: Record<MailboxRecipientRole, string> = {
  LETTER_DISPATCHER: "信件分办",
  LETTER_HANDLER: "信件承办",
  UNIT_ADMIN: "单位管理员",
};

/** What the server assumes when the handling kind is not given: complaints for 投诉举报, else 咨询. */
export function defaultLetterKind(kind: MailboxKind): LetterKind {
  return kind === "COMPLAINT" ? "COMPLAINT" : "CONSULTATION";
}

/** Same bounds as the server's validation (mailbox.validation.ts). */
export const DEADLINE_WORKDAYS = { min: 1, max: 90 } as const;
export const MAX_REWORKS = { min: 0, max: 10 } as const;
export const SORT_ORDER = { min: 0, max: 100_000 } as const;
export const MAX_RECIPIENTS = 50;
/** The identity subgraph lists at most 200 per page. */
export const UNIT_LIST_LIMIT = 200;
