// @vitest-environment jsdom
import "#test/setup";
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "antd";
import { describe, expect, it } from "vitest";
import type { CalendarDayKind } from "#gql/graphql";
import { monthWeeks } from "../../components/calendarGrid";
import { CalendarYearDocument } from "../../graphql/calendarYear";
import { SetCalendarDayDocument } from "../../graphql/setCalendarDay";
import { SetCalendarYearCoveredDocument } from "../../graphql/setCalendarYearCovered";
import { CalendarPage } from ".";

const SLOW = { timeout: 5_000 };

const day = (date: string, kind: CalendarDayKind, name: string, source = "chinese-days") => ({
  __typename: "CalendarDay" as const,
  date,
  kind,
  name,
  source,
});

const yearData = (year: number, covered: boolean, days: ReturnType<typeof day>[]) => ({
  __typename: "CalendarYear" as const,
  year,
  covered,
  days,
});

const yearMock = (
  year: number,
  covered: boolean,
  days: ReturnType<typeof day>[],
): MockLink.MockedResponse => ({
  request: { query: CalendarYearDocument, variables: { year } },
  result: { data: { calendarYear: yearData(year, covered, days) } },
});

const NATIONAL_DAY = [
  day("2026-10-01", "HOLIDAY", "国庆节"),
  day("2026-10-02", "HOLIDAY", "国庆节"),
  day("2026-10-10", "MAKEUP_WORKDAY", "国庆节"),
];

function renderCalendar(year: number, mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <App>
        <CalendarPage initialYear={year} />
      </App>
    </MockedProvider>,
  );
}

// Day buttons are found by aria-label: role queries over ~400 of them are slow under jsdom.
describe("工作日历", () => {
  it("lays out months Monday first", () => {
    // 1 October 2026 is a Thursday.
    const [first] = monthWeeks(2026, 9, new Map());
    expect(first?.slice(0, 3)).toEqual([null, null, null]);
    expect(first?.[3]?.date).toBe("2026-10-01");
    expect(first?.[5]?.kind).toBe("WEEKEND");
  });

  it("colours holidays, make-up workdays and weekends, and changes a day's kind and name", async () => {
    let sent: unknown = null;
    renderCalendar(2026, [
      yearMock(2026, true, NATIONAL_DAY),
      {
        request: {
          query: SetCalendarDayDocument,
          variables: { input: { date: "2026-10-09", kind: "HOLIDAY", name: "临时调整" } },
        },
        result: (variables) => {
          sent = variables;
          return { data: { setCalendarDay: day("2026-10-09", "HOLIDAY", "临时调整", "admin") } };
        },
      },
      yearMock(2026, true, [...NATIONAL_DAY, day("2026-10-09", "HOLIDAY", "临时调整", "admin")]),
    ]);
    const october = await screen.findByLabelText("2026 年 10 月", undefined, SLOW);
    expect(within(october).getByLabelText("2026-10-01 节假日 国庆节").dataset.kind).toBe("HOLIDAY");
    expect(within(october).getByLabelText("2026-10-10 调休上班 国庆节").dataset.kind).toBe("MAKEUP_WORKDAY");
    expect(within(october).getByLabelText("2026-10-11 休息日").dataset.kind).toBe("WEEKEND");
    expect(screen.queryByText(/尚未录入/)).toBeNull();
    expect(screen.getByText("2026 年已录入")).toBeTruthy();

    fireEvent.click(within(october).getByLabelText("2026-10-09 工作日"));
    const dialog = await waitFor(() => {
      const heading = screen.getByText("设置 2026-10-09");
      return heading.closest('[role="dialog"]') as HTMLElement;
    }, SLOW);
    fireEvent.click(within(dialog).getByLabelText("节假日"));
    fireEvent.change(within(dialog).getByLabelText("名称"), { target: { value: "临时调整" } });
    fireEvent.click(within(dialog).getByRole("button", { name: /保\s*存/ }));
    await waitFor(
      () => expect(sent).toEqual({ input: { date: "2026-10-09", kind: "HOLIDAY", name: "临时调整" } }),
      SLOW,
    );
    await screen.findByLabelText("2026-10-09 节假日 临时调整", undefined, SLOW);
  });

  it("warns about an uncovered year and marks it covered", async () => {
    let sent: unknown = null;
    renderCalendar(2027, [
      yearMock(2027, false, []),
      {
        request: { query: SetCalendarYearCoveredDocument, variables: { year: 2027, covered: true } },
        result: (variables) => {
          sent = variables;
          return { data: { setCalendarYearCovered: yearData(2027, true, []) } };
        },
      },
      yearMock(2027, true, []),
    ]);
    expect(await screen.findByText("2027 年的节假日和调休安排尚未录入", undefined, SLOW)).toBeTruthy();
    fireEvent.click(screen.getByText("标记该年已录入").closest("button") as HTMLElement);
    await waitFor(() => expect(sent).toEqual({ year: 2027, covered: true }), SLOW);
    await screen.findByText("2027 年已录入", undefined, SLOW);
    expect(screen.queryByText("2027 年的节假日和调休安排尚未录入")).toBeNull();
  });
});
