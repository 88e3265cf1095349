// @vitest-environment jsdom
import "#test/setup";
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "antd";
import { MemoryRouter, Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { MeContext } from "#app/me";
import { staff, unitsMock, XCB, ZGH } from "../../../letters/testing/fixtures";
import { ReviewSolicitationSubmissionDocument } from "../../graphql/reviewSolicitationSubmission";
import { SolicitationDocument } from "../../graphql/solicitation";
import { SolicitationChoiceStatsDocument } from "../../graphql/solicitationChoiceStats";
import { SolicitationSubmissionsDocument } from "../../graphql/solicitationSubmissions";
import { SolicitationDetailPage } from ".";

const SLOW = { timeout: 5_000 };
const ID = "sol-1";

const campaign = {
  __typename: "Solicitation" as const,
  id: ID,
  unitId: ZGH.id,
  title: "关于延长公园开放时间的意见征集",
  description: "拟延长城市公园开放时间，现公开征求意见。",
  documentUrl: "/media/files/draft.pdf",
  documentName: "征求意见稿.pdf",
  questions: [
    {
      __typename: "SolicitationQuestion",
      id: "q1",
      kind: "SINGLE",
      title: "是否赞成？",
      options: ["赞成", "反对"],
      required: true,
    },
    {
      __typename: "SolicitationQuestion",
      id: "q2",
      kind: "TEXT",
      title: "其他建议",
      options: [],
      required: false,
    },
  ],
  siteIds: ["site-zgh"],
  allowAnonymous: true,
  startsAt: "2026-11-01T00:00:00Z",
  endsAt: "2026-12-01T00:00:00Z",
  status: "CLOSED",
  acceptingSubmissions: false,
  closedReason: null,
  closedAt: "2026-12-01T00:00:00Z",
  submissionCount: 2,
  feedback: null,
};

const submission = (id: string, overrides: Record<string, unknown>) => ({
  __typename: "SolicitationSubmission" as const,
  id,
  anonymous: false,
  contactName: null,
  contactPhone: null,
  createdAt: "2026-11-05T02:00:00Z",
  held: false,
  adoption: null,
  adoptionReason: null,
  answers: [],
  checkResult: null,
  ...overrides,
});

const mocks: MockLink.MockedResponse[] = [
  unitsMock,
  {
    request: { query: SolicitationDocument, variables: { id: ID } },
    result: { data: { solicitation: campaign } },
    maxUsageCount: 5,
  },
  {
    request: {
      query: SolicitationSubmissionsDocument,
      variables: { id: ID, filter: null, first: 20, offset: 0 },
    },
    result: {
      data: {
        solicitation: {
          __typename: "Solicitation",
          id: ID,
          submissions: {
            __typename: "SolicitationSubmissionConnection",
            totalCount: 2,
            nodes: [
              submission("s1", {
                contactName: "张三",
                answers: [
                  { __typename: "SolicitationAnswer", questionId: "q1", text: null, choices: ["赞成"] },
                  {
                    __typename: "SolicitationAnswer",
                    questionId: "q2",
                    text: "建议延长到晚上十点",
                    choices: [],
                  },
                ],
              }),
              submission("s2", {
                anonymous: true,
                held: true,
                answers: [
                  { __typename: "SolicitationAnswer", questionId: "q1", text: null, choices: ["反对"] },
                ],
                checkResult: {
                  __typename: "SolicitationCheckResult",
                  blockCount: 1,
                  findings: [
                    {
                      __typename: "SolicitationCheckFinding",
                      key: "k1",
                      questionId: "q2",
                      text: "扫黑险恶",
                      severity: "BLOCK",
                      suggestion: "扫黑除恶",
                    },
                  ],
                },
              }),
            ],
          },
        },
      },
    },
    maxUsageCount: 5,
  },
  {
    request: { query: SolicitationChoiceStatsDocument, variables: { id: ID } },
    result: {
      data: {
        solicitation: {
          __typename: "Solicitation",
          id: ID,
          choiceStats: [
            {
              __typename: "SolicitationChoiceStats",
              questionId: "q1",
              title: "是否赞成？",
              kind: "SINGLE",
              answered: 2,
              options: [
                { __typename: "SolicitationOptionCount", option: "赞成", count: 1 },
                { __typename: "SolicitationOptionCount", option: "反对", count: 1 },
              ],
            },
          ],
        },
      },
    },
    maxUsageCount: 5,
  },
];

function renderPage(grants: Parameters<typeof staff>[0], extra: MockLink.MockedResponse[] = []) {
  return render(
    <MockedProvider mocks={[...mocks, ...extra]}>
      <App>
        <MeContext.Provider value={staff(grants)}>
          <MemoryRouter initialEntries={[`/solicitations/${ID}`]}>
            <Routes>
              <Route path="/solicitations/:id" element={<SolicitationDetailPage />} />
            </Routes>
          </MemoryRouter>
        </MeContext.Provider>
      </App>
    </MockedProvider>,
  );
}

describe("SolicitationDetailPage", () => {
  it("shows the opinions with answers, the held one flagged, and tags one with a reason", async () => {
    let reviewed: unknown = null;
    renderPage(
      [{ actions: ["solicitation.manage"], unit: ZGH }],
      [
        {
          request: {
            query: ReviewSolicitationSubmissionDocument,
            variables: (variables: Record<string, unknown>) => {
              reviewed = variables;
              return true;
            },
          },
          result: {
            data: {
              reviewSolicitationSubmission: {
                __typename: "SolicitationSubmission",
                id: "s1",
                held: false,
                adoption: "ADOPTED",
                adoptionReason: "意见合理，予以采纳",
              },
            },
          },
        },
      ],
    );
    const row = await screen.findByRole("row", { name: /张三/ }, SLOW);
    expect(within(row).getByText("建议延长到晚上十点")).toBeTruthy();
    expect(screen.getByText(/待人工确认（1 处）/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "导出 xlsx" })).toBeTruthy();
    fireEvent.click(within(row).getByRole("button", { name: "标注采纳" }));
    fireEvent.change(await screen.findByLabelText("采纳理由"), { target: { value: "意见合理，予以采纳" } });
    fireEvent.click(screen.getByRole("button", { name: /保\s?存/ }));
    await waitFor(
      () => expect(reviewed).toEqual({ id: "s1", adoption: "ADOPTED", reason: "意见合理，予以采纳" }),
      SLOW,
    );
  });

  it("draws the choice answers, and offers no tagging to another unit's reader", async () => {
    renderPage([{ actions: ["supervise.read"] }, { actions: ["solicitation.manage"], unit: XCB }]);
    await screen.findByRole("row", { name: /张三/ }, SLOW);
    expect(screen.queryByRole("button", { name: "标注采纳" })).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "选择题统计" }));
    expect(await screen.findByLabelText("赞成：1 人", {}, SLOW)).toBeTruthy();
    expect(screen.getAllByText("1 人（50%）")).toHaveLength(2);
  });
});
