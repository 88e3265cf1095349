// `pnpm textcheck:model`: builds the statistical typo model that @jiyue/textcheck/runtime ships with
// (packages/textcheck/data/typo-model.json.br) from the public data in ../shared/data/textcheck/, with the
// recipe bench/textcheck.ts measures: jieba's word counts and the official-document vocabulary, pycorrector's
// confusion sets plus the confusions seen in the training errors, the domain vocabulary of the correct side
// of the *training* splits only (ECSpell law/med train, the four tuning fifths of odw — never the test sets
// or the held-out fifth), and pycorrector's confusion pairs less those the training text refutes.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  fold,
  foldedConfusion,
  foldedFrequencies,
  learnConfusion,
  learnDomain,
  prunePairs,
} from "@jiyue/textcheck";
import { encodeTypoModel, TYPO_MODEL_FILE, type TypoModelParams } from "@jiyue/textcheck/model";
import { hasData, loadSpell, loadTypoModel, loadTypoPairs, TEXTCHECK } from "../bench/lib/textcheck-data";

const log = (s: string): void => console.error(`[textcheck:model] ${s}`);
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

if (!hasData()) {
  console.error("✖ 缺少 ../shared/data/textcheck（公开数据），无法构建模型。");
  process.exit(2);
}

/** The parameters bench/textcheck.ts reports (chosen by cross-validation on the training splits). */
const PARAMS: TypoModelParams = {
  threshold: 6,
  coverFrequency: 200,
  minCorrectionFrequency: 50,
  knownWordMargin: 2,
  attestedMinCount: 2,
};
const SOURCES = [
  "wordfreq/cppjieba_jieba.dict.utf8 — cppjieba (MIT)",
  "wordlists/ecspell_vocab_公文写作.txt, ecspell_wordlist_公文写作.txt — ECSpell (MIT)",
  "confusion/pycorrector_same_pinyin.txt, pycorrector_same_stroke.txt — pycorrector (Apache-2.0)",
  "typo_pairs/pycorrector_custom_confusion.txt — pycorrector (Apache-2.0)",
  "ecspell/ecspell_{law,med}.train.tsv, ecspell_odw.train.tsv (lines i % 5 ≠ 4) — ECSpell (MIT)",
];

log("reading word counts and confusion sets …");
const base = loadTypoModel();
log(`${base.frequencies.size} words, ${base.confusion.size} characters with confusion sets (${elapsed()})`);
const training = [
  ...loadSpell("ecspell_law.train.tsv"),
  ...loadSpell("ecspell_med.train.tsv"),
  ...loadSpell("ecspell_odw.train.tsv").filter((_, i) => i % 5 !== 4),
];
log(`learning the domain vocabulary from ${training.length} training sentences …`);
const domain = learnDomain(training.map((t) => t.right));
const confusion = learnConfusion(base.confusion, training);
log(`${domain.words.size} domain words, ${domain.ngrams.size} bi-/trigrams (${elapsed()})`);
log("pruning the confusion pairs on the training sentences …");
const allPairs = loadTypoPairs();
const pairs = prunePairs(allPairs, training);
log(`${pairs.length} of ${allPairs.length} pairs kept (${elapsed()})`);

// What the detector consults: folded counts (domain words and characters already raised), of which only
// the words of 1–4 characters are looked up; the total keeps every word so probabilities stay the same.
const frequencies = foldedFrequencies({ ...base, confusion, domain });
let totalCount = 0;
const words = new Map<string, number>();
for (const [word, n] of frequencies) {
  totalCount += n;
  if (word.length >= 1 && word.length <= 4) words.set(word, n);
}
const ngrams = new Map<string, number>();
for (const [g, n] of domain.ngrams) {
  const f = fold(g);
  if (f.length >= 2 && f.length <= 3) ngrams.set(f, (ngrams.get(f) ?? 0) + n);
}
log(`compressing ${words.size} words, ${ngrams.size} n-grams …`);
const file = encodeTypoModel({
  params: PARAMS,
  totalCount,
  words,
  confusion: foldedConfusion(confusion),
  ngrams,
  pairs: pairs.map((p) => ({ wrong: p.term, right: p.suggestion ?? "" })).filter((p) => p.right !== ""),
  sources: SOURCES,
  builtAt: new Date().toISOString().slice(0, 10),
});
writeFileSync(TYPO_MODEL_FILE, file);
log(`wrote ${TYPO_MODEL_FILE} (${(file.length / 1024 / 1024).toFixed(2)} MB) in ${elapsed()}`);

// The licences travel with the file: the MIT notices verbatim, Apache-2.0 in LICENSE-Apache-2.0.txt.
const mit = (file: string) => readFileSync(path.join(TEXTCHECK, file), "utf8").trim();
const notice = `# typo-model.json.br — sources and licences

\`typo-model.json.br\` is built by \`pnpm textcheck:model\` (scripts/textcheck-model.ts) from public data
(\`../shared/data/textcheck/\`, not part of this repository). It holds derived data only: folded word counts
of 1–4 characters, character confusion sets, character bi-/trigram counts of correct sentences, and confusion
pairs (wrong → right). Built ${new Date().toISOString().slice(0, 10)}.

| part | source | licence |
| --- | --- | --- |
| word counts | cppjieba \`dict/jieba.dict.utf8\` (from jieba) — https://github.com/yanyiwu/cppjieba | MIT |
| official-document vocabulary, domain vocabulary and character confusions learned from the training splits (law, med train; odw train lines i % 5 ≠ 4) | ECSpell — https://github.com/Aopolin-Lv/ECSpell | MIT |
| confusion sets (same pinyin, similar shape), confusion pairs | pycorrector — https://github.com/shibing624/pycorrector | Apache-2.0 (LICENSE-Apache-2.0.txt) |

## cppjieba

${mit("wordfreq/CPPJIEBA_LICENSE.txt")}

## jieba

${mit("wordfreq/JIEBA_LICENSE.txt")}

## ECSpell

${mit("ecspell/ECSPELL_LICENSE.txt")}
`;
const noticeFile = path.join(path.dirname(TYPO_MODEL_FILE), "NOTICE.md");
writeFileSync(noticeFile, notice);
log(`wrote ${noticeFile}`);
