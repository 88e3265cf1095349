import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const deleteChannel: MutationResolvers["deleteChannel"] = (_parent, { id }, { services }) =>
  services.channel.delete(id);
