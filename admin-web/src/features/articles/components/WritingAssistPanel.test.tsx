// @vitest-environment jsdom
import "#test/setup";
import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ArticleWritingAssistDocument } from "../graphql/writingAssist";
import { renderPage, XSS } from "../testing/fixtures";
import { WritingAssistPanel } from "./WritingAssistPanel";

const duplicate = (articleId: string, title: string, readable: boolean, published: boolean) => ({
  __typename: "NearDuplicate" as const,
  articleId,
  title,
  siteName: "市妇联网站",
  published,
  readable,
  similarity: 0.96875,
});

describe("writing assist panel", () => {
  it("offers the suggestions with 采用 and warns about near-duplicates with links", async () => {
    const onAdoptSummary = vi.fn();
    const onAdoptKeywords = vi.fn();
    renderPage({
      path: "/articles/:id",
      at: "/articles/a1",
      actions: ["article.read", "article.write"],
      element: (
        <WritingAssistPanel
          articleId="a1"
          editable
          currentSummary=""
          currentKeywords={["工作会议"]}
          onAdoptSummary={onAdoptSummary}
          onAdoptKeywords={onAdoptKeywords}
        />
      ),
      mocks: [
        {
          request: { query: ArticleWritingAssistDocument, variables: { id: "a1" } },
          result: {
            data: {
              article: {
                __typename: "Article",
                id: "a1",
                writingAssist: {
                  __typename: "WritingAssist",
                  suggestedSummary: "会议总结了上半年工作。",
                  suggestedKeywords: ["工作会议", "上半年"],
                  nearDuplicates: [
                    duplicate("a2", "本单位的相似草稿", true, false),
                    duplicate("a3", XSS, false, true),
                  ],
                },
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByText("发现疑似重复稿件")).toBeTruthy();
    expect(screen.getByRole("link", { name: "本单位的相似草稿" }).getAttribute("href")).toBe("/articles/a2");
    // Another unit's article is named, not linked; its title stays text.
    expect(screen.getByText(XSS).closest("a")).toBeNull();
    expect(document.querySelector("img")).toBeNull();
    expect(screen.getByText("已发布")).toBeTruthy();
    expect(screen.getAllByText("相似度 97%")).toHaveLength(2);

    const adopt = screen.getAllByRole("button", { name: /采\s?用/ });
    fireEvent.click(adopt[0] as HTMLElement);
    expect(onAdoptSummary).toHaveBeenCalledWith("会议总结了上半年工作。");
    fireEvent.click(adopt[1] as HTMLElement);
    expect(onAdoptKeywords).toHaveBeenCalledWith(["工作会议", "上半年"]);
  });
});
