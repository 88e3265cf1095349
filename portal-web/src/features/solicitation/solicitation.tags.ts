// Cache tags of solicitation pages: one campaign (its 采纳情况 page) and a site's list of campaigns.
export const solicitationTag = (id: string) => `solicitation:${id}`;
export const siteSolicitationsTag = (siteId: string) => `site-solicitations:${siteId}`;
