// The demo city: identity seeds units, sites and users into an empty database; the other subgraphs build
// their parts (channels, mailboxes, statistics…) from identity's events when they start.

import * as identitySchema from "@jiyue/identity/schema";
import {
  DEMO_NOTE,
  DEMO_PASSWORD,
  demoStaffCallers,
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

/**
 * The demo 互动交流 (answered letters → 智库, Q&A, 意见征集) of 市委宣传部, written through interaction's services
 * in the demo staff's names once interaction has built the mailboxes; writes only what is missing.
 */
export async function seedDemoInteractionOnce(
  databaseUrl: string,
  serviceSecret: string,
  log: (line: string) => void = console.log,
): Promise<void> {
  const { DEMO_INTERACTION_STAFF, openInteractionDatabase, seedDemoInteraction } = await import(
    "@jiyue/interaction/seed"
  );
  const identityPool = createPool(databaseUrl, { max: 1, application: "seed" });
  const interaction = openInteractionDatabase(databaseUrl, "seed-interaction");
  try {
    const { db } = createDatabase(identityPool, identitySchema);
    const staff = await demoStaffCallers(db, [...DEMO_INTERACTION_STAFF]);
    const written = await seedDemoInteraction(interaction, {
      staff,
      serviceSecret,
      log,
      waitForMailboxMs: 60_000,
    });
    if (written.letters + written.curated + written.solicitations > 0)
      log(
        `▶ 已写入互动交流示例数据：信件 ${written.letters} 封、智库问答 ${written.curated} 条、意见征集 ${written.solicitations} 项`,
      );
  } catch (error) {
    // The platform runs without the demo content; the next start tries again (it writes only what is missing).
    log(`✖ 互动交流示例数据写入失败：${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await Promise.all([identityPool.end(), interaction.close()]);
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
