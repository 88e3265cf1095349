import { Mailbox } from "./Mailbox";
import { createMailbox } from "./Mutation/createMailbox";
import { deleteMailbox } from "./Mutation/deleteMailbox";
import { updateMailbox } from "./Mutation/updateMailbox";
import { mailbox } from "./Query/mailbox";
import { Site } from "./Site";

export const mailboxResolvers = {
  Query: { mailbox },
  Mutation: { createMailbox, updateMailbox, deleteMailbox },
  Mailbox,
  Site,
  MailboxKind: { LEADER: "leader", GENERAL: "general", COMPLAINT: "complaint", CONSULT: "consult" },
};
