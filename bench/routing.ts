// `pnpm bench:routing`: the letter category classifier (@jiyue/letter-routing) on the real public letters in
// ../shared/data/letters (2020 TipDM Cup, problem C; 7 first-level categories). Exact duplicates removed,
// then a stratified 80/20 split with a fixed seed; hyper-parameters are chosen on a validation part of the
// 80 % and the held-out 20 % is used once, for the figures. Baselines are measured in the same run.

import {
  type Accuracy,
  dedupExamples,
  type Example,
  evaluate,
  LetterClassifier,
  letterText,
  normalizeForDedup,
  type Prediction,
  stratifiedSplit,
  type TrainOptions,
  tokenize,
} from "@jiyue/letter-routing";
import {
  hasLetters,
  type LabelledLetter,
  LETTERS_DIR,
  loadLabelledLetters,
  loadVotedLetters,
} from "@jiyue/letter-routing/corpus";
import { ms, summarize, table } from "./lib/report";

const log = (s: string): void => console.error(`[routing] ${s}`);
const SEED = 20_260_603;

if (!hasLetters()) {
  console.log(`SKIPPED: ${LETTERS_DIR} (public letters) is not present on this machine.`);
  process.exit(0);
}

const started = performance.now();
const loaded = loadLabelledLetters();
const { kept, removed, conflicting } = dedupExamples(loaded);
log(
  `${loaded.length} labelled rows, ${removed} exact duplicates removed (${conflicting} with conflicting labels)`,
);
const byStratum = (letter: LabelledLetter) => `${letter.category}/${letter.source}`;
const { train: trainPart, test: heldOut } = stratifiedSplit(kept, 0.2, SEED, byStratum);
const { train: fitPart, test: validation } = stratifiedSplit(trainPart, 0.15, SEED + 1, byStratum);
log(
  `train ${trainPart.length} (fit ${fitPart.length} + validation ${validation.length}), held-out ${heldOut.length}`,
);

// Tuning on the validation part only.
const grid: { name: string; options: Partial<TrainOptions> }[] = [];
for (const lambda of [1e-6, 1e-5])
  for (const charBigrams of [true, false])
    grid.push({
      name: `λ=${lambda}, ${charBigrams ? "words+bigrams" : "words"}`,
      options: { lambda, epochs: 12, tokenize: { charBigrams } },
    });
let best: { name: string; options: Partial<TrainOptions>; top1: number } | undefined;
for (const candidate of grid) {
  const model = LetterClassifier.train(fitPart, candidate.options);
  const { top1, top3 } = evaluate(model, validation);
  log(`validation ${candidate.name}: top-1 ${top1.toFixed(4)}, top-3 ${top3.toFixed(4)}`);
  if (!best || top1 > best.top1) best = { ...candidate, top1 };
}
if (!best) throw new Error("empty grid");
log(`chosen: ${best.name}`);

const trainStarted = performance.now();
const model = LetterClassifier.train(trainPart, {
  ...best.options,
  onEpoch: (epoch, loss) => log(`epoch ${epoch}: mean loss ${loss.toFixed(4)}`),
});
const trainSeconds = (performance.now() - trainStarted) / 1000;
const json = model.serialize();

const latencies: number[] = [];
const timed = {
  predict(text: string, k?: number): Prediction[] {
    const t0 = performance.now();
    const out = model.predict(text, k);
    latencies.push(performance.now() - t0);
    return out;
  },
};

const sources = ["details", "title"] as const;
const heldOutBy = (source: (typeof sources)[number]) => heldOut.filter((letter) => letter.source === source);
const results = {
  details: evaluate(timed, heldOutBy("details")),
  title: evaluate(timed, heldOutBy("title")),
  all: evaluate(model, heldOut),
};

// Baseline 1: always the most frequent training category.
const counts = new Map<string, number>();
for (const letter of trainPart) counts.set(letter.category, (counts.get(letter.category) ?? 0) + 1);
const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([category]) => category);
const majority = {
  predict: (_: string, k = 3) => ranked.slice(0, k).map((category) => ({ category, confidence: 0 })),
};

