// Push events (article.pushed / push_accepted / push_declined / push_withdrawn): announced in the site that acted —
// the origin's for a push, the target's for a decision — and naming both ends.
import type { EventActor, NewEvent } from "@jiyue/server-kit";
import type { ArticlePushRow } from "./syndication.sql";

export function pushEvent(
  type: string,
  push: ArticlePushRow,
  title: string,
  actor: EventActor,
  extra: Record<string, unknown> = {},
): NewEvent {
  const atTarget = type !== "article.pushed";
  return {
    type,
    aggregateType: "article",
    aggregateId: push.originArticleId,
    siteId: atTarget ? push.targetSiteId : push.originSiteId,
    unitId: atTarget ? push.targetUnitId : push.originUnitId,
    payload: {
      pushId: push.id,
      articleId: push.originArticleId,
      originSiteId: push.originSiteId,
      originRevisionId: push.originRevisionId,
      targetSiteId: push.targetSiteId,
      targetChannelId: push.targetChannelId,
      copyArticleId: push.copyArticleId,
      status: push.status,
      title,
      ...extra,
    },
    actor,
  };
}
