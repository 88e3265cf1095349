// @vitest-environment jsdom
import "#test/setup";
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "antd";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { MeContext } from "#app/me";
import type { MailboxFieldsFragment } from "#gql/graphql";
import { staff, unitsMock, ZGH } from "../../../letters/testing/fixtures";
import { UNIT_LIST_LIMIT } from "../../components/labels";
import { CreateMailboxDocument } from "../../graphql/createMailbox";
import { DeleteMailboxDocument } from "../../graphql/deleteMailbox";
import { MailboxRecipientUsersDocument } from "../../graphql/mailboxRecipientUsers";
import { MailboxUnitSitesDocument } from "../../graphql/mailboxUnitSites";
import { UnitMailboxesDocument } from "../../graphql/unitMailboxes";
import { UpdateMailboxDocument } from "../../graphql/updateMailbox";
import { MailboxesPage } from ".";

const SLOW = { timeout: 5_000 };
const SITE = { __typename: "Site" as const, id: "site-zgh-m", name: "市总工会移动站" };

const mailbox = (id: string, name: string, overrides: Partial<MailboxFieldsFragment> = {}) => ({
  __typename: "Mailbox" as const,
  id,
  unitId: ZGH.id,
  site: null,
  name,
  description: null,
  kind: "GENERAL" as const,
  isPublic: true,
  sortOrder: 0,
  letterKind: "CONSULTATION" as const,
  deadlineWorkdays: 15,
  maxReworks: 2,
  recipientUserIds: [],
  recipientRole: "LETTER_DISPATCHER" as const,
  isOneWindow: false,
  allowAnonymous: true,
  ...overrides,
});

const MAILBOXES = [
  mailbox("mb-1", "市总工会信箱", { isOneWindow: true }),
  mailbox("mb-2", "主席信箱", {
    kind: "LEADER",
    letterKind: "SUGGESTION",
    deadlineWorkdays: 10,
    maxReworks: 1,
    isPublic: false,
    allowAnonymous: false,
    site: SITE,
    recipientUserIds: ["user-wang"],
    recipientRole: null,
    sortOrder: 3,
  }),
];

const listMock = (mailboxes: ReturnType<typeof mailbox>[]): MockLink.MockedResponse => ({
  request: { query: UnitMailboxesDocument, variables: { unitId: ZGH.id } },
  result: { data: { unitMailboxes: mailboxes } },
  maxUsageCount: 5,
});
const sitesMock: MockLink.MockedResponse = {
  request: { query: MailboxUnitSitesDocument, variables: { unitId: ZGH.id, limit: UNIT_LIST_LIMIT } },
  result: { data: { sites: { __typename: "SitePage", items: [{ ...SITE, code: "zgh-m" }] } } },
  maxUsageCount: 5,
};
const user = (id: string, username: string, displayName: string) => ({
  __typename: "User" as const,
  id,
  username,
  displayName,
  status: "ACTIVE" as const,
});
const usersMock: MockLink.MockedResponse = {
  request: { query: MailboxRecipientUsersDocument, variables: { unitId: ZGH.id, limit: UNIT_LIST_LIMIT } },
  result: {
    data: {
      users: {
        __typename: "UserPage",
        items: [user("user-wang", "wang", "王主任"), user("user-li", "li", "李干事")],
      },
    },
  },
  maxUsageCount: 5,
};

function renderPage(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={[unitsMock, sitesMock, usersMock, ...mocks]}>
      <App>
        <MeContext.Provider value={staff([{ actions: ["mailbox.manage"], unit: ZGH }])}>
          <MemoryRouter>
            <MailboxesPage />
          </MemoryRouter>
        </MeContext.Provider>
      </App>
    </MockedProvider>,
  );
}

/** Opens an antd select by its label and clicks the option with this text. */
async function choose(label: string, option: string) {
  fireEvent.mouseDown(screen.getByRole("combobox", { name: label }));
  const listbox = await screen.findAllByTitle(option);
  const item = listbox.map((element) => element.closest(".ant-select-item-option")).find(Boolean);
  if (!item) throw new Error(`no option ${option} in ${label}`);
  fireEvent.click(item);
}

const rowOf = (name: string) => {
  const row = screen.getByText(name).closest("tr");
  if (!row) throw new Error(`no row ${name}`);
  return within(row);
};

