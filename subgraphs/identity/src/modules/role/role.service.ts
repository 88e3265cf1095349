// Role assignments: role.assign in the assignment's scope (city roles need it city-wide) plus user.manage
// over the target user's unit, only at the scope kinds the role allows, and 三员分立 — the database refuses a
// second role of one exclusive group; the three administrator roles are given and taken only by the
// security administrator (security.manage), never to oneself, and the last holder of each stays.
import {
  actorOf,
  assertCan,
  badInput,
  type Caller,
  CITY,
  conflict,
  emitEvent,
  forbidden,
  notFound,
  parseInput,
  type RequestInfo,
  requireStaff,
  type Scope,
  THREE_ADMINS,
} from "@jiyue/server-kit";
import { withConflicts } from "../../db/conflicts";
import type { Executor, IdentityDb } from "../../db/executor";
import { revokeSessions } from "../auth/revocation";
import type { SiteLoaders } from "../site/site.loaders";
import type { SiteService } from "../site/site.service";
import type { UnitLoaders } from "../unit/unit.loaders";
import type { UserLoaders } from "../user/user.loaders";
import { unitScope } from "../user/user.service";
import type { UserRow } from "../user/user.sql";
import type { RoleLoaders } from "./role.loaders";
import { RoleRepository } from "./role.repository";
import type { RoleAssignmentRow, RoleRow } from "./role.sql";
import { assignRoleInput } from "./role.validation";

export const THREE_ADMINS_MESSAGE = "三员分立：系统管理员、安全管理员、审计管理员不能由同一人兼任";
const SCOPE_NAMES = { city: "全市", unit: "单位", site: "站点" } as const;

export const lastHolderMessage = (roleName: string) => `至少需要保留一名${roleName}`;

/** Refuses removing `userId` as the last active holder of an administrator role (inside the transaction). */
export async function assertNotLastAdministrator(
  tx: Executor,
  userId: string,
  roles: { roleCode: string; exclusiveGroup: string | null }[],
  roleName: (code: string) => Promise<string>,
): Promise<void> {
  const administrator = roles.filter((role) => role.exclusiveGroup === THREE_ADMINS);
  if (administrator.length === 0) return;
  const repository = new RoleRepository(tx);
  await repository.lockAdministrators();
  for (const role of administrator) {
    if ((await repository.otherActiveHolders(role.roleCode, userId)) === 0) {
      throw conflict(lastHolderMessage(await roleName(role.roleCode)));
    }
  }
}

export class RoleService {
  constructor(
    private readonly db: IdentityDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly loaders: RoleLoaders & UserLoaders & UnitLoaders & SiteLoaders,
    private readonly sites: SiteService,
  ) {}

  list(): Promise<RoleRow[]> {
    requireStaff(this.caller);
    return new RoleRepository(this.db).all();
  }

  private async scopeOf(assignment: { unitId: string | null; siteId: string | null }): Promise<Scope> {
    if (assignment.siteId) {
      const site = await this.loaders.siteById.load(assignment.siteId);
      if (!site) throw notFound("站点", assignment.siteId);
      return this.sites.scopeOf(site);
    }
    if (assignment.unitId) return { kind: "unit", unitId: assignment.unitId };
    return CITY;
  }

  /**
   * Administrator roles: security.manage city-wide only. Other roles: role.assign in the assignment's scope
   * and user.manage over the target's unit. Never one's own roles.
   */
  private assertMayChange(
    role: { exclusiveGroup: string | null },
    scope: Scope,
    user: UserRow,
    change: "assign" | "revoke",
  ): void {
    const staff = requireStaff(this.caller);
    if (role.exclusiveGroup === THREE_ADMINS) {
      assertCan(staff, "security.manage", CITY);
    } else {
      assertCan(staff, "role.assign", scope);
      assertCan(staff, "user.manage", unitScope(user.unitId));
    }
    if (staff.userId === user.id) {
      throw forbidden(change === "assign" ? "不能给自己分配角色" : "不能撤销自己的角色");
    }
  }

