// One pg-boss per content instance (schema content_jobs): scheduled publishing, webhook deliveries and the
// recycle-bin purge share its connection pool and maintenance; each capability registers its own queue.
import { logger } from "@jiyue/server-kit";
import type pg from "pg";
import { PgBoss } from "pg-boss";

export const JOB_SCHEMA = "content_jobs";

export async function startJobQueue(pool: pg.Pool): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: pool.options.connectionString,
    schema: JOB_SCHEMA,
    max: 4,
    application_name: "content-jobs",
  });
  boss.on("error", (error) => logger.error({ err: error }, "content job queue error"));
  await boss.start();
  return boss;
}

export async function stopJobQueue(boss: PgBoss): Promise<void> {
  await boss.stop({ graceful: true, timeout: 5_000 });
}
