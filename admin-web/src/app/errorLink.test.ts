// @vitest-environment jsdom
import "#test/setup";
import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  execute,
  gql,
  InMemoryCache,
  ServerError,
} from "@apollo/client";
import { Observable } from "rxjs";
import { describe, expect, it, vi } from "vitest";
import { createErrorLink, errorMessage, loginErrorMessage, MESSAGES } from "./errorLink";

function graphqlError(code: string, message = "原始信息") {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] });
}

describe("errorMessage maps extensions.code to what the user reads", () => {
  it.each([
    ["BAD_USER_INPUT", "站点代码格式不正确", "站点代码格式不正确"],
    ["FORBIDDEN", "forbidden", "没有权限"],
    ["NOT_FOUND", "no such site", MESSAGES.NOT_FOUND],
    ["CONFLICT", "站点代码已存在", "数据冲突：站点代码已存在"],
    ["TOO_MANY_REQUESTS", "slow down", MESSAGES.TOO_MANY_REQUESTS],
    ["UNAUTHENTICATED", "expired", MESSAGES.UNAUTHENTICATED],
    ["INTERNAL_SERVER_ERROR", "stack trace", MESSAGES.SERVER],
  ])("%s", (code, message, expected) => {
    expect(errorMessage(graphqlError(code, message))).toBe(expected);
  });

  it("network failures and HTTP errors", () => {
    expect(errorMessage(new TypeError("Failed to fetch"))).toBe("服务暂时不可用，请稍后再试");
    const offline = vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    expect(errorMessage(new TypeError("Failed to fetch"))).toBe(MESSAGES.NETWORK);
    offline.mockRestore();
    for (const status of [502, 503, 504]) {
      const response = new Response("bad gateway", { status });
      const error = new ServerError("Response not successful: Received status code 502", {
        response,
        bodyText: "bad gateway",
      });
      expect(errorMessage(error)).toBe("服务暂时不可用，请稍后再试");
    }
    const response = new Response("oops", { status: 500 });
    expect(errorMessage(new ServerError("oops", { response, bodyText: "oops" }))).toBe(
      `${MESSAGES.SERVER}（HTTP 500）`,
    );
    expect(errorMessage(graphqlError("BAD_GATEWAY", "网关暂时不可用"))).toBe(MESSAGES.UNAVAILABLE);
  });

  it("login failures keep identity's text, anything else is mapped", () => {
    expect(loginErrorMessage(graphqlError("UNAUTHENTICATED", "用户名或密码错误"))).toBe("用户名或密码错误");
    const response = new Response("bad gateway", { status: 502 });
    const gatewayDown = new ServerError("Response not successful: Received status code 502", {
      response,
      bodyText: "",
    });
    expect(loginErrorMessage(gatewayDown)).toBe("服务暂时不可用，请稍后再试");
    expect(loginErrorMessage(graphqlError("INTERNAL_SERVER_ERROR", "db is down"))).toBe(MESSAGES.SERVER);
  });
});

const Query = gql`
  query Users {
    users {
      total
    }
  }
`;

/** A terminating link that answers each request with the next scripted result and records headers. */
function scripted(results: Array<"unauthenticated" | "ok" | "forbidden">) {
  const calls: number[] = [];
  const link = new ApolloLink(
    () =>
      new Observable((observer) => {
        calls.push(calls.length);
        const next = results.shift();
        if (next === "ok") observer.next({ data: { users: { __typename: "UserPage", total: 3 } } });
        else
          observer.next({
            errors: [
              {
                message: next ?? "none",
                extensions: { code: next === "forbidden" ? "FORBIDDEN" : "UNAUTHENTICATED" },
              },
            ],
          });
        observer.complete();
      }),
  );
  return { link, calls };
}

function run(link: ApolloLink) {
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  return new Promise<{ data?: unknown; error?: unknown }>((resolve) => {
    execute(link, { query: Query }, { client }).subscribe({
      next: (result) => resolve(result.errors ? { error: result.errors } : { data: result.data }),
      error: (error) => resolve({ error }),
    });
  });
}

describe("createErrorLink", () => {
  it("refreshes once on UNAUTHENTICATED and retries the operation", async () => {
    const server = scripted(["unauthenticated", "ok"]);
    const options = { notify: vi.fn(), refreshSession: vi.fn(async () => true), redirectToLogin: vi.fn() };
    const result = await run(ApolloLink.from([createErrorLink(options), server.link]));
    expect(result.data).toEqual({ users: { __typename: "UserPage", total: 3 } });
    expect(options.refreshSession).toHaveBeenCalledTimes(1);
    expect(server.calls).toHaveLength(2);
    expect(options.redirectToLogin).not.toHaveBeenCalled();
  });

  it("redirects to login when the refresh fails", async () => {
    const server = scripted(["unauthenticated"]);
    const options = { notify: vi.fn(), refreshSession: vi.fn(async () => false), redirectToLogin: vi.fn() };
    await run(ApolloLink.from([createErrorLink(options), server.link]));
    expect(options.redirectToLogin).toHaveBeenCalledTimes(1);
    expect(server.calls).toHaveLength(1);
  });

  it("redirects instead of refreshing a second time when the retry is refused too", async () => {
    const server = scripted(["unauthenticated", "unauthenticated"]);
    const options = { notify: vi.fn(), refreshSession: vi.fn(async () => true), redirectToLogin: vi.fn() };
    await run(ApolloLink.from([createErrorLink(options), server.link]));
    expect(options.refreshSession).toHaveBeenCalledTimes(1);
    expect(options.redirectToLogin).toHaveBeenCalledTimes(1);
  });

  it("notifies the mapped message for other codes", async () => {
    const server = scripted(["forbidden"]);
    const options = { notify: vi.fn(), refreshSession: vi.fn(async () => true), redirectToLogin: vi.fn() };
    await run(ApolloLink.from([createErrorLink(options), server.link]));
    expect(options.notify).toHaveBeenCalledWith("没有权限");
    expect(options.refreshSession).not.toHaveBeenCalled();
  });
});
