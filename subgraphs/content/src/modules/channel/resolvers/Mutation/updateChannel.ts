import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const updateChannel: MutationResolvers["updateChannel"] = (_parent, { id, input }, { services }) =>
  services.channel.update(id, input);
