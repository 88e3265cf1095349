// @vitest-environment jsdom
import "#test/setup";
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "antd";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import type { MeContextValue } from "#app/me";
import { UnmergeLetterDocument } from "../graphql/unmergeLetter";
import { FL, letterDetail, staff, tn, XCB, ZGH } from "../testing/fixtures";
import { MergedIntoAlert } from "./MergedIntoAlert";

const SLOW = { timeout: 5_000 };

const mergedLetter = () =>
  letterDetail({
    id: "letter-2",
    status: "MERGED",
    mergedInto: tn("Letter", {
      id: "letter-1",
      title: "小区加装电梯补贴怎么申请",
      mailbox: tn("Mailbox", { id: "mb-1", unitId: XCB.id }),
    }),
  });

function renderAlert(
  me: MeContextValue,
  letter: ReturnType<typeof letterDetail>,
  mocks: MockLink.MockedResponse[] = [],
) {
  return render(
    <MockedProvider mocks={mocks}>
      <App>
        <MemoryRouter>
          <MergedIntoAlert letter={letter} access={me.access} />
        </MemoryRouter>
      </App>
    </MockedProvider>,
  );
}

describe("已并入其他信件", () => {
  it("links the primary and lets the primary's handler unmerge with a comment", async () => {
    const unmerged = vi.fn(() => ({
      data: { unmergeLetter: letterDetail({ id: "letter-2", status: "HANDLING", mergedInto: null }) },
    }));
    renderAlert(staff([{ actions: ["letter.handle"], unit: ZGH }]), mergedLetter(), [
      {
        request: { query: UnmergeLetterDocument, variables: { id: "letter-2", comment: "并非同一诉求" } },
        result: unmerged,
      },
    ]);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("本信件已并入");
    expect(alert.textContent).toContain("合并办理");
    expect(
      within(alert).getByRole("link", { name: "《小区加装电梯补贴怎么申请》" }).getAttribute("href"),
    ).toBe("/letters/letter-1");
    fireEvent.click(within(alert).getByRole("button", { name: "取消合并" }));
    const dialog = await screen.findByRole("dialog", undefined, SLOW);
    fireEvent.change(within(dialog).getByLabelText("说明"), { target: { value: "并非同一诉求" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "取消合并" }));
    expect(
      await screen.findByText("已取消合并，信件恢复为合并前的状态和承办单位", undefined, SLOW),
    ).toBeTruthy();
    expect(unmerged).toHaveBeenCalledTimes(1);
  });

  it("offers no unmerging to others, nor once the primary's reply is out; says nothing for a letter never merged", async () => {
    const { unmount } = renderAlert(staff([{ actions: ["letter.handle"], unit: FL }]), mergedLetter());
    expect(screen.getByRole("alert").textContent).toContain("本信件已并入");
    expect(screen.queryByRole("button", { name: "取消合并" })).toBeNull();
    unmount();

    const replied = renderAlert(staff([{ actions: ["letter.handle"], unit: ZGH }]), {
      ...mergedLetter(),
      status: "REPLIED",
    });
    expect(screen.getByRole("alert").textContent).toContain("主信件的答复已发布");
    expect(screen.queryByRole("button", { name: "取消合并" })).toBeNull();
    replied.unmount();

    renderAlert(staff([{ actions: ["letter.handle"], unit: ZGH }]), letterDetail());
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
