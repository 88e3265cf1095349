// @vitest-environment jsdom
import "#test/setup";
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "antd";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { MeContext } from "#app/me";
import { LetterHotTopicsDocument } from "../../graphql/letterHotTopics";
import { letterRow, staff, tn, unitsMock, ZGH } from "../../testing/fixtures";
import { LetterHotTopicsPage } from ".";

const SLOW = { timeout: 5_000 };

const topic = (label: string, keywords: string[], letters: ReturnType<typeof letterRow>[]) =>
  tn("LetterHotTopic", {
    label,
    keywords,
    count: letters.length,
    sampleTitles: letters.map((letter) => letter.title),
    // 2026-11-02 01:00 and 2026-11-20 18:00 UTC are 11-02 and 11-21 in Shanghai.
    first: "2026-11-02T01:00:00.000Z",
    last: "2026-11-20T18:00:00.000Z",
    letters,
  });

const ELEVATOR = topic(
  "小区加装电梯补贴怎么申请",
  ["加装电梯", "补贴"],
  [
    letterRow("l1", "小区加装电梯补贴怎么申请"),
    letterRow("l2", "加装电梯补贴申请流程", { status: "RECEIVED" }),
    letterRow("l3", "老旧小区电梯补贴"),
  ],
);
const LIGHTS = topic(
  "路灯长期不亮",
  ["路灯"],
  [letterRow("l4", "路灯长期不亮"), letterRow("l5", "小区路灯坏了"), letterRow("l6", "路灯夜间不亮")].map(
    (letter) => ({ ...letter, ownerUnitId: ZGH.id }),
  ),
);
const PARKING = topic("停车难", ["停车"], [letterRow("l7", "停车难"), letterRow("l8", "停车位不足")]);

const topicsMock = (
  days: number,
  minSize: number,
  topics: ReturnType<typeof topic>[],
  result?: MockLink.MockedResponse["result"],
): MockLink.MockedResponse => ({
  request: { query: LetterHotTopicsDocument, variables: { days, minSize } },
  result: result ?? { data: { letterHotTopics: topics } },
  maxUsageCount: 5,
});

function renderPage(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={[unitsMock, ...mocks]}>
      <App>
        <MeContext.Provider value={staff([{ actions: ["letter.supervise"] }])}>
          <MemoryRouter>
            <LetterHotTopicsPage />
          </MemoryRouter>
        </MeContext.Provider>
      </App>
    </MockedProvider>,
  );
}

/** The topic rows of the table (not the expanded letter rows), by their 主题 cell. */
function topicLabels(): string[] {
  const table = screen.getByLabelText("热点问题");
  return Array.from(table.querySelectorAll("tbody > tr.ant-table-row-level-0")).map(
    (row) => row.querySelectorAll("td")[1]?.textContent ?? "",
  );
}

describe("热点问题", () => {
  it("charts and lists the topics of the last 30 days, and shows a topic's letters on expanding", async () => {
    renderPage([topicsMock(30, 3, [ELEVATOR, LIGHTS])]);
    await waitFor(() => expect(topicLabels()).toEqual(["小区加装电梯补贴怎么申请", "路灯长期不亮"]), SLOW);
    const chart = screen.getByRole("figure", { name: "热点问题信件数" });
    expect(within(chart).getByLabelText("小区加装电梯补贴怎么申请：3 封")).toBeTruthy();
    expect(within(chart).getByLabelText("路灯长期不亮：3 封")).toBeTruthy();
    const table = screen.getByLabelText("热点问题");
    expect(within(table).getByText("加装电梯")).toBeTruthy();
    expect(within(table).getAllByText("2026-11-02 / 2026-11-21")).toHaveLength(2);

    fireEvent.click(table.querySelector(".ant-table-row-expand-icon") as HTMLElement);
    const letters = await screen.findByLabelText("主题信件", undefined, SLOW);
    expect(within(letters).getByRole("link", { name: "加装电梯补贴申请流程" }).getAttribute("href")).toBe(
      "/letters/l2",
    );
    expect(within(letters).getByText("待分办")).toBeTruthy();
    await waitFor(() => expect(within(letters).getAllByText("市总工会")).toHaveLength(3), SLOW);
  });

  it("asks again with the new period and the new minimum size", async () => {
    const ninety = vi.fn(() => ({ data: { letterHotTopics: [ELEVATOR, LIGHTS, PARKING] } }));
    const smaller = vi.fn(() => ({ data: { letterHotTopics: [ELEVATOR, LIGHTS, PARKING] } }));
    renderPage([
      topicsMock(30, 3, [ELEVATOR]),
      topicsMock(90, 3, [], ninety),
      topicsMock(90, 2, [], smaller),
    ]);
    await waitFor(() => expect(topicLabels()).toEqual(["小区加装电梯补贴怎么申请"]), SLOW);

    fireEvent.click(screen.getByText("近90天"));
    await waitFor(() => expect(ninety).toHaveBeenCalled(), SLOW);
    await waitFor(() => expect(topicLabels()).toHaveLength(3), SLOW);
    expect(screen.getByText(/近 90 天可见范围内的来信/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText("最少信件数"), { target: { value: "2" } });
    await waitFor(() => expect(smaller).toHaveBeenCalled(), SLOW);
    expect(topicLabels()).toContain("停车难");
  });

  it("says so when no topic reaches the minimum size", async () => {
    renderPage([topicsMock(30, 3, [])]);
    expect(await screen.findByText("暂无热点问题", undefined, SLOW)).toBeTruthy();
    expect(screen.getByText("近 30 天没有达到 3 封的热点问题")).toBeTruthy();
  });
});
