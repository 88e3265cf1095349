import { describe, expect, it } from "vitest";
import { rawTokens, searchQueryTokens, searchTokens, segment } from "./segment";

describe("segment", () => {
  it("splits Chinese news copy into dictionary words without punctuation", () => {
    expect(segment("市委书记主持召开常委会会议，研究部署防汛工作。")).toEqual([
      "市委书记",
      "主持",
      "召开",
      "常委会",
      "会议",
      "研究部署",
      "防汛",
      "工作",
    ]);
  });

  it("keeps Latin words, versions and numbers whole in mixed text", () => {
    const words = segment("2024年上半年，全市5G基站新增3.5万个，GPT-4等AI大模型加快落地 Smart City");
    expect(words).toEqual(expect.arrayContaining(["2024", "5G", "3.5", "GPT-4", "AI", "Smart", "City"]));
    expect(words).not.toContain(" ");
    expect(words).not.toContain("，");
  });

  it("folds full-width letters and digits so they segment like half-width ones", () => {
    expect(segment("２０２４年ＡＰＰ上线")).toEqual(segment("2024年APP上线"));
  });

  it("returns nothing for blank text", () => {
    expect(segment("")).toEqual([]);
    expect(segment(" \n　")).toEqual([]);
  });

  it("raw tokens join back to the exact input", () => {
    const text = "会议指出：要坚持“人民至上、生命至上”，GPT-4 与  AI。\n第二段";
    expect(rawTokens(text).join("")).toBe(text);
  });
});

describe("searchTokens", () => {
  it("emits the words inside compounds so partial words match", () => {
    const tokens = searchTokens("中华人民共和国宪法").split(" ");
    expect(tokens).toEqual(expect.arrayContaining(["中华人民共和国宪法", "共和国", "宪法", "人民"]));
  });

  it("lower-cases Latin text and drops punctuation", () => {
    expect(searchTokens("推进“GPT-4”与 Smart City 建设！")).toBe("推进 gpt-4 与 smart city 建设");
  });

  it("segments a query the same way as the indexed text", () => {
    const indexed = new Set(searchTokens("市政务服务中心全面推行一网通办改革").split(" "));
    for (const token of searchTokens("政务服务 一网通办").split(" ")) expect(indexed).toContain(token);
  });
});

describe("searchQueryTokens", () => {
  it("finds every query word among the indexed tokens of a text that contains it", () => {
    const text =
      "市政务服务中心全面推行“一网通办”改革，长江经济带生态环境保护发生转折性变化，GPT-4 大模型加快落地。";
    const indexed = new Set(searchTokens(text).split(" "));
    for (const query of ["政务服务", "长江经济带", "生态环境", "一网通办", "gpt-4 大模型", "环境保护"]) {
      const words = searchQueryTokens(query);
      expect(words.length, query).toBeGreaterThan(0);
      for (const word of words) expect(indexed, `${query} → ${word}`).toContain(word);
    }
  });

  it("lower-cases and de-duplicates", () => {
    expect(searchQueryTokens("AI 与 ai")).toEqual(["ai", "与"]);
  });
});
