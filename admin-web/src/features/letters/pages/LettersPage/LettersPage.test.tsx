// @vitest-environment jsdom
import "#test/setup";
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "antd";
import dayjs from "dayjs";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { MeContext } from "#app/me";
import type { LetterFilter } from "#gql/graphql";
import { HELD_LABEL } from "../../components/labels";
import { LetterMailboxOptionsDocument } from "../../graphql/letterMailboxOptions";
import { LettersDocument } from "../../graphql/letters";
import { deadline, letterRow, staff, tn, unitsMock, XCB, ZGH } from "../../testing/fixtures";
import { LettersPage, toLetterFilter } from ".";

const SLOW = { timeout: 5_000 };

const lettersMock = (
  variables: { filter: LetterFilter | null; first: number; offset: number },
  nodes: ReturnType<typeof letterRow>[],
  totalCount: number,
): MockLink.MockedResponse => ({
  request: { query: LettersDocument, variables },
  result: { data: { letters: { __typename: "LetterConnection", totalCount, nodes } } },
  maxUsageCount: 5,
});

const mailboxesMock: MockLink.MockedResponse = {
  request: { query: LetterMailboxOptionsDocument },
  result: {
    data: {
      oneWindowMailbox: { __typename: "Mailbox", id: "mb-one", name: "统一窗口" },
      sites: {
        __typename: "SitePage",
        items: [
          {
            __typename: "Site",
            id: "site-zgh",
            mailboxes: [{ __typename: "Mailbox", id: "mb-1", name: "主席信箱" }],
          },
        ],
      },
    },
  },
  maxUsageCount: 5,
};

const PAGE_ONE = [
  letterRow("l1", "路灯长期不亮", {
    deadline: deadline(-2),
    contactPhone: "138****1234",
    anonymous: true,
    supervision: tn("LetterSupervisionState", { supervisedCount: 2 }),
  }),
  letterRow("l2", "加装电梯补贴", { deadline: deadline(2), writerName: "王建国" }),
  letterRow("l3", "春节后办理的信件", { deadline: deadline(9, { uncovered: true }), ownerUnitId: XCB.id }),
  letterRow("l4", "刚收到的信件", {
    status: "RECEIVED",
    held: true,
    deadline: deadline(null),
    ownerUnitId: XCB.id,
  }),
  // Answered: the deadline no longer counts down; the row says whether the reply came in time.
  letterRow("l5", "按期答复的信件", {
    status: "REPLIED",
    deadline: deadline(null, { citizenDueAt: "2026-10-20", repliedLateWorkdays: 0 }),
  }),
  letterRow("l6", "超期答复的信件", {
    status: "CLOSED",
    deadline: deadline(null, { citizenDueAt: "2026-10-20", repliedLateWorkdays: 3 }),
  }),
];

function renderList(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={[unitsMock, mailboxesMock, ...mocks]}>
      <App>
        <MeContext.Provider value={staff([{ actions: ["letter.handle"], unit: ZGH }])}>
          <MemoryRouter>
            <LettersPage />
          </MemoryRouter>
        </MeContext.Provider>
      </App>
    </MockedProvider>,
  );
}

const rowOf = (title: string) => screen.getByText(title).closest("tr") as HTMLElement;

