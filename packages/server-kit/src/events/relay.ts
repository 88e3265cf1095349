// The relay: moves committed outbox rows, in sequence order, onto the NOTIFY bus. One active relay per
// producer (advisory lock); consumers catch up by sequence number, so a stopped relay loses nothing.
import pg from "pg";
import { logger } from "../logger";
import { type DomainEvent, EVENTS_CHANNEL, type EventNotification, outboxChannel } from "./types";

const NOTIFY_LIMIT = 7000; // PostgreSQL refuses payloads of 8000 bytes and more.

interface OutboxRow {
  seq: string;
  id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  site_id: string | null;
  unit_id: string | null;
  payload: Record<string, unknown>;
  actor: DomainEvent["actor"];
  occurred_at: Date;
}

function toEvent(producer: string, row: OutboxRow): DomainEvent {
  return {
    id: row.id,
    seq: Number(row.seq),
    producer,
    type: row.type,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    siteId: row.site_id,
    unitId: row.unit_id,
    payload: row.payload,
    actor: row.actor,
    occurredAt: row.occurred_at.toISOString(),
  };
}

/** Events of a producer after a position, for catch-up (served by the producer's internal endpoint). */
export async function readOutbox(
  pool: pg.Pool,
  producer: string,
  after: number,
  limit: number,
): Promise<DomainEvent[]> {
  const result = await pool.query<OutboxRow>(
    `select seq, id, type, aggregate_type, aggregate_id, site_id, unit_id, payload, actor, occurred_at
       from "${producer}"."outbox" where seq > $1 order by seq limit $2`,
    [after, Math.min(Math.max(limit, 1), 1000)],
  );
  return result.rows.map((row) => toEvent(producer, row));
}

export interface Relay {
  /** Relays what is pending now; returns how many events were sent. */
  relayOnce(): Promise<number>;
  stop(): Promise<void>;
}

export async function startRelay(options: {
  connectionString: string;
  pool: pg.Pool;
  producer: string;
  intervalMs?: number;
}): Promise<Relay> {
  const { pool, producer } = options;
  const lockKey = `jiyue:relay:${producer}`;
  let listener: pg.Client | undefined;
  let holdsLock = false;
  let stopped = false;
  let running: Promise<number> | undefined;
  let again = false;

  const connect = async () => {
    const client = new pg.Client({
      connectionString: options.connectionString,
      application_name: `relay-${producer}`,
    });
    client.on("error", () => {
      holdsLock = false;
      listener = undefined;
    });
    client.on("notification", () => void trigger());
    await client.connect();
    await client.query(`listen "${outboxChannel(producer)}"`);
    listener = client;
  };

  const ensureLeader = async (): Promise<boolean> => {
    if (stopped) return false;
    if (!listener) await connect();
    if (!holdsLock && listener) {
      const { rows } = await listener.query<{ locked: boolean }>(
        "select pg_try_advisory_lock(hashtext($1)) as locked",
        [lockKey],
      );
      holdsLock = rows[0]?.locked === true;
    }
    return holdsLock;
  };

  const relayBatch = async (): Promise<number> => {
    const client = await pool.connect();
    try {
      await client.query("begin");
      await client.query(
        `insert into "${producer}"."outbox_relay" (id, relayed_seq) values (1, 0) on conflict do nothing`,
      );
      const state = await client.query<{ relayed_seq: string }>(
        `select relayed_seq from "${producer}"."outbox_relay" where id = 1 for update`,
      );
      const after = Number(state.rows[0]?.relayed_seq ?? 0);
      const rows = await client.query<OutboxRow>(
        `select seq, id, type, aggregate_type, aggregate_id, site_id, unit_id, payload, actor, occurred_at
           from "${producer}"."outbox" where seq > $1 order by seq limit 500`,
        [after],
      );
      for (const row of rows.rows) {
        const event = toEvent(producer, row);
        let message: EventNotification = { producer, seq: event.seq, event };
        let text = JSON.stringify(message);
        if (Buffer.byteLength(text) > NOTIFY_LIMIT) {
          message = { producer, seq: event.seq };
          text = JSON.stringify(message);
        }
        await client.query("select pg_notify($1, $2)", [EVENTS_CHANNEL, text]);
      }
      const last = rows.rows.at(-1);
      if (last) {
        await client.query(
          `update "${producer}"."outbox_relay" set relayed_seq = $1, updated_at = now() where id = 1`,
          [last.seq],
        );
      }
      await client.query("commit");
      return rows.rows.length;
    } catch (error) {
      await client.query("rollback").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };

  const relayOnce = async (): Promise<number> => {
    if (!(await ensureLeader())) return 0;
    let total = 0;
    for (;;) {
      const sent = await relayBatch();
      total += sent;
      if (sent < 500) return total;
    }
  };

  const trigger = async (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      try {
        do {
          again = false;
          total += await relayOnce();
        } while (again && !stopped);
      } catch (error) {
        logger.warn({ err: error, producer }, "event relay failed; will retry");
      } finally {
        running = undefined;
      }
      return total;
    })();
    return running;
  };

  await trigger();
  const timer = setInterval(() => void trigger(), options.intervalMs ?? 2_000);
  timer.unref();

  return {
    relayOnce: trigger,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      const client = listener;
      listener = undefined;
      if (client) await client.end().catch(() => {});
    },
  };
}
