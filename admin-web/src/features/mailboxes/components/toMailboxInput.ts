// The form's values as the server's inputs. Every field is sent explicitly: an explicit null would override
// the server's defaults (e.g. kind GENERAL), so only the fields that mean "none" (说明、接收角色) go as null.
import type {
  CreateMailboxInput,
  LetterKind,
  MailboxKind,
  MailboxRecipientRole,
  UpdateMailboxInput,
} from "#gql/graphql";

export interface MailboxFormValues {
  name: string;
  description?: string;
  /** Empty: shown on every site of the unit. */
  siteId?: string;
  kind: MailboxKind;
  letterKind: LetterKind;
  deadlineWorkdays: number;
  maxReworks: number;
  recipientUserIds?: string[];
  /** Empty: only the listed users receive new letters. */
  recipientRole?: MailboxRecipientRole;
  isPublic: boolean;
  allowAnonymous: boolean;
  sortOrder: number;
}

/** The fields creating and editing share (the unit and the site are fixed once created). */
function mailboxFields(values: MailboxFormValues) {
  return {
    name: values.name.trim(),
    description: values.description?.trim() || null,
    kind: values.kind,
    isPublic: values.isPublic,
    sortOrder: values.sortOrder,
    letterKind: values.letterKind,
    deadlineWorkdays: values.deadlineWorkdays,
    maxReworks: values.maxReworks,
    recipientUserIds: values.recipientUserIds ?? [],
    recipientRole: values.recipientRole ?? null,
    allowAnonymous: values.allowAnonymous,
  };
}

export function toUpdateMailboxInput(values: MailboxFormValues): UpdateMailboxInput {
  return mailboxFields(values);
}

export function toCreateMailboxInput(unitId: string, values: MailboxFormValues): CreateMailboxInput {
  return { unitId, siteId: values.siteId ?? null, ...mailboxFields(values) };
}
