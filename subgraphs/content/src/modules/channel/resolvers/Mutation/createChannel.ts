import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const createChannel: MutationResolvers["createChannel"] = (_parent, { input }, { services }) =>
  services.channel.create(input);
