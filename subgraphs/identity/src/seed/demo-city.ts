// The demo city: Chongqing's city-level Party and mass organisations by their public names, district 人大
// and a few district 团委/妇联 with sub-sites, and demo staff. Everything is marked is_demo (示例数据).
// Seeds only an empty database, in one transaction, emitting unit.created / site.created so the other
// subgraphs build their projections (channels, mailboxes, statistics…) from the events.
import { DEFAULT_ROLES, type EventActor, emitEvent, type StaffCaller } from "@jiyue/server-kit";
import { sql } from "drizzle-orm";
import type { Executor, IdentityDb } from "../db/executor";
import { AuthRepository } from "../modules/auth/auth.repository";
import { hashPassword } from "../modules/auth/password";
import { grantsOf } from "../modules/auth/tokens";
import { RoleRepository } from "../modules/role/role.repository";
import type { RoleRow } from "../modules/role/role.sql";
import { insertSite } from "../modules/site/site.service";
import type { SiteRow } from "../modules/site/site.sql";
import { UnitRepository } from "../modules/unit/unit.repository";
import { insertUnit } from "../modules/unit/unit.service";
import type { UnitRow } from "../modules/unit/unit.sql";
import { UserRepository } from "../modules/user/user.repository";
import { userSnapshot } from "../modules/user/user.service";

export const DEMO_PASSWORD = "Jiyue@2026demo";
export const DEMO_NOTE =
  "示例数据：以上单位、站点和账号均为演示用（is_demo）。演示环境已关闭管理员动态口令（TOTP）要求，" +
  "以便直接用演示账号登录；生产环境请由安全管理员重新开启。";

type Kind = UnitRow["kind"];
interface DemoUnit {
  code: string;
  name: string;
  shortName: string;
  kind: Kind;
  level: "city" | "district";
  parent?: string;
  site: { code: string; name?: string; parent?: string; status?: SiteRow["status"] };
}

const city = (code: string, name: string, shortName: string, kind: Kind, siteCode = code): DemoUnit => ({
  code,
  name,
  shortName,
  kind,
  level: "city",
  site: { code: siteCode },
});

const CITY_UNITS: DemoUnit[] = [
  city("swbgt", "中共重庆市委办公厅", "市委办公厅", "party_committee"),
  city("zzb", "中共重庆市委组织部", "市委组织部", "party_committee"),
  city("xcb", "中共重庆市委宣传部", "市委宣传部", "party_committee"),
  city("tzb", "中共重庆市委统一战线工作部", "市委统战部", "party_committee"),
  city("zfw", "中共重庆市委政法委员会", "市委政法委", "party_committee"),
  city("jwjw", "中共重庆市纪律检查委员会 重庆市监察委员会", "市纪委监委", "party_committee"),
  city("wxb", "中共重庆市委网络安全和信息化委员会办公室", "市委网信办", "party_committee"),
  city("dx", "中共重庆市委党校（重庆行政学院）", "市委党校", "party_committee"),
  city("jggw", "中共重庆市委市级机关工作委员会", "市直机关工委", "party_committee"),
  city("zys", "中共重庆市委政策研究室", "市委政研室", "party_committee"),
  city("bb", "中共重庆市委机构编制委员会办公室", "市委编办", "party_committee"),
  city("dsyjs", "中共重庆市委党史研究室", "市委党史研究室", "party_committee"),
  city("lgbj", "中共重庆市委老干部局", "市委老干部局", "party_committee"),
  city("wb", "中共重庆市委外事工作委员会办公室", "市委外办", "party_committee"),
  {
    ...city("shgzb", "中共重庆市委社会工作部", "市委社会工作部", "party_committee"),
    site: { code: "shgzb", status: "building" },
  },
  city("zgh", "重庆市总工会", "市总工会", "mass_organization"),
  city("tsw", "共青团重庆市委员会", "团市委", "mass_organization"),
  city("fl", "重庆市妇女联合会", "市妇联", "mass_organization"),
  city("kx", "重庆市科学技术协会", "市科协", "mass_organization"),
  city("ql", "重庆市归国华侨联合会", "市侨联", "mass_organization"),
  city("wl", "重庆市文学艺术界联合会", "市文联", "mass_organization"),
  city("zuoxie", "重庆市作家协会", "市作协", "mass_organization"),
  city("skl", "重庆市社会科学界联合会", "市社科联", "mass_organization"),
  city("cl", "重庆市残疾人联合会", "市残联", "mass_organization"),
  city("hszh", "重庆市红十字会", "市红十字会", "mass_organization"),
  city("gsl", "重庆市工商业联合会", "市工商联", "mass_organization"),
  city("mch", "中国国际贸易促进委员会重庆市委员会", "市贸促会", "mass_organization"),
  city("jx", "重庆市新闻工作者协会", "市记协", "mass_organization"),
  city("tl", "重庆市台湾同胞联谊会", "市台联", "mass_organization"),
  city("hpth", "黄埔军校同学会重庆市分会", "市黄埔军校同学会", "mass_organization"),
  city("rd", "重庆市人民代表大会常务委员会", "市人大常委会", "peoples_congress"),
  city("zhengxie", "中国人民政治协商会议重庆市委员会", "市政协", "cppcc"),
  city("mg", "中国国民党革命委员会重庆市委员会", "民革市委", "democratic_party"),
  city("mm", "中国民主同盟重庆市委员会", "民盟市委", "democratic_party"),
  city("mj", "中国民主建国会重庆市委员会", "民建市委", "democratic_party"),
  city("mjh", "中国民主促进会重庆市委员会", "民进市委", "democratic_party"),
  city("ngd", "中国农工民主党重庆市委员会", "农工党市委", "democratic_party"),
  city("zgd", "中国致公党重庆市委员会", "致公党市委", "democratic_party"),
  city("jsxs", "九三学社重庆市委员会", "九三学社市委", "democratic_party"),
  city("tm", "台湾民主自治同盟重庆市委员会", "台盟市委", "democratic_party"),
];

