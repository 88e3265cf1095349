// Anonymous GraphQL client for the gateway, with a time bound and a short back-off once it was unreachable,
// so that a slow or dead gateway costs one request one timeout and the following ones nothing.
import type { TypedDocumentString } from "../gql/graphql";
import type { CallResult, GraphQLErrorValue } from "./visitor";

export class GatewayUnavailableError extends Error {
  override name = "GatewayUnavailableError";
}

/**
 * The gateway answered, and refused the request itself: bad input (a page number beyond its bounds, a NUL in a
 * query) or nothing at that id. The visitor's request is at fault, not the back end: the portal answers 400 or
 * 404, and never serves the last good copy or the maintenance page for it (any bot could make the site look down).
 */
export class GatewayRefusedError extends Error {
  override name = "GatewayRefusedError";
  constructor(
    readonly code: GatewayRefusal,
    message: string,
  ) {
    super(message);
  }
}

export type GatewayRefusal = "BAD_USER_INPUT" | "NOT_FOUND";

const REFUSALS: readonly string[] = ["BAD_USER_INPUT", "NOT_FOUND"] satisfies GatewayRefusal[];

export interface GatewayClient {
  request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult>;
  /**
   * Calls the gateway on behalf of a visitor: with the citizen's token (if any) and the visitor's address, and
   * GraphQL errors returned as values (a form shows them). Only an unreachable gateway throws.
   */
  call<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    as: { token?: string; clientIp?: string },
  ): Promise<CallResult<TResult>>;
  /** Number of HTTP requests sent (for logs and tests). */
  readonly sent: number;
}

export interface GatewayClientOptions {
  /** Base URL (…/graphql is appended unless present). */
  url: string;
  timeoutMs?: number;
  /** After the gateway was unreachable, fail fast for this long instead of waiting for the timeout again. */
  retryAfterMs?: number;
  fetch?: typeof fetch;
}

export function createGatewayClient(options: GatewayClientOptions): GatewayClient {
  const endpoint = options.url.endsWith("/graphql")
    ? options.url
    : `${options.url.replace(/\/$/, "")}/graphql`;
  const timeoutMs = options.timeoutMs ?? 3_000;
  const retryAfterMs = options.retryAfterMs ?? 5_000;
  const fetchImpl = options.fetch ?? fetch;
  let downUntil = 0;
  let sent = 0;

  const unreachable = (message: string, cause?: unknown): GatewayUnavailableError => {
    downUntil = Date.now() + retryAfterMs;
    return new GatewayUnavailableError(message, { cause });
  };

  async function request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    if (Date.now() < downUntil) throw new GatewayUnavailableError("gateway recently unreachable");
    sent += 1;
    let status: number;
    let body: { data?: TResult | null; errors?: RawGraphQLError[] };
    try {
      const response = await fetchImpl(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ query: document.toString(), variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.status;
      // A proxy in front of a dead gateway answers 502–504; Apollo's own errors come as JSON.
      if (status >= 502 && status <= 504) throw new Error(`status ${status}`);
      body = (await response.json()) as typeof body;
    } catch (error) {
      throw unreachable(`gateway unreachable: ${(error as Error).message}`, error);
    }
    // Partial data is no page to keep as the last good copy: any error fails the render.
    if (body.errors?.length || !body.data) {
      const messages = body.errors?.map((error) => error.message).join("; ") ?? "no data";
      const refusal = refusalOf(body.errors ?? []);
      if (refusal) throw new GatewayRefusedError(refusal, `gateway refused (${refusal}): ${messages}`);
      throw new GatewayUnavailableError(`gateway answered ${status}: ${messages}`);
    }
    return body.data;
  }

  async function call<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    as: { token?: string; clientIp?: string },
  ): Promise<CallResult<TResult>> {
    sent += 1;
    const headers: Record<string, string> = {
      "content-type": "application/json",
      accept: "application/json",
    };
    if (as.token) headers.authorization = `Bearer ${as.token}`;
    if (as.clientIp) headers["x-forwarded-for"] = as.clientIp;
    let body: { data?: TResult | null; errors?: RawGraphQLError[] };
    try {
      const response = await fetchImpl(endpoint, {
        method: "POST",
        headers,
        body: JSON.stringify({ query: document.toString(), variables }),
        signal: AbortSignal.timeout(timeoutMs * 2),
      });
      if (response.status >= 500) throw new Error(`status ${response.status}`);
      body = (await response.json()) as typeof body;
    } catch (error) {
      throw new GatewayUnavailableError(`gateway unreachable: ${(error as Error).message}`, {
        cause: error,
      });
    }
    return { data: body.data ?? null, errors: (body.errors ?? []).map(errorValue) };
  }

  return {
    get sent() {
      return sent;
    },
    request,
    call,
  };
}

interface RawGraphQLError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** The refusal when every error is one (a refusal next to an internal error is still an outage). */
function refusalOf(errors: RawGraphQLError[]): GatewayRefusal | null {
  const codes = errors.map((error) => error.extensions?.code);
  if (codes.length === 0 || !codes.every((code) => typeof code === "string" && REFUSALS.includes(code)))
    return null;
  // Bad input wins: the request as a whole was malformed.
  return codes.includes("BAD_USER_INPUT") ? "BAD_USER_INPUT" : "NOT_FOUND";
}

function errorValue(error: RawGraphQLError): GraphQLErrorValue {
  const extensions = error.extensions ?? {};
  const code = typeof extensions.code === "string" ? extensions.code : "INTERNAL_SERVER_ERROR";
  return { message: error.message, code, extensions };
}
