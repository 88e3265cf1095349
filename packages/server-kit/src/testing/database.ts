// Integration tests get a fresh database per test file, cloned from a migrated template (see test/global-setup.ts).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplateDatabase: string;
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A new, migrated database (all five subgraph schemas), dropped by the returned `drop`. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject("pgAdminUrl");
  const template = inject("pgTemplateDatabase");
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Parallel test files clone the same template; PostgreSQL may briefly refuse while another clone runs.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`create database "${name}" template "${template}"`);
        break;
      } catch (error) {
        if (attempt >= 10) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(adminUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        // Without force: a pool the code under test has not closed yet would otherwise have its idle
        // connection killed, and pg reports that as an uncaught error in whichever test runs next. A
        // database still in use after a few tries is left for the next run's global setup to drop.
        for (let attempt = 1; attempt <= 10; attempt++) {
          try {
            await client.query(`drop database if exists "${name}"`);
            return;
          } catch (error) {
            if ((error as { code?: string }).code !== "55006") throw error; // object_in_use
            await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
          }
        }
      } finally {
        await client.end();
      }
    },
  };
}
