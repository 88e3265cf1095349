// The render cache every portal page goes through. A page is rendered once per key (concurrent misses
// share one render), kept in memory (LRU bounded by bytes) with the TAGS of what it shows, and written to
// disk as the last good copy. Events invalidate by tag: memory copies are dropped, disk copies marked
// stale. When rendering fails (gateway slow or down), the last good copy is served instead.

import { logger } from "@jiyue/server-kit";
import { LRUCache } from "lru-cache";
import { compressVariants, type Variants } from "./compression";
import { etagOf, PageStore, type StoredPage } from "./page-store";

/** What a page renderer produces. */
export interface RenderedPage {
  status: number;
  html: string;
  /** What the page shows, e.g. site:<id>, channel:<id>, sites; events invalidate by these. */
  tags: string[];
  /** Keep on disk as the last good copy; default: only 200 pages. */
  persist?: boolean;
  /** Default text/html; feeds and sitemaps set their own. */
  contentType?: string;
  /** For redirects (3xx). */
  location?: string;
  /** Visitor pages only: e.g. `attachment; filename="…"` for a download. */
  contentDisposition?: string;
}

export interface CachedPage {
  key: string;
  status: number;
  body: Buffer;
  /** Brotli and gzip of the body, computed once when the page enters the cache. */
  variants: Variants;
  etag: string;
  /** Epoch milliseconds (second precision, as in the Last-Modified header). */
  lastModified: number;
  /** The Last-Modified header value (formatted once, not per request). */
  lastModifiedHttp: string;
  renderedAt: number;
  tags: string[];
  contentType?: string;
  location?: string;
}

export type CacheResult =
  | { kind: "fresh"; page: CachedPage; from: "memory" | "disk" | "render" }
  /** The render failed; this is the last good copy. */
  | { kind: "stale"; page: CachedPage; error: unknown }
  /** The render failed and there never was a good copy. */
  | { kind: "unavailable"; error: unknown };

export interface RenderCacheOptions {
  dir: string;
  /** Memory budget for page bodies. */
  maxBytes?: number;
  /** After this long a page is re-rendered in the background while the old copy is still served. */
  ttlMs?: number;
}

interface RenderInFlight {
  /** Tags invalidated while the render ran: its result may already be outdated. */
  invalidated: Set<string>;
  /** Tags purged while the render ran: its result must not even be kept as a last good copy. */
  purged: Set<string>;
}

const ENTRY_OVERHEAD_BYTES = 512;

export class RenderCache {
  readonly store: PageStore;
  private readonly ttlMs: number;
  private readonly memory: LRUCache<string, CachedPage>;
  private readonly keysByTag = new Map<string, Set<string>>();
  private readonly inflight = new Map<string, Promise<CacheResult>>();
  private readonly renders = new Set<RenderInFlight>();
  private readonly background = new Set<Promise<unknown>>();
  /** Last good copies read from disk while renders fail, so an outage does not re-read and re-compress them. */
  private readonly fallbacks: LRUCache<string, CachedPage>;

  constructor(options: RenderCacheOptions) {
    this.store = new PageStore(options.dir);
    this.ttlMs = options.ttlMs ?? 10 * 60_000;
    this.memory = new LRUCache<string, CachedPage>({
      maxSize: options.maxBytes ?? 128 * 1024 * 1024,
      sizeCalculation: (page) =>
        page.body.length +
        (page.variants.br?.length ?? 0) +
        (page.variants.gzip?.length ?? 0) +
        ENTRY_OVERHEAD_BYTES,
      dispose: (page, key) => this.unindex(key, page.tags),
    });
    this.fallbacks = new LRUCache<string, CachedPage>({
      maxSize: Math.max(1, Math.floor((options.maxBytes ?? 128 * 1024 * 1024) / 4)),
      sizeCalculation: (page) =>
        page.body.length + (page.variants.br?.length ?? 0) + (page.variants.gzip?.length ?? 0) + 1,
    });
  }

  init(): Promise<void> {
    return this.store.init();
  }

  /** Pages held in memory (for diagnostics and tests). */
  has(key: string): boolean {
    return this.memory.has(key);
  }

  /** The page in memory when it is not due for a refresh (the hot path serves it without further ado). */
  peekFresh(key: string): CachedPage | undefined {
    const held = this.memory.get(key);
    return held && Date.now() - held.renderedAt <= this.ttlMs ? held : undefined;
  }

  /** The load or render of a key in flight, if any (the raw-socket fast path waits for it, see fast-path.ts). */
  pending(key: string): Promise<unknown> | undefined {
    return this.inflight.get(key);
  }

  get memoryBytes(): number {
    return this.memory.calculatedSize;
  }

  /** The page for a key: from memory, else from a fresh disk copy, else rendered (once for concurrent callers). */
  async get(key: string, render: () => Promise<RenderedPage>): Promise<CacheResult> {
    const held = this.memory.get(key);
    if (held) {
      if (Date.now() - held.renderedAt > this.ttlMs) this.refreshInBackground(key, render, held);
      return { kind: "fresh", page: held, from: "memory" };
    }
    return this.coalesce(key, () => this.load(key, render));
  }

