// Typed, expected failures. Each maps to a stable GraphQL `extensions.code`; anything else is masked.
import { GraphQLError, type GraphQLFormattedError } from "graphql";

export type ErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "PAYLOAD_TOO_LARGE"
  | "QUERY_TOO_COMPLEX"
  | "INTERNAL_SERVER_ERROR";

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...(details ?? {}) } });
  }
  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new AppError("BAD_USER_INPUT", message, details);
export const unauthenticated = (message = "需要登录") => new AppError("UNAUTHENTICATED", message);
export const forbidden = (message = "没有权限执行此操作") => new AppError("FORBIDDEN", message);
export const notFound = (what: string, id?: string) =>
  new AppError("NOT_FOUND", `${what}不存在`, id === undefined ? undefined : { id });
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new AppError("CONFLICT", message, details);
export const tooManyRequests = (message: string, retryAfterSeconds?: number) =>
  new AppError("TOO_MANY_REQUESTS", message, retryAfterSeconds ? { retryAfterSeconds } : undefined);

const KNOWN_CODES = new Set<string>([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "TOO_MANY_REQUESTS",
  "PAYLOAD_TOO_LARGE",
  "QUERY_TOO_COMPLEX",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** PostgreSQL error codes that are the caller's fault, mapped to typed errors. */
export function fromDatabaseError(error: unknown): AppError | undefined {
  const cause = findPgError(error);
  if (!cause) return undefined;
  switch (cause.code) {
    case "23505":
      return conflict("数据已存在（唯一性冲突）", { constraint: cause.constraint });
    case "23503":
      return badInput("引用的对象不存在", { constraint: cause.constraint });
    case "22P02":
      return badInput("标识格式不正确");
    case "23514":
      return badInput("数据不符合约束", { constraint: cause.constraint });
    default:
      return undefined;
  }
}

interface PgErrorLike {
  code: string;
  constraint?: string;
}
function findPgError(error: unknown, depth = 0): PgErrorLike | undefined {
  if (!error || typeof error !== "object" || depth > 4) return undefined;
  const candidate = error as {
    code?: unknown;
    constraint?: unknown;
    cause?: unknown;
    originalError?: unknown;
  };
  if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code)) {
    return {
      code: candidate.code,
      constraint: typeof candidate.constraint === "string" ? candidate.constraint : undefined,
    };
  }
  return findPgError(candidate.originalError ?? candidate.cause, depth + 1);
}

/**
 * Apollo `formatError`: typed errors pass through; database constraint errors become typed errors;
 * everything else is logged by the caller and masked (no stack traces in production).
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { production: boolean; log?: (error: unknown) => void },
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === "string" && KNOWN_CODES.has(code)) {
    if (!options.production) return formatted;
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const typed = fromDatabaseError(original);
  if (typed) {
    return {
      message: typed.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: typed.extensions,
    };
  }
  options.log?.(original);
  if (!options.production) return formatted;
  return {
    message: "服务器内部错误",
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
