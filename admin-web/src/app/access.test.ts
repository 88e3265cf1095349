// @vitest-environment jsdom
import "#test/setup";
import { DEFAULT_ROLES } from "@jiyue/server-kit/roles";
import { describe, expect, it } from "vitest";
import { type AccessGrant, computeAccess } from "./access";
import { APP_ROUTES, canOpenPath, menuKeyOf, menuRoutes, visibleRoutes } from "./routes";

const PEOPLE = ["单位管理", "站点管理", "用户管理", "角色"];
const READERS = ["工作台", "单位管理", "站点管理"];
// Every letter role (and the city supervisor) has 信件办理.
const LETTER_STAFF = ["工作台", "信件办理", "单位管理", "站点管理"];
// Reviewers adopt pushes from other sites (报送采用).
// Everyone who reads the shared lexicon (查看词库) has 词库管理 in the menu.
const REVIEWER = ["工作台", "我的待办", "稿件管理", "报送采用", "词库管理", "单位管理", "站点管理"];
// 终审 publishes, so it may re-check its sites' published articles (全量复查).
const FINAL_REVIEWER = [...REVIEWER.slice(0, 5), "全量复查", ...REVIEWER.slice(5)];
const UNIT_ADMIN = [
  "工作台",
  "稿件管理",
  "新媒体分发",
  "意见征集",
  "信箱管理",
  "词库管理",
  "栏目管理",
  "专题",
  "审核流程",
  ...PEOPLE,
];

// The menu each default role sees in the scope it is granted in (city roles city-wide, others in a unit).
const EXPECTED_MENUS: Record<string, string[]> = {
  // 平台设置 (grey mode) needs site.create city-wide: only the platform admin.
  platform_admin: [
    "工作台",
    "新媒体分发",
    "信箱管理",
    "词库管理",
    "栏目管理",
    "专题",
    "审核流程",
    "单位管理",
    "站点管理",
    "平台设置",
    "工作日历",
    "用户管理",
    "角色",
  ],
  security_admin: ["工作台", ...PEOPLE, "安全策略"],
  audit_admin: [...READERS, "审计日志"],
  unit_admin: UNIT_ADMIN,
  editor: ["工作台", "稿件管理", "资源库", "词库管理", "单位管理", "站点管理"],
  reviewer_1: REVIEWER,
  reviewer_2: REVIEWER,
  reviewer_3: FINAL_REVIEWER,
  checker_override: ["工作台", "稿件管理", "站点管理"],
  letter_dispatcher: ["工作台", "信件办理", "信件督办", "热点问题", "单位管理", "站点管理"],
  letter_handler: LETTER_STAFF,
  reply_reviewer: LETTER_STAFF,
  solicitation_manager: ["工作台", "意见征集", "单位管理", "站点管理"],
  knowledge_editor: ["工作台", "智库", "单位管理", "站点管理"],
  supervisor: [
    "工作台",
    "稿件管理",
    "信件办理",
    "信件督办",
    "热点问题",
    "意见征集",
    "词库管理",
    "全量复查",
    ...PEOPLE,
  ],
};

// Pages reached from other pages (not the menu), and the roles that may open them.
const ARTICLE_READERS = [
  "unit_admin",
  "editor",
  "reviewer_1",
  "reviewer_2",
  "reviewer_3",
  "checker_override",
  "supervisor",
];
const EXPECTED_PAGES: Record<string, string[]> = {
  "/articles/new": ["editor"],
  "/articles/:id": ARTICLE_READERS,
  "/articles/:id/diff": ARTICLE_READERS,
  "/articles/:id/sheet": ARTICLE_READERS,
  "/letters/:id": ["letter_dispatcher", "letter_handler", "reply_reviewer", "supervisor"],
  "/solicitations/new": ["unit_admin", "solicitation_manager"],
  "/solicitations/:id": ["unit_admin", "solicitation_manager", "supervisor"],
  "/solicitations/:id/edit": ["unit_admin", "solicitation_manager"],
};

function naturalScope(code: string): Pick<AccessGrant, "unit" | "site"> {
  const role = DEFAULT_ROLES.find((candidate) => candidate.code === code);
  return role?.scopeKinds.includes("city") ? {} : { unit: { id: "u1" } };
}

function grantOf(code: string, scope: Pick<AccessGrant, "unit" | "site"> = {}): AccessGrant {
  const role = DEFAULT_ROLES.find((candidate) => candidate.code === code);
  if (!role) throw new Error(`unknown role ${code}`);
  return { actions: role.actions, ...scope };
}

