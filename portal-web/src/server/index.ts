export { createPortal, type Portal, type PortalOptions } from "./app";
export { EVENT_PURGE_RULES, EVENT_TAG_RULES, purgeTagsForEvent, tagsForEvent } from "./invalidation";
export type { CachedPage, CacheResult, RenderedPage } from "./render-cache";
export type { SiteRenderContext, SiteRenderer, SiteRoute } from "./routing";
