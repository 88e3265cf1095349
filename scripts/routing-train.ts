// `pnpm routing:train --from-csv <path> [--limit N]`: trains the letter category classifier from the public
// letters (a directory like ../shared/data/letters, or one labelled CSV) and stores it as the interaction
// subgraph's next routing model, so dispatchers see suggestions before enough letters are handled here.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { examplesFromCsv, openRoutingDatabase, trainFromExamples } from "@jiyue/interaction/routing-train";

const USAGE = `用法：pnpm routing:train --from-csv <目录或 CSV 文件> [--limit 样本数]

目录：含 fujian2_details_labels.csv、fujian2_titles_labels.csv（如 ../shared/data/letters）；
CSV：一列文本（留言详情 / 留言主题 / content / text / title），一列类别（一级标签 / category）。
数据库：DATABASE_URL，未设置时为 pnpm start 的内置数据库（须正在运行）。`;
const EMBEDDED_URL = "postgres://postgres:jiyue-local@127.0.0.1:54320/jiyue";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      "from-csv": { type: "string" },
      limit: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const source = values["from-csv"];
  if (values.help || !source) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  if (!existsSync(source)) {
    console.error(`✖ 不存在：${source}`);
    return 2;
  }
  const limit = values.limit ? Number(values.limit) : undefined;
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    console.error("✖ --limit 须为正整数");
    return 2;
  }
  const examples = examplesFromCsv(source, { limit });
  console.error(`▶ ${examples.length} 条样本（已去除完全重复），训练中…`);
  const { db, close } = await openRoutingDatabase(process.env.DATABASE_URL ?? EMBEDDED_URL);
  try {
    const started = performance.now();
    const model = await trainFromExamples(db, examples);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `✔ 分类模型第 ${model.version} 版已保存：${model.sampleCount} 条样本，${Object.keys(model.categoryCounts).length} 个类别，用时 ${seconds} 秒`,
    );
    return 0;
  } finally {
    await close();
  }
}

process.exitCode = await main();
