import { Mailbox } from "./Mailbox";
import { createMailbox } from "./Mutation/createMailbox";
import { deleteMailbox } from "./Mutation/deleteMailbox";
import { updateMailbox } from "./Mutation/updateMailbox";
import { mailbox } from "./Query/mailbox";
import { oneWindowMailbox } from "./Query/oneWindowMailbox";
import { unitMailboxes } from "./Query/unitMailboxes";
import { Site } from "./Site";

export const mailboxResolvers = {
  Query: { mailbox, oneWindowMailbox, unitMailboxes },
  Mutation: { createMailbox, updateMailbox, deleteMailbox },
  Mailbox,
  Site,
  LetterKind: {
    CONSULTATION: "consultation",
    COMPLAINT: "complaint",
    SUGGESTION: "suggestion",
    REPORT: "report",
  },
  MailboxRecipientRole: {
    LETTER_DISPATCHER: "letter_dispatcher",
    LETTER_HANDLER: "letter_handler",
    UNIT_ADMIN: "unit_admin",
  },
  MailboxKind: { LEADER: "leader", GENERAL: "general", COMPLAINT: "complaint", CONSULT: "consult" },
};
