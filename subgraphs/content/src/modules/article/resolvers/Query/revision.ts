import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const revision: QueryResolvers["revision"] = (_parent, { id }, { services }) =>
  services.article.revision(id);
