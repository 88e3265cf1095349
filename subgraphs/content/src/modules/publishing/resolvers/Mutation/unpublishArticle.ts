import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const unpublishArticle: MutationResolvers["unpublishArticle"] = (
  _parent,
  { id, reason, at },
  { services },
) => services.publishing.unpublish(id, reason, at);
