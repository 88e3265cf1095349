// Publication changes become deliveries inside the publishing transaction: a publish or update goes to every
// enabled target of the site taking that kind of change; a takedown goes only to targets that received (or
// were about to receive) the article, and cancels its unsent publish/update deliveries.
import type { Executor } from "../article/article.repository";
import { type PublicationChange, registerPublicationListener } from "../publishing/listeners";
import { buildPayload } from "./distribution.payload";
import { distributionSettings, enqueueDeliveries } from "./distribution.queue";
import { DistributionRepository } from "./distribution.repository";
import type { DeliveryKindValue } from "./distribution.sql";

const KIND: Record<PublicationChange["kind"], DeliveryKindValue> = {
  published: "publish",
  updated: "update",
  withdrawn: "retract",
};

export async function createDeliveries(tx: Executor, change: PublicationChange): Promise<void> {
  const kind = KIND[change.kind];
  const { article, revision } = change;
  const repository = new DistributionRepository(tx);
  let targets = await repository.activeTargets(article.siteId, kind);
  if (kind === "retract") {
    const holding = await repository.targetsHolding(article.id);
    targets = targets.filter((target) => holding.has(target.id));
    await repository.cancelOpen({ articleId: article.id }, "稿件已撤稿，未再投递");
  }
  if (!targets.length) return;
  const { siteCode, channel } = await repository.payloadContext(article.siteId, revision.channelId);
  const { portalUrl } = distributionSettings();
  const rows = await repository.insertDeliveries(
    targets.map((target) => ({
      targetId: target.id,
      siteId: article.siteId,
      unitId: article.unitId,
      articleId: article.id,
      revisionId: revision.id,
      kind,
      body: buildPayload({
        kind,
        format: target.format,
        draftOnly: target.draftOnly,
        article,
        revision,
        channel,
        siteCode,
        portalUrl,
        reason: change.reason,
        at: change.at,
      }),
    })),
  );
  await enqueueDeliveries(
    tx,
    rows.map((row) => ({ deliveryId: row.id, attempts: 0 })),
  );
}

let registered = false;
/** Idempotent: one listener per process, however many subgraph instances it runs. */
export function registerDistributionListener(): void {
  if (registered) return;
  registered = true;
  registerPublicationListener(createDeliveries);
}
