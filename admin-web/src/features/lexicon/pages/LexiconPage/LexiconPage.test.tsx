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
import { CANNOT_EXEMPT_BLOCK } from "../../components/labels";
import { ExemptLexiconEntryDocument } from "../../graphql/exemptLexiconEntry";
import { ImportLexiconDocument } from "../../graphql/importLexicon";
import { LexiconEntriesDocument } from "../../graphql/lexiconEntries";
import { LexiconExemptionsDocument } from "../../graphql/lexiconExemptions";
import { LexiconPage } from ".";

const SLOW = { timeout: 5_000 };
const UNIT = { id: "unit-1", name: "市总工会" };

const entry = (id: string, term: string, level: "BLOCK" | "WARN", scope: "CITY" | "UNIT" = "CITY") => ({
  __typename: "LexiconEntry" as const,
  id,
  term,
  kind: "TYPO" as const,
  level,
  suggestion: "扫黑除恶",
  scope,
  unitId: scope === "UNIT" ? UNIT.id : null,
  note: null,
  source: "集约默认错别字表（编校常识）",
  enabled: true,
  titles: [],
  category: null,
  updatedAt: "2026-03-01T02:00:00.000Z",
});

const entriesMock = (version: number): MockLink.MockedResponse => ({
  request: { query: LexiconEntriesDocument, variables: { filter: null, offset: 0, limit: 20 } },
  result: {
    data: {
      lexiconVersion: version,
      lexiconEntries: {
        __typename: "LexiconEntryPage",
        total: 2,
        items: [entry("e1", "扫黑险恶", "BLOCK"), entry("e2", "按装", "WARN")],
      },
    },
  },
  maxUsageCount: 10,
});

const exemptionsMock: MockLink.MockedResponse = {
  request: { query: LexiconExemptionsDocument, variables: { unitId: UNIT.id } },
  result: { data: { lexiconExemptions: [] } },
  maxUsageCount: 10,
};

/**
 * antd labels every modal by the id "test-id" under test, shared with other fields: find a dialog by its
 * title's text instead of its accessible name.
 */
function dialogTitled(title: string): HTMLElement | null {
  const heading = screen.queryAllByText(title).find((node) => node.closest(".ant-modal-title"));
  return (heading?.closest('[role="dialog"]') as HTMLElement | null) ?? null;
}
async function findDialog(title: string): Promise<HTMLElement> {
  return waitFor(() => {
    const dialog = dialogTitled(title);
    if (!dialog) throw new Error(`no dialog ${title}`);
    return dialog;
  }, SLOW);
}

/** A unit's lexicon manager (管理词库 in 市总工会). */
function renderLexicon(mocks: MockLink.MockedResponse[]) {
  const actions = ["lexicon.read", "lexicon.manage", "unit.read"];
  const me: CurrentUser = {
    kind: "STAFF",
    id: "u1",
    displayName: "单位管理员",
    user: { id: "u1", username: "zgh_admin" },
    grants: [
      {
        role: "unit_admin",
        roleName: "单位管理员",
        stage: null,
        actions,
        unit: { ...UNIT, sites: [] },
        site: null,
      },
    ],
  };
  const value: MeContextValue = {
    me,
    access: computeAccess([{ actions, unit: { id: UNIT.id } }]),
    loading: false,
    currentSiteId: null,
    setCurrentSiteId: () => {},
    refetch: async () => undefined,
  };
  return render(
    <MockedProvider mocks={mocks}>
      <App>
        <MeContext.Provider value={value}>
          <MemoryRouter>
            <LexiconPage />
          </MemoryRouter>
        </MeContext.Provider>
      </App>
    </MockedProvider>,
  );
}

