// The permission matrix: every role × every action × (own scope / other scope), decided by can().
import { describe, expect, it } from "vitest";
import type { Caller, Grant } from "./caller";
import { ANONYMOUS } from "./caller";
import { assertCan, can, reviewStages, type Scope, visibleScope } from "./can";
import { ACTIONS, type Action, DEFAULT_ROLES, roleByCode, THREE_ADMINS } from "./roles";

/** The reviewed policy, written out by hand: what each role may do in its scope. */
const POLICY: Record<string, string> = {
  platform_admin:
    "unit.read unit.manage site.read site.create site.update user.read user.manage role.assign channel.manage mailbox.manage calendar.manage distribution.manage lexicon.read",
  security_admin: "unit.read site.read user.read security.manage",
  audit_admin: "unit.read site.read audit.read",
  unit_admin:
    "unit.read site.read site.update user.read user.manage role.assign channel.manage mailbox.manage solicitation.manage article.read article.restore distribution.manage lexicon.read lexicon.manage",
  editor: "unit.read site.read article.read article.write article.push lexicon.read",
  reviewer_1: "unit.read site.read article.read article.review article.adopt lexicon.read",
  reviewer_2: "unit.read site.read article.read article.review article.adopt lexicon.read",
  reviewer_3:
    "unit.read site.read article.read article.review article.publish article.push article.adopt lexicon.read",
  checker_override: "site.read article.read check.override",
  letter_dispatcher: "unit.read site.read letter.dispatch",
  letter_handler: "unit.read site.read letter.handle",
  reply_reviewer: "unit.read site.read letter.reply_review",
  solicitation_manager: "unit.read site.read solicitation.manage",
  knowledge_editor: "unit.read site.read knowledge.manage",
  supervisor:
    "unit.read site.read user.read article.read supervise.read inspection.run lexicon.read lexicon.manage evaluation.read letter.supervise",
};

const UNIT_A = "11111111-1111-4111-8111-111111111111";
const UNIT_B = "22222222-2222-4222-8222-222222222222";
const SITE_A = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
const SUBSITE_A = "abababab-abab-4bab-8bab-abababababab";
const SITE_B = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb";

const ownSite: Scope = { kind: "site", siteId: SITE_A, unitId: UNIT_A };
const otherSite: Scope = { kind: "site", siteId: SITE_B, unitId: UNIT_B };
const ownUnit: Scope = { kind: "unit", unitId: UNIT_A };
const otherUnit: Scope = { kind: "unit", unitId: UNIT_B };

function staff(grants: Grant[]): Caller {
  return { kind: "staff", userId: "u", username: "u", displayName: "u", unitId: UNIT_A, grants };
}
function grantOf(role: string, scope: { unitId?: string; siteId?: string }): Grant {
  const definition = roleByCode(role);
  if (!definition) throw new Error(role);
  return {
    role,
    stage: definition.stage,
    unitId: scope.unitId ?? null,
    siteId: scope.siteId ?? null,
    actions: [...definition.actions],
  };
}

describe("role catalogue", () => {
  it("matches the reviewed policy exactly", () => {
    expect(Object.keys(POLICY).sort()).toEqual(DEFAULT_ROLES.map((role) => role.code).sort());
    for (const role of DEFAULT_ROLES) {
      expect([...role.actions].sort(), role.code).toEqual((POLICY[role.code] ?? "").split(" ").sort());
    }
  });

  it("puts the three administrator duties in one exclusive group and nothing else", () => {
    const exclusive = DEFAULT_ROLES.filter((role) => role.exclusiveGroup === THREE_ADMINS).map(
      (role) => role.code,
    );
    expect(exclusive.sort()).toEqual(["audit_admin", "platform_admin", "security_admin"]);
  });

  it("never lets the system administrator read the audit trail", () => {
    expect(roleByCode("platform_admin")?.actions).not.toContain("audit.read");
    expect(roleByCode("audit_admin")?.actions).not.toContain("user.manage");
  });
});

describe("can(caller, action, scope) — the matrix", () => {
  const actions = Object.keys(ACTIONS) as Action[];
  for (const role of DEFAULT_ROLES) {
    const allowed = new Set((POLICY[role.code] ?? "").split(" "));
    const cityWide = role.scopeKinds.includes("city");
    const caller = staff([cityWide ? grantOf(role.code, {}) : grantOf(role.code, { unitId: UNIT_A })]);
    it(`${role.code}: own scope allows exactly its actions; another unit's scope ${cityWide ? "too (city-wide)" : "nothing"}`, () => {
      for (const action of actions) {
        const expected = allowed.has(action);
        expect(can(caller, action, ownSite), `${action} own site`).toBe(expected);
        expect(can(caller, action, ownUnit), `${action} own unit`).toBe(expected);
        expect(can(caller, action, otherSite), `${action} other site`).toBe(expected && cityWide);
        expect(can(caller, action, otherUnit), `${action} other unit`).toBe(expected && cityWide);
        expect(can(caller, action, { kind: "city" }), `${action} city`).toBe(expected && cityWide);
      }
    });
  }

  it("a site-scoped grant covers the site and its sub-sites, not the unit's other sites", () => {
    const caller = staff([grantOf("editor", { siteId: SITE_A })]);
    expect(can(caller, "article.write", ownSite)).toBe(true);
    expect(
      can(caller, "article.write", {
        kind: "site",
        siteId: SUBSITE_A,
        unitId: UNIT_B,
        siteAncestorIds: [SITE_A],
      }),
    ).toBe(true);
    expect(can(caller, "article.write", { kind: "site", siteId: SITE_B, unitId: UNIT_A })).toBe(false);
    expect(can(caller, "article.write", ownUnit)).toBe(false);
  });

  it("citizens, API clients and anonymous callers hold no staff permission", () => {
    const callers: Caller[] = [
      ANONYMOUS,
      { kind: "citizen", citizenId: "c", citizenType: "person", displayName: "市民" },
      { kind: "client", clientId: "k", name: "新媒体", siteIds: [SITE_A], scopes: ["content:read"] },
    ];
    for (const caller of callers) {
      for (const action of Object.keys(ACTIONS) as Action[]) expect(can(caller, action, ownSite)).toBe(false);
    }
    expect(() => assertCan(ANONYMOUS, "site.read", ownSite)).toThrow(
      expect.objectContaining({ extensions: { code: "UNAUTHENTICATED" } }),
    );
    expect(() => assertCan(callers[1] as Caller, "site.read", ownSite)).toThrow(
      expect.objectContaining({ extensions: { code: "FORBIDDEN" } }),
    );
  });

  it("lists the visible scope for list queries and the review stages of a reviewer", () => {
    const caller = staff([grantOf("reviewer_2", { unitId: UNIT_A }), grantOf("editor", { siteId: SITE_B })]);
    expect(visibleScope(caller, "article.read")).toEqual({
      all: false,
      unitIds: [UNIT_A],
      siteIds: [SITE_B],
    });
    expect(visibleScope(staff([grantOf("supervisor", {})]), "article.read").all).toBe(true);
    expect(reviewStages(caller, ownSite)).toEqual([2]);
    expect(reviewStages(caller, otherSite)).toEqual([]);
  });
});
