import { mergeResolvers } from "@jiyue/server-kit";
import type { Resolvers } from "./generated/resolvers-types";
import { channelResolvers } from "./modules/channel/resolvers";

export const resolvers: Resolvers = mergeResolvers([channelResolvers]);
