// PostgreSQL connection and drizzle instance for one subgraph; counts statements so tests can prove batching.
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";

export type Pool = pg.Pool;

export function createPool(
  connectionString: string,
  options: { max?: number; application?: string } = {},
): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    application_name: options.application ?? "jiyue",
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its connection (database restart) must not crash the process.
  pool.on("error", () => {});
  return pool;
}

/** Counts SQL statements sent through drizzle; tests read it to assert a constant number per request. */
export class StatementCounter {
  count = 0;
  readonly statements: string[] = [];
  record(query: string): void {
    this.count += 1;
    if (this.statements.length < 500) this.statements.push(query);
  }
  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }
}

export type Database<TSchema extends Record<string, unknown>> = NodePgDatabase<TSchema> & {
  $client: pg.Pool;
};

export function createDatabase<TSchema extends Record<string, unknown>>(
  pool: pg.Pool,
  schema: TSchema,
  counter = new StatementCounter(),
): { db: Database<TSchema>; counter: StatementCounter } {
  const db = drizzle({
    client: pool,
    schema,
    logger: { logQuery: (query) => counter.record(query) },
  }) as Database<TSchema>;
  return { db, counter };
}
