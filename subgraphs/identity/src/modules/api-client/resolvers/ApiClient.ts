import { CITY, can, forbidden, unauthenticated } from "@jiyue/server-kit";
import type { ApiClientResolvers } from "../../../generated/resolvers-types";
import type { SiteRow } from "../../site/site.sql";

export const ApiClient: ApiClientResolvers = {
  // Only the client itself or the platform administrator (user.manage city-wide) resolve an API client.
  __resolveReference: (reference, { caller, loaders }) => {
    if (caller.kind === "anonymous") throw unauthenticated();
    const self = caller.kind === "client" && caller.clientId === reference.id;
    if (!self && !can(caller, "user.manage", CITY)) throw forbidden();
    return loaders.apiClientById.load(reference.id);
  },
  sites: async (row, _args, { loaders }) => {
    const sites = await loaders.siteById.loadMany(row.siteIds);
    return sites.filter((site): site is SiteRow => site !== null && !(site instanceof Error));
  },
};
