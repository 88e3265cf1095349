// `pnpm start`: the whole platform on this machine (embedded PostgreSQL unless DATABASE_URL is set).
import path from "node:path";
import { type Platform, root, startPlatform } from "./platform";
import { DEMO_NOTE, DEMO_USERS } from "./seed";

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

try {
  platform = await startPlatform({
    dataDir: process.env.JIYUE_DATA_DIR ?? path.join(root, ".data"),
    databaseUrl: process.env.DATABASE_URL,
  });
} catch (error) {
  console.error(`✖ 启动失败：${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
if (platform) {
  const { urls } = platform;
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
${DEMO_NOTE}
日志：${path.join(process.env.JIYUE_DATA_DIR ?? path.join(root, ".data"), "logs")}
按 Ctrl-C 停止。`);
}
