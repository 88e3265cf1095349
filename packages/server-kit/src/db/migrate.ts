// Applies a subgraph's committed drizzle-kit migrations, one subgraph at a time across processes.
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";

export async function migrateSubgraph(
  connectionString: string,
  options: { schema: string; migrationsFolder: string },
): Promise<void> {
  const client = new pg.Client({ connectionString, application_name: `migrate-${options.schema}` });
  await client.connect();
  try {
    // Several processes may start together; extensions and schemas are created once.
    await client.query("select pg_advisory_lock(hashtext('jiyue:migrate'))");
    await client.query("create extension if not exists pgcrypto");
    await client.query("create extension if not exists pg_trgm");
    // Bookkeeping lives apart from the subgraph's schema, which its first migration creates.
    await migrate(drizzle({ client }), {
      migrationsFolder: options.migrationsFolder,
      migrationsSchema: "drizzle",
      migrationsTable: `${options.schema}_migrations`,
    });
  } finally {
    await client.query("select pg_advisory_unlock(hashtext('jiyue:migrate'))").catch(() => {});
    await client.end();
  }
}
