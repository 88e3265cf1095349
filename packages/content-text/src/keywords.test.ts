import { describe, expect, it } from "vitest";
import { BUSINESS_ENVIRONMENT, FLOOD_INSPECTION, FLOOD_MEETING, PARTY_BUILDING } from "./__fixtures__/news";
import { extractKeywords, weightedTerms } from "./keywords";

describe("extractKeywords", () => {
  it("finds what each article is about", () => {
    expect(extractKeywords(FLOOD_MEETING)).toContain("防汛");
    expect(extractKeywords(FLOOD_INSPECTION)).toEqual(expect.arrayContaining(["张卫东", "水库"]));
    expect(extractKeywords(PARTY_BUILDING)).toEqual(expect.arrayContaining(["网格", "党建"]));
    expect(extractKeywords(BUSINESS_ENVIRONMENT, 8)).toContain("减税");
  });

  it("returns the requested number of distinct keywords", () => {
    for (const count of [1, 3, 5, 10]) {
      const keywords = extractKeywords(FLOOD_MEETING, count);
      expect(keywords).toHaveLength(count);
      expect(new Set(keywords).size).toBe(count);
    }
    expect(extractKeywords(FLOOD_MEETING, 0)).toEqual([]);
  });

  it("drops stopwords, numbers, single characters and URL fragments", () => {
    const text =
      "我们表示，2024年全市共有12个项目。详见 https://www.example.gov.cn/notice 或发送邮件至 office@example.gov.cn 。" +
      "数字乡村建设加快推进，数字乡村试点覆盖12个乡镇。";
    const keywords = extractKeywords(text, 10);
    expect(keywords).toContain("数字");
    for (const word of ["我们", "表示", "2024", "12", "https", "www", "gov", "cn", "example", "office"]) {
      expect(keywords).not.toContain(word);
    }
    for (const keyword of keywords) expect([...keyword].length).toBeGreaterThan(1);
  });

  it("keeps meaningful Latin acronyms", () => {
    expect(extractKeywords("新办企业可通过手机APP完成登记，APP还支持电子发票申领。", 5)).toContain("APP");
  });

  it("ranks by weight and handles empty text", () => {
    const terms = weightedTerms(FLOOD_MEETING, 20);
    const weights = terms.map((term) => term.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(extractKeywords("")).toEqual([]);
    expect(extractKeywords("，。！？")).toEqual([]);
  });
});
