// One builder for article events: every one carries the article's site, unit, channel and revision.
import type { EventActor, NewEvent } from "@jiyue/server-kit";
import type { ArticleRow, RevisionRow } from "./article.sql";

export const SYSTEM_ACTOR: EventActor = { kind: "system", id: null, name: "定时任务" };

export function articleEvent(
  type: string,
  article: ArticleRow,
  revision: RevisionRow | null,
  actor: EventActor,
  extra: Record<string, unknown> = {},
): NewEvent {
  return {
    type,
    aggregateType: "article",
    aggregateId: article.id,
    siteId: article.siteId,
    unitId: article.unitId,
    payload: {
      articleId: article.id,
      siteId: article.siteId,
      unitId: article.unitId,
      channelId: article.channelId,
      status: article.status,
      revisionId: revision?.id ?? article.currentRevisionId,
      title: revision?.title ?? null,
      ...extra,
    },
    actor,
  };
}
