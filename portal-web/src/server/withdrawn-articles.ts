// Articles this platform once published and then took down, learned from content's events, so that their
// address answers 410 Gone rather than 404. Only what an event said in public terms is kept (id, site, when):
// a draft never enters (it was never published), so its id stays an ordinary 404. Kept in a file in the
// cache directory; a fresh replica replays the events from the start and learns the same.
import { readFile } from "node:fs/promises";
import type { DomainEvent } from "@jiyue/server-kit";
import { writeFileAtomic } from "./page-store";

export interface WithdrawnArticle {
  siteId: string;
  withdrawnAt: string;
}

export class WithdrawnArticles {
  private byId = new Map<string, WithdrawnArticle>();
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {}

  async load(): Promise<void> {
    try {
      const saved = JSON.parse(await readFile(this.file, "utf8")) as Record<string, WithdrawnArticle>;
      this.byId = new Map(Object.entries(saved));
    } catch {
      // None yet.
    }
  }

  get(articleId: string): WithdrawnArticle | undefined {
    return this.byId.get(articleId);
  }

  /** Runs before the event's invalidation, so that the re-render already knows. */
  async observe(event: DomainEvent): Promise<void> {
    if (event.producer !== "content" || event.aggregateType !== "article") return;
    const payload = event.payload as { articleId?: string; siteId?: string; status?: string };
    const id = payload.articleId ?? event.aggregateId;
    const siteId = payload.siteId ?? event.siteId;
    const wasPublic =
      event.type === "article.withdrawn" ||
      (event.type === "article.deleted" && payload.status === "published");
    if (wasPublic && siteId) {
      this.byId.set(id, { siteId, withdrawnAt: event.occurredAt });
    } else if (
      (event.type === "article.published" || event.type === "article.updated") &&
      this.byId.has(id)
    ) {
      this.byId.delete(id);
    } else {
      return;
    }
    const snapshot = JSON.stringify(Object.fromEntries(this.byId));
    this.writing = this.writing.then(() => writeFileAtomic(this.file, snapshot));
    await this.writing;
  }
}
