// @vitest-environment jsdom
import "#test/setup";
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "antd";
import { describe, expect, it } from "vitest";
import { AuditDailyCountsDocument } from "../../graphql/auditDailyCounts";
import { AuditLogDocument } from "../../graphql/auditLog";
import { AUDIT_PAGE_SIZE, AuditPage } from ".";

const XSS = "<img src=x onerror=alert(1)>";

const entry = (id: string, values: Record<string, unknown>) => ({
  __typename: "AuditEntry" as const,
  id,
  type: "site.created",
  actorKind: "staff",
  actorId: "user-1",
  actorName: "王管理",
  actorRoles: ["platform_admin@city"],
  actorIp: "10.1.2.3",
  siteId: "site-1",
  site: { __typename: "Site" as const, id: "site-1", name: "市总工会网站" },
  unitId: "unit-1",
  unit: { __typename: "Unit" as const, id: "unit-1", name: "市总工会" },
  aggregateType: "site",
  aggregateId: "site-1",
  payload: {},
  occurredAt: "2025-03-01T16:05:09.000Z",
  ...values,
});

const logMock = {
  request: { query: AuditLogDocument, variables: { filter: null, offset: 0, limit: AUDIT_PAGE_SIZE } },
  result: {
    data: {
      auditLog: {
        __typename: "AuditLogPage" as const,
        total: 4,
        items: [
          entry("1", { payload: { site: { name: XSS } } }),
          entry("2", {
            type: "custom.thing_happened",
            actorKind: "anonymous",
            actorId: null,
            actorName: "guest",
            actorRoles: [],
            siteId: null,
            site: null,
            unitId: null,
            unit: null,
            actorIp: null,
          }),
          entry("3", {
            type: "auth.login_succeeded",
            actorName: "李编辑",
            actorRoles: [],
            siteId: null,
            site: null,
            unitId: null,
            unit: null,
            aggregateType: "user",
            aggregateId: "user-3",
          }),
          entry("4", {
            type: "channel.created",
            actorName: "张编辑",
            actorRoles: ["editor@unit:unit-1"],
          }),
        ],
      },
    },
  },
};

const dayCount = (total: number) => ({ __typename: "AuditLogPage" as const, total });
const dailyMock = {
  request: {
    query: AuditDailyCountsDocument,
    variables: (variables: Record<string, { from?: string; to?: string; type?: string | null }>) =>
      Object.keys(variables).length === 14 && Object.values(variables).every((day) => day.from && day.to),
  },
  result: {
    data: Object.fromEntries(
      Array.from({ length: 14 }, (_, index) => [`d${index}`, dayCount(index === 13 ? 7 : 1)]),
    ),
  },
};

function renderAudit() {
  return render(
    <MockedProvider mocks={[logMock, dailyMock]}>
      <App>
        <AuditPage />
      </App>
    </MockedProvider>,
  );
}

describe("audit page", () => {
  it("lists entries in Beijing time with Chinese action names, actor kinds and raw unknown types", async () => {
    renderAudit();
    expect(await screen.findByText("新建站点")).toBeTruthy();
    expect(screen.getAllByText("2025-03-02 00:05:09")).toHaveLength(4);
    expect(screen.getByText("王管理")).toBeTruthy();
    expect(screen.getByText("匿名")).toBeTruthy();
    expect(screen.getByText("系统管理员（全市）")).toBeTruthy();
    expect(screen.getByText("编辑（市总工会）")).toBeTruthy();
    expect(screen.getByText("custom.thing_happened")).toBeTruthy();
    expect(screen.getAllByText("10.1.2.3")).toHaveLength(3);
    // Names, not ids, for the site and unit.
    expect(screen.getAllByText("站点：市总工会网站")).toHaveLength(2);
    expect(screen.getAllByText("单位：市总工会")).toHaveLength(2);
    expect(screen.queryByText("站点：site-1")).toBeNull();
    expect(screen.getByText("共 4 条")).toBeTruthy();
    const chart = await screen.findByRole("img", { name: "近 14 天每日事件数，共 20 条" });
    expect(chart.querySelectorAll("rect")).toHaveLength(14);
    expect(document.title).toBe("审计日志 - 集约管理后台");
  });

  it("shows the actor kind for a login event and a dash only when there is no role at all", async () => {
    renderAudit();
    await screen.findByText("登录成功");
    const login = screen.getByText("李编辑").closest("tr");
    const custom = screen.getByText("guest").closest("tr");
    if (!login || !custom) throw new Error("rows missing");
    // Actor column tag plus the role column.
    expect(within(login).getAllByText("工作人员")).toHaveLength(2);
    // "—" only for the missing site/unit of the login; the other row also lacks roles and an IP.
    expect(within(login).getAllByText("—")).toHaveLength(1);
    expect(within(custom).getAllByText("—")).toHaveLength(3);
  });

  it("shows a payload containing markup as escaped JSON text in the expanded row", async () => {
    const { container } = renderAudit();
    await screen.findByText("新建站点");
    const [expand] = screen.getAllByRole("button", { name: /expand row|展开行/i });
    if (!expand) throw new Error("no expand button");
    fireEvent.click(expand);
    const payload = await screen.findByLabelText("事件内容");
    expect(payload.textContent).toContain(`"name": "${XSS}"`);
    expect(within(payload).queryByRole("img")).toBeNull();
    expect(container.querySelector("img")).toBeNull();
    expect(payload.innerHTML).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});
