// @vitest-environment jsdom
import "#test/setup";
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "antd";
import { describe, expect, it } from "vitest";
import { ArticleCheckResultDocument } from "../graphql/articleCheckResult";
import { OverrideArticleFindingsDocument } from "../graphql/overrideArticleFindings";
import { ReviewCheckPanel } from "./ReviewCheckPanel";

const SLOW = { timeout: 5_000 };

const finding = (
  key: string,
  text: string,
  severity: "BLOCK" | "WARN",
  override: unknown = null,
  ignore: unknown = null,
) => ({
  __typename: "TextCheckFinding" as const,
  key,
  field: "BODY",
  text,
  category: "typo",
  severity,
  suggestion: severity === "BLOCK" ? "扫黑除恶" : "安装",
  explanation: `“${text}”有误。`,
  override,
  ignore,
});

const result = (overridden: boolean): MockLink.MockedResponse => ({
  request: { query: ArticleCheckResultDocument, variables: { id: "a1" } },
  result: {
    data: {
      article: {
        __typename: "Article",
        id: "a1",
        checkResult: {
          __typename: "ArticleCheckResult",
          lexiconVersion: 12,
          blockCount: 1,
          warnCount: 1,
          hintCount: 0,
          unresolvedBlockCount: overridden ? 0 : 1,
          checkedAt: "2026-03-01T02:00:00.000Z",
          findings: [
            finding(
              "k1",
              "扫黑险恶",
              "BLOCK",
              overridden
                ? {
                    __typename: "TextCheckOverride",
                    id: "o1",
                    reason: "引用原文",
                    actorName: "放行人",
                    at: "2026-03-01T03:00:00.000Z",
                  }
                : null,
            ),
            finding("k2", "按装", "WARN", null, {
              __typename: "TextCheckOverride",
              id: "i1",
              reason: "品牌名称",
              actorName: "张编辑",
              at: "2026-03-01T02:30:00.000Z",
            }),
          ],
        },
      },
    },
  },
});

function renderPanel(mocks: MockLink.MockedResponse[], canOverride: boolean) {
  return render(
    <MockedProvider mocks={mocks}>
      <App>
        <ReviewCheckPanel articleId="a1" canOverride={canOverride} />
      </App>
    </MockedProvider>,
  );
}

describe("review check panel", () => {
  it("groups findings by severity, highlights the open block one and offers no override without the right", async () => {
    const { container } = renderPanel([result(false)], false);
    await screen.findByText("有 1 处必须处理的问题", undefined, SLOW);
    const block = container.querySelector('li[data-severity="BLOCK"]') as HTMLElement;
    expect(block.textContent).toContain("扫黑险恶");
    expect(block.getAttribute("style")).toContain("border-inline-start");
    expect(container.querySelector('li[data-severity="WARN"]')?.textContent).toContain("按装");
    // The editor's ignore reaches the reviewer with who and why.
    expect(container.querySelector('li[data-severity="WARN"]')?.textContent).toMatch(
      /已忽略：张编辑.*理由：品牌名称/,
    );
    expect(screen.getByText("必须处理")).toBeTruthy();
    expect(screen.getByText("建议修改")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /放\s*行/ })).toBeNull();
  });

  it("lets a 错敏词放行 holder override with a required reason, then shows who and why", async () => {
    let sent: unknown = null;
    const override: MockLink.MockedResponse = {
      request: {
        query: OverrideArticleFindingsDocument,
        variables: { articleId: "a1", findingKeys: ["k1"], reason: "引用原文" },
      },
      result: (variables) => {
        sent = variables;
        return { data: { overrideCheckFindings: { __typename: "Article", id: "a1", timeline: [] } } };
      },
    };
    const { container } = renderPanel([result(false), override, result(true)], true);
    await screen.findByText("有 1 处必须处理的问题", undefined, SLOW);
    const block = container.querySelector('li[data-severity="BLOCK"]') as HTMLElement;
    fireEvent.click(within(block).getByRole("button", { name: /放\s*行/ }));
    const reason = await screen.findByLabelText("放行理由", undefined, SLOW);
    const ok = screen.getByRole("button", { name: /确认放行/ }) as HTMLButtonElement;
    expect(ok.disabled).toBe(true);
    fireEvent.change(reason, { target: { value: "引用原文" } });
    expect(ok.disabled).toBe(false);
    fireEvent.click(ok);
    await waitFor(() => expect(sent).toEqual({ articleId: "a1", findingKeys: ["k1"], reason: "引用原文" }));
    await screen.findByText("阻断级问题均已放行", undefined, SLOW);
    expect(container.querySelector('li[data-severity="BLOCK"]')?.textContent).toContain("理由：引用原文");
  });
});
