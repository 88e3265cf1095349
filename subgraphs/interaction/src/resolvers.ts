import { mergeResolvers } from "@jiyue/server-kit";
import type { Resolvers } from "./generated/resolvers-types";
import { attachmentResolvers } from "./modules/attachment/resolvers";
import { calendarResolvers } from "./modules/calendar/resolvers";
import { knowledgeResolvers } from "./modules/knowledge/resolvers";
import { letterInboxResolvers } from "./modules/letter/inbox/resolvers";
import { letterResolvers } from "./modules/letter/resolvers";
import { letterSupervisionResolvers } from "./modules/letter/supervision/resolvers";
import { mailboxResolvers } from "./modules/mailbox/resolvers";
import { notificationResolvers } from "./modules/notification/resolvers";
import { routingResolvers } from "./modules/routing/resolvers";
import { solicitationResolvers } from "./modules/solicitation/resolvers";
import { verificationResolvers } from "./modules/verification/resolvers";

export const resolvers: Resolvers = mergeResolvers([
  mailboxResolvers,
  calendarResolvers,
  letterResolvers,
  letterSupervisionResolvers,
  letterInboxResolvers,
  routingResolvers,
  solicitationResolvers,
  knowledgeResolvers,
  verificationResolvers,
  attachmentResolvers,
  notificationResolvers,
]);
