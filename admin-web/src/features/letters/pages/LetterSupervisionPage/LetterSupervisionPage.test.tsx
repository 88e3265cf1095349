// @vitest-environment jsdom
import "#test/setup";
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "antd";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { MeContext } from "#app/me";
import type { LetterFilter } from "#gql/graphql";
import { LetterSupervisionSettingsDocument } from "../../graphql/letterSupervisionSettings";
import { SupervisedLettersDocument } from "../../graphql/supervisedLetters";
import { SuperviseLetterDocument } from "../../graphql/superviseLetter";
import { deadline, letterRow, staff, unitsMock } from "../../testing/fixtures";
import { LetterSupervisionPage, supervisionFilter } from ".";

const SLOW = { timeout: 5_000 };

const supervision = (
  overrides: Partial<{ overdue: boolean; dueSoon: boolean; supervisedCount: number }> = {},
) => ({
  __typename: "LetterSupervisionState" as const,
  overdue: true,
  dueSoon: false,
  supervisedCount: 0,
  lastRemindedAt: null as string | null,
  ...overrides,
});
const row = (id: string, title: string, state: ReturnType<typeof supervision>, remaining: number) => ({
  ...letterRow(id, title, { deadline: deadline(remaining) }),
  supervision: state,
});

const listMock = (filter: LetterFilter, nodes: ReturnType<typeof row>[]): MockLink.MockedResponse => ({
  request: { query: SupervisedLettersDocument, variables: { filter, first: 20, offset: 0 } },
  result: { data: { letters: { __typename: "LetterConnection", totalCount: nodes.length, nodes } } },
  maxUsageCount: 5,
});
const settingsMock: MockLink.MockedResponse = {
  request: { query: LetterSupervisionSettingsDocument },
  result: {
    data: {
      letterSupervisionSettings: {
        __typename: "LetterSupervisionSettings",
        warnWorkdays: 3,
        reminderHours: "09:00-17:30",
      },
    },
  },
  maxUsageCount: 5,
};

describe("信件督办", () => {
  it("lists overdue letters, then soon-due ones within the warning period", async () => {
    render(
      <MockedProvider
        mocks={[
          unitsMock,
          settingsMock,
          listMock({ overdue: true }, [
            row(
              "l1",
              "路灯长期不亮",
              { ...supervision({ supervisedCount: 2 }), lastRemindedAt: "2026-12-01T02:00:00.000Z" },
              -4,
            ),
          ]),
          listMock({ dueWithinWorkdays: 3 }, [
            row("l2", "加装电梯补贴", supervision({ overdue: false, dueSoon: true }), 2),
          ]),
        ]}
      >
        <App>
          <MeContext.Provider value={staff([{ actions: ["letter.supervise"] }])}>
            <MemoryRouter>
              <LetterSupervisionPage />
            </MemoryRouter>
          </MeContext.Provider>
        </App>
      </MockedProvider>,
    );
    const overdue = (await screen.findByText("路灯长期不亮", undefined, SLOW)).closest("tr") as HTMLElement;
    expect(within(overdue).getByText(/逾期 4 个工作日/)).toBeTruthy();
    expect(within(overdue).getByText("督办 2 次，最近催办 2026-12-01 10:00")).toBeTruthy();
    expect(await screen.findByText(/到期前 3 个工作日起列为临期/, undefined, SLOW)).toBeTruthy();

    fireEvent.click(screen.getByText("临期"));
    await screen.findByText("加装电梯补贴", undefined, SLOW);
    expect(screen.queryByText("路灯长期不亮")).toBeNull();
  });

  it("urges a letter with a comment, which is required", async () => {
    const comment = "请于三个工作日内办结";
    let sent = false;
    render(
      <MockedProvider
        mocks={[
          unitsMock,
          settingsMock,
          listMock({ overdue: true }, [row("l1", "路灯长期不亮", supervision(), -1)]),
          {
            request: { query: SuperviseLetterDocument, variables: { id: "l1", comment } },
            result: () => {
              sent = true;
              return {
                data: {
                  superviseLetter: {
                    __typename: "Letter",
                    id: "l1",
                    supervision: supervision({ supervisedCount: 1 }),
                    timeline: [],
                  },
                },
              };
            },
          },
        ]}
      >
        <App>
          <MeContext.Provider value={staff([{ actions: ["letter.supervise"] }])}>
            <MemoryRouter>
              <LetterSupervisionPage />
            </MemoryRouter>
          </MeContext.Provider>
        </App>
      </MockedProvider>,
    );
    fireEvent.click(await screen.findByRole("button", { name: "督办：路灯长期不亮" }, SLOW));
    const dialog = await screen.findByRole("dialog", undefined, SLOW);
    fireEvent.click(within(dialog).getByRole("button", { name: "发出督办" }));
    expect(await within(dialog).findByText("请填写督办意见", undefined, SLOW)).toBeTruthy();
    expect(sent).toBe(false);
    fireEvent.change(within(dialog).getByLabelText("督办意见"), { target: { value: comment } });
    fireEvent.click(within(dialog).getByRole("button", { name: "发出督办" }));
    await waitFor(() => expect(sent).toBe(true), SLOW);
    expect(await screen.findByText("已督办，承办单位将收到督办意见", undefined, SLOW)).toBeTruthy();
  });
});

describe("supervisionFilter", () => {
  it("asks for overdue letters, or those due within the warning period", () => {
    expect(supervisionFilter("overdue", 3)).toEqual({ overdue: true });
    expect(supervisionFilter("dueSoon", 3)).toEqual({ dueWithinWorkdays: 3 });
  });
});
