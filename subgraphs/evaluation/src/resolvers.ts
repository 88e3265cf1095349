import { mergeResolvers } from "@jiyue/server-kit";
import type { Resolvers } from "./generated/resolvers-types";
import { statsResolvers } from "./modules/stats/resolvers";

export const resolvers: Resolvers = mergeResolvers([statsResolvers]);
