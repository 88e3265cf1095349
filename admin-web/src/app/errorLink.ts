// One place that turns GraphQL and network errors into what the user sees: a message for typed errors
// (extensions.code), a silent token refresh and retry for UNAUTHENTICATED, or a redirect to the login page.
import { CombinedGraphQLErrors, type ErrorLike, ServerError, ServerParseError } from "@apollo/client";
import type { ApolloLink } from "@apollo/client/link";
import { ErrorLink } from "@apollo/client/link/error";
import { Observable, type Subscription } from "rxjs";

declare module "@apollo/client" {
  interface DefaultContext {
    /** The caller shows errors itself (e.g. the login form); no global notification. */
    silentErrors?: boolean;
    /** Already retried once after a token refresh. */
    authRetried?: boolean;
  }
}

/** Operations that authenticate by their arguments, not by the access token. */
export const AUTH_OPERATIONS: ReadonlySet<string> = new Set(["Login", "RefreshToken", "Logout"]);

export const MESSAGES = {
  FORBIDDEN: "没有权限",
  NOT_FOUND: "内容不存在或已被删除",
  CONFLICT: "数据冲突",
  TOO_MANY_REQUESTS: "操作过于频繁，请稍后再试",
  UNAUTHENTICATED: "登录已失效，请重新登录",
  NETWORK: "网络连接失败，请检查网络后重试",
  UNAVAILABLE: "服务暂时不可用，请稍后再试",
  SERVER: "服务器出错，请稍后再试",
} as const;

function firstCode(error: CombinedGraphQLErrors): { code: string | undefined; message: string } {
  const first = error.errors[0];
  const code = first?.extensions?.code;
  return { code: typeof code === "string" ? code : undefined, message: first?.message ?? "" };
}

export function isUnauthenticated(error: ErrorLike): boolean {
  if (CombinedGraphQLErrors.is(error))
    return error.errors.some((e) => e.extensions?.code === "UNAUTHENTICATED");
  return ServerError.is(error) && error.statusCode === 401;
}

/** The text shown for an error, by its extensions.code or the kind of network failure. */
export function errorMessage(error: ErrorLike): string {
  if (CombinedGraphQLErrors.is(error)) {
    const { code, message } = firstCode(error);
    switch (code) {
      case "BAD_USER_INPUT":
        return message || "输入有误";
      case "FORBIDDEN":
        return MESSAGES.FORBIDDEN;
      case "NOT_FOUND":
        return MESSAGES.NOT_FOUND;
      case "CONFLICT":
        return message ? `${MESSAGES.CONFLICT}：${message}` : MESSAGES.CONFLICT;
      case "TOO_MANY_REQUESTS":
        return MESSAGES.TOO_MANY_REQUESTS;
      case "UNAUTHENTICATED":
        return MESSAGES.UNAUTHENTICATED;
      case "BAD_GATEWAY":
      case "SERVICE_UNAVAILABLE":
        return MESSAGES.UNAVAILABLE;
      default:
        return MESSAGES.SERVER;
    }
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    if (error.statusCode === 401) return MESSAGES.UNAUTHENTICATED;
    if (error.statusCode === 403) return MESSAGES.FORBIDDEN;
    if (error.statusCode === 429) return MESSAGES.TOO_MANY_REQUESTS;
    if (UNAVAILABLE_STATUSES.has(error.statusCode)) return MESSAGES.UNAVAILABLE;
    return `${MESSAGES.SERVER}（HTTP ${error.statusCode}）`;
  }
  // No answer at all: the browser is offline, or the admin server / gateway is down.
  return typeof navigator !== "undefined" && navigator.onLine === false
    ? MESSAGES.NETWORK
    : MESSAGES.UNAVAILABLE;
}

/** The admin server answers 502 when the gateway is down; a proxy in front may answer 503 or 504. */
const UNAVAILABLE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/** Codes whose server message is meant for the person logging in (wrong password, locked, bad code). */
const LOGIN_MESSAGE_CODES: ReadonlySet<string> = new Set([
  "UNAUTHENTICATED",
  "BAD_USER_INPUT",
  "FORBIDDEN",
  "TOO_MANY_REQUESTS",
]);

/** The login form shows identity's own text for login failures and a mapped message for everything else. */
export function loginErrorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const { code, message } = firstCode(error);
    if (code && LOGIN_MESSAGE_CODES.has(code) && message) return message;
  }
  return errorMessage(error instanceof Error ? error : new Error(String(error)));
}

export interface ErrorLinkOptions {
  notify(message: string): void;
  /** Rotates the tokens with the refresh token; resolves false when that is impossible. */
  refreshSession(): Promise<boolean>;
  redirectToLogin(): void;
}

export function createErrorLink(options: ErrorLinkOptions): ErrorLink {
  return new ErrorLink(({ error, operation, forward }) => {
    const authOperation = AUTH_OPERATIONS.has(operation.operationName ?? "");
    if (isUnauthenticated(error) && !authOperation && !operation.getContext().authRetried) {
      return retryAfterRefresh(operation, forward, error, options);
    }
    if (authOperation) {
      // Login/refresh failures belong to their callers (the login form, the refresh attempt).
      if (!operation.getContext().silentErrors) options.notify(errorMessage(error));
      return;
    }
    report(error, operation, options);
  });
}

function report(error: ErrorLike, operation: ApolloLink.Operation, options: ErrorLinkOptions): void {
  if (isUnauthenticated(error)) options.redirectToLogin();
  else if (!operation.getContext().silentErrors) options.notify(errorMessage(error));
}

function retryAfterRefresh(
  operation: ApolloLink.Operation,
  forward: ApolloLink.ForwardFunction,
  error: ErrorLike,
  options: ErrorLinkOptions,
): Observable<ApolloLink.Result> {
  return new Observable((observer) => {
    let retry: Subscription | undefined;
    let closed = false;
    const giveUp = () => {
      options.redirectToLogin();
      observer.error(error);
    };
    options.refreshSession().then(
      (refreshed) => {
        if (closed) return;
        if (!refreshed) return giveUp();
        operation.setContext({ authRetried: true });
        // The retry's own errors bypass this link's handler: check them here, without a second refresh.
        retry = forward(operation).subscribe({
          next: (result) => {
            if (result.errors?.length) report(new CombinedGraphQLErrors(result), operation, options);
            observer.next(result);
          },
          error: (retryError) => {
            report(retryError, operation, options);
            observer.error(retryError);
          },
          complete: () => observer.complete(),
        });
      },
      () => {
        if (!closed) giveUp();
      },
    );
    return () => {
      closed = true;
      retry?.unsubscribe();
    };
  });
}
