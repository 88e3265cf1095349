// Subgraph server kit: one Apollo subgraph behind express with /health, /internal/events and typed errors.
import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import type { GraphQLResolverMap } from "@apollo/subgraph";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { type DocumentNode, GraphQLError, Kind, visit } from "graphql";
import type pg from "pg";
import type { Caller } from "./access/caller";
import { verifyServiceToken } from "./auth/service-token";
import type { TokenVerifier } from "./auth/tokens";
import { isProduction } from "./config";
import { AppError, formatGraphQLError } from "./errors";
import type { RequestInfo } from "./events/emit";
import { readOutbox } from "./events/relay";
import { logger } from "./logger";
import { hasNul } from "./validation";

export const ILLEGAL_CHARACTERS = "输入包含非法字符";

function containsNul(value: unknown): boolean {
  if (typeof value === "string") return hasNul(value);
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === "object") return Object.values(value).some(containsNul);
  return false;
}

/** Refuses, before execution, any request whose variables or inline strings contain U+0000. */
export function rejectNulPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let found = containsNul(request.variables ?? {});
          if (!found) {
            visit(document, {
              [Kind.STRING]: (node) => {
                if (hasNul(node.value)) found = true;
              },
            });
          }
          if (found) {
            throw new GraphQLError(ILLEGAL_CHARACTERS, {
              extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

export interface BaseContext {
  caller: Caller;
  request: RequestInfo;
}

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  typeDefs: DocumentNode;
  // biome-ignore lint/suspicious/noExplicitAny: resolver maps are typed by codegen per subgraph
  resolvers: GraphQLResolverMap<any>;
  pool: pg.Pool;
  verifyToken: TokenVerifier;
  serviceSecret: string;
  createContext: (base: BaseContext) => TContext | Promise<TContext>;
  /** Extra routes before /graphql (e.g. identity's JWKS). */
  configure?: (app: express.Express) => void;
  plugins?: ApolloServerPlugin<TContext>[];
  production?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export function requestInfo(req: express.Request): RequestInfo {
  const forwarded = req.headers["x-forwarded-for"];
  const ip =
    (Array.isArray(forwarded) ? forwarded[0] : forwarded?.split(",")[0])?.trim() || req.socket.remoteAddress;
  const requestId = req.headers["x-request-id"];
  return {
    ip: ip ?? null,
    userAgent: req.headers["user-agent"] ?? null,
    requestId: (Array.isArray(requestId) ? requestId[0] : requestId) ?? randomUUID(),
  };
}

export async function createSubgraphApp<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<{ app: express.Express; apollo: ApolloServer<TContext> }> {
  const production = options.production ?? isProduction();
  const schema = buildSubgraphSchema([{ typeDefs: options.typeDefs, resolvers: options.resolvers }]);
  const apollo = new ApolloServer<TContext>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    formatError: (formatted, error) =>
      formatGraphQLError(formatted, error, {
        production,
        log: (err) => logger.error({ err, subgraph: options.name }, "unexpected error"),
      }),
    plugins: [rejectNulPlugin<TContext>(), ...(options.plugins ?? [])],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.get("/health", async (_req, res) => {
    try {
      await options.pool.query("select 1");
      res.json({ status: "ok", service: options.name });
    } catch {
      res.status(503).json({ status: "unavailable", service: options.name });
    }
  });
  app.get("/internal/events", async (req, res) => {
    try {
      await verifyServiceToken(req.headers.authorization, options.serviceSecret);
    } catch {
      res.status(401).json({ error: "unauthenticated" });
      return;
    }
    const after = Number(req.query.after ?? 0);
    const limit = Number(req.query.limit ?? 500);
    if (!Number.isFinite(after) || !Number.isFinite(limit)) {
      res.status(400).json({ error: "bad position" });
      return;
    }
    res.json({ events: await readOutbox(options.pool, options.name, after, limit) });
  });
  options.configure?.(app);
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const request = requestInfo(req);
        let caller: Caller;
        try {
          caller = await options.verifyToken(req.headers.authorization);
        } catch (error) {
          if (error instanceof AppError) {
            throw new GraphQLError(error.message, {
              extensions: { code: error.code, http: { status: 401 } },
            });
          }
          throw error;
        }
        return options.createContext({ caller, request });
      },
    }),
  );
  return { app, apollo };
}

export async function listen(app: express.Express, port: number, host = "127.0.0.1"): Promise<RunningServer> {
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(port, host, () => resolve(s));
    s.once("error", reject);
  });
  server.keepAliveTimeout = 65_000;
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
