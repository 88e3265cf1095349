// @vitest-environment jsdom
import "#test/setup";
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "antd";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { computeAccess } from "#app/access";
import { type CurrentUser, MeContext, type MeContextValue } from "#app/me";
import { RecheckRunDocument } from "../../graphql/recheckRun";
import { RecheckRunsDocument } from "../../graphql/recheckRuns";
import { StartRecheckDocument } from "../../graphql/startRecheck";
import { RECENT_RUNS, RESULTS_PAGE_SIZE, RecheckPage } from ".";

const SLOW = { timeout: 5_000 };
const SITE = { __typename: "Site" as const, id: "s1", name: "市总工会网站", code: "zgh" };

const run = (values: Record<string, unknown> = {}) => ({
  __typename: "RecheckRun" as const,
  id: "run-1",
  site: SITE,
  status: "RUNNING",
  total: 4,
  checked: 0,
  progress: 0,
  articlesWithBlock: 0,
  blockCount: 0,
  warnCount: 0,
  lexiconVersion: 7,
  error: null,
  startedByName: "王终审",
  startedAt: "2026-03-01T02:00:00.000Z",
  finishedAt: null,
  ...values,
});

const item = (articleId: string, title: string, block: boolean) => ({
  __typename: "RecheckItem" as const,
  articleId,
  site: { __typename: "Site" as const, id: SITE.id, name: SITE.name },
  title,
  blockCount: block ? 1 : 0,
  warnCount: block ? 0 : 1,
  findings: [
    {
      __typename: "RecheckFinding" as const,
      text: block ? "扫黑险恶" : "按装",
      category: "typo",
      severity: block ? "BLOCK" : "WARN",
      suggestion: block ? "扫黑除恶" : "安装",
      explanation: block ? "固定提法写错" : "常见错别字",
    },
  ],
  checkedAt: "2026-03-01T02:00:01.000Z",
});

const withItems = (values: Record<string, unknown>, items: ReturnType<typeof item>[]) => ({
  ...run(values),
  items: { __typename: "RecheckItemPage" as const, total: items.length, items },
});

/** A 终审 of 市总工会网站 (article.publish there) with that site chosen in the header. */
function renderPage(mocks: MockLink.MockedResponse[], path = "/recheck") {
  const actions = ["article.read", "article.review", "article.publish", "site.read"];
  const me: CurrentUser = {
    kind: "STAFF",
    id: "u1",
    displayName: "王终审",
    user: { id: "u1", username: "zgh_final" },
    grants: [
      {
        role: "reviewer_3",
        roleName: "终审",
        stage: 3,
        actions,
        unit: null,
        site: {
          id: SITE.id,
          code: SITE.code,
          name: SITE.name,
          isDemo: false,
          unit: { id: "unit-1", name: "市总工会" },
        },
      },
    ],
  };
  const value: MeContextValue = {
    me,
    access: computeAccess([{ actions, site: { id: SITE.id } }]),
    loading: false,
    currentSiteId: SITE.id,
    setCurrentSiteId: () => {},
    refetch: async () => undefined,
  };
  return render(
    <MockedProvider mocks={mocks}>
      <App>
        <MeContext.Provider value={value}>
          <MemoryRouter initialEntries={[path]}>
            <RecheckPage />
          </MemoryRouter>
        </MeContext.Provider>
      </App>
    </MockedProvider>,
  );
}

