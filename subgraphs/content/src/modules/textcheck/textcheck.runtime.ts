// One lexicon cache per running content instance (keyed by its deps), started with the instance; and the
// publish gate registered as a workflow before-transition hook.
import { type SubgraphDeps, serviceTokenSource, urlOf } from "@jiyue/server-kit";
import type { ContentSchema } from "../../context";
import { registerTransitionHook } from "../workflow/hooks";
import { httpSnapshotSource, LexiconCache } from "./lexicon-cache";
import { publishGate } from "./textcheck.gate";

const caches = new WeakMap<object, LexiconCache>();

export function lexiconCacheFor(deps: SubgraphDeps<ContentSchema>): LexiconCache {
  let cache = caches.get(deps);
  if (!cache) {
    cache = new LexiconCache(
      httpSnapshotSource(urlOf("supervision"), serviceTokenSource("content", deps.serviceSecret)),
    );
    caches.set(deps, cache);
  }
  return cache;
}

/** Starts fetching the lexicon (not waiting for supervision) and installs the gate; returns a stopper. */
export function startTextcheck(deps: SubgraphDeps<ContentSchema>): () => void {
  const cache = lexiconCacheFor(deps);
  void cache.start();
  const unregister = registerTransitionHook(publishGate(deps.db, cache));
  return () => {
    unregister();
    cache.stop();
  };
}
