import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const createTopic: MutationResolvers["createTopic"] = (_parent, { input }, { services }) =>
  services.topic.create(input);
