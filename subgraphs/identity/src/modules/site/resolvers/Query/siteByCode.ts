import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const siteByCode: QueryResolvers["siteByCode"] = (_parent, { code }, { services }) =>
  services.site.byCode(code);
