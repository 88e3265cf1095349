// The statistical typo model as it ships (data/typo-model.json.br) and as content and interaction use it
// through the runtime: loaded once, warn-level at most, quiet on correct text.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeTypoModel, encodeTypoModel, TYPO_MODEL_FILE } from "../src/model";
import { compileEntries, runCheck, type SnapshotEntry, statisticalTypos } from "../src/runtime";

const ECSPELL = path.resolve(import.meta.dirname, "../../../../shared/data/textcheck/ecspell");

const entry = (term: string, suggestion: string, level: SnapshotEntry["level"]): SnapshotEntry => ({
  id: `city.${term}`,
  term,
  kind: "typo",
  level,
  suggestion,
  note: `“${term}”应为“${suggestion}”。`,
  source: "测试",
  unitId: null,
  titles: [],
  category: null,
});
const lexicon = (entries: SnapshotEntry[] = []) => ({
  version: 1,
  compiled: compileEntries(entries),
  exempted: new Set<string>(),
});
const typos = (text: string, entries: SnapshotEntry[] = []) =>
  runCheck(lexicon(entries), { text })
    .findings.filter((f) => f.category === "typo")
    .map((f) => ({ text: f.text, suggestion: f.suggestion, severity: f.severity, ruleId: f.ruleId }));

describe("model file format", () => {
  it("round-trips every part of the model", () => {
    const data = {
      params: {
        threshold: 6,
        coverFrequency: 200,
        minCorrectionFrequency: 50,
        knownWordMargin: 2,
        attestedMinCount: 2,
      },
      totalCount: 123_456,
      words: new Map([
        ["安装", 5000],
        ["安", 300],
      ]),
      confusion: new Map([["按", "安案"]]),
      ngrams: new Map([["安装", 3]]),
      pairs: [{ wrong: "按装", right: "安装" }],
      sources: ["测试"],
      builtAt: "2026-12-03",
    };
    expect(decodeTypoModel(encodeTypoModel(data))).toEqual(data);
  });
});

describe("the shipped model in the runtime", () => {
  it("is committed, small, and loads once per process", () => {
    expect(existsSync(TYPO_MODEL_FILE)).toBe(true);
    expect(readFileSync(TYPO_MODEL_FILE).length).toBeLessThan(4 * 2 ** 20);
    const first = statisticalTypos();
    expect(first?.pairs.length).toBeGreaterThan(1000);
    expect(statisticalTypos()).toBe(first);
    expect(compileEntries([]).typo).toBe(first?.model);
  });

  it("finds a typo no confusion pair lists, at warn level, with the suggestion and a Chinese explanation", () => {
    const [finding] = runCheck(lexicon(), { text: "我们要努力提高工作效律。" }).findings;
    expect(finding).toMatchObject({
      text: "律",
      category: "typo",
      severity: "warn",
      suggestion: "率",
      ruleId: "typo.statistical",
    });
    expect(finding?.explanation).toBe("“效律”疑为“效率”之误。");
    expect(statisticalTypos()?.pairs.some((p) => p.term.includes("效律"))).toBe(false);
    expect(typos("我们要努力提高工作效率。")).toEqual([]);
  });

  it("ships the pruned confusion pairs as warn-level entries, yielding to the city's own entry", () => {
    expect(typos("他跑得满头大汉")).toEqual([
      { text: "满头大汉", suggestion: "满头大汗", severity: "warn", ruleId: "typo-pair.满头大汉" },
    ]);
    expect(typos("他跑得满头大汉", [entry("满头大汉", "满头大汗", "block")])).toEqual([
      { text: "满头大汉", suggestion: "满头大汗", severity: "block", ruleId: "city.满头大汉" },
    ]);
  });

  it("never blocks: statistical findings are warn-level", () => {
    const text = "各级党组织要认真贯切落实会议精神，按装新设备，提高工作效律，服务群众不断线。";
    const found = typos(text);
    expect(found.length).toBeGreaterThan(1);
    expect(found.every((f) => f.severity === "warn")).toBe(true);
  });
});

const SPLITS: [string, string, (i: number) => boolean][] = [
  ["law test", "ecspell_law.test.tsv", () => true],
  ["med test", "ecspell_med.test.tsv", () => true],
  ["odw held-out fifth", "ecspell_odw.train.tsv", (i) => i % 5 === 4],
];
describe.skipIf(!existsSync(ECSPELL))("the correct side of ECSpell (needs ../shared/data/textcheck)", () => {
  it.each(SPLITS)("%s: warn-level findings on < 3 %% of correct sentences", (_, file, keep) => {
    const rights = readFileSync(path.join(ECSPELL, file), "utf8")
      .split(/\r?\n/)
      .filter((l) => l.length > 0)
      .map((l) => l.split("\t")[2] ?? "")
      .filter((right, i) => right.length > 0 && keep(i));
    expect(rights.length).toBeGreaterThan(300);
    const active = lexicon();
    const warned = rights.filter((text) =>
      runCheck(active, { text }).findings.some((f) => f.severity === "warn"),
    );
    expect(warned.length / rights.length).toBeLessThan(0.03);
  });
});
if (!existsSync(ECSPELL))
  console.warn(
    "SKIPPED: ECSpell correct-side test — ../shared/data/textcheck is not present on this machine.",
  );