  async assign(raw: unknown): Promise<RoleAssignmentRow> {
    const input = parseInput(assignRoleInput, raw);
    requireStaff(this.caller);
    const role = await this.loaders.roleByCode.load(input.roleCode);
    if (!role) throw notFound("角色", input.roleCode);
    const user = await this.loaders.userById.load(input.userId);
    if (!user) throw notFound("用户", input.userId);

    let unitId: string | null = input.unitId ?? null;
    const siteId: string | null = input.siteId ?? null;
    if (siteId) {
      const site = await this.loaders.siteById.load(siteId);
      if (!site) throw notFound("站点", siteId);
      if (unitId && unitId !== site.unitId) throw badInput("站点不属于所选单位");
      unitId = site.unitId;
    } else if (unitId && !(await this.loaders.unitById.load(unitId))) {
      throw notFound("单位", unitId);
    }
    const scopeKind = siteId ? "site" : unitId ? "unit" : "city";
    if (!role.scopeKinds.includes(scopeKind)) {
      const allowed = role.scopeKinds
        .map((kind) => SCOPE_NAMES[kind as keyof typeof SCOPE_NAMES] ?? kind)
        .join("、");
      throw badInput(`角色“${role.name}”只能在${allowed}范围分配`);
    }
    const scope = await this.scopeOf({ unitId: siteId ? null : unitId, siteId });
    this.assertMayChange(role, scope, user, "assign");

    const existing = await this.loaders.assignmentsByUser.load(user.id);
    if (existing.some((a) => a.roleCode === role.code && a.unitId === unitId && a.siteId === siteId)) {
      throw conflict("该用户已在此范围担任该角色");
    }
    if (role.exclusiveGroup && existing.some((a) => a.exclusiveGroup === role.exclusiveGroup)) {
      throw conflict(THREE_ADMINS_MESSAGE);
    }
    return withConflicts(
      {
        role_assignment_exclusive_uq: THREE_ADMINS_MESSAGE,
        role_assignment_uq: "该用户已在此范围担任该角色",
      },
      () =>
        this.db.transaction(async (tx) => {
          const row = await new RoleRepository(tx).insertAssignment({
            userId: user.id,
            roleCode: role.code,
            unitId,
            siteId,
            exclusiveGroup: role.exclusiveGroup,
          });
          await revokeSessions(tx, "staff", user.id, actorOf(this.caller, this.request), user.unitId);
          await emitEvent(tx, "identity", {
            type: "role.assigned",
            aggregateType: "user",
            aggregateId: user.id,
            unitId,
            siteId,
            payload: {
              assignment: {
                id: row.id,
                userId: user.id,
                username: user.username,
                role: role.code,
                unitId,
                siteId,
              },
            },
            actor: actorOf(this.caller, this.request),
          });
          return row;
        }),
    );
  }

  async revoke(assignmentId: string): Promise<boolean> {
    requireStaff(this.caller);
    const assignment = await this.loaders.assignmentById.load(assignmentId);
    if (!assignment) throw notFound("角色分配", assignmentId);
    const scope = await this.scopeOf({
      unitId: assignment.siteId ? null : assignment.unitId,
      siteId: assignment.siteId,
    });
    const user = await this.loaders.userById.load(assignment.userId);
    if (!user) throw notFound("用户", assignment.userId);
    const role = await this.loaders.roleByCode.load(assignment.roleCode);
    this.assertMayChange(
      { exclusiveGroup: assignment.exclusiveGroup ?? role?.exclusiveGroup ?? null },
      scope,
      user,
      "revoke",
    );
    await this.db.transaction(async (tx) => {
      if (user.status === "active") {
        await assertNotLastAdministrator(
          tx,
          user.id,
          [assignment],
          async () => role?.name ?? assignment.roleCode,
        );
      }
      await new RoleRepository(tx).deleteAssignment(assignment.id);
      await revokeSessions(tx, "staff", user.id, actorOf(this.caller, this.request), user.unitId);
      await emitEvent(tx, "identity", {
        type: "role.revoked",
        aggregateType: "user",
        aggregateId: assignment.userId,
        unitId: assignment.unitId,
        siteId: assignment.siteId,
        payload: {
          assignment: {
            id: assignment.id,
            userId: assignment.userId,
            role: assignment.roleCode,
            unitId: assignment.unitId,
            siteId: assignment.siteId,
          },
        },
        actor: actorOf(this.caller, this.request),
      });
    });
    return true;
  }
}
