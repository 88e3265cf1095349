import type { LetterClassifier, Prediction } from "./classifier";
import type { UnitRouter, UnitSuggestion } from "./units";

export {
  DEFAULT_TRAIN,
  type Example,
  LetterClassifier,
  type ModelJson,
  type Prediction,
  type TrainOptions,
  train,
} from "./classifier";
export {
  type Accuracy,
  type DedupResult,
  dedupExamples,
  evaluate,
  normalizeForDedup,
  type Split,
  stratifiedSplit,
} from "./dataset";
export { type SparseVector, TfIdfVectorizer, type TokenizeOptions, tokenize } from "./features";
export { seededRandom, shuffled } from "./random";
export {
  type CorpusLetter,
  type DatedCorpusLetter,
  DUPLICATE_THRESHOLD,
  type HotTopic,
  type HotTopicOptions,
  hotTopics,
  LetterIndex,
  RELATED_THRESHOLD,
  type SimilarLetter,
  type SimilarOptions,
  similarLetters,
} from "./similar";
export { UnitRouter, type UnitRouterState, type UnitSuggestion } from "./units";

export interface RoutingSuggestion extends Prediction {
  unit?: UnitSuggestion;
}

/** The dispatcher's suggestion for a new letter: the top-k categories with their confidence and unit. */
export function suggestRouting(
  classifier: Pick<LetterClassifier, "predict">,
  router: UnitRouter,
  text: string,
  k = 3,
): RoutingSuggestion[] {
  return classifier.predict(text, k).map((prediction) => {
    const unit = router.suggestUnit(prediction.category);
    return unit ? { ...prediction, unit } : prediction;
  });
}

/** Title and full text as the classifier and the similarity index expect them. */
export function letterText(title: string, body: string): string {
  return `${title.trim()}\n${body.trim()}`;
}
