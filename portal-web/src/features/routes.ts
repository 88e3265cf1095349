// Every feature's site routes, in matching order (the general channel pattern last).
import type { SiteRoute } from "../server/routing";
import { articleRoute } from "./article/article.routes";
import { feedRoute, sitemapRoute } from "./feed/feed.routes";
import { searchRoute } from "./search/search.routes";
import { channelRoute, siteHomeRoute } from "./site/site.routes";

export const siteRoutes: SiteRoute[] = [
  siteHomeRoute,
  articleRoute,
  feedRoute,
  sitemapRoute,
  searchRoute,
  channelRoute,
];
