import { describe, expect, it } from "vitest";
import {
  dedupExamples,
  type Example,
  LetterClassifier,
  seededRandom,
  stratifiedSplit,
  suggestRouting,
  train,
  UnitRouter,
} from "../src";

// Self-written letters (the real ones are used below when ../shared/data is present).
const SMALL: Example[] = [
  { text: "小区门口道路坑洼不平，下雨积水严重，请尽快修路", category: "城乡建设" },
  { text: "老旧小区改造进度缓慢，楼道墙皮脱落，希望加快改造", category: "城乡建设" },
  { text: "小区违章搭建严重，物业不管，请城管执法", category: "城乡建设" },
  { text: "房屋质量问题严重，开发商拒绝维修，墙体开裂", category: "城乡建设" },
  { text: "公司拖欠工资三个月，劳动监察部门请帮忙讨薪", category: "劳动和社会保障" },
  { text: "退休职工养老金调整什么时候落实，社保局答复", category: "劳动和社会保障" },
  { text: "单位不给缴纳社保和医保，劳动合同到期不续签", category: "劳动和社会保障" },
  { text: "失业保险金怎么领取，社保卡办理流程咨询", category: "劳动和社会保障" },
  { text: "学校违规收取补课费，老师强制学生参加培训班", category: "教育文体" },
  { text: "小学招生划片不合理，孩子入学难，请教育局解答", category: "教育文体" },
  { text: "幼儿园收费过高，教育部门是否有监管", category: "教育文体" },
  { text: "中学食堂饭菜质量差，学生家长反映强烈", category: "教育文体" },
  { text: "化工厂夜间偷排废气，空气刺鼻，环保局请查处", category: "环境保护" },
  { text: "搅拌站噪音扰民，粉尘污染严重，请环保部门处理", category: "环境保护" },
  { text: "河道被倾倒垃圾，污水直排，水体发黑发臭", category: "环境保护" },
  { text: "养猪场污水横流，臭气熏天，影响村民生活", category: "环境保护" },
];
// Sixteen letters: every word counts, even one seen once.
const TINY_VOCABULARY = { minDf: 1, maxFeatures: 100_000, sublinearTf: true };

describe("the category classifier", () => {
  it("learns a small slice and ranks the right category first, with a confidence", () => {
    const model = train(SMALL, { epochs: 30, seed: 7, vectorizer: TINY_VOCABULARY });
    const cases: [string, string][] = [
      ["公司拖欠我两个月工资不发，怎么办", "劳动和社会保障"],
      ["附近工厂废气污染，晚上气味刺鼻", "环境保护"],
      ["孩子上小学入学报名的问题", "教育文体"],
      ["小区道路破损积水，希望维修", "城乡建设"],
    ];
    for (const [text, category] of cases) {
      const predictions = model.predict(text, 3);
      expect(predictions, text).toHaveLength(3);
      expect(predictions[0]?.category, text).toBe(category);
      expect(predictions[0]?.confidence).toBeGreaterThan(predictions[1]?.confidence ?? 1);
      const total = model.predict(text, 10).reduce((sum, p) => sum + p.confidence, 0);
      expect(total).toBeCloseTo(1, 5);
    }
  });

  it("gives the same predictions after a JSON round trip, and refuses a foreign file", () => {
    const model = train(SMALL, { epochs: 10, seed: 3 });
    const copy = LetterClassifier.deserialize(model.serialize());
    for (const { text } of SMALL) {
      const before = model.predict(text, 4);
      const after = copy.predict(text, 4);
      expect(after.map((p) => p.category)).toEqual(before.map((p) => p.category));
      after.forEach((p, i) => {
        expect(p.confidence).toBeCloseTo(before[i]?.confidence ?? 0, 4);
      });
    }
    expect(() => LetterClassifier.deserialize('{"format":"other"}')).toThrow(/not a jiyue/);
  });

  it("trains the same model from the same seed", () => {
    const a = train(SMALL, { epochs: 5, seed: 11 }).serialize();
    const b = train(SMALL, { epochs: 5, seed: 11 }).serialize();
    expect(a).toBe(b);
  });
});

