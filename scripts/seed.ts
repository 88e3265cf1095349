// The demo city: identity seeds units, sites and users into an empty database; the other subgraphs build
// their parts (channels, mailboxes, statistics…) from identity's events when they start.

import * as identitySchema from "@jiyue/identity/schema";
import {
  DEMO_NOTE,
  DEMO_PASSWORD,
  DEMO_USERS as IDENTITY_DEMO_USERS,
  seedDemoCity,
} from "@jiyue/identity/seed";
import { createDatabase, createPool } from "@jiyue/server-kit";

export { DEMO_NOTE };
export const DEMO_USERS = IDENTITY_DEMO_USERS.map((user) => ({ ...user, password: DEMO_PASSWORD }));

/** Seeds the demo city when the database has no units yet; returns whether it did. */
export async function seedIfEmpty(
  databaseUrl: string,
  log: (line: string) => void = console.log,
): Promise<boolean> {
  const pool = createPool(databaseUrl, { max: 2, application: "seed" });
  try {
    const { db } = createDatabase(pool, identitySchema);
    return await seedDemoCity(db, { log });
  } finally {
    await pool.end();
  }
}

/** Whether administrators must use TOTP, as stored now (no row yet → the schema default, required). */
export async function readTotpRequiredForAdmins(databaseUrl: string): Promise<boolean> {
  const pool = createPool(databaseUrl, { max: 1, application: "seed" });
  try {
    const result = await pool.query<{ required: boolean }>(
      "select totp_required_for_admins as required from identity.security_policy where id = 1",
    );
    return result.rows[0]?.required ?? true;
  } finally {
    await pool.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is required (pnpm start seeds the embedded database by itself)");
    process.exit(1);
  }
  const seeded = await seedIfEmpty(url);
  console.log(seeded ? "demo city seeded" : "database already has data: nothing seeded");
}
