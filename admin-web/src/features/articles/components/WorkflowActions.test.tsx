// @vitest-environment jsdom
import "#test/setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { computeAccess } from "#app/access";
import { PushPanel } from "../../syndication/components/PushPanel";
import { ArticlePushesDocument } from "../../syndication/graphql/articlePushes";
import { UnpublishArticleDocument } from "../graphql/unpublishArticle";
import { articleDetail, renderPage, revision } from "../testing/fixtures";
import { WorkflowActions } from "./WorkflowActions";

const REASON = "信息有误";

function pushes(report: { siteName: string; channel: string }[]) {
  return {
    request: { query: ArticlePushesDocument, variables: { id: "a1" } },
    result: {
      data: {
        article: {
          __typename: "Article",
          id: "a1",
          origin: null,
          pushes: [],
          takedownReport: report.map((entry) => ({
            __typename: "TakedownTarget",
            kind: "COPY",
            siteName: entry.siteName,
            channel: { __typename: "Channel", id: "c9", name: entry.channel },
            copyArticleId: "copy-1",
            at: "2025-03-02T02:00:00.000Z",
          })),
        },
      },
    },
  };
}

describe("workflow actions", () => {
  it("shows where a takedown removed the article's pushed copies as soon as it is done", async () => {
    const current = revision("r1", 1);
    const published = articleDetail("PUBLISHED", current, {
      publishedAt: "2025-03-01T03:00:00.000Z",
      publishedRevision: current,
    });
    const actions = ["article.read", "article.publish", "article.push"];
    renderPage({
      path: "/articles/:id",
      at: "/articles/a1",
      actions,
      element: (
        <>
          <WorkflowActions article={published} access={computeAccess([{ actions }])} dirty={false} />
          <PushPanel articleId="a1" siteId="s1" live access={computeAccess([{ actions }])} />
        </>
      ),
      mocks: [
        pushes([]),
        {
          request: { query: UnpublishArticleDocument, variables: { id: "a1", reason: REASON, at: null } },
          result: {
            data: {
              unpublishArticle: articleDetail("WITHDRAWN", current, {
                withdrawReason: REASON,
                publishedRevision: current,
              }),
            },
          },
        },
        pushes([{ siteName: "市总工会", channel: "工作动态" }]),
      ],
    });
    await screen.findByText("尚未报送");
    fireEvent.click(screen.getByRole("button", { name: /撤\s*稿/ }));
    const dialog = await screen.findByRole("dialog", { name: "撤稿" });
    fireEvent.change(within(dialog).getByLabelText("撤稿原因"), { target: { value: REASON } });
    fireEvent.click(within(dialog).getByRole("button", { name: /确\s*定/ }));
    await waitFor(() => expect(screen.getByText("最近一次撤稿已一并撤下")).toBeTruthy(), { timeout: 5000 });
    expect(screen.getByText(/市总工会 \/ 工作动态：采用稿已撤下/)).toBeTruthy();
  });
});
