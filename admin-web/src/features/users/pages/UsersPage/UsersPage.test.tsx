// @vitest-environment jsdom
import "#test/setup";
import { MockedProvider } from "@apollo/client/testing/react";
import { render, screen } from "@testing-library/react";
import { App } from "antd";
import { describe, expect, it } from "vitest";
import { computeAccess } from "#app/access";
import { MeContext, type MeContextValue } from "#app/me";
import { UsersDocument } from "../../graphql/users";
import { USERS_PAGE_SIZE, UsersPage } from ".";

const user = (id: string, username: string, displayName: string, isDemo: boolean) => ({
  __typename: "User" as const,
  id,
  username,
  displayName,
  email: null,
  phone: null,
  status: "ACTIVE" as const,
  totpEnabled: false,
  lockedUntil: null,
  lastLoginAt: null,
  isDemo,
  unit: { __typename: "Unit" as const, id: "u1", name: "市总工会" },
  roles: [
    {
      __typename: "RoleAssignment" as const,
      id: `a-${id}`,
      role: { __typename: "Role" as const, code: "editor", name: "编辑" },
      unit: { __typename: "Unit" as const, id: "u1", name: "市总工会" },
      site: null,
    },
  ],
});

const usersMock = {
  request: { query: UsersDocument, variables: { filter: null, offset: 0, limit: USERS_PAGE_SIZE } },
  result: {
    data: {
      users: {
        __typename: "UserPage" as const,
        total: 2,
        items: [user("1", "zhangsan", "张三", true), user("2", "lisi", "李四", false)],
      },
    },
  },
};

function renderUsers(actions: string[]) {
  const value: MeContextValue = {
    me: null,
    access: computeAccess([{ actions, unit: { id: "u1" } }]),
    loading: false,
    currentSiteId: null,
    setCurrentSiteId: () => {},
    refetch: async () => undefined,
  };
  return render(
    <MockedProvider mocks={[usersMock]}>
      <App>
        <MeContext.Provider value={value}>
          <UsersPage />
        </MeContext.Provider>
      </App>
    </MockedProvider>,
  );
}

describe("users page", () => {
  it("lists the users with their roles and marks demo rows, without a create button for readers", async () => {
    renderUsers(["user.read"]);
    expect(await screen.findByText("张三")).toBeTruthy();
    expect(screen.getByText("李四")).toBeTruthy();
    expect(screen.getAllByText("示例数据")).toHaveLength(1);
    expect(screen.getAllByText("编辑 · 单位：市总工会")).toHaveLength(2);
    expect(screen.queryByRole("button", { name: "新建用户" })).toBeNull();
    expect(screen.queryByRole("button", { name: "重置密码" })).toBeNull();
    expect(document.title).toBe("用户管理 - 集约管理后台");
  });

  it("offers create and reset password with user.manage", async () => {
    renderUsers(["user.read", "user.manage"]);
    expect(await screen.findByText("张三")).toBeTruthy();
    expect(screen.getByRole("button", { name: "新建用户" })).toBeTruthy();
    expect(screen.getAllByRole("button", { name: "重置密码" })).toHaveLength(2);
  });
});
