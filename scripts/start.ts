// `pnpm start`: the whole platform on this machine (embedded PostgreSQL unless DATABASE_URL is set).
// Ports: PORTAL_PORT … as set, else the defaults plus JIYUE_PORT_OFFSET; data in JIYUE_DATA_DIR (default .data,
// or .data/offset-<n> with an offset, so that a second instance beside the first has its own database).
import path from "node:path";
import { type Platform, parsePortOffset, root, startPlatform } from "./platform";
import { DEMO_NOTE, DEMO_USERS, readTotpRequiredForAdmins, trainDemoRoutingModelOnce } from "./seed";

const started = Date.now();
let platform: Platform | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  console.log("\n▶ 正在停止所有进程和数据库…");
  await platform?.stop();
  console.log("已停止。");
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

let dataDir = path.join(root, ".data");
try {
  const portOffset = parsePortOffset(process.env.JIYUE_PORT_OFFSET);
  dataDir = path.resolve(
    process.env.JIYUE_DATA_DIR?.trim() ||
      (portOffset === 0 ? path.join(root, ".data") : path.join(root, ".data", `offset-${portOffset}`)),
  );
  platform = await startPlatform({
    dataDir,
    portOffset,
    portEnv: process.env,
    databaseUrl: process.env.DATABASE_URL,
  });
} catch (error) {
  console.error(`✖ 启动失败：${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
if (platform) {
  const { urls } = platform;
  const totpRequired = await readTotpRequiredForAdmins(platform.databaseUrl).catch(() => undefined);
  const totpLine =
    totpRequired === undefined
      ? "管理员动态口令（TOTP）：未能读取安全策略"
      : totpRequired
        ? "管理员动态口令（TOTP）：已开启——管理员登录需要动态口令（安全管理员可在“安全策略”中调整）"
        : "管理员动态口令（TOTP）：已关闭——演示账号可直接用密码登录；生产环境请由安全管理员开启";
  // The seed note's first sentence is about the demo data; the TOTP state comes from the database instead.
  const demoNote = `${DEMO_NOTE.split("。")[0]}。`;
  const mode =
    process.env.NODE_ENV === "production" || process.env.NODE_ENV === undefined
      ? "运行模式：生产（不向客户端返回堆栈和内部信息，关闭 introspection）。开发模式：NODE_ENV=development pnpm start"
      : `运行模式：${process.env.NODE_ENV}（生产模式：直接运行 pnpm start）`;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
集约 Jiyue 已启动（${seconds} 秒）

  门户 portal        ${urls.portal}/        （站点：${urls.portal}/s/<站点代码>/）
  管理后台 admin     ${urls.admin}/
  GraphQL 网关       ${urls.gateway}/graphql   健康检查 ${urls.gateway}/health
  子图 subgraphs     identity ${urls.identity}  content ${urls.content}  interaction ${urls.interaction}
                     supervision ${urls.supervision}  evaluation ${urls.evaluation}

示例登录（示例数据）：
${DEMO_USERS.map((user) => `  ${user.username.padEnd(14)} ${user.role}`).join("\n")}
  密码：${DEMO_USERS[0]?.password ?? ""}
${demoNote}
${totpLine}

${mode}
日志：${path.join(dataDir, "logs")}
按 Ctrl-C 停止。`);
  // The demo's 分办建议: a category model trained in the background at the first start (see seed.ts).
  void trainDemoRoutingModelOnce(platform.databaseUrl).catch((error: unknown) =>
    console.error(`✖ 信件分类模型训练未启动：${error instanceof Error ? error.message : String(error)}`),
  );
}