describe("access: roles × menus", () => {
  it("covers every default role", () => {
    expect(Object.keys(EXPECTED_MENUS).sort()).toEqual(DEFAULT_ROLES.map((role) => role.code).sort());
  });

  for (const [code, menus] of Object.entries(EXPECTED_MENUS)) {
    it(`${code} sees ${menus.join("、")} and is refused the other routes`, () => {
      const access = computeAccess([grantOf(code, naturalScope(code))]);
      expect(menuRoutes(access).map((route) => route.title)).toEqual(menus);
      for (const route of APP_ROUTES.filter((candidate) => !candidate.hideInMenu)) {
        expect(canOpenPath(route.path, access)).toBe(menus.includes(route.title));
      }
      for (const [path, roles] of Object.entries(EXPECTED_PAGES)) {
        expect(canOpenPath(path, access), path).toBe(roles.includes(code));
      }
    });
  }

  it("keeps the security policy and the audit log apart: neither admin opens the other's page", () => {
    const security = computeAccess([grantOf("security_admin")]);
    const audit = computeAccess([grantOf("audit_admin")]);
    const platform = computeAccess([grantOf("platform_admin")]);
    expect(canOpenPath("/security", security)).toBe(true);
    expect(canOpenPath("/audit", security)).toBe(false);
    expect(canOpenPath("/audit", audit)).toBe(true);
    expect(canOpenPath("/security", audit)).toBe(false);
    expect(canOpenPath("/security", platform)).toBe(false);
    expect(canOpenPath("/audit", platform)).toBe(false);
  });

  it("opens 安全策略 and 审计日志 only for city-wide grants, as the servers check them", () => {
    const scoped = computeAccess([
      grantOf("security_admin", { unit: { id: "u1" } }),
      grantOf("audit_admin", { site: { id: "s1" } }),
    ]);
    expect(scoped.can("security.manage")).toBe(true);
    expect(canOpenPath("/security", scoped)).toBe(false);
    expect(canOpenPath("/audit", scoped)).toBe(false);
    expect(menuRoutes(scoped).map((route) => route.title)).not.toContain("安全策略");
  });

  it("opens 全量复查 for a city-wide inspector or any publisher, not for a scoped inspection grant", () => {
    const scopedInspector = computeAccess([{ actions: ["inspection.run"], unit: { id: "u1" } }]);
    expect(canOpenPath("/recheck", scopedInspector)).toBe(false);
    expect(canOpenPath("/recheck", computeAccess([{ actions: ["inspection.run"] }]))).toBe(true);
    expect(
      canOpenPath("/recheck", computeAccess([{ actions: ["article.publish"], site: { id: "s1" } }])),
    ).toBe(true);
    expect(canOpenPath("/recheck", computeAccess([grantOf("editor", { unit: { id: "u1" } })]))).toBe(false);
  });

  it("opens 工作日历 only for a city-wide calendar grant, and 信件办理 for any one letter duty", () => {
    expect(canOpenPath("/calendar", computeAccess([{ actions: ["calendar.manage"] }]))).toBe(true);
    expect(
      canOpenPath("/calendar", computeAccess([{ actions: ["calendar.manage"], unit: { id: "u1" } }])),
    ).toBe(false);
    for (const action of ["letter.dispatch", "letter.handle", "letter.reply_review"])
      expect(
        canOpenPath("/letters", computeAccess([{ actions: [action], unit: { id: "u1" } }])),
        action,
      ).toBe(true);
    expect(canOpenPath("/letters", computeAccess([grantOf("editor", { unit: { id: "u1" } })]))).toBe(false);
  });

  it("someone without grants sees only the dashboard", () => {
    const access = computeAccess([]);
    expect(visibleRoutes(access).map((route) => route.title)).toEqual(["工作台"]);
    expect(canOpenPath("/users", access)).toBe(false);
    expect(canOpenPath("/articles/:id", access)).toBe(false);
    expect(canOpenPath("/nowhere", access)).toBe(false);
  });

  it("joins the actions of several grants", () => {
    const access = computeAccess([
      grantOf("checker_override", { site: { id: "s1" } }),
      grantOf("unit_admin", { unit: { id: "u2" } }),
    ]);
    expect(menuRoutes(access).map((route) => route.title)).toEqual(UNIT_ADMIN);
  });

  it("covers every hidden page and keeps the article pages under the articles menu entry", () => {
    expect(Object.keys(EXPECTED_PAGES).sort()).toEqual(
      APP_ROUTES.filter((route) => route.hideInMenu)
        .map((route) => route.path)
        .sort(),
    );
    expect(menuKeyOf("/articles/a1/diff")).toBe("/articles");
    expect(menuKeyOf("/articles")).toBe("/articles");
    expect(menuKeyOf("/tasks")).toBe("/tasks");
    expect(menuKeyOf("/letters/l1")).toBe("/letters");
  });

  it("tells city-wide from scoped permissions and lists the scopes", () => {
    const access = computeAccess([
      grantOf("unit_admin", { unit: { id: "u1" } }),
      grantOf("editor", { unit: { id: "u2" }, site: { id: "s9" } }),
      grantOf("supervisor"),
    ]);
    expect(access.canCityWide("site.read")).toBe(true);
    expect(access.canCityWide("user.manage")).toBe(false);
    expect(access.unitIds("user.manage")).toEqual(["u1"]);
    expect(access.siteIds("article.write")).toEqual(["s9"]);
    expect(access.can("security.manage")).toBe(false);
  });
});
