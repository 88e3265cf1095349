// @vitest-environment jsdom
import "#test/setup";
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RevisionDiffDocument } from "../../graphql/revisionDiff";
import { renderPage, user, XSS } from "../../testing/fixtures";
import { ArticleDiffPage } from ".";

const side = (id: string, number: number) => ({
  __typename: "Revision" as const,
  id,
  number,
  createdAt: "2025-03-01T02:00:00.000Z",
  createdBy: user("u-editor", "张编辑"),
});

const part = (kind: "EQUAL" | "INSERT" | "DELETE", text: string) => ({
  __typename: "DiffPart" as const,
  kind,
  text,
});

describe("revision diff page", () => {
  it("renders insertions and deletions as marked text; markup in a part stays text", async () => {
    renderPage({
      path: "/articles/:id/diff",
      at: "/articles/a1/diff?from=r1&to=r2",
      element: <ArticleDiffPage />,
      actions: ["article.read"],
      mocks: [
        {
          request: { query: RevisionDiffDocument, variables: { fromId: "r1", toId: "r2" } },
          result: {
            data: {
              revisionDiff: {
                __typename: "RevisionDiff",
                from: side("r1", 1),
                to: side("r2", 2),
                fields: [
                  {
                    __typename: "FieldDiff",
                    field: "title",
                    changed: true,
                    parts: [
                      part("EQUAL", "市总工会"),
                      part("DELETE", "召开"),
                      part("INSERT", "举行"),
                      part("EQUAL", "会议"),
                    ],
                  },
                  {
                    __typename: "FieldDiff",
                    field: "body",
                    changed: true,
                    parts: [
                      part("EQUAL", "会议正文内容"),
                      part("INSERT", XSS),
                      part("DELETE", "<script>alert(2)</script>"),
                    ],
                  },
                  {
                    __typename: "FieldDiff",
                    field: "source",
                    changed: false,
                    parts: [part("EQUAL", "市总工会")],
                  },
                ],
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByText("修订对比：第 1 版 → 第 2 版")).toBeTruthy();
    expect(screen.getByText("召开").tagName).toBe("DEL");
    expect(screen.getByText("举行").tagName).toBe("INS");
    const inserted = screen.getByText(XSS);
    expect(inserted.tagName).toBe("INS");
    expect(inserted.textContent).toBe(XSS);
    expect(screen.getByText("<script>alert(2)</script>").tagName).toBe("DEL");
    expect(document.querySelector("[onerror]")).toBeNull();
    expect(document.querySelector("img")).toBeNull();
    expect(document.querySelector("script")).toBeNull();
    expect(screen.getByText("会议正文内容").tagName).toBe("SPAN");
    expect(screen.getByText("未修改")).toBeTruthy();
  });
});
