// Staff accounts: user.read / user.manage in the scope of the account's unit (no unit = city-wide only);
// unlocking is security.manage; password resets need user.manage or security.manage. Every change emits.
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
  visibleScope,
} from "@jiyue/server-kit";
import { withConflicts } from "../../db/conflicts";
import type { IdentityDb } from "../../db/executor";
import { AuthRepository } from "../auth/auth.repository";
import { hashPassword, passwordProblem } from "../auth/password";
import type { UnitLoaders } from "../unit/unit.loaders";
import type { UserLoaders } from "./user.loaders";
import { type UserListFilter, UserRepository } from "./user.repository";
import type { UserRow } from "./user.sql";
import { createUserInput, updateUserInput } from "./user.validation";

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
    private readonly loaders: UserLoaders & UnitLoaders,
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

  private async requireManageable(
    id: string,
    actions: ("user.manage" | "security.manage")[],
  ): Promise<UserRow> {
    requireStaff(this.caller);
    const user = await this.loaders.userById.load(id);
    if (!user) throw notFound("用户", id);
    const scope = unitScope(user.unitId);
    if (!actions.some((action) => can(this.caller, action, scope))) throw forbidden();
    return user;
  }

  async update(id: string, raw: unknown): Promise<UserRow> {
    const input = parseInput(updateUserInput, raw);
    await this.requireManageable(id, ["user.manage"]);
    if (input.status === "disabled" && this.caller.kind === "staff" && this.caller.userId === id) {
      throw badInput("不能停用自己的账号");
    }
    return this.db.transaction(async (tx) => {
      const row = await new UserRepository(tx).update(id, {
        displayName: input.displayName,
        email: input.email,
        phone: input.phone,
        status: input.status ?? undefined,
      });
      if (!row) throw notFound("用户", id);
      // A disabled account loses its sessions at once.
      if (row.status === "disabled") await new AuthRepository(tx).revokeSubject("staff", row.id);
      await emitEvent(tx, "identity", this.event("user.updated", row));
      return row;
    });
  }

  async resetPassword(id: string, newPassword: string): Promise<boolean> {
    const user = await this.requireManageable(id, ["user.manage", "security.manage"]);
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
      await emitEvent(tx, "identity", this.event("user.password_reset", row));
    });
    return true;
  }

  async unlock(id: string): Promise<UserRow> {
    await this.requireManageable(id, ["security.manage"]);
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
