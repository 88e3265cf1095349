import { mergeResolvers } from "@jiyue/server-kit";
import type { Resolvers } from "./generated/resolvers-types";
import { calendarResolvers } from "./modules/calendar/resolvers";
import { letterResolvers } from "./modules/letter/resolvers";
import { mailboxResolvers } from "./modules/mailbox/resolvers";
import { routingResolvers } from "./modules/routing/resolvers";

export const resolvers: Resolvers = mergeResolvers([
  mailboxResolvers,
  calendarResolvers,
  letterResolvers,
  routingResolvers,
]);
