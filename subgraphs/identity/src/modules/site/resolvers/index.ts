import { createSite } from "./Mutation/createSite";
import { updateSite } from "./Mutation/updateSite";
import { updateSiteAppearance } from "./Mutation/updateSiteAppearance";
import { site } from "./Query/site";
import { siteByCode } from "./Query/siteByCode";
import { siteByDomain } from "./Query/siteByDomain";
import { sites } from "./Query/sites";
import { Site } from "./Site";

export const siteResolvers = {
  Query: { sites, site, siteByCode, siteByDomain },
  Mutation: { createSite, updateSite, updateSiteAppearance },
  Site,
  SiteStatus: { BUILDING: "building", ONLINE: "online", OFFLINE: "offline" },
  HomeBlockKind: {
    HEADLINE: "headline",
    CAROUSEL: "carousel",
    PINNED: "pinned",
    CHANNEL: "channel",
    TOPICS: "topics",
  },
};