describe("全量复查 page", () => {
  it("starts a run for the current site, polls while it runs, fills in the results and stops when done", async () => {
    const started: unknown[] = [];
    // What the server answers to successive polls of the run.
    const states = [
      withItems({ checked: 0, progress: 0 }, []),
      withItems({ checked: 2, progress: 0.5, articlesWithBlock: 1, blockCount: 1 }, [
        item("a1", "关于扫黑除恶的通知", true),
      ]),
      withItems(
        {
          status: "DONE",
          checked: 4,
          progress: 1,
          articlesWithBlock: 1,
          blockCount: 1,
          warnCount: 1,
          finishedAt: "2026-03-01T02:00:05.000Z",
        },
        [item("a1", "关于扫黑除恶的通知", true), item("a2", "设备按装完成", false)],
      ),
    ];
    let polls = 0;
    let listed = 0;
    renderPage([
      {
        request: { query: RecheckRunsDocument, variables: { limit: RECENT_RUNS } },
        result: () => {
          listed += 1;
          return {
            data: { recheckRuns: listed === 1 ? [] : [run({ status: "DONE", checked: 4, progress: 1 })] },
          };
        },
        maxUsageCount: 20,
      },
      {
        request: { query: StartRecheckDocument, variables: { siteId: SITE.id } },
        result: (variables) => {
          started.push(variables);
          return { data: { startRecheck: run() } };
        },
      },
      {
        request: {
          query: RecheckRunDocument,
          variables: { id: "run-1", offset: 0, limit: RESULTS_PAGE_SIZE },
        },
        result: () => {
          const state = states[Math.min(polls, states.length - 1)];
          polls += 1;
          return { data: { recheckRun: state } };
        },
        maxUsageCount: 50,
      },
    ]);

    expect(await screen.findByText("还没有复查记录", undefined, SLOW)).toBeTruthy();
    expect(screen.getByLabelText("当前站点：市总工会网站")).toBeTruthy();
    // A site's publisher is not offered the whole city.
    expect(screen.queryByText("全市所有站点")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: /开始复查/ }));
    await waitFor(() => expect(started).toEqual([{ siteId: SITE.id }]));

    // Half-way: the bar shows 50% and the first result with its block-level finding is listed.
    const bar = await screen.findByRole("progressbar", undefined, SLOW);
    await waitFor(() => expect(bar.getAttribute("aria-valuenow")).toBe("50"), SLOW);
    const results = screen.getByRole("table", { name: "复查结果" });
    const link = await within(results).findByRole("link", { name: "关于扫黑除恶的通知" });
    expect(link.getAttribute("href")).toBe("/articles/a1");

    // Done: 100%, both articles, block first; the finding list opens with its severity tag.
    await waitFor(() => expect(bar.getAttribute("aria-valuenow")).toBe("100"), SLOW);
    await within(results).findByRole("link", { name: "设备按装完成" }, SLOW);
    const titles = within(results)
      .getAllByRole("link")
      .map((node) => node.textContent);
    expect(titles).toEqual(["关于扫黑除恶的通知", "设备按装完成"]);
    expect(screen.getByText("已完成", { selector: ".ant-card-head *" })).toBeTruthy();
    fireEvent.click(within(results).getAllByRole("button", { name: /展开行|Expand row/ })[0] as HTMLElement);
    const findings = await screen.findByRole("list", { name: "关于扫黑除恶的通知的问题" });
    expect(within(findings).getByText("必须修改")).toBeTruthy();
    expect(within(findings).getByText("扫黑险恶")).toBeTruthy();
    expect(within(findings).getByText(/扫黑除恶/)).toBeTruthy();

    // Polling has stopped, and the list of recent runs was reloaded to show the finished run.
    const after = polls;
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(polls).toBe(after);
    expect(listed).toBeGreaterThan(1);
    const recent = screen.getByRole("table", { name: "最近的复查" });
    expect(await within(recent).findByText("4 / 4")).toBeTruthy();
  }, 20_000);

  it("shows a failed run with its reason and does not poll it", async () => {
    let polls = 0;
    renderPage(
      [
        {
          request: { query: RecheckRunsDocument, variables: { limit: RECENT_RUNS } },
          result: { data: { recheckRuns: [run({ status: "FAILED", checked: 1, error: "数据库连接中断" })] } },
          maxUsageCount: 5,
        },
        {
          request: {
            query: RecheckRunDocument,
            variables: { id: "run-1", offset: 0, limit: RESULTS_PAGE_SIZE },
          },
          result: () => {
            polls += 1;
            return {
              data: {
                recheckRun: withItems(
                  { status: "FAILED", checked: 1, progress: 0.25, error: "数据库连接中断" },
                  [],
                ),
              },
            };
          },
          maxUsageCount: 5,
        },
      ],
      "/recheck?run=run-1",
    );
    expect(await screen.findByText("数据库连接中断", undefined, SLOW)).toBeTruthy();
    expect(screen.getByText("复查中断")).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(polls).toBe(1);
  });
});
