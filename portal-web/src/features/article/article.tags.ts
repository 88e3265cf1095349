// Cache tags for published content. Pages that LIST articles (home blocks, channel lists, feeds, sitemap)
// carry `site-articles:<siteId>`; an article event invalidates that tag and the article's own, so a publish
// or takedown reaches every list of the site at once, while other articles' pages stay cached.
export const articleTag = (articleId: string) => `article:${articleId}`;
/** Only on the article's own page: a takedown deletes that page's last good copy (see EVENT_PURGE_RULES). */
export const articlePageTag = (articleId: string) => `article-page:${articleId}`;
export const siteArticlesTag = (siteId: string) => `site-articles:${siteId}`;
export const channelTag = (channelId: string) => `channel:${channelId}`;