const DISTRICTS: [string, string][] = [
  ["yz", "渝中区"],
  ["jb", "江北区"],
  ["spb", "沙坪坝区"],
  ["jlp", "九龙坡区"],
  ["na", "南岸区"],
  ["bb", "北碚区"],
  ["yb", "渝北区"],
  ["bn", "巴南区"],
  ["wz", "万州区"],
  ["fl", "涪陵区"],
  ["jj", "江津区"],
  ["hc", "合川区"],
];

const DISTRICT_UNITS: DemoUnit[] = [
  ...DISTRICTS.map(
    ([key, district]): DemoUnit => ({
      code: `rd-${key}`,
      name: `重庆市${district}人民代表大会常务委员会`,
      shortName: `${district}人大常委会`,
      kind: "peoples_congress",
      level: "district",
      parent: "rd",
      site: {
        code: `rd-${key}`,
        name: `${district}人大`,
        parent: "rd",
        status: key === "hc" ? "building" : "online",
      },
    }),
  ),
  ...DISTRICTS.slice(0, 3).map(
    ([key, district]): DemoUnit => ({
      code: `tsw-${key}`,
      name: `共青团重庆市${district}委员会`,
      shortName: `团${district.replace(/区$/, "")}区委`,
      kind: "mass_organization",
      level: "district",
      parent: "tsw",
      site: { code: `tsw-${key}`, parent: "tsw" },
    }),
  ),
  ...[DISTRICTS[6], DISTRICTS[4], DISTRICTS[3]].map((entry): DemoUnit => {
    const [key, district] = entry as [string, string];
    return {
      code: `fl-${key}`,
      name: `重庆市${district}妇女联合会`,
      shortName: `${district}妇联`,
      kind: "mass_organization",
      level: "district",
      parent: "fl",
      site: { code: `fl-${key}`, parent: "fl" },
    };
  }),
];

/** Extra topic sites of a unit, shown under the unit's main site. */
const TOPIC_SITES: { unit: string; code: string; name: string }[] = [
  { unit: "xcb", code: "wmcq", name: "重庆文明网" },
  { unit: "zgh", code: "zgzj", name: "重庆职工之家" },
  { unit: "kx", code: "kpcq", name: "科普重庆" },
  { unit: "cl", code: "cl-jy", name: "残疾人就业服务" },
];

interface DemoUser {
  username: string;
  displayName: string;
  /** Shown by `pnpm start` next to the login. */
  role: string;
  unit?: string;
  grants: { role: string; unit?: string }[];
}

