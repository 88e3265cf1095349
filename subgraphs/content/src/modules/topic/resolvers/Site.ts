import type { SiteResolvers } from "../../../generated/resolvers-types";

export const Site: SiteResolvers = {
  topics: (site, { includeDisabled }, { services }) =>
    services.topic.ofSite(site.id, includeDisabled ?? false),
};
