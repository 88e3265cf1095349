// Staff accounts: user.read / user.manage in the scope of the account's unit (no unit = city-wide only);
// unlocking is security.manage; password resets need user.manage or security.manage. Accounts holding an
// administrator role (三员) are disabled, reset and unlocked only with security.manage, never one's own, and
// the last holder of each administrator role cannot be disabled. Every change emits.
import {
  actorOf,
  assertCan,
  badInput,
  type Caller,
  CITY,
  can,
  emitEvent,
  forbidden,
  notFound,
  parseInput,
  type RequestInfo,
  requireStaff,
  type Scope,
  THREE_ADMINS,
  visibleScope,
} from "@jiyue/server-kit";
import { withConflicts } from "../../db/conflicts";
import type { IdentityDb } from "../../db/executor";
import { AuthRepository } from "../auth/auth.repository";
import { hashPassword, passwordProblem } from "../auth/password";
import { revokeSessions } from "../auth/revocation";
import type { RoleLoaders } from "../role/role.loaders";
import { assertNotLastAdministrator } from "../role/role.service";
import type { UnitLoaders } from "../unit/unit.loaders";
import type { UserLoaders } from "./user.loaders";
import { type UserListFilter, UserRepository } from "./user.repository";
import type { UserRow } from "./user.sql";
import { createUserInput, updateUserInput } from "./user.validation";

const ADMINISTRATOR_ACCOUNT = "系统管理员、安全管理员、审计管理员的账号只能由安全管理员处理";
const USER_CONFLICTS = { user_username_lower_uq: "用户名已被使用" };

export function unitScope(unitId: string | null): Scope {
  return unitId ? { kind: "unit", unitId } : CITY;
}

/** What events say about a user (never the password hash or TOTP secret). */
export function userSnapshot(row: UserRow) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    unitId: row.unitId,
    status: row.status,
  };
}

export class UserService {
  constructor(
    private readonly db: IdentityDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly loaders: UserLoaders & UnitLoaders & RoleLoaders,
  ) {}

  async list(filter: UserListFilter | null | undefined, offset = 0, limit = 50) {
    const staff = requireStaff(this.caller);
    if (!Number.isInteger(offset) || offset < 0) throw badInput("offset 不能为负数");
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw badInput("limit 须在 1 到 200 之间");
    const scope = visibleScope(staff, "user.read");
    if (filter?.unitId && !can(staff, "user.read", unitScope(filter.unitId))) throw forbidden();
    if (!scope.all && scope.unitIds.length === 0) throw forbidden();
    return new UserRepository(this.db).list(filter ?? {}, scope.all ? null : scope.unitIds, {
      offset,
      limit,
    });
  }

  async get(id: string): Promise<UserRow | null> {
    requireStaff(this.caller);
    const user = await this.loaders.userById.load(id);
    if (!user) return null;
    if (user.id !== (this.caller.kind === "staff" ? this.caller.userId : null)) {
      assertCan(this.caller, "user.read", unitScope(user.unitId));
    }
    return user;
  }

  async create(raw: unknown): Promise<UserRow> {
    const input = parseInput(createUserInput, raw);
    assertCan(this.caller, "user.manage", unitScope(input.unitId ?? null));
    const { passwordMinLength } = await new AuthRepository(this.db).policy();
    const problem = passwordProblem(input.password, input.username, passwordMinLength);
    if (problem) throw badInput(problem, { fields: [{ path: "password", message: problem }] });
    if (input.unitId && !(await this.loaders.unitById.load(input.unitId)))
      throw notFound("单位", input.unitId);
    const passwordHash = await hashPassword(input.password);
    return withConflicts(USER_CONFLICTS, () =>
      this.db.transaction(async (tx) => {
        const row = await new UserRepository(tx).insert({
          username: input.username,
          displayName: input.displayName,
          unitId: input.unitId ?? null,
          email: input.email,
          phone: input.phone,
          passwordHash,
        });
        await emitEvent(tx, "identity", this.event("user.created", row));
        return row;
      }),
    );
  }

  private async isAdministrator(userId: string): Promise<boolean> {
    const assignments = await this.loaders.assignmentsByUser.load(userId);
    return assignments.some((a) => a.exclusiveGroup === THREE_ADMINS);
  }

