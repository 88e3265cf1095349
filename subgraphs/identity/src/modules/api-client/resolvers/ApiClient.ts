import type { ApiClientResolvers } from "../../../generated/resolvers-types";
import type { SiteRow } from "../../site/site.sql";

export const ApiClient: ApiClientResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.apiClientById.load(reference.id),
  sites: async (row, _args, { loaders }) => {
    const sites = await loaders.siteById.loadMany(row.siteIds);
    return sites.filter((site): site is SiteRow => site !== null && !(site instanceof Error));
  },
};
