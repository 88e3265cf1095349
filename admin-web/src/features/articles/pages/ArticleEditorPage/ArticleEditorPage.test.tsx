// @vitest-environment jsdom
import "#test/setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";

// The editor page is heavy (antd form + tiptap); give slow CI machines room.
const SLOW = { timeout: 5000 };

import { ApproveArticleDocument } from "../../graphql/approveArticle";
import { ArticleDocument } from "../../graphql/article";
import { ArticleCheckOverridesDocument, CheckTextDocument } from "../../graphql/checkText";
import { IgnoreCheckFindingsDocument } from "../../graphql/ignoreCheckFindings";
import { OverrideArticleFindingsDocument } from "../../graphql/overrideArticleFindings";
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

const BLOCK_BODY = "<p>坚持扫黑险恶。</p>";

/** The editor's check, answering with `findings` whatever content is sent. */
function checkMock(findings: Record<string, unknown>[]) {
  return {
    request: { query: CheckTextDocument, variables: () => true },
    result: {
      data: {
        checkText: {
          __typename: "TextCheckReport",
          lexiconVersion: 7,
          blockCount: findings.filter((f) => f.severity === "BLOCK").length,
          warnCount: findings.filter((f) => f.severity === "WARN").length,
          hintCount: 0,
          findings: findings.map((f) => ({
            __typename: "TextCheckFinding",
            field: "BODY",
            category: "typo",
            suggestion: null,
            ...f,
          })),
        },
      },
    },
    maxUsageCount: 10,
  };
}

const typoFinding = (severity: "BLOCK" | "WARN") => ({
  key: "k-typo",
  start: 2,
  end: 6,
  htmlStart: BLOCK_BODY.indexOf("扫"),
  htmlEnd: BLOCK_BODY.indexOf("扫") + 4,
  text: "扫黑险恶",
  severity,
  ruleId: "typo.sweep",
  suggestion: "扫黑除恶",
  explanation: "“扫黑险恶”应为“扫黑除恶”。",
});

const overridesResult = (ignores: Record<string, unknown>[] = []) => ({
  data: {
    article: {
      __typename: "Article",
      id: "a1",
      checkResult: {
        __typename: "ArticleCheckResult",
        lexiconVersion: 7,
        unresolvedBlockCount: 1,
        overrides: [],
        ignores: ignores.map((ignore) => ({ __typename: "TextCheckOverride", ...ignore })),
      },
    },
  },
});

const overridesMock = {
  request: { query: ArticleCheckOverridesDocument, variables: { id: "a1" } },
  result: overridesResult(),
  maxUsageCount: 10,
};