describe("信件办理 list", () => {
  it("shows mailbox, status, owner unit, masked phone and the deadline coloured by urgency, with paging", async () => {
    renderList([
      lettersMock({ filter: null, first: 20, offset: 0 }, PAGE_ONE, 25),
      lettersMock({ filter: null, first: 20, offset: 20 }, [letterRow("l21", "第二页的信件")], 25),
    ]);
    await screen.findByText("路灯长期不亮", undefined, SLOW);
    const overdue = rowOf("路灯长期不亮");
    expect(within(overdue).getByRole("link", { name: "路灯长期不亮" }).getAttribute("href")).toBe(
      "/letters/l1",
    );
    expect(within(overdue).getByText("主席信箱")).toBeTruthy();
    expect(within(overdue).getByText("办理中")).toBeTruthy();
    expect(within(overdue).getByText("138****1234")).toBeTruthy();
    expect(within(overdue).getByText("已督办 2 次")).toBeTruthy();
    expect(within(rowOf("加装电梯补贴")).queryByText(/已督办/)).toBeNull();
    // A signed-in writer is named (the name their account had when they wrote).
    expect(within(rowOf("加装电梯补贴")).getByText("王建国")).toBeTruthy();
    expect(
      within(overdue)
        .getByText(/逾期 2 个工作日/)
        .getAttribute("data-level"),
    ).toBe("overdue");
    await waitFor(() => expect(within(overdue).getByText(ZGH.name)).toBeTruthy(), SLOW);

    expect(
      within(rowOf("加装电梯补贴"))
        .getByText(/剩余 2 个工作日/)
        .getAttribute("data-level"),
    ).toBe("warning");
    const uncovered = rowOf("春节后办理的信件");
    expect(
      within(uncovered)
        .getByText(/剩余 9 个工作日/)
        .getAttribute("data-level"),
    ).toBe("ok");
    expect(within(uncovered).getByLabelText("工作日历未覆盖")).toBeTruthy();
    expect(within(rowOf("加装电梯补贴")).queryByLabelText("工作日历未覆盖")).toBeNull();
    expect(within(rowOf("刚收到的信件")).getByText("受理后计时")).toBeTruthy();
    expect(within(rowOf("刚收到的信件")).getByText("待分办")).toBeTruthy();
    expect(within(rowOf("刚收到的信件")).getByText(HELD_LABEL)).toBeTruthy();
    expect(within(rowOf("加装电梯补贴")).queryByText(HELD_LABEL)).toBeNull();
    const onTime = rowOf("按期答复的信件");
    expect(
      within(onTime)
        .getByText(/已按期答复/)
        .getAttribute("data-level"),
    ).toBe("ok");
    expect(within(onTime).queryByText(/剩余|逾期/)).toBeNull();
    expect(
      within(rowOf("超期答复的信件"))
        .getByText(/超期 3 个工作日答复/)
        .getAttribute("data-level"),
    ).toBe("overdue");

    expect(screen.getByText("共 25 封")).toBeTruthy();
    fireEvent.click(screen.getByTitle("2"));
    await screen.findByText("第二页的信件", undefined, SLOW);
  });

  it("sends status, overdue, keyword, category and submission dates to the server and pages there", async () => {
    const l4 = PAGE_ONE[3] as ReturnType<typeof letterRow>;
    const l1 = PAGE_ONE[0] as ReturnType<typeof letterRow>;
    renderList([
      lettersMock({ filter: null, first: 20, offset: 0 }, PAGE_ONE, 4),
      lettersMock({ filter: { status: ["RECEIVED"] }, first: 20, offset: 0 }, [l4], 1),
      lettersMock({ filter: { status: ["RECEIVED"], overdue: true }, first: 20, offset: 0 }, [], 0),
      lettersMock({ filter: { overdue: true }, first: 20, offset: 0 }, [l1], 41),
      lettersMock(
        { filter: { overdue: true }, first: 20, offset: 40 },
        [letterRow("l41", "第三页的逾期信件")],
        41,
      ),
      lettersMock({ filter: { overdue: true, keyword: "路灯" }, first: 20, offset: 0 }, [l1], 1),
      lettersMock(
        { filter: { overdue: true, keyword: "路灯", category: "城市管理" }, first: 20, offset: 0 },
        [l1],
        1,
      ),
    ]);
    await screen.findByText("路灯长期不亮", undefined, SLOW);

    fireEvent.mouseDown(screen.getByLabelText("状态"));
    fireEvent.click(await screen.findByTitle("待分办", undefined, SLOW));
    await waitFor(() => expect(screen.queryByText("路灯长期不亮")).toBeNull(), SLOW);
    await screen.findByText("刚收到的信件", undefined, SLOW);
    expect(screen.getByText("共 1 封")).toBeTruthy();

    // 只看逾期 on top of 待分办: the server finds none.
    fireEvent.click(screen.getByLabelText("只看逾期"));
    await waitFor(() => expect(screen.queryByText("刚收到的信件")).toBeNull(), SLOW);
    expect(within(screen.getByRole("table")).queryAllByRole("link")).toHaveLength(0);

    // Without the status: 41 overdue letters on the server, paged there (page 3 asks for offset 40).
    fireEvent.mouseDown(screen.getByLabelText("状态"));
    const option = document.querySelector('.ant-select-item-option[title="待分办"]');
    expect(option).toBeTruthy();
    fireEvent.click(option as Element);
    await screen.findByText("路灯长期不亮", undefined, SLOW);
    expect(screen.getByText("共 41 封")).toBeTruthy();
    fireEvent.click(screen.getByTitle("3"));
    await screen.findByText("第三页的逾期信件", undefined, SLOW);

    // The keyword and the category go to the server when searched, and start again at page 1.
    fireEvent.change(screen.getByLabelText("关键词"), { target: { value: " 路灯 " } });
    fireEvent.keyDown(screen.getByLabelText("关键词"), { key: "Enter", code: "Enter", keyCode: 13 });
    await screen.findByText("路灯长期不亮", undefined, SLOW);
    expect(screen.getByText("共 1 封")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("类别"), { target: { value: "城市管理" } });
    fireEvent.keyDown(screen.getByLabelText("类别"), { key: "Enter", code: "Enter", keyCode: 13 });
    await screen.findByText("路灯长期不亮", undefined, SLOW);
  });
});

describe("toLetterFilter", () => {
  it("sends only what is chosen, trimmed, with the dates as YYYY-MM-DD", () => {
    expect(toLetterFilter({})).toBeNull();
    expect(toLetterFilter({ status: [], keyword: "  ", category: "" })).toBeNull();
    expect(
      toLetterFilter({
        status: ["HANDLING"],
        mailboxId: "mb-1",
        overdue: true,
        keyword: " 电梯 ",
        category: "城市建设",
        submitted: [dayjs("2025-03-01"), dayjs("2025-03-31")],
      }),
    ).toEqual({
      status: ["HANDLING"],
      mailboxId: "mb-1",
      overdue: true,
      keyword: "电梯",
      category: "城市建设",
      submittedFrom: "2025-03-01",
      submittedTo: "2025-03-31",
    });
    expect(toLetterFilter({ submitted: [null, dayjs("2025-03-31")] })).toEqual({ submittedTo: "2025-03-31" });
  });
});
