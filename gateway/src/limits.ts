// Abuse limits, all checked before execution: body size and batch length (HTTP layer), then tokens (before
// Apollo parses), then depth, aliases, directives and cost (validation rules from graphql-armor).
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type express from "express";
import {
  GraphQLError,
  type GraphQLFormattedError,
  Lexer,
  Source,
  TokenKind,
  type ValidationContext,
} from "graphql";

export interface GatewayLimits {
  /** Request body, bytes. */
  maxBodyBytes: number;
  /** Operations in one batched (JSON array) request. */
  maxBatch: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

export const DEFAULT_LIMITS: GatewayLimits = {
  maxBodyBytes: 1024 * 1024,
  maxBatch: 10,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 5_000,
  maxCost: 20_000,
};

export const QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";

/** A GraphQL error body for refusals made before Apollo sees the request. */
export function errorBody(code: string, message: string): { errors: GraphQLFormattedError[] } {
  return { errors: [{ message, extensions: { code } }] };
}

function reporter(limit: string, message: (detail: string) => string) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(
      new GraphQLError(message(error.message.replace(/^Syntax Error: /, "")), {
        extensions: { code: QUERY_TOO_COMPLEX, limit },
      }),
    );
  };
}

/** graphql-armor's validation rules, reporting QUERY_TOO_COMPLEX (armor's own default is BAD_USER_INPUT). */
export function armorValidationRules(limits: GatewayLimits) {
  const common = { propagateOnRejection: false, exposeLimits: true } as const;
  const armor = new ApolloArmor({
    // Field suggestions and tokens are handled elsewhere (formatError / tokenGuard).
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    maxDepth: {
      ...common,
      n: limits.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: true,
      onReject: [reporter("depth", (detail) => `查询嵌套过深（最多 ${limits.maxDepth} 层）：${detail}`)],
    },
    maxAliases: {
      ...common,
      n: limits.maxAliases,
      onReject: [reporter("aliases", (detail) => `查询别名过多（最多 ${limits.maxAliases} 个）：${detail}`)],
    },
    maxDirectives: {
      ...common,
      n: limits.maxDirectives,
      onReject: [
        reporter("directives", (detail) => `查询指令过多（最多 ${limits.maxDirectives} 个）：${detail}`),
      ],
    },
    costLimit: {
      ...common,
      maxCost: limits.maxCost,
      flattenFragments: true,
      ignoreIntrospection: true,
      onReject: [reporter("cost", (detail) => `查询代价过高：${detail}`)],
    },
  });
  return armor.protect().validationRules;
}

function countTokensOver(query: string, maxTokens: number): boolean {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      count += 1;
      if (count > maxTokens) return true;
    }
  } catch {
    // A syntax error is the parser's to report.
  }
  return false;
}

/**
 * Counts lexer tokens of every operation before Apollo parses anything; stops at the limit, so a huge query
 * costs little. (graphql-armor's own token plugin parses twice and reports an untyped error.)
 */
export function tokenGuard(maxTokens: number): express.RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    const operations: unknown[] = Array.isArray(body) ? body : [body ?? { query: req.query.query }];
    for (const operation of operations) {
      const query =
        typeof operation === "object" && operation ? (operation as { query?: unknown }).query : undefined;
      if (typeof query === "string" && countTokensOver(query, maxTokens)) {
        res.status(400).json(errorBody(QUERY_TOO_COMPLEX, `查询过长（最多 ${maxTokens} 个词法单元）`));
        return;
      }
    }
    next();
  };
}

/**
 * Apollo wraps validation errors as GRAPHQL_VALIDATION_FAILED; our limit errors keep their own code so that
 * clients can tell "too complex" from "wrong query".
 */
export function restoreLimitCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // Structural, not instanceof: Apollo and this file may hold different copies of graphql (ESM/CJS).
  const original = (error as { originalError?: { extensions?: Record<string, unknown> } } | null)
    ?.originalError;
  if (original?.extensions?.code === QUERY_TOO_COMPLEX) {
    return { ...formatted, extensions: { ...formatted.extensions, code: QUERY_TOO_COMPLEX } };
  }
  return formatted;
}

/** Refuses a declared oversized body before reading it. Chunked bodies are capped by express.json's limit. */
export function bodySizeGuard(maxBytes: number): express.RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > maxBytes) {
      // Close the connection: we do not read (and will not keep alive for) the rest of this body.
      res.setHeader("connection", "close");
      res.status(413).json(errorBody("PAYLOAD_TOO_LARGE", `请求体过大（最大 ${formatBytes(maxBytes)}）`));
      return;
    }
    next();
  };
}

export function batchGuard(maxBatch: number): express.RequestHandler {
  return (req, res, next) => {
    if (Array.isArray(req.body)) {
      if (req.body.length > maxBatch) {
        res
          .status(400)
          .json(errorBody("BAD_REQUEST", `批量请求最多 ${maxBatch} 个操作，收到 ${req.body.length} 个`));
        return;
      }
      if (req.body.length === 0) {
        res.status(400).json(errorBody("BAD_REQUEST", "批量请求为空"));
        return;
      }
    }
    next();
  };
}

/** Errors of express.json (size, syntax) as GraphQL error bodies instead of express's HTML page. */
export const bodyErrorHandler =
  (log: (error: unknown) => void): express.ErrorRequestHandler =>
  (error, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const type = typeof error === "object" && error && "type" in error ? String(error.type) : "";
    if (type === "entity.too.large") {
      res.setHeader("connection", "close");
      res.status(413).json(errorBody("PAYLOAD_TOO_LARGE", "请求体过大"));
      return;
    }
    if (type === "entity.parse.failed" || type === "encoding.unsupported" || type === "charset.unsupported") {
      res.status(400).json(errorBody("BAD_REQUEST", "请求体不是合法的 JSON"));
      return;
    }
    log(error);
    res.status(500).json(errorBody("INTERNAL_SERVER_ERROR", "服务器内部错误"));
  };

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}
