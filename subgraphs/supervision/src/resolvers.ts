import { mergeResolvers } from "@jiyue/server-kit";
import type { Resolvers } from "./generated/resolvers-types";
import { auditResolvers } from "./modules/audit/resolvers";
import { lexiconResolvers } from "./modules/lexicon/resolvers";

export const resolvers: Resolvers = mergeResolvers([lexiconResolvers, auditResolvers]);
