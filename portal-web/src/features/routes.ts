// Every feature's site routes, in matching order (the general channel pattern last).
import type { SiteRoute } from "../server/routing";
import type { VisitorRoute } from "../server/visitor";
import { articleRoute } from "./article/article.routes";
import { citizenRoute } from "./citizen/citizen.routes";
import { feedRoute, sitemapRoute } from "./feed/feed.routes";
import {
  knowledgeEntryRoute,
  knowledgeFeedbackRoute,
  knowledgeListRoute,
  knowledgeSuggestRoute,
} from "./knowledge/knowledge.routes";
import { leaveRoute } from "./leave/leave.routes";
import { letterQueryRoute, letterReceiptRoute, letterWriteRoute } from "./letter/letter.routes";
import { robotsRoute } from "./robots/robots.routes";
import { searchRoute } from "./search/search.routes";
import { channelRoute, siteHomeRoute } from "./site/site.routes";
import { themeStylesheetRoute } from "./site/theme.routes";
import {
  solicitationFeedbackRoute,
  solicitationFormRoute,
  solicitationListRoute,
} from "./solicitation/solicitation.routes";
import { topicRoute } from "./topic/topic.routes";

export const siteRoutes: SiteRoute[] = [
  siteHomeRoute,
  // Before the article pattern (/<channel>/<id>.html), which /zhiku/<id>.html would otherwise match.
  knowledgeEntryRoute,
  articleRoute,
  feedRoute,
  sitemapRoute,
  robotsRoute,
  themeStylesheetRoute,
  leaveRoute,
  searchRoute,
  knowledgeListRoute,
  knowledgeSuggestRoute,
  solicitationListRoute,
  solicitationFeedbackRoute,
  topicRoute,
  channelRoute,
];

/** Forms and per-visitor pages (never cached), tried before the site routes. */
export const siteVisitorRoutes: VisitorRoute[] = [
  letterWriteRoute,
  letterReceiptRoute,
  letterQueryRoute,
  citizenRoute,
  knowledgeFeedbackRoute,
  solicitationFormRoute,
];
