import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const deleteTopic: MutationResolvers["deleteTopic"] = (_parent, { id }, { services }) =>
  services.topic.delete(id);
