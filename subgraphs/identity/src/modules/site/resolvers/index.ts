import { createSite } from "./Mutation/createSite";
import { updateSite } from "./Mutation/updateSite";
import { site } from "./Query/site";
import { siteByCode } from "./Query/siteByCode";
import { siteByDomain } from "./Query/siteByDomain";
import { sites } from "./Query/sites";
import { Site } from "./Site";

export const siteResolvers = {
  Query: { sites, site, siteByCode, siteByDomain },
  Mutation: { createSite, updateSite },
  Site,
  SiteStatus: { BUILDING: "building", ONLINE: "online", OFFLINE: "offline" },
};
