// Records every publication change in the change feed, inside the publishing transaction.
import { registerPublicationListener } from "../publishing/listeners";
import { ChangefeedRepository } from "./changefeed.repository";

let registered = false;

/** Idempotent: the listener registry is process-wide. */
export function registerChangefeedListener(): void {
  if (registered) return;
  registered = true;
  registerPublicationListener(async (tx, change) => {
    await new ChangefeedRepository(tx).append({
      articleId: change.article.id,
      siteId: change.article.siteId,
      unitId: change.article.unitId,
      channelId: change.revision.channelId,
      kind: change.kind,
      revisionId: change.revision.id,
      at: change.at,
    });
  });
}
