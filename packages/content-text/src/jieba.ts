import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Jieba, TfIdf } from "@node-rs/jieba";

// The dictionaries ship inside the npm package; they are read once, on first use, not at import time.
const require = createRequire(import.meta.url);

let jieba: Jieba | undefined;
let tfIdf: TfIdf | undefined;

function packagedFile(name: "dict.txt" | "idf.txt"): Buffer {
  return readFileSync(require.resolve(`@node-rs/jieba/${name}`));
}

export function getJieba(): Jieba {
  jieba ??= Jieba.withDict(packagedFile("dict.txt"));
  return jieba;
}

export function getTfIdf(): TfIdf {
  if (!tfIdf) {
    const instance = TfIdf.withDict(packagedFile("idf.txt"));
    // Stopwords are filtered by the caller: passing `stopWords` here fails in @node-rs/jieba 2.0.3.
    instance.setConfig({ minKeywordLength: 2, useHmm: true });
    tfIdf = instance;
  }
  return tfIdf;
}
