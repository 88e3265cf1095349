// The event mechanism on a real PostgreSQL: outbox in the producer's transaction, relay over NOTIFY,
// consumer in sequence order with catch-up, nothing lost or applied twice when the relay stops and restarts.
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../testing/database";
import { type ConsumerStore, startConsumer } from "./consumer";
import { emitEvent } from "./emit";
import { type Relay, readOutbox, startRelay } from "./relay";
import type { DomainEvent } from "./types";

let url: string;
let drop: () => Promise<void>;
let pool: pg.Pool;

beforeAll(async () => {
  ({ url, drop } = await createTestDatabase());
  pool = new pg.Pool({ connectionString: url, max: 4 });
});
afterAll(async () => {
  await pool.end();
  await drop();
});

/** An in-memory store that records every application, to detect loss and duplicates. */
function recordingStore(): ConsumerStore & { applied: DomainEvent[]; positions: Map<string, number> } {
  const applied: DomainEvent[] = [];
  const seen = new Set<string>();
  const positions = new Map<string, number>();
  return {
    applied,
    positions,
    async lastSeq(producer) {
      return positions.get(producer) ?? 0;
    },
    async apply(event, handle) {
      if (handle && !seen.has(event.id)) {
        seen.add(event.id);
        applied.push(event);
      }
      positions.set(event.producer, Math.max(positions.get(event.producer) ?? 0, event.seq));
    },
  };
}

async function emit(n: number, label: string) {
  const db = drizzle({ client: pool });
  for (let i = 0; i < n; i++) {
    await db.transaction(async (tx) => {
      await emitEvent(tx, "content", {
        type: "test.happened",
        aggregateType: "test",
        aggregateId: `${label}-${i}`,
        payload: { label, i },
        actor: { kind: "system", id: null },
      });
    });
  }
}

async function until(condition: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("events", () => {
  it("an event rolled back with its transaction is never delivered", async () => {
    const db = drizzle({ client: pool });
    await expect(
      db.transaction(async (tx) => {
        await emitEvent(tx, "content", {
          type: "test.rolled_back",
          aggregateType: "test",
          aggregateId: "x",
          payload: {},
          actor: { kind: "system", id: null },
        });
        throw new Error("business rule failed");
      }),
    ).rejects.toThrow("business rule failed");
    expect(await readOutbox(pool, "content", 0, 100)).toEqual([]);
  });

  it("delivers over NOTIFY in order; with the relay stopped catch-up finds the rest; restart duplicates nothing", async () => {
    const store = recordingStore();
    // Catch-up reads the producer's outbox the way its /internal/events endpoint does.
    let catchUps = 0;
    const consumer = await startConsumer({
      name: "test",
      listenConnectionString: url,
      sources: {
        content: async (after, limit) => {
          catchUps++;
          return readOutbox(pool, "content", after, limit);
        },
      },
      handles: (event) => event.type === "test.happened",
      store,
      pollIntervalMs: 60_000,
    });
    let relay: Relay = await startRelay({
      connectionString: url,
      pool,
      producer: "content",
      intervalMs: 60_000,
    });

    await emit(5, "live");
    await until(() => store.applied.length === 5);
    expect(store.applied.map((event) => event.aggregateId)).toEqual([
      "live-0",
      "live-1",
      "live-2",
      "live-3",
      "live-4",
    ]);
    const catchUpsWhileLive = catchUps;

    await relay.stop();
    await emit(4, "stopped");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(store.applied).toHaveLength(5); // nothing relayed, nothing applied yet
    expect(catchUps).toBe(catchUpsWhileLive);

    relay = await startRelay({ connectionString: url, pool, producer: "content", intervalMs: 60_000 });
    await until(() => store.applied.length === 9);
    await consumer.catchUp(); // a redundant catch-up must not apply anything twice
    await relay.relayOnce();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(store.applied.map((event) => event.aggregateId)).toEqual([
      "live-0",
      "live-1",
      "live-2",
      "live-3",
      "live-4",
      "stopped-0",
      "stopped-1",
      "stopped-2",
      "stopped-3",
    ]);
    const seqs = store.applied.map((event) => event.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);

    // A consumer that starts later catches up from its last position only.
    const late = recordingStore();
    late.positions.set("content", seqs[6] ?? 0);
    const lateConsumer = await startConsumer({
      name: "late",
      sources: { content: (after, limit) => readOutbox(pool, "content", after, limit) },
      handles: () => true,
      store: late,
      pollIntervalMs: 60_000,
    });
    expect(late.applied.map((event) => event.aggregateId)).toEqual(["stopped-2", "stopped-3"]);

    await lateConsumer.stop();
    await relay.stop();
    await consumer.stop();
  });
});
