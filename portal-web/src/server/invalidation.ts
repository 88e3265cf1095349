// The portal as an event consumer: each event that changes what pages show is turned into cache tags, and
// the pages carrying them are invalidated. Invalidation is naturally idempotent, so the consumer's only
// state is its position per producer, kept in a file in the cache directory (a portal has no schema).
import { readFile } from "node:fs/promises";
import {
  type Consumer,
  type ConsumerStore,
  type DomainEvent,
  type EventSource,
  logger,
  type SiteEventPayload,
  startConsumer,
  type UnitEventPayload,
} from "@jiyue/server-kit";
import { writeFileAtomic } from "./page-store";

/** Carried by every rendered page: platform-wide settings (grey mode) change them all. */
export const PLATFORM_TAG = "platform";

/** Tags an event invalidates, by `<producer>/<aggregateType>`; later issues add their aggregates here. */
export const EVENT_TAG_RULES: Record<string, (event: DomainEvent) => string[]> = {
  "identity/site": (event) => {
    const site = (event.payload as Partial<SiteEventPayload>).site;
    // A sub-site is listed on its parent's home page, and the parent's name is shown on the sub-site.
    return [
      `site:${event.aggregateId}`,
      ...(site?.parentSiteId ? [`site:${site.parentSiteId}`] : []),
      "sites",
    ];
  },
  "identity/unit": (event) => {
    const unit = (event.payload as Partial<UnitEventPayload>).unit;
    return [`unit:${unit?.id ?? event.aggregateId}`, "sites"];
  },
  /** City-wide grey mode: every page of every site (each page carries the tag). */
  "identity/platform": () => [PLATFORM_TAG],
  /** Mailboxes are listed on the 互动交流 page of every site of their unit. */
  "interaction/mailbox": (event) => (event.unitId ? [`unit-mailboxes:${event.unitId}`] : []),
  /** knowledge.entry_published / _updated / _removed: the entry's page and every 智库 list and suggestion. */
  "interaction/knowledge_entry": (event) => [`knowledge:${event.aggregateId}`, "knowledge-list"],
  /**
   * solicitation.opened / closed / feedback_published…: the campaign's pages and the lists of its sites.
   * Submissions (aggregate solicitation_submission) change no cached page.
   */
  "interaction/solicitation": (event) => {
    const siteIds = (event.payload as { solicitation?: { siteIds?: string[] } }).solicitation?.siteIds ?? [];
    return [`solicitation:${event.aggregateId}`, ...siteIds.map((siteId) => `site-solicitations:${siteId}`)];
  },
  "content/channel": (event) => {
    const channel = (event.payload as { channel?: { siteId?: string } }).channel;
    const siteId = event.siteId ?? channel?.siteId;
    // The channel tree is the navigation of every page of the site.
    return [`channel:${event.aggregateId}`, ...(siteId ? [`site:${siteId}`] : [])];
  },
  /** topic.created / updated / deleted: the topic's pages and the site's list of topics (home block). */
  "content/topic": (event) => [
    `topic:${event.aggregateId}`,
    ...(event.siteId ? [`site-topics:${event.siteId}`] : []),
  ],
  /**
   * article.published / updated / withdrawn / deleted / flags_changed. Not `site:<id>`, which every page of
   * the site carries: only the article's page and the pages listing articles (home, channel lists, feeds,
   * sitemap carry `site-articles:<siteId>`) change.
   */
  "content/article": (event) => {
    const payload = event.payload as ArticleEventPayload;
    if (!changesPublicPages(event.type, payload)) return [];
    const siteId = payload.siteId ?? event.siteId;
    const channelIds = [payload.channelId, payload.previousChannelId].filter(
      (id): id is string => typeof id === "string",
    );
    return [
      `article:${payload.articleId ?? event.aggregateId}`,
      ...channelIds.map((id) => `channel:${id}`),
      ...(siteId ? [`site-articles:${siteId}`] : []),
    ];
  },
};

