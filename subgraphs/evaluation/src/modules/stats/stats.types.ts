export type { SiteReference } from "@jiyue/server-kit";

/** The public counts of a site, as Site.stats shows them. */
export interface SiteStatsView {
  siteId: string;
  channelCount: number;
  /** Mailboxes serving the site: the unit's unit-wide ones plus those bound to this site. */
  mailboxCount: number;
  publishedArticleCount: number;
  letterCount: number;
  changeCount: number;
  lastChangeAt: Date | null;
}

export interface StatsDeltas {
  channels: number;
  siteMailboxes: number;
  unitMailboxes: number;
  publishedArticles: number;
  letters: number;
}