describe("信箱管理", () => {
  it("lists every mailbox of the unit with its kinds, deadline, visibility, site and recipients", async () => {
    renderPage([listMock(MAILBOXES)]);
    expect(await screen.findByText("主席信箱", undefined, SLOW)).toBeTruthy();
    const general = rowOf("市总工会信箱");
    expect(general.getByText("统一窗口")).toBeTruthy();
    expect(general.getByText("综合信箱")).toBeTruthy();
    expect(general.getByText("咨询")).toBeTruthy();
    expect(general.getByText("全部站点")).toBeTruthy();
    expect(general.getByText("信件分办")).toBeTruthy();

    const leader = rowOf("主席信箱");
    expect(leader.getByText("领导信箱")).toBeTruthy();
    expect(leader.getByText("建议")).toBeTruthy();
    expect(leader.getByText("10")).toBeTruthy();
    expect(leader.getByText("市总工会移动站")).toBeTruthy();
    // Recipients by name, once the unit's staff are loaded.
    expect(await leader.findByText("王主任", undefined, SLOW)).toBeTruthy();
    // Not public, no anonymous letters.
    expect(leader.getAllByText("否")).toHaveLength(2);
    expect(leader.queryByText("统一窗口")).toBeNull();
  });

  it("creates a mailbox with the form's values, after checking the deadline the server accepts", async () => {
    let sent = false;
    const input = {
      unitId: ZGH.id,
      siteId: SITE.id,
      name: "投诉信箱",
      description: null,
      kind: "COMPLAINT",
      isPublic: true,
      sortOrder: 0,
      // Follows the kind: a complaint mailbox handles complaints unless chosen otherwise.
      letterKind: "COMPLAINT",
      deadlineWorkdays: 10,
      maxReworks: 2,
      recipientUserIds: ["user-li"],
      recipientRole: "LETTER_DISPATCHER",
      allowAnonymous: true,
    };
    renderPage([
      listMock([]),
      {
        request: { query: CreateMailboxDocument, variables: { input } },
        result: () => {
          sent = true;
          return {
            data: {
              createMailbox: mailbox("mb-3", "投诉信箱", {
                kind: "COMPLAINT",
                letterKind: "COMPLAINT",
                site: SITE,
              }),
            },
          };
        },
      },
    ]);
    await screen.findByText("该单位还没有信箱", undefined, SLOW);
    fireEvent.click(screen.getByRole("button", { name: "新建信箱" }));
    const dialog = within(await screen.findByRole("dialog"));

    // Nothing is sent without a name.
    fireEvent.click(dialog.getByRole("button", { name: /保\s*存/ }));
    expect(await dialog.findByText("请填写信箱名称", undefined, SLOW)).toBeTruthy();

    fireEvent.change(dialog.getByLabelText("信箱名称"), { target: { value: "  投诉信箱 " } });
    await choose("展示站点", "市总工会移动站（zgh-m）");
    await choose("信箱类型", "投诉举报");
    await choose("接收人", "李干事（li）");
    const deadline = dialog.getByLabelText("办理期限（工作日）");
    fireEvent.change(deadline, { target: { value: "120" } });
    fireEvent.click(dialog.getByRole("button", { name: /保\s*存/ }));
    expect(await dialog.findByText("办理期限须在 1–90 个工作日之间", undefined, SLOW)).toBeTruthy();
    expect(sent).toBe(false);

    fireEvent.change(deadline, { target: { value: "10" } });
    fireEvent.click(dialog.getByRole("button", { name: /保\s*存/ }));
    await waitFor(() => expect(sent).toBe(true), SLOW);
  });

  it("edits a mailbox with the update input (its site stays fixed), prefilled from the row", async () => {
    let sent = false;
    const input = {
      name: "主席信箱",
      description: null,
      kind: "LEADER",
      isPublic: true,
      sortOrder: 3,
      letterKind: "SUGGESTION",
      deadlineWorkdays: 10,
      maxReworks: 1,
      recipientUserIds: ["user-wang"],
      recipientRole: null,
      allowAnonymous: false,
    };
    renderPage([
      listMock(MAILBOXES),
      {
        request: { query: UpdateMailboxDocument, variables: { id: "mb-2", input } },
        result: () => {
          sent = true;
          return { data: { updateMailbox: { ...MAILBOXES[1], isPublic: true } } };
        },
      },
    ]);
    await screen.findByText("主席信箱", undefined, SLOW);
    fireEvent.click(rowOf("主席信箱").getByRole("button", { name: "编辑" }));
    const dialog = within(await screen.findByRole("dialog"));
    expect((dialog.getByLabelText("信箱名称") as HTMLInputElement).value).toBe("主席信箱");
    expect(dialog.getByText("展示站点创建后不能更改")).toBeTruthy();
    // Now public.
    fireEvent.click(dialog.getByRole("switch", { name: "公开" }));
    fireEvent.click(dialog.getByRole("button", { name: /保\s*存/ }));
    await waitFor(() => expect(sent).toBe(true), SLOW);
  });

  it("deletes only after confirmation, and shows the server's refusal", async () => {
    let deleted = 0;
    renderPage([
      listMock(MAILBOXES),
      {
        request: { query: DeleteMailboxDocument, variables: { id: "mb-2" } },
        result: {
          errors: [
            {
              message: "该信箱已有信件，不能删除；不再使用时可设为不公开",
              extensions: { code: "CONFLICT", reason: "HAS_LETTERS" },
            },
          ],
        },
      },
      {
        request: { query: DeleteMailboxDocument, variables: { id: "mb-2" } },
        result: () => {
          deleted += 1;
          return { data: { deleteMailbox: true } };
        },
      },
    ]);
    await screen.findByText("主席信箱", undefined, SLOW);
    fireEvent.click(rowOf("主席信箱").getByRole("button", { name: /删\s*除/ }));
    const confirm = await screen.findByText("删除信箱「主席信箱」？", undefined, SLOW);
    const popover = confirm.closest(".ant-popover");
    if (!(popover instanceof HTMLElement)) throw new Error("no popconfirm");
    // Asked, not yet done.
    expect(deleted).toBe(0);
    fireEvent.click(within(popover).getByRole("button", { name: /删\s*除/ }));
    expect(await screen.findByText(/该信箱已有信件，不能删除/, undefined, SLOW)).toBeTruthy();
    expect(deleted).toBe(0);

    fireEvent.click(rowOf("主席信箱").getByRole("button", { name: /删\s*除/ }));
    await waitFor(() => {
      const open = [...document.querySelectorAll(".ant-popover:not(.ant-popover-hidden)")];
      expect(open.length).toBeGreaterThan(0);
    }, SLOW);
    const again = [...document.querySelectorAll<HTMLElement>(".ant-popover:not(.ant-popover-hidden)")].at(-1);
    if (!again) throw new Error("no popconfirm");
    fireEvent.click(within(again).getByRole("button", { name: /删\s*除/ }));
    await waitFor(() => expect(deleted).toBe(1), SLOW);
    expect(await screen.findByText("已删除", undefined, SLOW)).toBeTruthy();
  });
});
