// @vitest-environment jsdom
import "#test/setup";
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "antd";
import { describe, expect, it } from "vitest";
import { SecurityPolicyDocument } from "../../graphql/securityPolicy";
import { SigningKeysDocument } from "../../graphql/signingKeys";
import { UpdateSecurityPolicyDocument } from "../../graphql/updateSecurityPolicy";
import { SecurityPage } from ".";

const policy = {
  __typename: "SecurityPolicy" as const,
  totpRequiredForAdmins: false,
  maxFailedAttempts: 5,
  lockoutMinutes: 15,
  passwordMinLength: 10,
  updatedAt: null,
};

const readMock = { request: { query: SecurityPolicyDocument }, result: { data: { securityPolicy: policy } } };
const changed = {
  totpRequiredForAdmins: true,
  maxFailedAttempts: 8,
  lockoutMinutes: 30,
  passwordMinLength: 10,
};
const updateMock = {
  request: { query: UpdateSecurityPolicyDocument, variables: { input: changed } },
  result: {
    data: { updateSecurityPolicy: { ...policy, ...changed, updatedAt: "2025-03-01T02:00:00.000Z" } },
  },
};

const keysMock = {
  request: { query: SigningKeysDocument },
  result: {
    data: {
      signingKeys: [
        {
          __typename: "SigningKey" as const,
          kid: "k-new",
          createdAt: "2025-03-01T02:00:00.000Z",
          current: true,
        },
      ],
    },
  },
};

function renderSecurity() {
  return render(
    <MockedProvider mocks={[readMock, updateMock, keysMock]}>
      <App>
        <SecurityPage />
      </App>
    </MockedProvider>,
  );
}

describe("security page", () => {
  it("shows the policy and the separation of the three administrators", async () => {
    renderSecurity();
    const attempts = await screen.findByLabelText("最大失败次数");
    expect((attempts as HTMLInputElement).value).toBe("5");
    expect((screen.getByLabelText("锁定时长") as HTMLInputElement).value).toBe("15");
    expect((screen.getByLabelText("密码最短长度") as HTMLInputElement).value).toBe("10");
    expect(screen.getByRole("switch").getAttribute("aria-checked")).toBe("false");
    expect(screen.getByText(/三员分立/)).toBeTruthy();
    expect(screen.getByText("当前为系统默认策略，尚未修改。")).toBeTruthy();
    expect(document.title).toBe("安全策略 - 集约管理后台");
    expect(await screen.findByText("k-new", {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText("当前签发")).toBeTruthy();
    expect(screen.getByRole("button", { name: "轮换密钥" })).toBeTruthy();
  });

  it("submits the changed values and confirms the save", async () => {
    renderSecurity();
    const attempts = await screen.findByLabelText("最大失败次数");
    fireEvent.change(attempts, { target: { value: "8" } });
    fireEvent.change(screen.getByLabelText("锁定时长"), { target: { value: "30" } });
    fireEvent.click(screen.getByRole("switch"));
    fireEvent.click(screen.getByRole("button", { name: /保\s*存/ }));
    // Generous waits: the first antd render in a cold worker is slow.
    expect(await screen.findByText("安全策略已保存", {}, { timeout: 5000 })).toBeTruthy();
    expect(await screen.findByText("最近修改：2025-03-01 10:00:00", {}, { timeout: 5000 })).toBeTruthy();
  });

  it("refuses an out-of-range value before sending it", async () => {
    renderSecurity();
    const attempts = await screen.findByLabelText("最大失败次数");
    fireEvent.change(attempts, { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: /保\s*存/ }));
    expect(await screen.findByText("请填写最大失败次数", {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByText("安全策略已保存")).toBeNull();
  });
});
