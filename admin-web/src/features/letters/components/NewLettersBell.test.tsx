// @vitest-environment jsdom
import "#test/setup";
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "antd";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { MeContext, type MeContextValue } from "#app/me";
import { MyNewLettersDocument } from "../graphql/myNewLetters";
import { staff, tn, ZGH } from "../testing/fixtures";
import { NewLettersBell } from "./NewLettersBell";

const SLOW = { timeout: 5_000 };

const newLetter = (id: string, title: string, createdAt: string) =>
  tn("Letter", { id, title, createdAt, mailbox: tn("Mailbox", { id: "mb-1", name: "主席信箱" }) });

const inboxMock = (result: MockLink.MockedResponse["result"]): MockLink.MockedResponse => ({
  request: { query: MyNewLettersDocument, variables: { limit: 10 } },
  result,
  maxUsageCount: 5,
});

function renderBell(me: MeContextValue, mocks: MockLink.MockedResponse[] = []) {
  return render(
    <MockedProvider mocks={mocks}>
      <App>
        <MeContext.Provider value={me}>
          <MemoryRouter>
            <NewLettersBell />
          </MemoryRouter>
        </MeContext.Provider>
      </App>
    </MockedProvider>,
  );
}

describe("新来信提醒", () => {
  it("counts the new letters on the bell and lists them, each linking to its letter", async () => {
    renderBell(staff([{ actions: ["letter.dispatch"], unit: ZGH }]), [
      inboxMock(() => ({
        data: {
          myNewLetters: tn("NewLettersInbox", {
            total: 12,
            letters: [
              // 2026-10-09 01:30 UTC is 09:30 in Shanghai.
              newLetter("l2", "劳动合同续签问题", "2026-10-09T01:30:00.000Z"),
              newLetter("l1", "职工食堂价格上涨", "2026-10-08T08:05:00.000Z"),
            ],
          }),
        },
      })),
    ]);
    const bell = await screen.findByRole("button", { name: "新来信提醒，12 封待受理" }, SLOW);
    expect(screen.getByTitle("12")).toBeTruthy();
    fireEvent.click(bell);
    const list = await screen.findByRole("list", { name: "新来信" }, SLOW);
    const links = within(list).getAllByRole("link");
    expect(links.map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["劳动合同续签问题", "/letters/l2"],
      ["职工食堂价格上涨", "/letters/l1"],
    ]);
    expect(list.textContent).toContain("主席信箱 · 2026-10-09 09:30");
    expect(screen.getByText("新来信（12 封待受理）")).toBeTruthy();
    expect(screen.getByText("另有 10 封未列出")).toBeTruthy();
    expect(screen.getByRole("link", { name: "查看全部" }).getAttribute("href")).toBe("/letters");
  });

  it("says so when nothing waits", async () => {
    renderBell(staff([{ actions: ["letter.handle"], unit: ZGH }]), [
      inboxMock(() => ({ data: { myNewLetters: tn("NewLettersInbox", { total: 0, letters: [] }) } })),
    ]);
    fireEvent.click(await screen.findByRole("button", { name: "新来信提醒" }, SLOW));
    expect(await screen.findByText("暂无待受理的新来信", undefined, SLOW)).toBeTruthy();
  });

  it("is absent, and asks nothing, for staff without a letter duty", async () => {
    const asked = vi.fn(() => ({ data: { myNewLetters: tn("NewLettersInbox", { total: 3, letters: [] }) } }));
    renderBell(staff([{ actions: ["article.write", "mailbox.manage"], unit: ZGH }]), [inboxMock(asked)]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole("button", { name: /新来信提醒/ })).toBeNull();
    expect(asked).not.toHaveBeenCalled();
  });
});
