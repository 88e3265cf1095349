// @vitest-environment jsdom
import "#test/setup";
import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ArticleStatus } from "#gql/graphql";
import { ArticlesDocument } from "../../graphql/articles";
import { channelTreeMock, renderPage, user, XSS } from "../../testing/fixtures";
import { ARTICLES_PAGE_SIZE, ArticlesPage } from ".";

const row = (id: string, title: string, status: ArticleStatus, deletedAt: string | null = null) => ({
  __typename: "Article" as const,
  id,
  status,
  reviewStage: status === "IN_REVIEW" ? 2 : null,
  revisionCount: 3,
  scheduledPublishAt: null,
  scheduledUnpublishAt: null,
  deletedAt,
  updatedAt: "2025-03-01T16:05:09.000Z",
  channel: { __typename: "Channel" as const, id: "c1", name: "工作动态" },
  currentRevision: { __typename: "Revision" as const, id: `r-${id}`, number: 3, title, author: null },
  createdBy: user("u-editor", "张编辑"),
});

const listMock = (deleted: boolean, items: ReturnType<typeof row>[]) => ({
  request: {
    query: ArticlesDocument,
    variables: {
      filter: { siteId: "s1", channelId: null, status: null, search: null, deleted },
      offset: 0,
      limit: ARTICLES_PAGE_SIZE,
    },
  },
  result: { data: { articles: { __typename: "ArticlePage" as const, total: items.length, items } } },
});

describe("articles page", () => {
  it("lists the site's articles with Chinese status tags, revision, Beijing time and author", async () => {
    renderPage({
      path: "/articles",
      at: "/articles",
      element: <ArticlesPage />,
      actions: ["article.read", "article.write"],
      mocks: [
        channelTreeMock,
        listMock(false, [
          row("a1", "草稿一篇", "DRAFT"),
          row("a2", "审核中的稿件", "IN_REVIEW"),
          row("a3", "已发布的稿件", "PUBLISHED"),
          row("a4", XSS, "WITHDRAWN"),
        ]),
      ],
    });
    const table = (await screen.findByText("草稿一篇")).closest("table") as HTMLTableElement;
    for (const label of ["草稿", "审核中", "已发布", "已撤稿"])
      expect(within(table).getByText(label)).toBeTruthy();
    expect(within(table).getAllByText("第 3 版")).toHaveLength(4);
    expect(within(table).getAllByText("2025-03-02 00:05")).toHaveLength(4);
    expect(within(table).getAllByText("张编辑")).toHaveLength(4);
    // A title with markup is text, not an element.
    expect(within(table).getByText(XSS)).toBeTruthy();
    expect(document.querySelector("[onerror]")).toBeNull();
    expect(screen.getByRole("button", { name: "写稿件" })).toBeTruthy();
  });

  it("shows the recycle bin with 恢复 for unit admins", async () => {
    renderPage({
      path: "/articles",
      at: "/articles",
      element: <ArticlesPage />,
      actions: ["article.read", "site.update"],
      mocks: [
        channelTreeMock,
        listMock(false, []),
        listMock(true, [row("a9", "删掉的稿件", "DRAFT", "2025-03-02T01:00:00.000Z")]),
      ],
    });
    expect(await screen.findByText("还没有稿件")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "写稿件" })).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "回收站" }));
    expect(await screen.findByText("删掉的稿件")).toBeTruthy();
    expect(screen.getByRole("button", { name: /恢\s?复/ })).toBeTruthy();
  });
});
