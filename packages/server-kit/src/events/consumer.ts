// Consumers: LISTEN for relayed events, apply them in sequence order per producer, catch up by sequence
// number from the producer's internal endpoint after a restart, a gap or a missed notification.
// Idempotent by event id: a store applies an event at most once.
import pg from "pg";
import { logger } from "../logger";
import { type DomainEvent, EVENTS_CHANNEL, type EventNotification } from "./types";

/** Where a consumer gets the events of one producer after a position (usually its internal endpoint). */
export type EventSource = (after: number, limit: number) => Promise<DomainEvent[]>;

export interface ConsumerStore {
  lastSeq(producer: string): Promise<number>;
  /** Applies the event at most once (handler may be absent: only the position moves). */
  apply(event: DomainEvent, handle: boolean): Promise<void>;
}

export interface Consumer {
  /** Fetches and applies everything pending from every producer. */
  catchUp(): Promise<void>;
  /** Resolves once every producer's position has reached at least what its source has now. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export function httpEventSource(
  baseUrl: string,
  serviceToken: () => Promise<string>,
  fetchImpl: typeof fetch = fetch,
): EventSource {
  return async (after, limit) => {
    const response = await fetchImpl(`${baseUrl}/internal/events?after=${after}&limit=${limit}`, {
      headers: { authorization: `Bearer ${await serviceToken()}` },
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`event catch-up from ${baseUrl} failed: ${response.status}`);
    const body = (await response.json()) as { events: DomainEvent[] };
    return body.events;
  };
}

export async function startConsumer(options: {
  name: string;
  /** Connection for LISTEN; absent = catch-up by polling only. */
  listenConnectionString?: string;
  sources: Record<string, EventSource>;
  /** Event types this consumer handles (others only advance the position); "*" = all. */
  handles: (event: DomainEvent) => boolean;
  store: ConsumerStore;
  pollIntervalMs?: number;
}): Promise<Consumer> {
  const { store, sources } = options;
  const positions = new Map<string, number>();
  const queues = new Map<string, Promise<void>>();
  let stopped = false;
  let listener: pg.Client | undefined;
  let reconnectTimer: NodeJS.Timeout | undefined;

  const position = async (producer: string) => {
    let seq = positions.get(producer);
    if (seq === undefined) {
      seq = await store.lastSeq(producer);
      positions.set(producer, seq);
    }
    return seq;
  };

  const applyOne = async (event: DomainEvent) => {
    await store.apply(event, options.handles(event));
    positions.set(event.producer, event.seq);
  };

  const catchUpProducer = async (producer: string) => {
    const source = sources[producer];
    if (!source) return;
    for (;;) {
      const after = await position(producer);
      const events = await source(after, 500);
      for (const event of events) {
        if (event.seq > (positions.get(producer) ?? 0)) await applyOne(event);
      }
      if (events.length < 500) return;
    }
  };

  /** Runs work for one producer strictly one after another. */
  const enqueue = (producer: string, work: () => Promise<void>): Promise<void> => {
    const previous = queues.get(producer) ?? Promise.resolve();
    const next = previous
      .then(work)
      .catch((error: unknown) =>
        logger.warn({ err: error, consumer: options.name, producer }, "event consumer failed"),
      );
    queues.set(producer, next);
    return next;
  };

  const onNotification = (message: EventNotification) => {
    if (!sources[message.producer]) return;
    void enqueue(message.producer, async () => {
      const current = await position(message.producer);
      if (message.seq <= current) return;
      if (message.seq === current + 1 && message.event) await applyOne(message.event);
      else await catchUpProducer(message.producer);
    });
  };

  const catchUp = async () => {
    await Promise.all(
      Object.keys(sources).map((producer) => enqueue(producer, () => catchUpProducer(producer))),
    );
  };

  const listen = async () => {
    if (!options.listenConnectionString || stopped) return;
    const client = new pg.Client({
      connectionString: options.listenConnectionString,
      application_name: `consumer-${options.name}`,
    });
    client.on("notification", (notification) => {
      if (!notification.payload) return;
      try {
        onNotification(JSON.parse(notification.payload) as EventNotification);
      } catch {
        // A malformed notification is ignored; the periodic catch-up covers it.
      }
    });
    client.on("error", () => {
      listener = undefined;
      scheduleReconnect();
    });
    try {
      await client.connect();
      await client.query(`listen "${EVENTS_CHANNEL}"`);
      listener = client;
      // Anything relayed while we were not listening.
      void catchUp();
    } catch {
      await client.end().catch(() => {});
      scheduleReconnect();
    }
  };
  const scheduleReconnect = () => {
    if (stopped || reconnectTimer) return;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      void listen();
    }, 1_000);
    reconnectTimer.unref();
  };

  await listen();
  await catchUp();
  const poll = setInterval(() => void catchUp(), options.pollIntervalMs ?? 5_000);
  poll.unref();

  return {
    catchUp,
    async idle() {
      await catchUp();
    },
    async stop() {
      stopped = true;
      clearInterval(poll);
      if (reconnectTimer) clearTimeout(reconnectTimer);
      await Promise.all(queues.values());
      if (listener) await listener.end().catch(() => {});
    },
  };
}
