// @vitest-environment jsdom
import "#test/setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";

// The editor page is heavy (antd form + tiptap); give slow CI machines room.
const SLOW = { timeout: 5000 };

import { ArticleDocument } from "../../graphql/article";
import { RejectArticleDocument } from "../../graphql/rejectArticle";
import { RevisionDocument } from "../../graphql/revision";
import { SaveArticleDocument } from "../../graphql/saveArticle";
import {
  articleDetail,
  channelTreeMock,
  renderPage,
  revision,
  user,
  workflowMock,
} from "../../testing/fixtures";
import { ArticleEditorPage } from ".";

const articleMock = (detail: ReturnType<typeof articleDetail>) => ({
  request: { query: ArticleDocument, variables: { id: "a1" } },
  result: { data: { article: detail } },
});

type SaveVariables = {
  id: string;
  input: { baseRevisionId: string; content: { title: string; body: string } };
};

function openEditor(actions: string[], mocks: Parameters<typeof renderPage>[0]["mocks"]) {
  return renderPage({
    path: "/articles/:id",
    at: "/articles/a1",
    element: <ArticleEditorPage />,
    actions,
    mocks: [channelTreeMock, workflowMock, ...mocks],
  });
}

/** True when leaving the page now would ask "leave this page?". */
function leaveIsGuarded(): boolean {
  const event = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe("a new, untouched article", () => {
  it("is not dirty: no 请填写正文 before input and no leave-page prompt until something is typed", async () => {
    renderPage({
      path: "/articles/new",
      at: "/articles/new",
      element: <ArticleEditorPage />,
      actions: ["article.read", "article.write"],
      mocks: [channelTreeMock, workflowMock],
    });
    const title = await screen.findByLabelText("标题", undefined, SLOW);
    expect(document.title).toMatch(/^新建稿件/);
    await screen.findByLabelText("正文", undefined, SLOW);
    // Let the editor settle (it reports its first state after mounting).
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByText("请填写正文")).toBeNull();
    expect(leaveIsGuarded()).toBe(false);

    fireEvent.change(title, { target: { value: "新稿件" } });
    await waitFor(() => expect(leaveIsGuarded()).toBe(true), SLOW);
  });
});

