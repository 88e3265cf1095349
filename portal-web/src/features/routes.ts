// Every feature's site routes, in matching order (the general channel pattern last).
import type { SiteRoute } from "../server/routing";
import { articleRoute } from "./article/article.routes";
import { feedRoute, sitemapRoute } from "./feed/feed.routes";
import { leaveRoute } from "./leave/leave.routes";
import { robotsRoute } from "./robots/robots.routes";
import { searchRoute } from "./search/search.routes";
import { channelRoute, siteHomeRoute } from "./site/site.routes";
import { themeStylesheetRoute } from "./site/theme.routes";
import { topicRoute } from "./topic/topic.routes";

export const siteRoutes: SiteRoute[] = [
  siteHomeRoute,
  articleRoute,
  feedRoute,
  sitemapRoute,
  robotsRoute,
  themeStylesheetRoute,
  leaveRoute,
  searchRoute,
  topicRoute,
  channelRoute,
];
