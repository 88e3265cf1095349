// Test data and a renderer for the article pages: GraphQL mocks (with __typename as the server sends
// them), the signed-in user's access, and a router so pages read their :id.
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { render } from "@testing-library/react";
import { App } from "antd";
import { MemoryRouter, Route, Routes } from "react-router";
import { computeAccess } from "#app/access";
import { MeContext, type MeContextValue } from "#app/me";
import type { ArticleStatus, RevisionContentFragment } from "#gql/graphql";
import { ChannelTreeDocument } from "../../channels/graphql/channelTree";
import { WorkflowDocument } from "../../workflow/graphql/workflow";

export const XSS = "<img src=x onerror=alert(1)>";

export const user = (id: string, displayName: string) => ({ __typename: "User" as const, id, displayName });

export function revision(id: string, number: number, values: Partial<RevisionContentFragment> = {}) {
  return {
    __typename: "Revision" as const,
    id,
    number,
    title: "市总工会召开工作会议",
    subtitle: null,
    source: "市总工会",
    author: "张三",
    editorOfRecord: null,
    summary: null,
    body: "<p>会议总结了上半年工作。</p>",
    coverImageId: null,
    attachments: [],
    keywords: ["工作会议"],
    tags: [],
    channel: { __typename: "Channel" as const, id: "c1", name: "工作动态" },
    note: null,
    createdAt: "2025-03-01T02:00:00.000Z",
    createdBy: user("u-editor", "张编辑"),
    ...values,
  };
}

export function articleDetail(
  status: ArticleStatus,
  current = revision("r1", 1),
  values: Record<string, unknown> = {},
) {
  return {
    __typename: "Article" as const,
    id: "a1",
    status,
    reviewStage: status === "IN_REVIEW" ? 1 : null,
    // Whether the signed-in user holds the current stage (the server decides; tests set it per case).
    canReview: status === "IN_REVIEW",
    pinned: false,
    pinnedUntil: null,
    headline: false,
    carousel: false,
    publishedAt: null,
    scheduledPublishAt: null,
    scheduledUnpublishAt: null,
    withdrawReason: null,
    deletedAt: null,
    updatedAt: current.createdAt,
    site: { __typename: "Site" as const, id: "s1" },
    origin: null,
    createdBy: user("u-editor", "张编辑"),
    currentRevision: current,
    publishedRevision: null,
    revisions: [
      {
        __typename: "Revision" as const,
        id: current.id,
        number: current.number,
        note: null,
        createdAt: current.createdAt,
        createdBy: current.createdBy,
      },
    ],
    timeline: [],
    ...values,
  };
}

const channel = (id: string, name: string, path: string) => ({
  __typename: "Channel" as const,
  id,
  name,
  path,
  kind: "LIST" as const,
  linkUrl: null,
  updateClass: "DYNAMIC" as const,
  sortOrder: 0,
  children: [],
});

export const channelTreeMock: MockLink.MockedResponse = {
  request: { query: ChannelTreeDocument, variables: { siteId: "s1" } },
  result: {
    data: {
      site: {
        __typename: "Site",
        id: "s1",
        name: "市总工会网站",
        channels: [channel("c1", "工作动态", "gzdt"), channel("c2", "通知公告", "tzgg")],
      },
    },
  },
  maxUsageCount: 10,
};

export const workflowMock: MockLink.MockedResponse = {
  request: { query: WorkflowDocument, variables: { siteId: "s1" } },
  result: {
    data: {
      workflow: {
        __typename: "WorkflowDefinition",
        site: { __typename: "Site", id: "s1" },
        stages: [
          { __typename: "WorkflowStage", order: 1, name: "初审", roleCode: "reviewer_1" },
          { __typename: "WorkflowStage", order: 2, name: "复审", roleCode: "reviewer_2" },
          { __typename: "WorkflowStage", order: 3, name: "终审", roleCode: "reviewer_3" },
        ],
      },
    },
  },
  maxUsageCount: 10,
};

export function renderPage(options: {
  path: string;
  at: string;
  element: React.ReactNode;
  actions: string[];
  mocks: MockLink.MockedResponse[];
}) {
  const value: MeContextValue = {
    me: null,
    access: computeAccess([{ actions: options.actions, unit: { id: "unit-1" } }]),
    loading: false,
    currentSiteId: "s1",
    setCurrentSiteId: () => {},
    refetch: async () => undefined,
  };
  return render(
    <MockedProvider mocks={options.mocks}>
      <App>
        <MeContext.Provider value={value}>
          <MemoryRouter initialEntries={[options.at]}>
            <Routes>
              <Route path={options.path} element={options.element} />
            </Routes>
          </MemoryRouter>
        </MeContext.Provider>
      </App>
    </MockedProvider>,
  );
}
