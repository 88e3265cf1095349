// @vitest-environment jsdom
import "#test/setup";
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { getAccessToken, getRefreshToken } from "#app/session";
import { LoginDocument } from "../../graphql/login";
import { LoginPage } from ".";

const credentials = { username: "admin", password: "correct horse" };

function loginResult(status: "SUCCESS" | "TOTP_REQUIRED", tokens = false) {
  return {
    data: {
      login: {
        __typename: "LoginPayload" as const,
        status,
        accessToken: tokens ? "access-1" : null,
        refreshToken: tokens ? "refresh-1" : null,
        expiresIn: tokens ? 900 : null,
        totpSetup: null,
      },
    },
  };
}

function renderLogin(mocks: MockedProviderProps["mocks"]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={["/login"]}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/" element={<p>工作台已打开</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}
type MockedProviderProps = React.ComponentProps<typeof MockedProvider>;

async function submitPassword() {
  fireEvent.change(screen.getByLabelText("用户名"), { target: { value: credentials.username } });
  fireEvent.change(screen.getByLabelText("密码"), { target: { value: credentials.password } });
  fireEvent.click(screen.getByRole("button", { name: /登\s*录/ }));
}

describe("login page", () => {
  it("asks for the TOTP code after the password, then stores the tokens and opens the app", async () => {
    renderLogin([
      {
        request: { query: LoginDocument, variables: { input: credentials } },
        result: loginResult("TOTP_REQUIRED"),
      },
      {
        request: { query: LoginDocument, variables: { input: { ...credentials, totpCode: "123456" } } },
        result: loginResult("SUCCESS", true),
      },
    ]);
    await submitPassword();

    const code = await screen.findByLabelText("动态口令");
    expect(getAccessToken()).toBeNull();
    fireEvent.change(code, { target: { value: "123456" } });
    fireEvent.click(screen.getByRole("button", { name: "验证并登录" }));

    expect(await screen.findByText("工作台已打开")).toBeTruthy();
    expect(getAccessToken()).toBe("access-1");
    expect(getRefreshToken()).toBe("refresh-1");
    expect(sessionStorage.getItem("jiyue.admin.refreshToken")).toBe("refresh-1");
  });

  it("shows the server's generic error text as is and stays on the password step", async () => {
    renderLogin([
      {
        request: { query: LoginDocument, variables: { input: credentials } },
        result: { errors: [{ message: "用户名或密码错误", extensions: { code: "UNAUTHENTICATED" } }] },
      },
    ]);
    await submitPassword();
    expect((await screen.findByRole("alert")).textContent).toContain("用户名或密码错误");
    expect(screen.queryByLabelText("动态口令")).toBeNull();
    expect(getAccessToken()).toBeNull();
  });
});
