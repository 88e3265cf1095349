import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const topic: QueryResolvers["topic"] = (_parent, { id }, { services }) => services.topic.get(id);
