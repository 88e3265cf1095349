import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const updateSiteAppearance: MutationResolvers["updateSiteAppearance"] = (
  _parent,
  { id, input },
  { services },
) => services.site.updateAppearance(id, input);
