// The demo city: identity seeds units, sites and users into an empty database; the other subgraphs build
// their parts (channels, mailboxes, statistics…) from identity's events when they start.

import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import * as identitySchema from "@jiyue/identity/schema";
import {
  DEMO_NOTE,
  DEMO_PASSWORD,
  demoStaffCallers,
  DEMO_USERS as IDENTITY_DEMO_USERS,
  seedDemoCity,
} from "@jiyue/identity/seed";
import { createDatabase, createPool } from "@jiyue/server-kit";

export { DEMO_NOTE };
export const DEMO_USERS = IDENTITY_DEMO_USERS.map((user) => ({ ...user, password: DEMO_PASSWORD }));

/** Seeds the demo city when the database has no units yet; returns whether it did. */
export async function seedIfEmpty(
  databaseUrl: string,
  log: (line: string) => void = console.log,
): Promise<boolean> {
  const pool = createPool(databaseUrl, { max: 2, application: "seed" });
  try {
    const { db } = createDatabase(pool, identitySchema);
    return await seedDemoCity(db, { log });
  } finally {
    await pool.end();
  }
}

/**
 * The demo 互动交流 (answered letters → 智库, Q&A, 意见征集) of 市委宣传部, written through interaction's services
 * in the demo staff's names once interaction has built the mailboxes; writes only what is missing.
 */
export async function seedDemoInteractionOnce(
  databaseUrl: string,
  serviceSecret: string,
  log: (line: string) => void = console.log,
): Promise<void> {
  const { DEMO_INTERACTION_STAFF, openInteractionDatabase, seedDemoInteraction } = await import(
    "@jiyue/interaction/seed"
  );
  const identityPool = createPool(databaseUrl, { max: 1, application: "seed" });
  const interaction = openInteractionDatabase(databaseUrl, "seed-interaction");
  try {
    const { db } = createDatabase(identityPool, identitySchema);
    const staff = await demoStaffCallers(db, [...DEMO_INTERACTION_STAFF]);
    const written = await seedDemoInteraction(interaction, {
      staff,
      serviceSecret,
      log,
      waitForMailboxMs: 60_000,
    });
    if (written.letters + written.curated + written.solicitations > 0)
      log(
        `▶ 已写入互动交流示例数据：信件 ${written.letters} 封、智库问答 ${written.curated} 条、意见征集 ${written.solicitations} 项`,
      );
  } catch (error) {
    // The platform runs without the demo content; the next start tries again (it writes only what is missing).
    log(`✖ 互动交流示例数据写入失败：${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await Promise.all([identityPool.end(), interaction.close()]);
  }
}

const root = path.resolve(import.meta.dirname, "..");

/** The public letters next to the repository (../shared/data/letters); most machines do not have them. */
export const PUBLIC_LETTERS_DIR = path.resolve(root, "../shared/data/letters");

/**
 * Which demo unit handles each first-level category of the public letters (the categories the demo's model
 * learns): a dispatcher sees a unit suggested, not only a category. A plausible division of work among the
 * demo city's Party and mass organisations, editable afterwards in the admin like any mapping.
 */
export const DEMO_ROUTING_MAPPINGS: readonly (readonly [category: string, unitCode: string])[] = [
  ["教育文体", "xcb"],
  ["党务政务", "zzb"],
  ["纪检监察", "jwjw"],
  ["政法", "zfw"],
  ["劳动和社会保障", "zgh"],
  ["民政", "fl"],
  ["卫生计生", "hszh"],
  ["科技与信息产业", "kx"],
  ["经济管理", "gsl"],
  ["商贸旅游", "mch"],
  ["城乡建设", "rd"],
  ["交通运输", "rd"],
  ["国土资源", "rd"],
  ["环境保护", "rd"],
  ["农村农业", "rd"],
];

/** Writes DEMO_ROUTING_MAPPINGS for the demo units that exist, once: a city that has any mapping keeps its own. */
export async function seedDemoRoutingMappingsOnce(databaseUrl: string): Promise<number> {
  const pool = createPool(databaseUrl, { max: 1, application: "seed" });
  try {
    const result = await pool.query(
      `insert into interaction.routing_mapping (category, unit_id, source)
       select mapping.category, unit.id, 'manual'
         from unnest($1::text[], $2::text[]) as mapping (category, unit_code)
         join identity.unit on unit.code = mapping.unit_code and unit.is_demo
        where not exists (select 1 from interaction.routing_mapping)
       on conflict (category) do nothing`,
      [DEMO_ROUTING_MAPPINGS.map(([category]) => category), DEMO_ROUTING_MAPPINGS.map(([, code]) => code)],
    );
    return result.rowCount ?? 0;
  } finally {
    await pool.end();
  }
}

/**
 * The demo's 分办建议 needs a category model, and the demo city has handled far too few letters to train one
 * (`trainRoutingModel` wants dozens). So when a demo city's database has no model yet, the public letters
 * train one with `pnpm routing:train` in a child process: start-up is not held up (the full set takes about
 * 20 s), and dispatchers see the model's suggestions as soon as it is stored. Without the data folder it only
 * says so. Resolves once it has decided; `finished` settles when the training ends (true: stored).
 */
export async function trainDemoRoutingModelOnce(
  databaseUrl: string,
  log: (line: string) => void = console.log,
  source: string = PUBLIC_LETTERS_DIR,
): Promise<{ finished: Promise<boolean> } | null> {
  const pool = createPool(databaseUrl, { max: 1, application: "seed" });
  try {
    // A real city's model comes from its own letters (or a deliberate `pnpm routing:train`), never from here.
    const result = await pool.query<{ present: boolean; demo: boolean }>(
      `select exists (select 1 from interaction.routing_model) as present,
              exists (select 1 from identity.unit where is_demo) as demo`,
    );
    if (result.rows[0]?.present || !result.rows[0]?.demo) return null;
  } finally {
    await pool.end();
  }
  await seedDemoRoutingMappingsOnce(databaseUrl);
  if (!existsSync(source)) {
    log(
      `▶ 未找到公开信件数据（${source}），跳过信件分类模型训练；可稍后运行 pnpm routing:train --from-csv <目录>`,
    );
    return null;
  }
  log("▶ 后台训练信件分类模型（公开信件数据）…");
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(root, "scripts", "routing-train.ts"), "--from-csv", source],
    { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ["ignore", "pipe", "pipe"] },
  );
  // Stopping the platform stops the training with it (its database goes away).
  const stop = () => child.kill();
  process.once("exit", stop);
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const finished = new Promise<boolean>((resolve) => {
    child.once("exit", (code, signal) => {
      process.off("exit", stop);
      const lines = output.trim().split("\n");
      if (code === 0) log(lines.at(-1) ?? "✔ 信件分类模型已保存");
      else if (!signal) log(`✖ 信件分类模型训练失败：${lines.at(-1) ?? `退出码 ${code}`}`);
      resolve(code === 0);
    });
  });
  return { finished };
}

/** Whether administrators must use TOTP, as stored now (no row yet → the schema default, required). */
export async function readTotpRequiredForAdmins(databaseUrl: string): Promise<boolean> {
  const pool = createPool(databaseUrl, { max: 1, application: "seed" });
  try {
    const result = await pool.query<{ required: boolean }>(
      "select totp_required_for_admins as required from identity.security_policy where id = 1",
    );
    return result.rows[0]?.required ?? true;
  } finally {
    await pool.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is required (pnpm start seeds the embedded database by itself)");
    process.exit(1);
  }
  const seeded = await seedIfEmpty(url);
  console.log(seeded ? "demo city seeded" : "database already has data: nothing seeded");
}