describe("findings list", () => {
  it("lets a 终审 reviewer with 错敏词放行 override from the list: the reason box is not disabled by the read-only form", async () => {
    const sent: unknown[] = [];
    const atFinal = articleDetail("IN_REVIEW", revision("r1", 1, { body: BLOCK_BODY }), { reviewStage: 3 });
    openEditor(
      ["article.read", "article.review", "check.override"],
      [
        articleMock(atFinal),
        checkMock([typoFinding("BLOCK")]),
        overridesMock,
        {
          request: { query: OverrideArticleFindingsDocument, variables: (v: unknown) => sent.push(v) > 0 },
          result: { data: { overrideCheckFindings: { __typename: "Article", id: "a1", timeline: [] } } },
        },
        overridesMock,
      ],
    );
    const list = await screen.findByRole("region", { name: "内容检查" }, SLOW);
    fireEvent.click(await within(list).findByRole("button", { name: /放\s*行/ }, SLOW));
    const dialog = await screen.findByRole("dialog", { name: "放行“扫黑险恶”" }, SLOW);
    const reason = within(dialog).getByLabelText("放行理由") as HTMLTextAreaElement;
    expect(reason.disabled).toBe(false);
    fireEvent.change(reason, { target: { value: "引用原文" } });
    const ok = within(dialog).getByRole("button", { name: /确认放行/ }) as HTMLButtonElement;
    expect(ok.disabled).toBe(false);
    fireEvent.click(ok);
    await waitFor(
      () => expect(sent).toEqual([{ articleId: "a1", findingKeys: ["k-typo"], reason: "引用原文" }]),
      SLOW,
    );
  });

  it("takes an adopted suggestion off the list at once, not at the next 检查", async () => {
    openEditor(
      ["article.read", "article.write"],
      [
        articleMock(articleDetail("DRAFT", revision("r1", 1, { body: BLOCK_BODY }))),
        checkMock([typoFinding("WARN")]),
        overridesMock,
      ],
    );
    const list = await screen.findByRole("region", { name: "内容检查" }, SLOW);
    fireEvent.click(await within(list).findByRole("button", { name: "采用建议" }, SLOW));
    await waitFor(() => expect(within(list).queryByText("扫黑险恶")).toBeNull(), SLOW);
    expect(within(list).getByText("未发现问题")).toBeTruthy();
    await waitFor(() => expect(document.querySelector(".jiyue-editor")?.textContent).toContain("扫黑除恶"));
  });

  it("gives an image without alt text its alt from the accessibility finding (填写替代文本)", async () => {
    const body = `<p>会场</p><img src="/media/m1">`;
    openEditor(
      ["article.read", "article.write"],
      [
        articleMock(articleDetail("DRAFT", revision("r1", 1, { body }))),
        checkMock([
          {
            key: "k-alt",
            start: 2,
            end: 2,
            htmlStart: body.indexOf("<img"),
            htmlEnd: body.length,
            text: "",
            category: "accessibility",
            severity: "WARN",
            ruleId: "accessibility.img-alt",
            explanation: "图片缺少替代文本（alt），读屏软件用户无法获知图片内容。",
          },
        ]),
        overridesMock,
      ],
    );
    const list = await screen.findByRole("region", { name: "内容检查" }, SLOW);
    fireEvent.click(await within(list).findByRole("button", { name: "填写替代文本" }, SLOW));
    const dialog = await screen.findByRole("dialog", { name: "填写图片的替代文本" }, SLOW);
    fireEvent.change(within(dialog).getByLabelText("替代文本（供读屏软件朗读）"), {
      target: { value: "会议现场" },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: /确\s*定/ }));
    await waitFor(
      () => expect(document.querySelector(".jiyue-editor img")?.getAttribute("alt")).toBe("会议现场"),
      SLOW,
    );
    expect(within(list).queryByRole("button", { name: "填写替代文本" })).toBeNull();
  });
});

describe("ignoring a warning", () => {
  it("keeps the ignore with the saved revision, reason and all, so reviewers see it", async () => {
    const sent: unknown[] = [];
    let ignoredYet = false;
    openEditor(
      ["article.read", "article.write"],
      [
        articleMock(articleDetail("DRAFT", revision("r1", 1, { body: BLOCK_BODY }))),
        checkMock([typoFinding("WARN")]),
        {
          request: { query: ArticleCheckOverridesDocument, variables: { id: "a1" } },
          result: () =>
            overridesResult(
              ignoredYet
                ? [
                    {
                      id: "i1",
                      findingKey: "k-typo",
                      text: "扫黑险恶",
                      reason: "引用原文",
                      actorName: "张编辑",
                      at: "2025-03-01T03:00:00.000Z",
                    },
                  ]
                : [],
            ),
          maxUsageCount: 10,
        },
        {
          request: {
            query: IgnoreCheckFindingsDocument,
            variables: (v: unknown) => {
              sent.push(v);
              ignoredYet = true;
              return true;
            },
          },
          result: { data: { ignoreCheckFindings: { __typename: "Article", id: "a1" } } },
        },
      ],
    );
    const list = await screen.findByRole("region", { name: "内容检查" }, SLOW);
    fireEvent.click(await within(list).findByRole("button", { name: /忽\s*略/ }, SLOW));
    const dialog = await screen.findByRole("dialog", { name: "忽略“扫黑险恶”" }, SLOW);
    const reason = within(dialog).getByLabelText("忽略理由");
    expect(reason.getAttribute("placeholder")).toContain("审核人员可见");
    fireEvent.change(reason, { target: { value: "引用原文" } });
    fireEvent.click(within(dialog).getByRole("button", { name: /忽\s*略/ }));
    await waitFor(
      () => expect(sent).toEqual([{ articleId: "a1", findingKeys: ["k-typo"], reason: "引用原文" }]),
      SLOW,
    );
    await waitFor(() => expect(within(list).queryByText("扫黑险恶")).toBeNull(), SLOW);
  });
});

