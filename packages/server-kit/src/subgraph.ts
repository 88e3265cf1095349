// Everything a subgraph process does besides its domain: migrate, connect, serve, relay its outbox,
// consume others' events, stop cleanly. Each subgraph supplies a definition; tests start it in-process.
import type { GraphQLResolverMap } from "@apollo/subgraph";
import type express from "express";
import type pg from "pg";
import {
  httpRevocationSource,
  RevocationList,
  type RevocationSource,
  SESSIONS_REVOKED,
  type SessionsRevokedPayload,
} from "./auth/revocation";
import { serviceTokenSource } from "./auth/service-token";
import { createTokenVerifier, remoteKeySet, type TokenVerifier } from "./auth/tokens";
import { hostOf, jwksUrl, portOf, type SubgraphName, serviceSecret, urlOf } from "./config";
import { createDatabase, createPool, type Database, type StatementCounter } from "./db/client";
import { migrateSubgraph } from "./db/migrate";
import { applyDirectoryEvent, DIRECTORY_EVENT_TYPES } from "./directory";
import {
  type Consumer,
  type ConsumerStore,
  type EventSource,
  httpEventSource,
  startConsumer,
} from "./events/consumer";
import { type EventTransaction, pgConsumerStore } from "./events/pg-store";
import { type Relay, startRelay } from "./events/relay";
import type { DomainEvent } from "./events/types";
import { logger } from "./logger";
import { type BaseContext, createSubgraphApp, listen } from "./server";
import { loadTypeDefs } from "./typedefs";

export interface SubgraphDeps<TSchema extends Record<string, unknown>> {
  db: Database<TSchema>;
  pool: pg.Pool;
  counter: StatementCounter;
  serviceSecret: string;
  /** The same verifier as /graphql (revocations included), for extra routes added in `configure`. */
  verifyToken: TokenVerifier;
}

export interface SubgraphDefinition<TSchema extends Record<string, unknown>, TContext extends BaseContext> {
  name: SubgraphName;
  /** drizzle tables of the subgraph (its db/schema.ts). */
  schema: TSchema;
  /** Folder with the modules' schema.graphql files. */
  srcDir: string;
  migrationsFolder: string;
  // biome-ignore lint/suspicious/noExplicitAny: resolver maps are typed by codegen per subgraph
  resolvers: GraphQLResolverMap<any>;
  createContext(base: BaseContext, deps: SubgraphDeps<TSchema>): TContext;
  /** Events of other subgraphs this one reacts to. Identity's directory events are applied automatically. */
  consumes?: {
    producers: SubgraphName[];
    handles?(event: DomainEvent): boolean;
    handle?(event: DomainEvent, tx: EventTransaction, deps: SubgraphDeps<TSchema>): Promise<void>;
  };
  configure?(app: express.Express, deps: SubgraphDeps<TSchema>): void;
  /** Work to run once the server is up (e.g. job workers); returns a stopper. */
  onStart?(deps: SubgraphDeps<TSchema>): Promise<(() => Promise<void>) | undefined>;
}

export interface SubgraphRunOptions {
  databaseUrl: string;
  port: number;
  host?: string;
  serviceSecret: string;
  verifyToken: TokenVerifier;
  /** Where to catch up on each producer's events; defaults to the producers' internal endpoints. */
  eventSources?: Partial<Record<SubgraphName, EventSource>>;
  /**
   * Where to load recent revocations at start; defaults to identity's /internal/revocations, or none when
   * identity's events come from an injected source (tests).
   */
  revocationSource?: RevocationSource | null;
  migrate?: boolean;
  relay?: boolean;
  consume?: boolean;
  production?: boolean;
  poolSize?: number;
}

export interface StartedSubgraph<TSchema extends Record<string, unknown>> extends SubgraphDeps<TSchema> {
  name: SubgraphName;
  url: string;
  relay: Relay | undefined;
  consumer: Consumer | undefined;
  /** The consumer's store (tests redeliver events through it to prove idempotency). */
  eventStore: ConsumerStore | undefined;
  /** Subjects whose earlier tokens are refused (fed by identity's auth.sessions_revoked). */
  revocations: RevocationList;
  stop(): Promise<void>;
}

