// Starts PostgreSQL for the test run (DATABASE_URL's server, or an embedded one) and migrates a template
// database that each integration test file clones.
import { existsSync } from "node:fs";
import path from "node:path";
import { migrateSubgraph, SUBGRAPH_NAMES } from "@jiyue/server-kit";
import { type EmbeddedDatabase, ensureDatabase, startEmbeddedPostgres } from "@jiyue/server-kit/embedded-db";
import pg from "pg";
import type { TestProject } from "vitest/node";

const TEMPLATE = "jiyue_test_template";
let embedded: EmbeddedDatabase | undefined;

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function setup(project: TestProject): Promise<void> {
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabase(process.env.DATABASE_URL, "postgres");
  } else {
    const port = Number(process.env.TEST_PG_PORT ?? 54329);
    embedded = await startEmbeddedPostgres({
      dataDir: path.resolve(`.data/test-pg-${port}`),
      port,
      database: "postgres",
    });
    adminUrl = embedded.urlFor("postgres");
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Leftovers of an interrupted run.
    const stale = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like 't\\_%' or datname = $1",
      [TEMPLATE],
    );
    for (const row of stale.rows) await admin.query(`drop database if exists "${row.datname}" with (force)`);
  } finally {
    await admin.end();
  }
  await ensureDatabase(adminUrl, TEMPLATE);
  const templateUrl = withDatabase(adminUrl, TEMPLATE);
  for (const name of SUBGRAPH_NAMES) {
    const migrationsFolder = path.resolve("subgraphs", name, "drizzle");
    if (existsSync(path.join(migrationsFolder, "meta", "_journal.json"))) {
      await migrateSubgraph(templateUrl, { schema: name, migrationsFolder });
    }
  }
  project.provide("pgAdminUrl", adminUrl);
  project.provide("pgTemplateDatabase", TEMPLATE);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
}