  /**
   * `actions` over the account's unit; for an administrator (三员) account only security.manage counts, and
   * `notSelf` refuses one's own account.
   */
  private async requireManageable(
    id: string,
    actions: ("user.manage" | "security.manage")[],
    notSelf?: string,
  ): Promise<UserRow> {
    const staff = requireStaff(this.caller);
    const user = await this.loaders.userById.load(id);
    if (!user) throw notFound("用户", id);
    const scope = unitScope(user.unitId);
    if (!actions.some((action) => can(this.caller, action, scope))) throw forbidden();
    if (notSelf && staff.userId === user.id) throw forbidden(notSelf);
    if ((await this.isAdministrator(user.id)) && !can(staff, "security.manage", CITY)) {
      throw forbidden(ADMINISTRATOR_ACCOUNT);
    }
    return user;
  }

  async update(id: string, raw: unknown): Promise<UserRow> {
    const input = parseInput(updateUserInput, raw);
    const staff = requireStaff(this.caller);
    const current = await this.loaders.userById.load(id);
    if (!current) throw notFound("用户", id);
    const statusChange = !!input.status && input.status !== current.status;
    if (input.status === "disabled" && staff.userId === id) {
      throw badInput("不能停用自己的账号");
    }
    if (statusChange) {
      // Enabling or disabling an administrator account is the security administrator's alone.
      if (await this.isAdministrator(id)) {
        if (!can(staff, "security.manage", CITY)) throw forbidden(ADMINISTRATOR_ACCOUNT);
      } else {
        assertCan(staff, "user.manage", unitScope(current.unitId));
      }
    }
    // The form may resend unchanged fields with a status toggle; only real changes need user.manage.
    const fields =
      (input.displayName !== undefined && input.displayName !== current.displayName) ||
      (input.email !== undefined && input.email !== current.email) ||
      (input.phone !== undefined && input.phone !== current.phone);
    if (fields || !statusChange) assertCan(staff, "user.manage", unitScope(current.unitId));
    return this.db.transaction(async (tx) => {
      if (statusChange && input.status === "disabled") {
        const assignments = await this.loaders.assignmentsByUser.load(id);
        await assertNotLastAdministrator(tx, id, assignments, async (code) => {
          return (await this.loaders.roleByCode.load(code))?.name ?? code;
        });
      }
      const row = await new UserRepository(tx).update(id, {
        displayName: input.displayName,
        email: input.email,
        phone: input.phone,
        status: input.status ?? undefined,
      });
      if (!row) throw notFound("用户", id);
      // A disabled account loses its sessions and its access tokens at once.
      if (row.status === "disabled") {
        await new AuthRepository(tx).revokeSubject("staff", row.id);
        if (statusChange)
          await revokeSessions(tx, "staff", row.id, actorOf(this.caller, this.request), row.unitId);
      }
      await emitEvent(tx, "identity", this.event("user.updated", row));
      return row;
    });
  }

  async resetPassword(id: string, newPassword: string): Promise<boolean> {
    const user = await this.requireManageable(
      id,
      ["user.manage", "security.manage"],
      "不能重置自己的密码，请使用“修改密码”",
    );
    const { passwordMinLength } = await new AuthRepository(this.db).policy();
    const problem = passwordProblem(newPassword, user.username, passwordMinLength);
    if (problem) throw badInput(problem, { fields: [{ path: "newPassword", message: problem }] });
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction(async (tx) => {
      const row = await new UserRepository(tx).update(id, {
        passwordHash,
        failedAttempts: 0,
        lockedUntil: null,
      });
      if (!row) throw notFound("用户", id);
      await new AuthRepository(tx).revokeSubject("staff", id);
      await revokeSessions(tx, "staff", id, actorOf(this.caller, this.request), row.unitId);
      await emitEvent(tx, "identity", this.event("user.password_reset", row));
    });
    return true;
  }

  async unlock(id: string): Promise<UserRow> {
    await this.requireManageable(id, ["security.manage"], "不能解锁自己的账号");
    return this.db.transaction(async (tx) => {
      const row = await new UserRepository(tx).update(id, { failedAttempts: 0, lockedUntil: null });
      if (!row) throw notFound("用户", id);
      await emitEvent(tx, "identity", this.event("user.unlocked", row));
      return row;
    });
  }

  private event(type: string, row: UserRow) {
    return {
      type,
      aggregateType: "user",
      aggregateId: row.id,
      unitId: row.unitId,
      payload: { user: userSnapshot(row) },
      actor: actorOf(this.caller, this.request),
    };
  }
}
