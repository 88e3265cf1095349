// One pg-boss per interaction instance (schema interaction_jobs): the overdue-letter reminders and any later
// job share its connection pool and maintenance; each capability registers its own queue.
import { logger } from "@jiyue/server-kit";
import type pg from "pg";
import { PgBoss } from "pg-boss";

export const JOB_SCHEMA = "interaction_jobs";

export async function startJobQueue(pool: pg.Pool): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: pool.options.connectionString,
    schema: JOB_SCHEMA,
    max: 4,
    application_name: "interaction-jobs",
  });
  boss.on("error", (error) => logger.error({ err: error }, "interaction job queue error"));
  await boss.start();
  return boss;
}

export async function stopJobQueue(boss: PgBoss): Promise<void> {
  await boss.stop({ graceful: true, timeout: 5_000 });
}