describe("article editor", () => {
  it("saves on the revision it was loaded from and, on CONFLICT, shows both versions to merge, then saves on the newest", async () => {
    const saves: SaveVariables[] = [];
    const theirs = revision("r2", 2, { title: "他人改过的标题", createdBy: user("u-other", "李编辑") });
    const conflictMock = {
      request: {
        query: SaveArticleDocument,
        variables: (variables: SaveVariables) => {
          if (variables.input.baseRevisionId !== "r1") return false;
          saves.push(variables);
          return true;
        },
      },
      result: {
        errors: [
          new GraphQLError("稿件已被他人修改", { extensions: { code: "CONFLICT", currentRevisionId: "r2" } }),
        ],
      },
    };
    const mergedMock = {
      request: {
        query: SaveArticleDocument,
        variables: (variables: SaveVariables) => {
          if (variables.input.baseRevisionId !== "r2") return false;
          saves.push(variables);
          return true;
        },
      },
      result: {
        data: {
          saveArticle: articleDetail("DRAFT", revision("r3", 3, { title: "我改的标题" })),
        },
      },
    };
    const revisionMock = {
      request: { query: RevisionDocument, variables: { id: "r2" } },
      result: { data: { revision: theirs } },
    };
    openEditor(
      ["article.read", "article.write"],
      [articleMock(articleDetail("DRAFT")), conflictMock, revisionMock, mergedMock],
    );

    const title = await screen.findByLabelText("标题", undefined, SLOW);
    expect((title as HTMLInputElement).value).toBe("市总工会召开工作会议");
    fireEvent.change(title, { target: { value: "我改的标题" } });
    fireEvent.click(screen.getByRole("button", { name: /保\s?存/ }));

    const dialog = await screen.findByRole("dialog", { name: "保存冲突：请合并修改" }, SLOW);
    expect(saves[0]?.input.baseRevisionId).toBe("r1");
    expect(saves[0]?.input.content.title).toBe("我改的标题");
    expect(within(dialog).getByText("你的修改")).toBeTruthy();
    expect(within(dialog).getByText("他人保存的最新版本")).toBeTruthy();
    const titleField = within(dialog).getByRole("region", { name: "字段：标题" });
    expect(within(titleField).getByText("我改的标题")).toBeTruthy();
    expect(within(titleField).getByText("他人改过的标题")).toBeTruthy();
    expect(within(dialog).getByText(/李编辑/)).toBeTruthy();
    // Unchanged fields are not offered for merging.
    expect(within(dialog).queryByRole("region", { name: "字段：来源" })).toBeNull();

    fireEvent.click(within(dialog).getByRole("button", { name: "按所选合并并保存" }));
    await waitFor(() => expect(saves).toHaveLength(2), SLOW);
    expect(saves[1]?.input.baseRevisionId).toBe("r2");
    expect(saves[1]?.input.content.title).toBe("我改的标题");
    expect(await screen.findByText("已保存为第 3 版", undefined, SLOW)).toBeTruthy();
  });

  it("keeps the other version's value for a field when the user picks it", async () => {
    const saves: SaveVariables[] = [];
    const theirs = revision("r2", 2, { title: "他人改过的标题" });
    openEditor(
      ["article.read", "article.write"],
      [
        articleMock(articleDetail("DRAFT")),
        {
          request: {
            query: SaveArticleDocument,
            variables: (v: SaveVariables) => v.input.baseRevisionId === "r1",
          },
          result: {
            errors: [new GraphQLError("冲突", { extensions: { code: "CONFLICT", currentRevisionId: "r2" } })],
          },
        },
        {
          request: { query: RevisionDocument, variables: { id: "r2" } },
          result: { data: { revision: theirs } },
        },
        {
          request: {
            query: SaveArticleDocument,
            variables: (v: SaveVariables) => v.input.baseRevisionId === "r2" && saves.push(v) > 0,
          },
          result: {
            data: { saveArticle: articleDetail("DRAFT", revision("r3", 3, { title: "他人改过的标题" })) },
          },
        },
      ],
    );
    fireEvent.change(await screen.findByLabelText("标题", undefined, SLOW), {
      target: { value: "我改的标题" },
    });
    fireEvent.click(screen.getByRole("button", { name: /保\s?存/ }));
    const titleField = await screen.findByRole("region", { name: "字段：标题" }, SLOW);
    fireEvent.click(within(titleField).getByLabelText("他人保存的最新版本"));
    fireEvent.click(screen.getByRole("button", { name: "按所选合并并保存" }));
    await waitFor(() => expect(saves).toHaveLength(1), SLOW);
    expect(saves[0]?.input.content.title).toBe("他人改过的标题");
  });

  it("refuses to reject without a comment, then sends the comment", async () => {
    const rejects: { id: string; comment: string }[] = [];
    openEditor(
      ["article.read", "article.review"],
      [
        articleMock(articleDetail("IN_REVIEW")),
        {
          request: {
            query: RejectArticleDocument,
            variables: (v: { id: string; comment: string }) => rejects.push(v) > 0,
          },
          result: { data: { rejectArticle: articleDetail("DRAFT") } },
        },
      ],
    );
    expect(await screen.findByText("当前环节：初审", undefined, SLOW)).toBeTruthy();
    // A reviewer without article.write sees the content read-only and no save button, as 查看稿件.
    expect(screen.queryByRole("button", { name: /保\s?存/ })).toBeNull();
    expect(screen.getByRole("heading", { name: /^查看稿件/ })).toBeTruthy();
    expect(screen.queryByText(/编辑稿件/)).toBeNull();
    expect(document.title).toMatch(/^查看稿件/);
    expect(leaveIsGuarded()).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: /退\s?回/ }));
    const dialog = await screen.findByRole("dialog", { name: "退回修改" });
    fireEvent.click(within(dialog).getByRole("button", { name: /确\s?定/ }));
    expect(await within(dialog).findByText("请填写退回意见")).toBeTruthy();
    expect(rejects).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText("退回意见"), { target: { value: "导语需要压缩" } });
    fireEvent.click(within(dialog).getByRole("button", { name: /确\s?定/ }));
    await waitFor(() => expect(rejects).toEqual([{ id: "a1", comment: "导语需要压缩" }]), SLOW);
  });

  it("previews the body in a sandboxed iframe, never in the admin's own document", async () => {
    const body = `<p>正文</p><script>window.parent.alert(1)</script><img src=x onerror=alert(1)>`;
    openEditor(
      ["article.read", "article.write"],
      [articleMock(articleDetail("DRAFT", revision("r1", 1, { body })))],
    );
    await screen.findByLabelText("标题", undefined, SLOW);
    fireEvent.click(screen.getByRole("button", { name: /预\s?览/ }));
    const frame = (await screen.findByTitle("正文预览", undefined, SLOW)) as HTMLIFrameElement;
    expect(frame.getAttribute("sandbox")).toBe("");
    expect(frame.getAttribute("srcdoc")).toContain("<p>正文</p>");
    // Outside the iframe only the editor shows the body, parsed through its schema: no handler survives.
    expect(document.querySelector("[onerror]")).toBeNull();
    expect(document.querySelector("script")).toBeNull();
  });
});