  /**
   * Drops pages showing any of the tags from memory and marks their disk copies stale. Pages carrying a
   * `purge` tag lose their disk copy too: what was taken down must not come back as a last good copy.
   */
  async invalidate(tags: readonly string[], purge: readonly string[] = []): Promise<void> {
    const all = [...tags, ...purge];
    if (all.length === 0) return;
    for (const tag of all) {
      for (const key of [...(this.keysByTag.get(tag) ?? [])]) this.memory.delete(key);
    }
    for (const render of this.renders) {
      for (const tag of all) render.invalidated.add(tag);
      for (const tag of purge) render.purged.add(tag);
    }
    await this.store.markStale(tags);
    await this.store.remove(purge);
  }

  /** Waits for background renders and disk writes. */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.inflight.values(), ...this.background]);
    await this.store.flush();
  }

  private coalesce(key: string, work: () => Promise<CacheResult>): Promise<CacheResult> {
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = work().finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    return pending;
  }

  private refreshInBackground(key: string, render: () => Promise<RenderedPage>, previous: CachedPage): void {
    if (this.inflight.has(key)) return;
    const refresh = this.coalesce(key, () => this.renderAndStore(key, render, previous));
    this.background.add(refresh);
    void refresh.finally(() => this.background.delete(refresh));
  }

  private async load(key: string, render: () => Promise<RenderedPage>): Promise<CacheResult> {
    const stored = this.store.peek(key);
    // After a restart, a disk copy that no event has invalidated is as good as a fresh render.
    if (stored && !stored.stale && Date.now() - stored.renderedAt <= this.ttlMs) {
      const copy = await this.store.read(key);
      if (copy && !this.store.peek(key)?.stale) {
        const page = await pageFromStore(copy);
        this.remember(page);
        return { kind: "fresh", page, from: "disk" };
      }
    }
    return this.renderAndStore(key, render, undefined);
  }

  private async renderAndStore(
    key: string,
    render: () => Promise<RenderedPage>,
    previous: CachedPage | undefined,
  ): Promise<CacheResult> {
    const inFlight: RenderInFlight = { invalidated: new Set(), purged: new Set() };
    this.renders.add(inFlight);
    const renderedAt = Date.now();
    let result: RenderedPage;
    try {
      result = await render();
    } catch (error) {
      this.renders.delete(inFlight);
      const fallback = previous ?? (await this.lastGoodCopy(key));
      if (fallback) return { kind: "stale", page: fallback, error };
      return { kind: "unavailable", error };
    }
    const body = Buffer.from(result.html, "utf8");
    let variants: Variants;
    try {
      // Still registered as in flight: an invalidation during compression also overtakes this render.
      variants = await compressVariants(body);
    } finally {
      this.renders.delete(inFlight);
    }

    const etag = etagOf(body);
    const earlier = previous ?? this.store.peek(key);
    // Unchanged content keeps its date, so If-Modified-Since stays valid across re-renders.
    const lastModified = earlier?.etag === etag ? earlier.lastModified : Math.floor(renderedAt / 1000) * 1000;
    const page: CachedPage = {
      key,
      status: result.status,
      body,
      variants,
      etag,
      lastModified,
      lastModifiedHttp: new Date(lastModified).toUTCString(),
      renderedAt,
      tags: [...new Set(result.tags)],
      contentType: result.contentType,
      location: result.location,
    };
    const overtaken = page.tags.some((tag) => inFlight.invalidated.has(tag));
    if (!overtaken) this.remember(page);
    const purged = page.tags.some((tag) => inFlight.purged.has(tag));
    if (!purged && (result.persist ?? result.status === 200)) {
      try {
        await this.store.write(
          {
            key,
            status: page.status,
            etag: page.etag,
            lastModified: page.lastModified,
            renderedAt,
            tags: page.tags,
            contentType: page.contentType,
            location: page.location,
            stale: overtaken,
          },
          body,
        );
      } catch (error) {
        logger.warn({ err: error, key }, "portal: could not write the last good copy");
      }
    }
    return { kind: "fresh", page, from: "render" };
  }

  private async lastGoodCopy(key: string): Promise<CachedPage | undefined> {
    // While the back end is down every request of a page not in memory ends here: read and compress once.
    const known = this.fallbacks.get(key);
    if (known && known.etag === this.store.peek(key)?.etag) return known;
    const copy: StoredPage | undefined = await this.store.read(key);
    if (!copy) return undefined;
    const page = await pageFromStore(copy);
    this.fallbacks.set(key, page);
    return page;
  }

  private remember(page: CachedPage): void {
    this.memory.set(page.key, page);
    if (!this.memory.has(page.key)) return;
    for (const tag of page.tags) {
      let keys = this.keysByTag.get(tag);
      if (!keys) {
        keys = new Set();
        this.keysByTag.set(tag, keys);
      }
      keys.add(page.key);
    }
  }

  private unindex(key: string, tags: readonly string[]): void {
    for (const tag of tags) {
      const keys = this.keysByTag.get(tag);
      if (!keys) continue;
      keys.delete(key);
      if (keys.size === 0) this.keysByTag.delete(tag);
    }
  }
}

async function pageFromStore(copy: StoredPage): Promise<CachedPage> {
  return {
    key: copy.meta.key,
    status: copy.meta.status,
    body: copy.body,
    variants: await compressVariants(copy.body),
    etag: copy.meta.etag,
    lastModified: copy.meta.lastModified,
    lastModifiedHttp: new Date(copy.meta.lastModified).toUTCString(),
    renderedAt: copy.meta.renderedAt,
    tags: copy.meta.tags,
    contentType: copy.meta.contentType,
    location: copy.meta.location,
  };
}
