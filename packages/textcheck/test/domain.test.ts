import { describe, expect, it } from "vitest";
import {
  check,
  compileLexicon,
  type DomainVocabulary,
  fold,
  learnConfusion,
  learnDomain,
  type TypoModelInput,
} from "../src/index";

// A general-language model in miniature: like jieba's dictionary it knows 抗癌, 国家 and 有时 well, and 抗炎
// not at all — so a medical text's 抗炎 reads as two rare characters that one swap turns into 抗癌.
const general: TypoModelInput = {
  confusion: new Map([
    ["炎", "癌盐"],
    ["盐", "炎"],
    ["什", "时"],
  ]),
  frequencies: new Map([
    ["抗癌", 5000],
    ["药物", 20_000],
    ["国家", 20_000],
    ["机关", 10_000],
    ["有时", 7000],
    ["什么", 60_000],
    ["问题", 20_000],
    ["抗", 800],
    ["炎", 300],
    ["癌", 2000],
    ["盐", 300],
    ["药", 5000],
    ["物", 3000],
    ["国", 5000],
    ["家", 5000],
    ["冢", 20],
    ["有", 50_000],
    ["时", 20_000],
    ["什", 1200],
  ]),
  knownWordMargin: 0,
};
const typos = (text: string, model: Partial<TypoModelInput> = {}) =>
  check({ text }, compileLexicon([], { defaults: false, typoModel: { ...general, ...model } })).findings.map(
    (f) => [f.text, f.suggestion],
  );

describe("domain vocabulary (learned from correct text)", () => {
  it("a medical term the general dictionary lacks is flagged without it and not once the domain is learned", () => {
    expect(typos("常用抗炎药物")).toEqual([["炎", "癌"]]);
    const domain = learnDomain(["具有抗炎作用", "需要抗炎治疗"]);
    expect(domain.words.get("抗炎")).toBe(2);
    expect(typos("常用抗炎药物", { domain })).toEqual([]);
  });

  it("a character that correct domain text attests in place is not corrected", () => {
    const attested: DomainVocabulary = {
      words: new Map(),
      ngrams: new Map([["抗炎药", 2]]),
      characters: new Map(),
    };
    expect(typos("常用抗炎药物", { domain: attested })).toEqual([]);
    // Seen once only: may be chance, the finding stays.
    const once: DomainVocabulary = { ...attested, ngrams: new Map([["抗炎药", 1]]) };
    expect(typos("常用抗炎药物", { domain: once })).toEqual([["炎", "癌"]]);
  });

  it("still finds real errors, and proposes domain words as corrections", () => {
    const domain = learnDomain(["具有抗炎作用", "需要抗炎治疗", "抗炎治疗有效", "具有抗炎作用"]);
    expect(typos("常用抗盐药物", { domain })).toEqual([["盐", "炎"]]);
    expect(typos("常用抗盐药物")).toEqual([]);
  });

  it("counts words, n-grams seen at least twice, and characters", () => {
    const d = learnDomain(["抗炎药物", "抗炎治疗"]);
    expect(d.ngrams.get("抗炎")).toBe(2);
    expect(d.ngrams.has("药物")).toBe(false);
    expect(d.characters.get("炎")).toBe(2);
    expect(learnDomain(["抗炎药物", "抗炎治疗"], { minNgramCount: 1 }).ngrams.get("药物")).toBe(1);
  });
});

describe("confusions learned from real corrections", () => {
  it("a look-alike the confusion sets lack is found once a correction shows it", () => {
    expect(typos("中央和国冢机关")).toEqual([]);
    const confusion = learnConfusion(general.confusion, [
      { wrong: "国冢旅游局", right: "国家旅游局" },
      { wrong: "长度不同", right: "长度不一样" },
    ]);
    expect(confusion.get("冢")).toBe("家");
    expect(confusion.get("炎")).toBe("癌盐");
    expect(typos("中央和国冢机关", { confusion })).toEqual([["冢", "家"]]);
  });
});

describe("folding keeps everyday simplified characters", () => {
  it("什么 and 显著 stay as they are, traditional 什麼 folds to 什么", () => {
    expect(fold("什么显著")).toBe("什么显著");
    expect(fold("什麼")).toBe("什么");
  });
  it("有什么 is not read as a misspelt 有时", () => {
    expect(typos("你有什么问题")).toEqual([]);
    expect(typos("你有什麼问题")).toEqual([]);
  });
});
