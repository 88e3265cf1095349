// Training and storing a routing model, shared by trainRoutingModel and `pnpm routing:train`; and the
// per-process cache of the deserialized model in use (reloaded when a newer version appears).

import {
  DEFAULT_TRAIN,
  type Example,
  LetterClassifier,
  type TrainOptions,
  train,
} from "@jiyue/letter-routing";
import { type EventActor, emitEvent } from "@jiyue/server-kit";
import type { InteractionDb } from "../../context";
import { RoutingRepository } from "./routing.repository";
import type { RoutingModelInfo } from "./routing.sql";

const SMALL_CORPUS = 1_000;

export interface TrainedModel {
  classifier: LetterClassifier;
  sampleCount: number;
  categoryCounts: Record<string, number>;
}

export function trainModel(examples: readonly Example[], options: Partial<TrainOptions> = {}): TrainedModel {
  const categoryCounts: Record<string, number> = {};
  for (const example of examples)
    categoryCounts[example.category] = (categoryCounts[example.category] ?? 0) + 1;
  // A city's first handled letters are few: keep words seen once and make more passes over them.
  const small: Partial<TrainOptions> =
    examples.length < SMALL_CORPUS
      ? { epochs: 30, vectorizer: { ...DEFAULT_TRAIN.vectorizer, minDf: 1 } }
      : {};
  return {
    classifier: train(examples, { ...small, ...options }),
    sampleCount: examples.length,
    categoryCounts,
  };
}

/** Stores the model as the next version with a routing.model_trained event, in one transaction. */
export function saveModel(
  db: InteractionDb,
  trained: TrainedModel,
  source: "letters" | "csv",
  actor: EventActor,
  mapping: Record<string, string> = {},
): Promise<RoutingModelInfo> {
  return db.transaction(async (tx) => {
    const repository = new RoutingRepository(tx);
    const info = await repository.insertModel({
      source,
      model: trained.classifier.serialize(),
      sampleCount: trained.sampleCount,
      categoryCounts: trained.categoryCounts,
      trainedById: actor.id ?? null,
      trainedByName: actor.name ?? null,
    });
    const filled = await repository.fillMappings(mapping);
    await emitEvent(tx, "interaction", {
      type: "routing.model_trained",
      aggregateType: "routing_model",
      aggregateId: info.id,
      siteId: null,
      unitId: null,
      payload: {
        version: info.version,
        source,
        sampleCount: info.sampleCount,
        categoryCounts: info.categoryCounts,
        mappingsAdded: filled.map((row) => ({ category: row.category, unitId: row.unitId })),
      },
      actor,
    });
    return info;
  });
}

const loaded = new WeakMap<object, { version: number; classifier: LetterClassifier }>();

/** The classifier of `version`, deserialized once per process (a full model is megabytes of JSON). */
export async function classifierOf(db: InteractionDb, version: number): Promise<LetterClassifier | null> {
  const cached = loaded.get(db);
  if (cached?.version === version) return cached.classifier;
  const row = await new RoutingRepository(db).modelByVersion(version);
  if (!row) return null;
  const classifier = LetterClassifier.deserialize(row.model);
  const newest = loaded.get(db);
  if (!newest || newest.version <= version) loaded.set(db, { version, classifier });
  return classifier;
}