export async function startSubgraph<TSchema extends Record<string, unknown>, TContext extends BaseContext>(
  definition: SubgraphDefinition<TSchema, TContext>,
  options: SubgraphRunOptions,
): Promise<StartedSubgraph<TSchema>> {
  const { name } = definition;
  if (options.migrate !== false) {
    await migrateSubgraph(options.databaseUrl, {
      schema: name,
      migrationsFolder: definition.migrationsFolder,
    });
  }
  const pool = createPool(options.databaseUrl, { max: options.poolSize ?? 10, application: name });
  const { db, counter } = createDatabase(pool, definition.schema);
  const revocations = new RevocationList();
  const verifyToken = revocations.guard(options.verifyToken);
  const deps: SubgraphDeps<TSchema> = {
    db,
    pool,
    counter,
    serviceSecret: options.serviceSecret,
    verifyToken,
  };
  const consumes = definition.consumes;
  const tokens = serviceTokenSource(name, options.serviceSecret);

  const { app, apollo } = await createSubgraphApp<TContext>({
    name,
    typeDefs: loadTypeDefs(definition.srcDir),
    resolvers: definition.resolvers,
    pool,
    verifyToken,
    serviceSecret: options.serviceSecret,
    createContext: (base) => definition.createContext(base, deps),
    configure: definition.configure ? (express) => definition.configure?.(express, deps) : undefined,
    production: options.production,
  });
  const server = await listen(app, options.port, options.host ?? "127.0.0.1");

  const relay =
    options.relay === false
      ? undefined
      : await startRelay({ connectionString: options.databaseUrl, pool, producer: name });

  let consumer: Consumer | undefined;
  let eventStore: ConsumerStore | undefined;
  let stopSeeding: (() => void) | undefined;
  if (consumes && options.consume !== false) {
    const sources: Record<string, EventSource> = {};
    for (const producer of consumes.producers) {
      sources[producer] = options.eventSources?.[producer] ?? httpEventSource(urlOf(producer), tokens);
    }
    eventStore = pgConsumerStore({
      db,
      schema: name,
      consumer: name,
      handle: async (event, tx) => {
        await applyDirectoryEvent(tx, name, event);
        if (event.producer === "identity" && event.type === SESSIONS_REVOKED) {
          const payload = event.payload as unknown as SessionsRevokedPayload;
          revocations.add(payload.subjectId, payload.validAfter);
        }
        if (consumes.handles?.(event)) await consumes.handle?.(event, tx, deps);
      },
    });
    consumer = await startConsumer({
      name,
      listenConnectionString: options.databaseUrl,
      sources,
      handles: (event) =>
        (event.producer === "identity" &&
          (DIRECTORY_EVENT_TYPES.has(event.type) || event.type === SESSIONS_REVOKED)) ||
        (consumes.handles?.(event) ?? false),
      store: eventStore,
    });
    // Events already applied before a restart are not replayed: load the recent revocations from identity.
    const revocationSource =
      options.revocationSource === undefined
        ? options.eventSources?.identity
          ? null
          : httpRevocationSource(urlOf("identity"), tokens)
        : options.revocationSource;
    if (revocationSource) stopSeeding = revocations.seed(revocationSource);
  }
  const stopExtra = await definition.onStart?.(deps);

  return {
    ...deps,
    name,
    url: server.url,
    relay,
    consumer,
    eventStore,
    revocations,
    async stop() {
      stopSeeding?.();
      await stopExtra?.();
      await consumer?.stop();
      await relay?.stop();
      await server.stop();
      await apollo.stop();
      await pool.end();
    },
  };
}

/**
 * Entry point of a subgraph process: configuration from the environment, clean stop on SIGINT/SIGTERM.
 * `overrides` replace options (identity verifies tokens with its own keys instead of fetching its JWKS).
 */
export async function runSubgraphProcess<
  TSchema extends Record<string, unknown>,
  TContext extends BaseContext,
>(
  definition: SubgraphDefinition<TSchema, TContext>,
  overrides: Partial<SubgraphRunOptions> = {},
): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl)
    throw new Error("DATABASE_URL is required (pnpm start sets it for the embedded database)");
  const started = await startSubgraph(definition, {
    databaseUrl,
    port: portOf(definition.name),
    host: hostOf(),
    serviceSecret: serviceSecret(),
    verifyToken: overrides.verifyToken ?? createTokenVerifier(remoteKeySet(jwksUrl())),
    ...overrides,
  });
  logger.info({ subgraph: definition.name, url: started.url }, "subgraph ready");
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    await started.stop().catch((error: unknown) => logger.error({ err: error }, "stop failed"));
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}
