// @vitest-environment jsdom
import "#test/setup";
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "antd";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import type { MeContextValue } from "#app/me";
import type { LetterStatus } from "#gql/graphql";
import { LetterSimilarLettersDocument } from "../graphql/letterSimilarLetters";
import { MergeLettersDocument } from "../graphql/mergeLetters";
import { FL, letterDetail, staff, tn, XCB, ZGH } from "../testing/fixtures";
import { SimilarLettersCard } from "./SimilarLettersCard";

const SLOW = { timeout: 5_000 };

const similar = (
  id: string,
  title: string,
  similarity: number,
  extra: { status?: LetterStatus; mailboxUnitId?: string; mergedInto?: string } = {},
) =>
  tn("SimilarLetter", {
    similarity,
    letter: tn("Letter", {
      id,
      title,
      status: extra.status ?? "RECEIVED",
      createdAt: "2026-09-02T02:00:00.000Z",
      mailbox: tn("Mailbox", { id: `mb-${id}`, unitId: extra.mailboxUnitId ?? XCB.id }),
      mergedInto: extra.mergedInto ? tn("Letter", { id: extra.mergedInto }) : null,
    }),
  });

const CANDIDATES = [
  similar("l2", "加装电梯补贴申请流程咨询", 0.874),
  similar("l3", "老旧小区电梯加装补贴", 0.61, { status: "HANDLING" }),
  similar("l4", "电梯补贴何时发放", 0.55, { status: "REPLIED" }),
  similar("l5", "加装电梯补贴标准", 0.52, { status: "MERGED", mergedInto: "letter-1" }),
];

const similarMock = (list: ReturnType<typeof similar>[]): MockLink.MockedResponse => ({
  request: { query: LetterSimilarLettersDocument, variables: { id: "letter-1" } },
  result: { data: { letter: tn("Letter", { id: "letter-1", similarLetters: list }) } },
  maxUsageCount: 5,
});

function renderCard(me: MeContextValue, mocks: MockLink.MockedResponse[], status: LetterStatus = "HANDLING") {
  const letter = letterDetail({ status });
  return render(
    <MockedProvider mocks={mocks}>
      <App>
        <MemoryRouter>
          <SimilarLettersCard letter={letter} access={me.access} />
        </MemoryRouter>
      </App>
    </MockedProvider>,
  );
}

describe("相似信件", () => {
  it("lists similar letters with similarity, status and a link, and merges the checked ones with the comment", async () => {
    const merged = vi.fn(() => ({
      data: {
        mergeLetters: letterDetail({
          mergedLetters: [
            tn("Letter", {
              id: "l3",
              title: "老旧小区电梯加装补贴",
              status: "MERGED" as const,
              createdAt: "2026-09-02T02:00:00.000Z",
            }),
          ],
        }),
      },
    }));
    renderCard(staff([{ actions: ["letter.handle"], unit: ZGH }]), [
      similarMock(CANDIDATES),
      {
        request: {
          query: MergeLettersDocument,
          variables: { primaryId: "letter-1", duplicateIds: ["l3"], comment: "同一小区同一诉求" },
        },
        result: merged,
      },
    ]);
    const link = await screen.findByRole("link", { name: "加装电梯补贴申请流程咨询" }, SLOW);
    expect(link.getAttribute("href")).toBe("/letters/l2");
    expect(screen.getByText("相似度 87%")).toBeTruthy();
    expect(screen.getByText("相似度 61%")).toBeTruthy();
    // Near-copies are marked; a related letter in other words is listed without the mark.
    const marked = screen.getAllByText("疑似重复");
    expect(marked).toHaveLength(1);
    expect(marked[0]?.closest("li")?.textContent).toContain("加装电梯补贴申请流程咨询");
    expect(screen.getByText("已答复")).toBeTruthy();
    expect(screen.getByText("已并入本件")).toBeTruthy();
    // Answered letters and those already merged cannot be merged (again).
    const box = (title: string) => screen.getByLabelText(`选择：${title}`) as HTMLInputElement;
    expect(box("电梯补贴何时发放").disabled).toBe(true);
    expect(box("加装电梯补贴标准").disabled).toBe(true);
    const button = screen.getByRole("button", { name: "合并办理" }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);

    fireEvent.click(box("老旧小区电梯加装补贴"));
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    const dialog = await screen.findByRole("dialog", undefined, SLOW);
    expect(
      within(within(dialog).getByLabelText("将并入的信件")).getByText("老旧小区电梯加装补贴"),
    ).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText("说明"), { target: { value: "同一小区同一诉求" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "合并办理" }));
    expect(await screen.findByText("已将 1 封信件并入本件合并办理", undefined, SLOW)).toBeTruthy();
    expect(merged).toHaveBeenCalledTimes(1);
  });

  it("offers no merging to a handler of another unit, or before the letter is accepted", async () => {
    const { unmount } = renderCard(staff([{ actions: ["letter.handle"], unit: FL }]), [
      similarMock(CANDIDATES),
    ]);
    await screen.findByText("加装电梯补贴申请流程咨询", undefined, SLOW);
    expect(screen.queryByRole("button", { name: "合并办理" })).toBeNull();
    expect(screen.queryByLabelText("选择：加装电梯补贴申请流程咨询")).toBeNull();
    unmount();

    renderCard(staff([{ actions: ["letter.dispatch"], unit: XCB }]), [similarMock(CANDIDATES)], "RECEIVED");
    await screen.findByText("加装电梯补贴申请流程咨询", undefined, SLOW);
    expect(screen.queryByRole("button", { name: "合并办理" })).toBeNull();
    expect(screen.getByText(/本信件受理后，可将尚未答复的相似信件并入本件合并办理/)).toBeTruthy();
  });

  it("lets a dispatcher merge only letters of mailboxes they dispatch for", async () => {
    renderCard(staff([{ actions: ["letter.dispatch"], unit: XCB }]), [
      similarMock([
        similar("l2", "加装电梯补贴申请流程咨询", 0.874),
        similar("l6", "妇联信箱里的电梯补贴咨询", 0.7, { mailboxUnitId: FL.id }),
      ]),
    ]);
    await screen.findByText("妇联信箱里的电梯补贴咨询", undefined, SLOW);
    await waitFor(() =>
      expect((screen.getByLabelText("选择：妇联信箱里的电梯补贴咨询") as HTMLInputElement).disabled).toBe(
        true,
      ),
    );
    expect((screen.getByLabelText("选择：加装电梯补贴申请流程咨询") as HTMLInputElement).disabled).toBe(
      false,
    );
  });

  it("says so when there are no similar letters", async () => {
    renderCard(staff([{ actions: ["letter.handle"], unit: ZGH }]), [similarMock([])]);
    expect(await screen.findByText("近期没有相似信件", undefined, SLOW)).toBeTruthy();
  });
});
