// Nightly clean-up (pg-boss cron, once across replicas): phone codes and rate events older than a day are of
// no use to any limit, and attachments never sent with a letter belong to abandoned forms.
import { logger } from "@jiyue/server-kit";
import type { PgBoss } from "pg-boss";
import type { InteractionDb } from "../../context";
import { AttachmentRepository } from "../attachment/attachment.repository";
import { VerificationRepository } from "./verification.repository";

const PRUNE_QUEUE = "interaction-verification-prune";
const PRUNE_CRON = "17 3 * * *";
const DAY_MS = 86_400_000;

export async function pruneVerification(db: InteractionDb, now = new Date()): Promise<void> {
  const before = new Date(now.getTime() - DAY_MS);
  await new VerificationRepository(db).prune(before);
  await new AttachmentRepository(db).pruneUnattached(before);
}

export async function startVerificationPrune(boss: PgBoss, db: InteractionDb): Promise<() => Promise<void>> {
  await boss.createQueue(PRUNE_QUEUE, { retryLimit: 2, retryDelay: 300 });
  await boss.schedule(PRUNE_QUEUE, PRUNE_CRON, null, { tz: "Asia/Shanghai" });
  await boss.work(PRUNE_QUEUE, async () => {
    await pruneVerification(db);
    logger.info("phone codes, rate events and abandoned attachments pruned");
  });
  return async () => {
    await boss.offWork(PRUNE_QUEUE);
  };
}