function unitStaff(unit: string, unitName: string): DemoUser[] {
  return [
    {
      username: `${unit}_admin`,
      displayName: `${unitName}管理员`,
      role: `单位管理员 · ${unitName}`,
      unit,
      grants: [{ role: "unit_admin", unit }],
    },
    {
      username: `${unit}_editor`,
      displayName: `${unitName}编辑`,
      role: `编辑 · ${unitName}`,
      unit,
      grants: [{ role: "editor", unit }],
    },
    ...[1, 2, 3].map((stage) => ({
      username: `${unit}_reviewer${stage}`,
      displayName: `${unitName}${["初审", "复审", "终审"][stage - 1]}`,
      role: `${["初审", "复审", "终审"][stage - 1]} · ${unitName}`,
      unit,
      grants: [{ role: `reviewer_${stage}`, unit }],
    })),
    // Accepts block-level text-check findings (错敏词放行) on the unit's sites: the publish-gate demo and e2e.
    {
      username: `${unit}_checker`,
      displayName: `${unitName}放行`,
      role: `错敏词放行 · ${unitName}`,
      unit,
      grants: [{ role: "checker_override", unit }],
    },
    {
      username: `${unit}_dispatcher`,
      displayName: `${unitName}信件分办`,
      role: `信件分办 · ${unitName}`,
      unit,
      grants: [{ role: "letter_dispatcher", unit }],
    },
    // The rest of the letter chain (承办 → 答复审核), so the 信件办理 screens can be walked through.
    {
      username: `${unit}_handler`,
      displayName: `${unitName}信件承办`,
      role: `信件承办 · ${unitName}`,
      unit,
      grants: [{ role: "letter_handler", unit }],
    },
    {
      username: `${unit}_reply_reviewer`,
      displayName: `${unitName}答复审核`,
      role: `答复审核 · ${unitName}`,
      unit,
      grants: [{ role: "reply_reviewer", unit }],
    },
  ];
}

export const DEMO_USERS: DemoUser[] = [
  {
    username: "admin",
    displayName: "系统管理员",
    role: "系统管理员（全市）",
    grants: [{ role: "platform_admin" }],
  },
  {
    username: "security",
    displayName: "安全管理员",
    role: "安全管理员（全市）",
    grants: [{ role: "security_admin" }],
  },
  {
    username: "auditor",
    displayName: "审计管理员",
    role: "审计管理员（全市）",
    grants: [{ role: "audit_admin" }],
  },
  {
    username: "supervisor",
    displayName: "市级监管",
    role: "市级监管（全市）",
    grants: [{ role: "supervisor" }],
  },
  // The city's 统一窗口 mailbox belongs to 市委办公厅: its dispatcher accepts and assigns those letters.
  {
    username: "swbgt_dispatcher",
    displayName: "统一窗口分办",
    role: "信件分办 · 市委办公厅（统一窗口）",
    unit: "swbgt",
    grants: [{ role: "letter_dispatcher", unit: "swbgt" }],
  },
  ...unitStaff("xcb", "市委宣传部"),
  // 智库 and 意见征集 of 市委宣传部: the demo Q&A and campaigns are written in their names.
  {
    username: "xcb_knowledge",
    displayName: "市委宣传部智库维护",
    role: "智库维护 · 市委宣传部",
    unit: "xcb",
    grants: [{ role: "knowledge_editor", unit: "xcb" }],
  },
  {
    username: "xcb_solicitation",
    displayName: "市委宣传部意见征集",
    role: "意见征集管理 · 市委宣传部",
    unit: "xcb",
    grants: [{ role: "solicitation_manager", unit: "xcb" }],
  },
  ...unitStaff("zgh", "市总工会"),
];

/** The demo city's online sites (code and name), as the demo articles are generated for them. */
export function demoOnlineSites(): { code: string; name: string }[] {
  const units = [...CITY_UNITS, ...DISTRICT_UNITS]
    .filter((unit) => (unit.site.status ?? "online") === "online")
    .map((unit) => ({ code: unit.site.code, name: unit.site.name ?? unit.shortName }));
  return [...units, ...TOPIC_SITES.map((topic) => ({ code: topic.code, name: topic.name }))];
}

const SEED_ACTOR: EventActor = { kind: "system", id: null, name: "示例数据" };

export interface SeedResult {
  units: number;
  sites: number;
  users: number;
}

/** Seeds the demo city into an empty identity schema; returns false (and does nothing) when units exist. */
export async function seedDemoCity(
  db: IdentityDb,
  options: { log?: (line: string) => void } = {},
): Promise<boolean> {
  await new RoleRepository(db).ensureDefaults(DEFAULT_ROLES);
  if ((await new UnitRepository(db).count()) > 0) return false;
  const passwordHashes = await Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
  const result = await db.transaction(async (tx) => {
    // Two starters at once: the second waits here, then finds the units and stops.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('jiyue:seed-demo-city'))`);
    if ((await new UnitRepository(tx).count()) > 0) return null;
    return seedInto(tx, passwordHashes);
  });
  if (!result) return false;
  options.log?.(`示例数据：${result.units} 个单位、${result.sites} 个站点、${result.users} 个账号`);
  return true;
}

