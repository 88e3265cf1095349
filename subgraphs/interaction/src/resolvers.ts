import { mergeResolvers } from "@jiyue/server-kit";
import type { Resolvers } from "./generated/resolvers-types";
import { mailboxResolvers } from "./modules/mailbox/resolvers";

export const resolvers: Resolvers = mergeResolvers([mailboxResolvers]);
