// The federation gateway: verifies the caller, refuses abuse before execution, plans queries over the
// supergraph composed at build time (never introspects subgraphs) and forwards the caller's credentials.
import { randomUUID } from "node:crypto";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import {
  AppError,
  type Caller,
  enforceDateTimeInput,
  formatGraphQLError,
  logger,
  type TokenVerifier,
} from "@jiyue/server-kit";
import express from "express";
import { keepAliveFetcher } from "./fetcher";
import { checkSubgraphs, type HealthReport } from "./health";
import { restoreInputError, SubgraphDataSource } from "./input-errors";
import {
  armorValidationRules,
  batchGuard,
  bodyErrorHandler,
  bodySizeGuard,
  DEFAULT_LIMITS,
  errorBody,
  type GatewayLimits,
  restoreLimitCode,
  tokenGuard,
} from "./limits";
import { type ClientRateLimit, clientRateLimit, DEFAULT_CLIENT_RATE_LIMIT } from "./rate-limit";

export interface GatewayOptions {
  /** The supergraph composed by scripts/compose.ts. */
  supergraphSdl: string;
  /** Base URL of each subgraph (e.g. http://127.0.0.1:4001); `/graphql` and `/health` are appended. */
  subgraphUrls: Record<string, string>;
  verifyToken: TokenVerifier;
  production: boolean;
  limits?: Partial<GatewayLimits>;
  /** Per-API-client token bucket (default 600/min, burst 100); staff and the public are not limited by it. */
  clientRateLimit?: ClientRateLimit;
  /** Timeout of each subgraph's /health probe. */
  healthTimeoutMs?: number;
  /** express "trust proxy": which hops may set X-Forwarded-For (false: the socket address is the client). */
  trustProxy?: boolean | number | string;
}

export interface Gateway {
  app: express.Express;
  stop(): Promise<void>;
}

/** Per-request context: who called (already verified) and what to forward to every subgraph. */
export interface GatewayContext {
  caller: Caller;
  forward: Record<string, string>;
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

function baseUrl(url: string): string {
  return url.replace(/\/+$/, "").replace(/\/graphql$/, "");
}

export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { production } = options;
  const limits: GatewayLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const subgraphUrls = Object.fromEntries(
    Object.entries(options.subgraphUrls).map(([name, url]) => [name, baseUrl(url)]),
  );
  const fetcher = keepAliveFetcher();

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => {
      const base = subgraphUrls[name];
      if (!base) throw new Error(`no URL configured for subgraph "${name}"`);
      return new SubgraphDataSource({
        url: `${base}/graphql`,
        fetcher: fetcher.fetch,
        willSendRequest({ request, context }) {
          // Requests the gateway makes on its own (no incoming operation) carry no caller headers.
          const forward = (context as Partial<GatewayContext>).forward;
          if (!forward || !request.http) return;
          for (const [name, value] of Object.entries(forward)) request.http.headers.set(name, value);
        },
      });
    },
  });
  // The supergraph's scalars accept anything; check DateTime here so that bad input is a BAD_USER_INPUT
  // before planning rather than a subgraph's HTTP 400. Runs before Apollo Server sees the schema.
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
    enforceDateTimeInput(apiSchema.getType("DateTime"));
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    allowBatchedHttpRequests: true,
    validationRules: armorValidationRules(limits),
    formatError: (formatted, error) => {
      const typed = formatGraphQLError(restoreInputError(restoreLimitCode(formatted, error), error), error, {
        production,
        log: (err) => logger.error({ err }, "gateway: unexpected error"),
      });
      // Field suggestions would let anyone map a schema whose introspection is off.
      return production ? { ...typed, message: typed.message.replace(/ ?Did you mean .+\?/g, "") } : typed;
    },
    plugins: production ? [ApolloServerPluginLandingPageDisabled()] : [],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy ?? false);

  let lastHealth: { at: number; report: Promise<HealthReport> } | undefined;
  app.get("/health", async (_req, res) => {
    // Probes are shared for a second so that a burst of health checks does not multiply onto subgraphs.
    if (!lastHealth || Date.now() - lastHealth.at > 1_000) {
      lastHealth = { at: Date.now(), report: checkSubgraphs(subgraphUrls, options.healthTimeoutMs ?? 2_000) };
    }
    const report = await lastHealth.report;
    res.status(report.status === "ready" ? 200 : 503).json(report);
  });

  app.use(
    "/graphql",
    bodySizeGuard(limits.maxBodyBytes),
    (async (req, res, next) => {
      try {
        res.locals.caller = await options.verifyToken(req.headers.authorization);
        next();
      } catch (error) {
        // The verifier throws UNAUTHENTICATED for anything wrong with the token; other errors are ours.
        if (
          error instanceof AppError ||
          (error as { extensions?: { code?: unknown } }).extensions?.code === "UNAUTHENTICATED"
        ) {
          res.status(401).json(errorBody("UNAUTHENTICATED", (error as Error).message));
          return;
        }
        next(error);
      }
    }) satisfies express.RequestHandler,
    express.json({ limit: limits.maxBodyBytes }),
    bodyErrorHandler((err) => logger.error({ err }, "gateway: request failed")),
    batchGuard(limits.maxBatch),
    clientRateLimit(options.clientRateLimit ?? DEFAULT_CLIENT_RATE_LIMIT),
    tokenGuard(limits.maxTokens),
    ((req, _res, next) => {
      // GET requests have no body; Apollo's express integration insists on the property.
      if (!Reflect.has(req, "body")) req.body = undefined;
      next();
    }) satisfies express.RequestHandler,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const incomingId = req.headers["x-request-id"];
        const requestId =
          typeof incomingId === "string" && REQUEST_ID.test(incomingId) ? incomingId : randomUUID();
        res.setHeader("x-request-id", requestId);
        const forward: Record<string, string> = { "x-request-id": requestId };
        if (req.headers.authorization) forward.authorization = req.headers.authorization;
        if (req.ip) forward["x-forwarded-for"] = req.ip;
        return { caller: res.locals.caller as Caller, forward };
      },
    }),
  );

  return {
    app,
    async stop() {
      await apollo.stop();
      fetcher.close();
    },
  };
}
