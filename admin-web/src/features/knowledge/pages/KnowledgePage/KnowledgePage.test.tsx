// @vitest-environment jsdom
import "#test/setup";
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "antd";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { MeContext } from "#app/me";
import { staff, unitsMock, ZGH } from "../../../letters/testing/fixtures";
import { CreateKnowledgeEntryDocument } from "../../graphql/createKnowledgeEntry";
import { KnowledgeCategoriesDocument } from "../../graphql/knowledgeCategories";
import { KnowledgeEntriesDocument } from "../../graphql/knowledgeEntries";
import { KnowledgePage } from ".";

const SLOW = { timeout: 5_000 };

const entry = (id: string, title: string, overrides: Record<string, unknown> = {}) => ({
  __typename: "KnowledgeEntry" as const,
  id,
  source: "CURATED" as const,
  title,
  question: `${title}？`,
  answer: "可向街道住房保障窗口提交申请。",
  category: "城乡建设",
  unitId: ZGH.id,
  siteId: null,
  letterId: null,
  withdrawn: false,
  helpfulCount: 4,
  unhelpfulCount: 1,
  answeredAt: "2026-11-20T02:00:00.000Z",
  ...overrides,
});

const listMock = (search: string | null, nodes: ReturnType<typeof entry>[]): MockLink.MockedResponse => ({
  request: {
    query: KnowledgeEntriesDocument,
    variables: { unitId: ZGH.id, search, category: null, first: 20, offset: 0 },
  },
  result: {
    data: { knowledgeEntries: { __typename: "KnowledgeEntryConnection", totalCount: nodes.length, nodes } },
  },
  maxUsageCount: 5,
});
const categoriesMock: MockLink.MockedResponse = {
  request: { query: KnowledgeCategoriesDocument },
  result: {
    data: { knowledgeCategories: [{ __typename: "KnowledgeCategoryCount", category: "城乡建设", count: 2 }] },
  },
  maxUsageCount: 5,
};

function renderPage(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={[unitsMock, categoriesMock, ...mocks]}>
      <App>
        <MeContext.Provider value={staff([{ actions: ["knowledge.manage"], unit: ZGH }])}>
          <MemoryRouter>
            <KnowledgePage />
          </MemoryRouter>
        </MeContext.Provider>
      </App>
    </MockedProvider>,
  );
}

describe("智库", () => {
  it("lists the unit's entries with their source and votes, and searches on the server", async () => {
    renderPage([
      listMock(null, [
        entry("k1", "公租房申请条件"),
        entry("k2", "小区门口道路积水严重", { source: "LETTER", letterId: "letter-9", withdrawn: true }),
      ]),
      listMock("积水", [entry("k2", "小区门口道路积水严重", { source: "LETTER", letterId: "letter-9" })]),
    ]);
    expect(await screen.findByText("公租房申请条件", undefined, SLOW)).toBeTruthy();
    expect(screen.getByText("信件答复").closest("a")?.getAttribute("href")).toBe("/letters/letter-9");
    expect(screen.getByText("已撤下")).toBeTruthy();
    expect(screen.getAllByText("4 / 1")).toHaveLength(2);
    // Only curated entries are edited here; an entry from a letter follows its letter.
    expect(screen.getAllByRole("button", { name: "编辑" })).toHaveLength(1);

    fireEvent.change(screen.getByLabelText("搜索智库"), { target: { value: "积水" } });
    fireEvent.click(screen.getByRole("button", { name: /搜\s*索/ }));
    // The searched list replaces the first one (while it loads, the table is briefly empty).
    expect(await screen.findByText("小区门口道路积水严重", undefined, SLOW)).toBeTruthy();
    await waitFor(() => expect(screen.queryByText("公租房申请条件")).toBeNull(), SLOW);
  });

  it("shows the server's refusal of personal data, then saves with 自动隐去个人信息", async () => {
    const input = {
      unitId: ZGH.id,
      siteId: null,
      title: "社保咨询",
      question: "社保怎么缴纳？",
      answer: "请致电0731-84567890咨询。",
      category: null,
    };
    let saved = false;
    renderPage([
      listMock(null, []),
      {
        request: {
          query: CreateKnowledgeEntryDocument,
          variables: { input: { ...input, stripPersonalData: false } },
        },
        result: {
          errors: [
            {
              message: "内容含有个人信息（电话号码），请删除或选择自动隐去后再保存",
              extensions: { code: "BAD_USER_INPUT" },
            },
          ],
        },
      },
      {
        request: {
          query: CreateKnowledgeEntryDocument,
          variables: { input: { ...input, stripPersonalData: true } },
        },
        result: () => {
          saved = true;
          return {
            data: { createKnowledgeEntry: entry("k3", "社保咨询", { answer: "请致电****-********咨询。" }) },
          };
        },
      },
    ]);
    await screen.findByText("该单位的智库还没有条目", undefined, SLOW);
    fireEvent.click(screen.getByRole("button", { name: "新增问答" }));
    fireEvent.change(await screen.findByLabelText("问题标题"), { target: { value: input.title } });
    fireEvent.change(screen.getByLabelText("问题内容"), { target: { value: input.question } });
    fireEvent.change(screen.getByLabelText("答复内容"), { target: { value: input.answer } });
    fireEvent.click(screen.getByRole("button", { name: /保\s*存/ }));
    expect(await screen.findByText(/内容含有个人信息（电话号码）/, undefined, SLOW)).toBeTruthy();
    expect(saved).toBe(false);

    fireEvent.click(screen.getByLabelText(/自动隐去个人信息/));
    fireEvent.click(screen.getByRole("button", { name: /保\s*存/ }));
    await waitFor(() => expect(saved).toBe(true), SLOW);
  });
});
