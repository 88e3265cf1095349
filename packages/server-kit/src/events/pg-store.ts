// A consumer store inside a subgraph's own schema: inbox (idempotency) and cursor, one transaction per event.
import { sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { ConsumerStore } from "./consumer";
import type { DomainEvent } from "./types";

type Db = NodePgDatabase<Record<string, unknown>>;
export type EventTransaction = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type EventHandler = (event: DomainEvent, tx: EventTransaction) => Promise<void>;

export function pgConsumerStore(options: {
  db: Db;
  /** The consumer's own PostgreSQL schema (holds event_inbox and event_cursor). */
  schema: string;
  consumer: string;
  handle: EventHandler;
}): ConsumerStore {
  const inbox = sql.raw(`"${options.schema}"."event_inbox"`);
  const cursor = sql.raw(`"${options.schema}"."event_cursor"`);
  return {
    async lastSeq(producer) {
      const result = await options.db.execute<{ last_seq: string }>(
        sql`select last_seq from ${cursor} where consumer = ${options.consumer} and producer = ${producer}`,
      );
      return Number(result.rows[0]?.last_seq ?? 0);
    },
    async apply(event, handle) {
      await options.db.transaction(async (tx) => {
        if (handle) {
          const inserted = await tx.execute(
            sql`insert into ${inbox} (consumer, event_id, producer, seq)
                values (${options.consumer}, ${event.id}, ${event.producer}, ${event.seq})
                on conflict do nothing returning event_id`,
          );
          if (inserted.rows.length > 0) await options.handle(event, tx);
        }
        await tx.execute(
          sql`insert into ${cursor} (consumer, producer, last_seq) values (${options.consumer}, ${event.producer}, ${event.seq})
              on conflict (consumer, producer) do update
              set last_seq = greatest(${cursor}.last_seq, excluded.last_seq), updated_at = now()`,
        );
      });
    },
  };
}
