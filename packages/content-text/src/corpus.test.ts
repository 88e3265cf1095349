import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractKeywords } from "./keywords";
import { searchQueryTokens, searchTokens, segment } from "./segment";
import { simhash } from "./simhash";
import { summarize } from "./summary";

// The 500 real news items live beside the repository (../shared/data/news) and are never copied into it.
const NEWS_FILE = fileURLToPath(
  new URL("../../../../shared/data/news/xinwenlianbo_500.jsonl", import.meta.url),
);
const present = existsSync(NEWS_FILE);
if (!present) console.warn(`[content-text] 跳过真实新闻语料测试：未找到 ${NEWS_FILE}`);

type NewsItem = { title: string; body: string };

function readItems(): NewsItem[] {
  return readFileSync(NEWS_FILE, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as NewsItem);
}

describe.skipIf(!present)("over the 500 real news items", () => {
  it("extracts keywords and summaries for every item quickly", () => {
    const items = readItems();
    expect(items.length).toBe(500);

    const started = performance.now();
    for (const item of items) {
      const keywords = extractKeywords(item.body);
      expect(keywords.length, item.title).toBeGreaterThan(0);
      const summary = summarize(item.body);
      expect(summary.length, item.title).toBeGreaterThan(0);
      expect([...summary].length, item.title).toBeLessThanOrEqual(120);
      expect(simhash(item.body), item.title).not.toBe(0n);
    }
    // About half a second on a laptop; the bound only catches a quadratic blow-up.
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it("finds each item by any word of its title through the search tokens", () => {
    const misses: string[] = [];
    for (const item of readItems()) {
      const indexed = new Set(searchTokens(`${item.title}\n${item.body}`).split(" "));
      for (const word of segment(item.title)) {
        if (!searchQueryTokens(word).every((token) => indexed.has(token)))
          misses.push(`${item.title}: ${word}`);
      }
    }
    expect(misses).toEqual([]);
  });
});
