import type { SiteResolvers } from "../../../generated/resolvers-types";

export const Site: SiteResolvers = {
  __resolveReference: (reference) => reference,
  lexiconEntries: (site, { kind, level }, { services }) =>
    services.lexicon.inForceForSite(site.id, kind, level),
};