async function seedInto(tx: Executor, passwordHashes: string[]): Promise<SeedResult> {
  // The demo logs in without an authenticator app (see DEMO_NOTE).
  await new AuthRepository(tx).setPolicy({ totpRequiredForAdmins: false });
  const unitIds = new Map<string, string>();
  const siteIds = new Map<string, string>();
  let sites = 0;
  const all = [...CITY_UNITS, ...DISTRICT_UNITS];
  for (const [index, unit] of all.entries()) {
    const row = await insertUnit(
      tx,
      {
        name: unit.name,
        shortName: unit.shortName,
        code: unit.code,
        kind: unit.kind,
        level: unit.level,
        parentId: unit.parent ? (unitIds.get(unit.parent) ?? null) : null,
        sortOrder: (index + 1) * 10,
        isDemo: true,
      },
      SEED_ACTOR,
    );
    unitIds.set(unit.code, row.id);
    const site = await insertSite(
      tx,
      {
        unitId: row.id,
        parentSiteId: unit.site.parent ? (siteIds.get(unit.site.parent) ?? null) : null,
        code: unit.site.code,
        name: unit.site.name ?? unit.shortName,
        status: unit.site.status ?? "online",
        description: `${unit.name}门户网站（示例数据）`,
        isDemo: true,
      },
      [`${unit.site.code}.localhost`],
      "standard",
      SEED_ACTOR,
    );
    siteIds.set(unit.site.code, site.id);
    sites += 1;
  }
  for (const topic of TOPIC_SITES) {
    const unitId = unitIds.get(topic.unit);
    if (!unitId) throw new Error(`demo topic site without unit ${topic.unit}`);
    await insertSite(
      tx,
      {
        unitId,
        parentSiteId: siteIds.get(topic.unit) ?? null,
        code: topic.code,
        name: topic.name,
        status: "online",
        description: `${topic.name}（示例数据）`,
        isDemo: true,
      },
      [`${topic.code}.localhost`],
      "standard",
      SEED_ACTOR,
    );
    sites += 1;
  }

  const roles = new Map<string, RoleRow>(
    (await new RoleRepository(tx).all()).map((role) => [role.code, role]),
  );
  const userRepository = new UserRepository(tx);
  const roleRepository = new RoleRepository(tx);
  for (const [index, demo] of DEMO_USERS.entries()) {
    const unitId = demo.unit ? (unitIds.get(demo.unit) ?? null) : null;
    const user = await userRepository.insert({
      username: demo.username,
      displayName: demo.displayName,
      unitId,
      passwordHash: passwordHashes[index] as string,
      isDemo: true,
    });
    await emitEvent(tx, "identity", {
      type: "user.created",
      aggregateType: "user",
      aggregateId: user.id,
      unitId,
      payload: { user: userSnapshot(user) },
      actor: SEED_ACTOR,
    });
    for (const grant of demo.grants) {
      const role = roles.get(grant.role);
      if (!role) throw new Error(`demo role ${grant.role} missing`);
      const grantUnitId = grant.unit ? (unitIds.get(grant.unit) ?? null) : null;
      const assignment = await roleRepository.insertAssignment({
        userId: user.id,
        roleCode: role.code,
        unitId: grantUnitId,
        siteId: null,
        exclusiveGroup: role.exclusiveGroup,
      });
      await emitEvent(tx, "identity", {
        type: "role.assigned",
        aggregateType: "user",
        aggregateId: user.id,
        unitId: grantUnitId,
        payload: {
          assignment: {
            id: assignment.id,
            userId: user.id,
            username: user.username,
            role: role.code,
            unitId: grantUnitId,
            siteId: null,
          },
        },
        actor: SEED_ACTOR,
      });
    }
  }
  return { units: all.length, sites, users: DEMO_USERS.length };
}

/**
 * Demo staff members as the callers their tokens would make (same grants), so the other subgraphs' demo data
 * can be written through their services in these people's names. Unknown usernames are left out.
 */
export async function demoStaffCallers(
  db: IdentityDb,
  usernames: string[],
): Promise<Map<string, StaffCaller>> {
  const callers = new Map<string, StaffCaller>();
  const users = new UserRepository(db);
  const roles = new RoleRepository(db);
  for (const username of usernames) {
    const user = await users.byUsername(username);
    if (!user) continue;
    callers.set(username, {
      kind: "staff",
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      unitId: user.unitId,
      grants: grantsOf(await roles.grantsOfUser(user.id)),
    });
  }
  return callers;
}
