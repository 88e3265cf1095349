import { describe, expect, it } from "vitest";
import { ALL_ARTICLES, FLOOD_INSPECTION, FLOOD_MEETING } from "./__fixtures__/news";
import { splitSentences, summarize } from "./summary";

const length = (text: string) => [...text].length;

describe("splitSentences", () => {
  it("splits at 。！？； and line breaks, keeping closing quotes with their sentence", () => {
    expect(splitSentences("他说：“要发展。”然后离开！真的吗？好；\n标题")).toEqual([
      "他说：“要发展。”",
      "然后离开！",
      "真的吗？",
      "好；",
      "标题",
    ]);
  });
});

describe("summarize", () => {
  it("leads with the news lead and drops the dateline", () => {
    const summary = summarize(FLOOD_MEETING);
    expect(summary.startsWith("7月12日，市委常委会召开会议")).toBe(true);
    expect(summary).not.toContain("本报讯");
    expect(summary).not.toContain("会议还研究了其他事项");
  });

  it("stays within maxChars and uses whole sentences in their original order", () => {
    for (const article of ALL_ARTICLES) {
      for (const maxChars of [60, 120, 200]) {
        const summary = summarize(article, maxChars);
        expect(length(summary)).toBeGreaterThan(0);
        expect(length(summary)).toBeLessThanOrEqual(maxChars);
        const sentences = splitSentences(summary);
        const positions = sentences.map((sentence) => article.indexOf(sentence.replace(/。$/, "")));
        if (!summary.endsWith("…")) {
          for (const position of positions) expect(position).toBeGreaterThanOrEqual(0);
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
        }
      }
    }
  });

  it("prefers the lead of a news story", () => {
    expect(summarize(FLOOD_INSPECTION, 60)).toBe(
      "7月15日，县长张卫东带队深入城关镇、河口乡等地，实地检查防汛备汛工作。",
    );
  });

  it("cuts a single overlong sentence with an ellipsis", () => {
    const long =
      "全市上下要以时时放心不下的责任感抓好防汛工作，对排查出的隐患逐一建立台账、限期整改，坚决守住底线。";
    const summary = summarize(long, 20);
    expect(length(summary)).toBe(20);
    expect(summary.endsWith("…")).toBe(true);
  });

  it("returns a short text unchanged and nothing for empty text", () => {
    expect(summarize("会议研究了其他事项。")).toBe("会议研究了其他事项。");
    expect(summarize("")).toBe("");
    expect(summarize("   \n ")).toBe("");
  });
});