describe("dataset preparation", () => {
  it("removes exact duplicates (whitespace ignored) and settles conflicting labels by majority", () => {
    const result = dedupExamples([
      { text: "路灯不亮", category: "城乡建设" },
      { text: "路灯 不亮\n", category: "城乡建设" },
      { text: "噪音扰民", category: "城乡建设" },
      { text: "噪音扰民", category: "环境保护" },
      { text: "噪音 扰民", category: "环境保护" },
      { text: "拖欠工资", category: "劳动和社会保障" },
    ]);
    expect(result.removed).toBe(3);
    expect(result.conflicting).toBe(1);
    expect(result.kept.map((e) => `${e.text}:${e.category}`)).toEqual([
      "路灯不亮:城乡建设",
      "噪音扰民:环境保护",
      "拖欠工资:劳动和社会保障",
    ]);
  });

  it("splits each category in proportion, disjointly, the same way for the same seed", () => {
    const random = seededRandom(5);
    const items = Array.from({ length: 1000 }, (_, i) => ({
      id: i,
      text: `letter ${i}`,
      category: random() < 0.7 ? "大类" : random() < 0.5 ? "中类" : "小类",
    }));
    const split = stratifiedSplit(items, 0.2, 42);
    expect(split.train.length + split.test.length).toBe(1000);
    const testIds = new Set(split.test.map((item) => item.id));
    expect(split.train.some((item) => testIds.has(item.id))).toBe(false);
    for (const category of ["大类", "中类", "小类"]) {
      const total = items.filter((item) => item.category === category).length;
      const inTest = split.test.filter((item) => item.category === category).length;
      expect(Math.abs(inTest - total * 0.2)).toBeLessThanOrEqual(0.5);
    }
    expect(stratifiedSplit(items, 0.2, 42).test.map((item) => item.id)).toEqual(
      split.test.map((item) => item.id),
    );
    expect(stratifiedSplit(items, 0.2, 43).test.map((item) => item.id)).not.toEqual(
      split.test.map((item) => item.id),
    );
  });
});

describe("category → unit", () => {
  it("suggests the configured unit until dispatchers correct it more often to another", () => {
    const router = new UnitRouter({ 环境保护: "unit-env", 教育文体: "unit-edu" });
    expect(router.suggestUnit("环境保护")).toEqual({
      unitId: "unit-env",
      source: "configured",
      corrections: 0,
    });
    expect(router.suggestUnit("交通运输")).toBeUndefined();

    router.recordCorrection("环境保护", "unit-district-a");
    expect(router.suggestUnit("环境保护")?.unitId).toBe("unit-district-a");
    router.recordCorrection("环境保护", "unit-env");
    // A tie keeps the configured unit.
    expect(router.suggestUnit("环境保护")?.unitId).toBe("unit-env");
    router.recordCorrection("环境保护", "unit-district-a");
    expect(router.suggestUnit("环境保护")).toEqual({
      unitId: "unit-district-a",
      source: "corrections",
      corrections: 2,
    });
    router.recordCorrection("交通运输", "unit-traffic");
    expect(router.suggestUnit("交通运输")?.unitId).toBe("unit-traffic");

    const restored = UnitRouter.fromJSON(JSON.parse(JSON.stringify(router.toJSON())));
    expect(restored.suggestUnit("环境保护")?.unitId).toBe("unit-district-a");
    expect(restored.suggestUnit("教育文体")?.unitId).toBe("unit-edu");
  });

  it("attaches the unit to each suggested category", () => {
    const model = train(SMALL, { epochs: 30, seed: 7, vectorizer: TINY_VOCABULARY });
    const router = new UnitRouter({ 劳动和社会保障: "unit-hrss" });
    const [first] = suggestRouting(model, router, "单位拖欠工资，不交社保", 2);
    expect(first?.category).toBe("劳动和社会保障");
    expect(first?.unit?.unitId).toBe("unit-hrss");
  });
});
