import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const updateTopic: MutationResolvers["updateTopic"] = (_parent, { id, input }, { services }) =>
  services.topic.update(id, input);