describe("review buttons", () => {
  it("offers 通过 and 退回 only to a holder of the current stage (canReview)", async () => {
    openEditor(
      ["article.read", "article.review"],
      [articleMock(articleDetail("IN_REVIEW", revision("r1", 1), { reviewStage: 2, canReview: false }))],
    );
    expect(await screen.findByText("当前环节：复审", undefined, SLOW)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /通\s?过/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /退\s?回/ })).toBeNull();
  });

  it("shows the publish gate's refusal in the server's words, without a 数据冲突 prefix", async () => {
    const refusal =
      "稿件有 1 处必须处理的问题（“扫黑险恶”），请修改，或由有“错敏词放行”权限的人员确认放行后再终审通过";
    openEditor(
      ["article.read", "article.review"],
      [
        articleMock(articleDetail("IN_REVIEW", revision("r1", 1), { reviewStage: 3 })),
        {
          request: { query: ApproveArticleDocument, variables: { id: "a1", comment: null } },
          result: { errors: [new GraphQLError(refusal, { extensions: { code: "CONFLICT" } })] },
        },
      ],
    );
    fireEvent.click(await screen.findByRole("button", { name: /通\s?过/ }, SLOW));
    const dialog = await screen.findByRole("dialog", { name: "审核通过" });
    fireEvent.click(within(dialog).getByRole("button", { name: /确\s?定/ }));
    expect(await screen.findByText(refusal, undefined, SLOW)).toBeTruthy();
    expect(screen.queryByText(/数据冲突/)).toBeNull();
  });
});

describe("a body with an image from elsewhere", () => {
  it("loads without it, says so, and saves what the editor shows", async () => {
    const body = `<p>会场</p><img src="https://img.example/x.png" alt="外部图片">`;
    const sent: SaveVariables[] = [];
    openEditor(
      ["article.read", "article.write"],
      [
        articleMock(articleDetail("DRAFT", revision("r1", 1, { body }))),
        {
          request: { query: SaveArticleDocument, variables: (v: SaveVariables) => sent.push(v) > 0 },
          result: {
            data: {
              saveArticle: articleDetail(
                "DRAFT",
                revision("r2", 2, { title: "改过的标题", body: "<p>会场</p>" }),
              ),
            },
          },
        },
      ],
    );
    expect(await screen.findByText(/已移除 1 张站外图片/, undefined, SLOW)).toBeTruthy();
    expect(document.querySelector(".jiyue-editor img")).toBeNull();
    fireEvent.change(await screen.findByLabelText("标题", undefined, SLOW), {
      target: { value: "改过的标题" },
    });
    fireEvent.click(screen.getByRole("button", { name: /保\s?存/ }));
    await waitFor(() => expect(sent.at(-1)?.input.content.body).toBe("<p>会场</p>"), SLOW);
    expect(await screen.findByText("已保存为第 2 版", undefined, SLOW)).toBeTruthy();
    expect(screen.queryByText(/保存时移除了/)).toBeNull();
  });

  it("says so when the server still removed one on save, and shows what was stored", async () => {
    // A media-library image the server did not keep (the editor keeps /media/ images only).
    const body = `<p>会场</p><img src="/media/gone" alt="已删除的图片">`;
    openEditor(
      ["article.read", "article.write"],
      [
        articleMock(articleDetail("DRAFT", revision("r1", 1, { body }))),
        {
          request: { query: SaveArticleDocument, variables: () => true },
          result: {
            data: {
              saveArticle: articleDetail(
                "DRAFT",
                revision("r2", 2, { title: "改过的标题", body: "<p>会场</p>" }),
              ),
            },
          },
        },
      ],
    );
    await waitFor(() => expect(document.querySelector(".jiyue-editor img")).not.toBeNull(), SLOW);
    fireEvent.change(await screen.findByLabelText("标题", undefined, SLOW), {
      target: { value: "改过的标题" },
    });
    fireEvent.click(screen.getByRole("button", { name: /保\s?存/ }));
    expect(await screen.findByText(/保存时移除了 1 张不在资源库中的图片/, undefined, SLOW)).toBeTruthy();
    await waitFor(() => expect(document.querySelector(".jiyue-editor img")).toBeNull(), SLOW);
  });
});
