// The demo's routing model: trained in the background from the public letters at the first start of a demo
// city, once (never over an existing model, never for a real city), skipped with a line without the data.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPool } from "@jiyue/server-kit";
import { createTestDatabase } from "@jiyue/server-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoRoutingMappingsOnce, trainDemoRoutingModelOnce } from "./seed";

let database: { url: string; drop(): Promise<void> };
let dataDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = mkdtempSync(path.join(tmpdir(), "jiyue-letters-"));
  // A labelled CSV in the shape `pnpm routing:train` reads: two categories, a few letters each.
  const rows = [
    ...["小区门口道路积水", "路灯长期不亮", "人行道破损严重", "老旧小区加装电梯"].map((text) => [
      text,
      "城乡建设",
    ]),
    ...["企业拖欠工资", "社保转移接续", "劳动合同纠纷", "失业保险金申领"].map((text) => [
      text,
      "劳动和社会保障",
    ]),
  ];
  writeFileSync(
    path.join(dataDir, "letters.csv"),
    ["content,category", ...rows.map(([text, category]) => `${text},${category}`)].join("\n"),
  );
});

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  await database?.drop();
});

async function models(): Promise<number> {
  const pool = createPool(database.url, { max: 1, application: "seed-test" });
  try {
    const result = await pool.query<{ count: string }>("select count(*) from interaction.routing_model");
    return Number(result.rows[0]?.count);
  } finally {
    await pool.end();
  }
}

describe("the demo's routing model", () => {
  it("is trained only for a demo city, only without a model, and skipped with a line without the data", async () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const csv = path.join(dataDir, "letters.csv");
    // A real city (no demo units) never gets a model from the public letters.
    expect(await trainDemoRoutingModelOnce(database.url, log, csv)).toBeNull();

    const pool = createPool(database.url, { max: 1, application: "seed-test" });
    await pool.query(
      "insert into identity.unit (name, code, kind, level, is_demo) values ('示例单位', 'demo', 'mass_organization', 'city', true)",
    );
    await pool.end();
    expect(await trainDemoRoutingModelOnce(database.url, log, path.join(dataDir, "absent"))).toBeNull();
    expect(lines.at(-1)).toContain("跳过信件分类模型训练");

    const training = await trainDemoRoutingModelOnce(database.url, log, csv);
    expect(training).not.toBeNull();
    expect(await training?.finished).toBe(true);
    expect(lines.at(-1)).toMatch(/分类模型第 1 版已保存：8 条样本，2 个类别/);
    expect(await models()).toBe(1);

    // The demo units that exist get their categories (here only the one unit 'demo' — none of the mapping's).
    const check = createPool(database.url, { max: 1, application: "seed-test" });
    await check.query(
      "insert into identity.unit (name, code, kind, level, is_demo) values ('示例总工会', 'zgh', 'mass_organization', 'city', true)",
    );
    await check.query("delete from interaction.routing_mapping");
    expect(await seedDemoRoutingMappingsOnce(database.url)).toBe(1);
    const mapped = await check.query<{ category: string }>(
      "select category from interaction.routing_mapping",
    );
    expect(mapped.rows.map((row) => row.category)).toEqual(["劳动和社会保障"]);
    // A city with a mapping of its own keeps it.
    expect(await seedDemoRoutingMappingsOnce(database.url)).toBe(0);
    await check.end();

    // The next start finds the model and leaves it alone.
    expect(await trainDemoRoutingModelOnce(database.url, log, csv)).toBeNull();
    expect(await models()).toBe(1);
  }, 60_000);
});
