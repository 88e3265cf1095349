// `pnpm import:articles --site <code> --channel <path> FILE.jsonl`: imports JSON lines as published articles
// through the content subgraph's normal model (see subgraphs/content/src/modules/import).
import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { formatSummary, ImportTargetError, importArticles, openContentDatabase } from "@jiyue/content/import";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "@jiyue/server-kit/embedded-db";
import pg from "pg";

const USAGE = `用法：pnpm import:articles --site <站点代码> --channel <栏目路径> 文件.jsonl

每行一个 JSON 对象：title（标题）、body（正文，纯文本或 HTML）、date（2024-03-05 或带时间，
未带时区按北京时间）、可选 source（来源）、source_url（原文链接）。
数据库：DATABASE_URL；未设置时使用 pnpm start 的内置数据库（.data/pg，运行中则直接连接，未运行则临时启动）。`;

const root = path.resolve(import.meta.dirname, "..");
const EMBEDDED_PORT = 54320;
const EMBEDDED_URL = `postgres://postgres:jiyue-local@127.0.0.1:${EMBEDDED_PORT}/jiyue`;

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** DATABASE_URL, else the embedded database of `pnpm start` (started here if it is not running). */
async function database(): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  if (await reachable(EMBEDDED_URL)) return { url: EMBEDDED_URL };
  const dataDir = path.join(process.env.JIYUE_DATA_DIR ?? path.join(root, ".data"), "pg");
  if (!existsSync(path.join(dataDir, "PG_VERSION")))
    throw new ImportTargetError(
      `没有可用的数据库：请设置 DATABASE_URL，或先运行一次 pnpm start 初始化内置数据库（${dataDir}）`,
    );
  console.error(`▶ 内置数据库未运行，临时启动（${dataDir}）…`);
  const embedded = await startEmbeddedPostgres({ dataDir, port: EMBEDDED_PORT });
  return { url: embedded.url, embedded };
}

/** Opened when the importer starts reading: lines readline emits before iteration begins would be lost. */
async function* lines(file: string) {
  yield* createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Number.POSITIVE_INFINITY });
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      site: { type: "string" },
      channel: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (values.help || !values.site || !values.channel || !file) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  if (!existsSync(file)) {
    console.error(`✖ 文件不存在：${file}`);
    return 2;
  }
  const { url, embedded } = await database();
  const { db, close } = openContentDatabase(url, "import-articles");
  try {
    const summary = await importArticles(
      db,
      { siteCode: values.site, channelPath: values.channel },
      lines(file),
      {
        onProgress: (p) =>
          console.error(
            `  已处理 ${p.processed} 条：导入 ${p.imported}，跳过 ${p.skipped}，失败 ${p.failed}（${p.rate.toFixed(0)} 条/秒）`,
          ),
      },
    );
    console.error(formatSummary(summary));
    return summary.failures.length ? 1 : 0;
  } finally {
    await close();
    await embedded?.stop();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