describe("lexicon page", () => {
  it("shows the version and the entries; a city block entry cannot be exempted, a warn entry can with a reason", async () => {
    let exempted: unknown = null;
    renderLexicon([
      entriesMock(7),
      exemptionsMock,
      {
        request: {
          query: ExemptLexiconEntryDocument,
          variables: { input: { unitId: UNIT.id, entryId: "e2", reason: "本单位行业用语" } },
        },
        result: (variables) => {
          exempted = variables;
          return {
            data: {
              exemptLexiconEntry: {
                __typename: "LexiconExemption",
                unitId: UNIT.id,
                reason: "本单位行业用语",
                entry: { __typename: "LexiconEntry", id: "e2" },
              },
            },
          };
        },
      },
    ]);
    const table = (await screen.findByText("扫黑险恶", undefined, SLOW)).closest("table") as HTMLTableElement;
    expect(screen.getByLabelText("当前词库版本").textContent).toContain("7");
    expect(within(table).getByText("阻断")).toBeTruthy();
    // A unit manager edits only the unit's entries: city ones offer 豁免, not 编辑.
    expect(within(table).queryByRole("button", { name: "编辑" })).toBeNull();

    const blockRow = within(table).getByText("扫黑险恶").closest("tr") as HTMLElement;
    fireEvent.click(within(blockRow).getByRole("button", { name: /豁\s*免/ }));
    const refused = await findDialog("豁免“扫黑险恶”");
    expect(within(refused).getByText(CANNOT_EXEMPT_BLOCK)).toBeTruthy();
    expect((within(refused).getByRole("button", { name: /确认豁免/ }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.click(within(refused).getByRole("button", { name: /取\s*消/ }));

    const warnRow = within(table).getByText("按装").closest("tr") as HTMLElement;
    fireEvent.click(within(warnRow).getByRole("button", { name: /豁\s*免/ }));
    const dialog = await findDialog("豁免“按装”");
    const ok = within(dialog).getByRole("button", { name: /确认豁免/ }) as HTMLButtonElement;
    expect(ok.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText("豁免理由"), { target: { value: "本单位行业用语" } });
    expect(ok.disabled).toBe(false);
    fireEvent.click(ok);
    await waitFor(() =>
      expect(exempted).toEqual({ input: { unitId: UNIT.id, entryId: "e2", reason: "本单位行业用语" } }),
    );
  });

  it("previews an import (add, update, reject with reasons) and writes only after 确认导入", async () => {
    const csv = "词语,类型,级别,建议用语,说明,来源\n坚持党的领导,错别字,提醒,,,\n";
    const content = Buffer.from(csv, "utf8").toString("base64");
    const calls: boolean[] = [];
    const importMock = (dryRun: boolean): MockLink.MockedResponse => ({
      request: {
        query: ImportLexiconDocument,
        variables: { input: { format: "CSV", content, scope: "UNIT", unitId: UNIT.id, dryRun } },
      },
      result: () => {
        calls.push(dryRun);
        return {
          data: {
            importLexicon: {
              __typename: "LexiconImportResult",
              dryRun,
              added: 1,
              updated: 1,
              unchanged: 0,
              rejected: 1,
              version: dryRun ? 7 : 8,
              rows: [
                {
                  __typename: "LexiconImportRow",
                  line: 2,
                  term: "行业词甲",
                  kind: "TYPO",
                  action: "ADD",
                  reasons: [],
                  changes: [],
                },
                {
                  __typename: "LexiconImportRow",
                  line: 3,
                  term: "按装",
                  kind: "TYPO",
                  action: "UPDATE",
                  reasons: [],
                  changes: ["level"],
                },
                {
                  __typename: "LexiconImportRow",
                  line: 4,
                  term: "",
                  kind: null,
                  action: "REJECT",
                  reasons: ["词语不能为空"],
                  changes: [],
                },
              ],
            },
          },
        };
      },
    });
    renderLexicon([entriesMock(7), exemptionsMock, importMock(true), importMock(false)]);
    await screen.findByText("扫黑险恶", undefined, SLOW);
    fireEvent.click(screen.getByRole("button", { name: /导\s*入/ }));
    const dialog = await findDialog("导入词库");
    const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([csv], "词库.csv", { type: "text/csv" })] } });
    await within(dialog).findByText("词库.csv");
    const confirm = within(dialog).getByRole("button", { name: /确认导入/ }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);

    fireEvent.click(within(dialog).getByRole("button", { name: /预\s*览/ }));
    const preview = await within(dialog).findByRole("table");
    expect(within(preview).getByText("新增")).toBeTruthy();
    expect(within(preview).getByText("更新")).toBeTruthy();
    expect(within(preview).getByText("级别")).toBeTruthy();
    expect(within(preview).getByText("拒绝")).toBeTruthy();
    expect(within(preview).getByText("词语不能为空")).toBeTruthy();
    expect(calls).toEqual([true]);

    await waitFor(() => expect(confirm.disabled).toBe(false));
    fireEvent.click(confirm);
    await waitFor(() => expect(calls).toEqual([true, false]));
    expect(await screen.findByText("已导入：新增 1 条，更新 1 条；词库版本 8", undefined, SLOW)).toBeTruthy();
  });
});
