// @vitest-environment jsdom
import "#test/setup";
import { ServerError } from "@apollo/client";
import { MockedProvider } from "@apollo/client/testing/react";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { StrictMode } from "react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { getAccessToken, getRefreshToken } from "#app/session";
import { ExchangeLoginTicketDocument } from "../../graphql/exchangeLoginTicket";
import { LoginDocument } from "../../graphql/login";
import { LoginMethodsDocument } from "../../graphql/loginMethods";
import { LoginPage } from ".";

const credentials = { username: "admin", password: "correct horse" };

function payload(status: "SUCCESS" | "TOTP_REQUIRED", tokens = false) {
  return {
    __typename: "LoginPayload" as const,
    status,
    accessToken: tokens ? "access-1" : null,
    refreshToken: tokens ? "refresh-1" : null,
    expiresIn: tokens ? 900 : null,
    totpSetup: null,
  };
}

function loginResult(status: "SUCCESS" | "TOTP_REQUIRED", tokens = false) {
  return { data: { login: payload(status, tokens) } };
}

function exchangeResult(status: "SUCCESS" | "TOTP_REQUIRED", tokens = false) {
  return { data: { exchangeLoginTicket: payload(status, tokens) } };
}

type MockedProviderProps = React.ComponentProps<typeof MockedProvider>;
type Mock = NonNullable<MockedProviderProps["mocks"]>[number];

function loginMethods(oidc: boolean, onAnswer?: () => void): Mock {
  return {
    request: { query: LoginMethodsDocument },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: () => {
      onAnswer?.();
      return {
        data: {
          loginMethods: {
            __typename: "LoginMethods" as const,
            local: true,
            oidc,
            oidcName: oidc ? "浙里办" : null,
          },
        },
      };
    },
  };
}

function WhereAmI() {
  const location = useLocation();
  return <output aria-label="当前地址">{location.pathname + location.search}</output>;
}

/**
 * Opens /login (or `entry`) both in the router and in the real address bar, as the browser would, under
 * StrictMode like main.tsx (its doubled effects must not spend a one-time ticket twice).
 */
function renderLogin(mocks: Mock[], entry = "/login", methods: Mock = loginMethods(false)) {
  window.history.replaceState(null, "", entry);
  return render(
    <StrictMode>
      <MockedProvider mocks={[methods, ...mocks]}>
        <MemoryRouter initialEntries={[entry]}>
          <WhereAmI />
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route path="/" element={<p>工作台已打开</p>} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </StrictMode>,
  );
}

afterEach(() => {
  window.history.replaceState(null, "", "/");
});

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

  it("says the service is unavailable, in Chinese, when the gateway cannot be reached", async () => {
    const response = new Response("", { status: 502 });
    renderLogin([
      {
        request: { query: LoginDocument, variables: { input: credentials } },
        error: new ServerError("Response not successful: Received status code 502", {
          response,
          bodyText: "",
        }),
      },
    ]);
    await submitPassword();
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("服务暂时不可用，请稍后再试");
    expect(alert.textContent).not.toContain("Response not successful");
  });

  it("offers the unified identity login only when identity says OIDC is on", async () => {
    let answered = false;
    renderLogin(
      [],
      "/login",
      loginMethods(false, () => (answered = true)),
    );
    await waitFor(() => expect(answered).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole("link", { name: /统一身份|浙里办/ })).toBeNull();
    screen.getByRole("button", { name: /登\s*录/ });
    cleanup();

    renderLogin([], "/login?from=%2Fusers", loginMethods(true));
    const link = await screen.findByRole("link", { name: "使用浙里办登录" });
    const href = new URL(link.getAttribute("href") ?? "", "http://admin.example");
    expect(href.pathname).toBe("/oidc/login");
    expect(href.searchParams.get("audience")).toBe("staff");
    expect(href.searchParams.get("return")).toBe("/login?from=%2Fusers");
  });

  it("exchanges a ticket from the URL, after removing it from the address bar, and opens the app", async () => {
    const seenBeforeExchange: string[] = [];
    renderLogin(
      [
        {
          request: { query: ExchangeLoginTicketDocument, variables: { ticket: "t-1" } },
          // Answers a second exchange too, so that spending the ticket twice would show up below.
          maxUsageCount: 2,
          result: () => {
            seenBeforeExchange.push(window.location.href);
            return exchangeResult("SUCCESS", true);
          },
        },
      ],
      "/login?ticket=t-1",
    );
    expect(await screen.findByText("工作台已打开")).toBeTruthy();
    expect(getAccessToken()).toBe("access-1");
    expect(getRefreshToken()).toBe("refresh-1");
    expect(seenBeforeExchange).toHaveLength(1);
    expect(seenBeforeExchange[0]).not.toContain("t-1");
    expect(window.location.href).not.toContain("ticket");
    expect(screen.getByLabelText("当前地址").textContent).toBe("/");
  });

  it("asks for the TOTP code after a ticket exchange and sends the ticket with the code", async () => {
    renderLogin(
      [
        {
          request: { query: ExchangeLoginTicketDocument, variables: { ticket: "t-2" } },
          result: exchangeResult("TOTP_REQUIRED"),
        },
        {
          request: { query: ExchangeLoginTicketDocument, variables: { ticket: "t-2", totpCode: "654321" } },
          result: exchangeResult("SUCCESS", true),
        },
      ],
      "/login?ticket=t-2",
    );
    const code = await screen.findByLabelText("动态口令");
    expect(getAccessToken()).toBeNull();
    expect(screen.getByLabelText("当前地址").textContent).toBe("/login");
    expect(window.location.href).not.toContain("t-2");
    fireEvent.change(code, { target: { value: "654321" } });
    fireEvent.click(screen.getByRole("button", { name: "验证并登录" }));

    expect(await screen.findByText("工作台已打开")).toBeTruthy();
    expect(getAccessToken()).toBe("access-1");
  });

  it("goes back to the first step when a ticket's code is rejected, since the ticket is spent", async () => {
    renderLogin(
      [
        {
          request: { query: ExchangeLoginTicketDocument, variables: { ticket: "t-3" } },
          result: exchangeResult("TOTP_REQUIRED"),
        },
        {
          request: { query: ExchangeLoginTicketDocument, variables: { ticket: "t-3", totpCode: "000000" } },
          result: {
            errors: [{ message: "动态口令错误，请重新登录", extensions: { code: "UNAUTHENTICATED" } }],
          },
        },
      ],
      "/login?ticket=t-3",
    );
    fireEvent.change(await screen.findByLabelText("动态口令"), { target: { value: "000000" } });
    fireEvent.click(screen.getByRole("button", { name: "验证并登录" }));
    expect((await screen.findByRole("alert")).textContent).toContain("动态口令错误，请重新登录");
    expect(screen.queryByLabelText("动态口令")).toBeNull();
    expect(screen.getByLabelText("用户名")).toBeTruthy();
    expect(getAccessToken()).toBeNull();
  });

  it.each([
    ["oidc_unknown_staff", "该统一身份账号未关联本平台工作人员账号，请联系管理员"],
    ["oidc_account_disabled", "账号已停用"],
    ["oidc_failed", "统一身份认证登录失败，请重试"],
  ])("explains ?error=%s from the OIDC callback", async (code, message) => {
    renderLogin([], `/login?error=${code}`);
    expect((await screen.findByRole("alert")).textContent).toContain(message);
    expect(getAccessToken()).toBeNull();
    expect(screen.getByLabelText("用户名")).toBeTruthy();
  });
});
