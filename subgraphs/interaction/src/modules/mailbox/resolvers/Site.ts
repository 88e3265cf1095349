import type { SiteResolvers } from "../../../generated/resolvers-types";

export const Site: SiteResolvers = {
  __resolveReference: (reference) => reference,
  mailboxes: (site, _args, { services }) => services.mailbox.publicForSite(site.id),
};
