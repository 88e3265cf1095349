// One lexicon cache per running interaction instance (keyed by its deps): supervision's snapshot, refreshed
// on lexicon.version_published, used to check letters at submission.
import { logger, type SubgraphDeps, serviceTokenSource, urlOf } from "@jiyue/server-kit";
import { httpSnapshotSource, LexiconCache } from "@jiyue/textcheck/runtime";
import type { InteractionSchema } from "../../context";

const caches = new WeakMap<object, LexiconCache>();

export function lexiconCacheFor(deps: SubgraphDeps<InteractionSchema>): LexiconCache {
  let cache = caches.get(deps);
  if (!cache) {
    cache = new LexiconCache(
      httpSnapshotSource(urlOf("supervision"), serviceTokenSource("interaction", deps.serviceSecret)),
      logger,
    );
    caches.set(deps, cache);
  }
  return cache;
}