// Baseline 2: multinomial naive Bayes on jieba words (Laplace smoothing), the classic keyword model.
function naiveBayes(examples: readonly Example[]) {
  const wordCounts = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  const docs = new Map<string, number>();
  const vocabulary = new Set<string>();
  for (const { text, category } of examples) {
    const perClass = wordCounts.get(category) ?? new Map<string, number>();
    wordCounts.set(category, perClass);
    docs.set(category, (docs.get(category) ?? 0) + 1);
    for (const word of tokenize(text, { charBigrams: false })) {
      perClass.set(word, (perClass.get(word) ?? 0) + 1);
      totals.set(category, (totals.get(category) ?? 0) + 1);
      vocabulary.add(word);
    }
  }
  const categories = [...docs.keys()];
  return {
    predict(text: string, k = 3): Prediction[] {
      const words = tokenize(text, { charBigrams: false });
      return categories
        .map((category) => {
          let score = Math.log((docs.get(category) ?? 0) / examples.length);
          const perClass = wordCounts.get(category) as Map<string, number>;
          const denominator = (totals.get(category) ?? 0) + vocabulary.size;
          for (const word of words) score += Math.log(((perClass.get(word) ?? 0) + 1) / denominator);
          return { category, confidence: score };
        })
        .sort((a, b) => b.confidence - a.confidence)
        .slice(0, k);
    },
  };
}
const nb = naiveBayes(trainPart);

// Letters of fujian3 whose full text is a held-out labelled letter: routed on title + full text together.
const heldOutDetails = new Map(
  heldOutBy("details").map((letter) => [normalizeForDedup(letter.text), letter.category]),
);
const paired = loadVotedLetters()
  .filter((letter) => heldOutDetails.has(normalizeForDedup(letter.text)))
  .map((letter) => ({
    text: letterText(letter.title, letter.text),
    category: heldOutDetails.get(normalizeForDedup(letter.text)) as string,
  }));
const pairedResult = evaluate(model, paired);

const row = (name: string, a: Accuracy, reference?: Accuracy): (string | number)[] => [
  name,
  a.n,
  a.top1.toFixed(3),
  a.top3.toFixed(3),
  reference ? `${(reference.top1 / a.top1).toFixed(2)}×` : "—",
];
const latency = summarize(latencies);
const header = ["model / held-out part", "n", "top-1", "top-3", "model ÷ this (top-1)"];
const report = [
  `### bench:routing — ${new Date().toISOString()} — seed ${SEED}`,
  "",
  `${loaded.length} labelled rows (${loaded.length - loaded.filter((l) => l.source === "title").length} full texts, ${loaded.filter((l) => l.source === "title").length} titles), ${removed} exact duplicates removed → ${kept.length}; train ${trainPart.length}, held-out ${heldOut.length}. Chosen on validation: ${best.name}, 12 epochs.`,
  "",
  table(header, [
    row("TF-IDF + softmax regression, full texts", results.details),
    row("TF-IDF + softmax regression, titles only", results.title),
    row("TF-IDF + softmax regression, all", results.all),
    row("same, title + full text (fujian3 rows matching a held-out text)", pairedResult),
    row("baseline: naive Bayes on words, full texts", evaluate(nb, heldOutBy("details")), results.details),
    row("baseline: naive Bayes on words, titles", evaluate(nb, heldOutBy("title")), results.title),
    row("baseline: majority class, all", evaluate(majority, heldOut), results.all),
  ]),
  "",
  `Training on ${trainPart.length} letters: ${trainSeconds.toFixed(1)} s (tokenising included); model JSON ${(json.length / 1e6).toFixed(1)} MB. ` +
    `Predict per letter: p50 ${ms(latency.p50)} ms, p95 ${ms(latency.p95)} ms, max ${ms(latency.max)} ms (n ${latency.n}). ` +
    `Whole run ${((performance.now() - started) / 1000).toFixed(0)} s.`,
].join("\n");
console.log(report);