/**
 * Article events that change what citizens see. Drafts being written, reviewed or scheduled (article.saved,
 * submitted, approved, scheduled…) and copies pushed to another site (article.created, until adopted and
 * published there) leave every public page as it is; flags change pages only of a live article.
 */
const PUBLIC_ARTICLE_EVENTS = new Set([
  "article.published",
  "article.updated",
  "article.withdrawn",
  "article.deleted",
  "article.restored",
  "article.purged",
]);

function changesPublicPages(type: string, payload: ArticleEventPayload): boolean {
  if (PUBLIC_ARTICLE_EVENTS.has(type)) return true;
  return type === "article.flags_changed" && payload.status === "published";
}

/** What the portal reads from content's article events. */
interface ArticleEventPayload {
  status?: string;
  articleId?: string;
  siteId?: string;
  channelId?: string;
  /** When an update moved the article to another channel. */
  previousChannelId?: string;
}

/**
 * Tags whose pages an event takes down for good, by event type: their last good copies are deleted, so that
 * not even an outage of the gateway brings a withdrawn article back.
 */
export const EVENT_PURGE_RULES: Record<string, (event: DomainEvent) => string[]> = {
  "article.withdrawn": (event) => [articlePageTag(event)],
  "article.deleted": (event) => [articlePageTag(event)],
};

function articlePageTag(event: DomainEvent): string {
  return `article-page:${(event.payload as ArticleEventPayload).articleId ?? event.aggregateId}`;
}

export function purgeTagsForEvent(event: DomainEvent): string[] {
  return EVENT_PURGE_RULES[event.type]?.(event) ?? [];
}

export function tagsForEvent(event: DomainEvent): string[] | null {
  const rule = EVENT_TAG_RULES[`${event.producer}/${event.aggregateType}`];
  return rule ? rule(event) : null;
}

/** Producers the portal listens to (those with rules). */
export const PORTAL_PRODUCERS = [
  ...new Set(Object.keys(EVENT_TAG_RULES).map((rule) => rule.split("/")[0] ?? "")),
];

/** A consumer store in one JSON file: positions only; applying an event twice invalidates twice, harmlessly. */
export async function fileConsumerStore(
  file: string,
  handle: (event: DomainEvent) => Promise<void>,
): Promise<ConsumerStore> {
  let positions: Record<string, number> = {};
  try {
    positions =
      (JSON.parse(await readFile(file, "utf8")) as { positions?: Record<string, number> }).positions ?? {};
  } catch {
    // No cursor yet: start from the beginning (every page is invalidated once, which costs only renders).
  }
  let writing: Promise<void> = Promise.resolve();
  const save = () => {
    const snapshot = JSON.stringify({ positions });
    writing = writing.then(() => writeFileAtomic(file, snapshot));
    return writing;
  };
  return {
    async lastSeq(producer) {
      return positions[producer] ?? 0;
    },
    async apply(event, shouldHandle) {
      if (shouldHandle) await handle(event);
      if (event.seq > (positions[event.producer] ?? 0)) {
        positions = { ...positions, [event.producer]: event.seq };
        await save();
      }
    },
  };
}

export async function startInvalidationConsumer(options: {
  cursorFile: string;
  sources: Record<string, EventSource>;
  listenConnectionString?: string;
  invalidate: (tags: string[], purge: string[]) => Promise<void>;
  /** Sees every handled event before its pages are invalidated (e.g. to remember withdrawn articles). */
  observe?: (event: DomainEvent) => Promise<void>;
  pollIntervalMs?: number;
}): Promise<Consumer> {
  const store = await fileConsumerStore(options.cursorFile, async (event) => {
    const tags = tagsForEvent(event);
    if (!tags) return;
    await options.observe?.(event);
    const purge = purgeTagsForEvent(event);
    logger.debug({ event: event.type, tags, purge }, "portal: invalidating");
    await options.invalidate(tags, purge);
  });
  return startConsumer({
    name: "portal",
    listenConnectionString: options.listenConnectionString,
    sources: options.sources,
    handles: (event) => tagsForEvent(event) !== null,
    store,
    pollIntervalMs: options.pollIntervalMs,
  });
}
