// Site statistics: public counts, kept up to date from other subgraphs' events. Each event is applied once
// (the consumer's inbox guarantees it); counts never go below zero.
import type { DomainEvent } from "@jiyue/server-kit";
import type { EvaluationDb } from "../../context";
import type { StatsLoaders } from "./stats.loaders";
import { StatsRepository } from "./stats.repository";
import type { SiteStatsView } from "./stats.types";

export class StatsService {
  constructor(private readonly loaders: StatsLoaders) {}

  /** Anyone may read them: they are public counts. A site without events yet has zeros. */
  async forSite(siteId: string): Promise<SiteStatsView> {
    return (
      (await this.loaders.statsBySite.load(siteId)) ?? {
        siteId,
        channelCount: 0,
        mailboxCount: 0,
        publishedArticleCount: 0,
        letterCount: 0,
        changeCount: 0,
        lastChangeAt: null,
      }
    );
  }
}

/** How one event changes the counts. */
const DELTAS: Record<
  string,
  { channels?: number; mailboxes?: number; publishedArticles?: number; letters?: number }
> = {
  "channel.created": { channels: 1 },
  "channel.deleted": { channels: -1 },
  "article.published": { publishedArticles: 1 },
  "article.withdrawn": { publishedArticles: -1 },
  "letter.created": { letters: 1 },
};

/** Whether a mailbox payload says public; events from before the flag count as public (the default). */
function isPublicIn(value: unknown): boolean | undefined {
  if (typeof value !== "object" || value === null || !("isPublic" in value)) return undefined;
  return typeof value.isPublic === "boolean" ? value.isPublic : undefined;
}

/** Only public mailboxes are counted (the ones Site.mailboxes lists); updates may make one (non-)public. */
function publicMailboxDelta(event: DomainEvent): number {
  const now = isPublicIn(event.payload.mailbox) ?? true;
  switch (event.type) {
    case "mailbox.created":
      return now ? 1 : 0;
    case "mailbox.deleted":
      return now ? -1 : 0;
    case "mailbox.updated": {
      const before = isPublicIn(event.payload.previous);
      if (before === undefined || before === now) return 0;
      return now ? 1 : -1;
    }
    default:
      return 0;
  }
}

export async function applyStatsEvent(
  tx: Pick<EvaluationDb, "select" | "insert" | "update" | "delete">,
  event: DomainEvent,
): Promise<void> {
  const repository = new StatsRepository(tx);
  if (event.type === "site.deleted" && event.producer === "identity") {
    if (event.siteId) await repository.deleteSite(event.siteId);
    return;
  }
  const delta = { ...DELTAS[event.type], mailboxes: publicMailboxDelta(event) };
  const occurredAt = new Date(event.occurredAt);
  if (event.siteId) {
    await repository.addToSite(event.siteId, event.unitId ?? null, occurredAt, {
      channels: delta.channels ?? 0,
      mailboxes: delta.mailboxes ?? 0,
      publishedArticles: delta.publishedArticles ?? 0,
      letters: delta.letters ?? 0,
    });
  } else if (event.unitId) {
    // A unit-wide mailbox serves every site of its unit.
    await repository.addToUnit(event.unitId, occurredAt, { mailboxes: delta.mailboxes ?? 0 });
  }
}
