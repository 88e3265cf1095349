// The clock of campaigns: when an opened campaign's start or end time passes, solicitation.started /
// solicitation.ended is emitted once (the portal's cached lists then show it as open / ended). A pg-boss cron
// sweeps every minute on every instance; row locks with SKIP LOCKED keep it to one event per boundary.
import { emitEvent, logger } from "@jiyue/server-kit";
import type { PgBoss } from "pg-boss";
import type { InteractionDb } from "../../context";
import { SolicitationRepository } from "./solicitation.repository";

const CLOCK_QUEUE = "solicitation-clock";
const CLOCK_CRON = "* * * * *";

/** Announces every start and end the clock has reached; returns the events emitted. */
export async function announceBoundaries(db: InteractionDb, now: Date = new Date()): Promise<string[]> {
  return db.transaction(async (tx) => {
    const repository = new SolicitationRepository(tx);
    const emitted: string[] = [];
    for (const row of await repository.dueBoundaries(now)) {
      const changes: { startAnnouncedAt?: Date; endAnnouncedAt?: Date } = {};
      const boundaries: ("started" | "ended")[] = [];
      if (row.startsAt <= now && !row.startAnnouncedAt) {
        changes.startAnnouncedAt = now;
        boundaries.push("started");
      }
      if (row.endsAt <= now && !row.endAnnouncedAt) {
        changes.endAnnouncedAt = now;
        boundaries.push("ended");
      }
      for (const boundary of boundaries) {
        await emitEvent(tx, "interaction", {
          type: `solicitation.${boundary}`,
          aggregateType: "solicitation",
          aggregateId: row.id,
          siteId: row.siteIds[0] ?? null,
          unitId: row.unitId,
          payload: {
            solicitation: {
              id: row.id,
              unitId: row.unitId,
              siteIds: row.siteIds,
              status: row.status,
              startsAt: row.startsAt.toISOString(),
              endsAt: row.endsAt.toISOString(),
            },
          },
          actor: { kind: "system", id: null },
        });
        emitted.push(`${row.id}:${boundary}`);
      }
      await repository.markAnnounced(row.id, changes);
    }
    return emitted;
  });
}

export async function startSolicitationClock(boss: PgBoss, db: InteractionDb): Promise<() => Promise<void>> {
  await boss.createQueue(CLOCK_QUEUE, { retryLimit: 2, retryDelay: 30 });
  await boss.schedule(CLOCK_QUEUE, CLOCK_CRON, null, { tz: "Asia/Shanghai" });
  await boss.work(CLOCK_QUEUE, async () => {
    const emitted = await announceBoundaries(db);
    if (emitted.length) logger.info({ count: emitted.length }, "solicitation boundaries announced");
  });
  return async () => {
    await boss.offWork(CLOCK_QUEUE);
  };
}
