// Staff sign-in and sessions: password (argon2id) with lockout and per-source throttling, TOTP by policy,
// access + rotating refresh tokens (reuse revokes the family), logout, password change and `me`.
import {
  type AccessClaims,
  actorOf,
  badInput,
  type Caller,
  type EventActor,
  emitEvent,
  forbidden,
  parseInput,
  type RequestInfo,
  tooManyRequests,
  unauthenticated,
} from "@jiyue/server-kit";
import type { Executor, IdentityDb } from "../../db/executor";
import { ApiClientRepository } from "../api-client/api-client.repository";
import { CitizenRepository } from "../citizen/citizen.repository";
import { RoleRepository } from "../role/role.repository";
import { asOwnRow } from "../user/user.privacy";
import { UserRepository } from "../user/user.repository";
import type { UserRow } from "../user/user.sql";
import { AuthRepository } from "./auth.repository";
import type { SubjectKind } from "./auth.sql";
import type { GrantModel, LoginPayloadModel, MeModel } from "./auth.types";
import { loginInput } from "./auth.validation";
import { hashPassword, passwordProblem, verifyDummy, verifyPassword } from "./password";
import { revokeSessions } from "./revocation";
import {
  citizenAccessClaims,
  clientAccessClaims,
  grantsOf,
  type IssuedTokens,
  sha256,
  staffAccessClaims,
  type TokenIssuer,
} from "./tokens";
import { newTotpSecret, totpStep, totpUrl } from "./totp";

export const GENERIC_LOGIN_ERROR = "用户名或密码错误";
export const SESSION_EXPIRED = "登录状态已失效，请重新登录";
/** Failed attempts from one source address within the window before it is refused. */
export const IP_MAX_FAILURES = 20;
const IP_WINDOW_MS = 15 * 60_000;

export const lockedMessage = (minutes: number) => `登录失败次数过多，请 ${minutes} 分钟后再试`;

export type LoginResult =
  | ({ status: "success"; me: MeModel } & IssuedTokens)
  | { status: "totp_required" }
  | { status: "totp_setup_required"; totpSetup: { secret: string; otpauthUrl: string } };

export function toLoginPayload(result: LoginResult): LoginPayloadModel {
  if (result.status === "success") {
    const { accessToken, refreshToken, expiresIn, me } = result;
    return { status: "success", accessToken, refreshToken, expiresIn, totpSetup: null, me };
  }
  const empty = { accessToken: null, refreshToken: null, expiresIn: null, me: null };
  if (result.status === "totp_required") return { status: "totp_required", ...empty, totpSetup: null };
  return { status: "totp_setup_required", ...empty, totpSetup: result.totpSetup };
}

export function staffMe(user: UserRow, grants: GrantModel[]): MeModel {
  return {
    kind: "staff",
    id: user.id,
    displayName: user.displayName,
    user: asOwnRow(user),
    citizen: null,
    grants,
  };
}

/** The claims a subject's next access token carries, or null when it may no longer sign in. */
export async function claimsFor(tx: Executor, kind: SubjectKind, id: string): Promise<AccessClaims | null> {
  if (kind === "staff") {
    const [user] = await new UserRepository(tx).byIds([id]);
    if (user?.status !== "active") return null;
    return staffAccessClaims(user, grantsOf(await new RoleRepository(tx).grantsOfUser(id)));
  }
  if (kind === "citizen") {
    const [citizen] = await new CitizenRepository(tx).byIds([id]);
    return citizen && !citizen.deletedAt ? citizenAccessClaims(citizen) : null;
  }
  const [client] = await new ApiClientRepository(tx).byIds([id]);
  return client?.active ? clientAccessClaims(client) : null;
}

export class AuthService {
  constructor(
    private readonly db: IdentityDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly issuer: TokenIssuer,
  ) {}

  /** Refuses a source address with too many recent failures (any login name, staff or citizen). */
  async throttleSource(): Promise<void> {
    const ip = this.request.ip;
    if (!ip) return;
    const failures = await new AuthRepository(this.db).failuresFromIp(
      ip,
      new Date(Date.now() - IP_WINDOW_MS),
    );
    if (failures >= IP_MAX_FAILURES) throw tooManyRequests("登录尝试过于频繁，请稍后再试");
  }

  private actorFor(user: UserRow | null, name: string): EventActor {
    const base = actorOf(this.caller, this.request);
    return user
      ? { ...base, kind: "staff", id: user.id, name: user.displayName, roles: undefined }
      : { ...base, kind: "anonymous", id: null, name };
  }

  /** Records a failed attempt (and the lockout it may cause) in its own transaction, which commits. */
  /** A valid code not used before (its time step is claimed atomically, so a replay fails). */
  private async acceptTotp(userId: string, secret: string, code: string): Promise<boolean> {
    const step = await totpStep(secret, code);
    return step !== null && (await new UserRepository(this.db).claimTotpStep(userId, step));
  }

  private async fail(
    name: string,
    user: UserRow | null,
    reason: string,
    countTowardsLock: boolean,
  ): Promise<void> {
    const policy = await new AuthRepository(this.db).policy();
    await this.db.transaction(async (tx) => {
      await new AuthRepository(tx).recordAttempt(name, this.request.ip ?? null, false);
      const actor = this.actorFor(user, name);
      let lockedNow = false;
      if (user && countTowardsLock) {
        const updated = await new UserRepository(tx).recordFailure(
          user.id,
          policy.maxFailedAttempts,
          policy.lockoutMinutes,
        );
        lockedNow = !!updated && updated.failedAttempts === policy.maxFailedAttempts;
      }
      await emitEvent(tx, "identity", {
        type: "auth.login_failed",
        aggregateType: "user",
        aggregateId: user?.id ?? `name:${name}`,
        unitId: user?.unitId ?? null,
        payload: { username: name, reason },
        actor,
      });
      if (lockedNow && user) {
        await emitEvent(tx, "identity", {
          type: "auth.locked",
          aggregateType: "user",
          aggregateId: user.id,
          unitId: user.unitId,
          payload: { username: user.username, minutes: policy.lockoutMinutes },
          actor,
        });
      }
    });
  }

  async login(raw: unknown): Promise<LoginResult> {
    const input = parseInput(loginInput, raw);
    const name = input.username.toLowerCase();
    await this.throttleSource();
    const auth = new AuthRepository(this.db);
    const policy = await auth.policy();
    const user = (await new UserRepository(this.db).byUsername(name)) ?? null;

    if (!user) {
      // Same cost, same answers as a real account: a dummy hash, and a "lockout" after as many failures.
      await verifyDummy(input.password);
      const since = new Date(Date.now() - policy.lockoutMinutes * 60_000);
      const recent = await auth.failuresForName(name, since);
      await this.fail(name, null, recent >= policy.maxFailedAttempts ? "locked" : "bad_credentials", false);
      if (recent >= policy.maxFailedAttempts) throw tooManyRequests(lockedMessage(policy.lockoutMinutes));
      throw unauthenticated(GENERIC_LOGIN_ERROR);
    }

    const passwordOk = await verifyPassword(user.passwordHash, input.password);
    if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      await this.fail(name, user, "locked", false);
      throw tooManyRequests(lockedMessage(policy.lockoutMinutes));
    }
    if (!passwordOk) {
      await this.fail(name, user, "bad_credentials", true);
      throw unauthenticated(GENERIC_LOGIN_ERROR);
    }
    if (user.status !== "active") {
      await this.fail(name, user, "disabled", false);
      throw forbidden("账号已停用，请联系管理员");
    }

    const grantRows = await new RoleRepository(this.db).grantsOfUser(user.id);
    const needsTotp =
      user.totpEnabled || (policy.totpRequiredForAdmins && grantRows.some(({ role }) => role.requiresTotp));
    let enrol = false;
    if (needsTotp) {
      const code = input.totpCode?.trim();
      if (user.totpEnabled && user.totpSecret) {
        if (!code) return { status: "totp_required" };
        if (!(await this.acceptTotp(user.id, user.totpSecret, code))) {
          await this.fail(name, user, "bad_totp", true);
          throw unauthenticated(GENERIC_LOGIN_ERROR);
        }
      } else if (code && user.pendingTotpSecret) {
        if (!(await this.acceptTotp(user.id, user.pendingTotpSecret, code))) {
          await this.fail(name, user, "bad_totp", true);
          throw unauthenticated(GENERIC_LOGIN_ERROR);
        }
        enrol = true;
      } else {
        // Keep an issued secret until it is proven, so a second try does not invalidate the scanned code.
        const secret = user.pendingTotpSecret ?? newTotpSecret();
        if (!user.pendingTotpSecret)
          await new UserRepository(this.db).update(user.id, { pendingTotpSecret: secret });
        return {
          status: "totp_setup_required",
          totpSetup: { secret, otpauthUrl: totpUrl(secret, user.username) },
        };
      }
    }

    return this.db.transaction(async (tx) => {
      const updated = await new UserRepository(tx).update(user.id, {
        failedAttempts: 0,
        lockedUntil: null,
        lastLoginAt: new Date(),
        ...(enrol ? { totpSecret: user.pendingTotpSecret, totpEnabled: true, pendingTotpSecret: null } : {}),
      });
      if (!updated) throw unauthenticated(GENERIC_LOGIN_ERROR);
      await new AuthRepository(tx).recordAttempt(name, this.request.ip ?? null, true);
      const grants = grantsOf(grantRows);
      const tokens = await this.issuer.issue(tx, staffAccessClaims(updated, grants));
      await emitEvent(tx, "identity", {
        type: "auth.login_succeeded",
        aggregateType: "user",
        aggregateId: user.id,
        unitId: user.unitId,
        payload: { username: user.username, totp: needsTotp, totpEnrolled: enrol },
        actor: this.actorFor(updated, name),
      });
      const grantModels: GrantModel[] = grantRows.map(({ assignment, role }) => ({
        role: role.code,
        roleName: role.name,
        stage: role.stage,
        unitId: assignment.unitId,
        siteId: assignment.siteId,
        actions: role.actions,
      }));
      return { status: "success" as const, ...tokens, me: staffMe(updated, grantModels) };
    });
  }

  /** Rotation: the old refresh token dies; presenting a rotated one again revokes its whole family. */
  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const outcome = await this.db.transaction(async (tx) => {
      const auth = new AuthRepository(tx);
      const row = await auth.refreshTokenForUpdate(sha256(refreshToken));
      if (!row) return null;
      if (row.replacedBy) {
        await auth.revokeFamily(row.familyId);
        await emitEvent(tx, "identity", {
          type: "auth.refresh_reused",
          aggregateType: row.subjectKind === "staff" ? "user" : row.subjectKind,
          aggregateId: row.subjectId,
          payload: { familyId: row.familyId },
          actor: { ...actorOf(this.caller, this.request), kind: row.subjectKind, id: row.subjectId },
        });
        return null;
      }
      if (row.revokedAt || row.expiresAt.getTime() <= Date.now()) return null;
      const claims = await claimsFor(tx, row.subjectKind, row.subjectId);
      if (!claims) {
        await auth.revokeFamily(row.familyId);
        return null;
      }
      const issued = await this.issuer.issue(tx, claims, row.familyId);
      await auth.markRotated(row.id, issued.refreshTokenId);
      return issued;
    });
    if (!outcome) throw unauthenticated(SESSION_EXPIRED);
    return outcome;
  }

  async logout(refreshToken: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const auth = new AuthRepository(tx);
      const row = await auth.refreshTokenByHash(sha256(refreshToken));
      if (!row) return false;
      await auth.revokeFamily(row.familyId);
      // This device's access token dies too; other devices refresh silently.
      if (row.subjectKind !== "client") {
        await revokeSessions(tx, row.subjectKind, row.subjectId, {
          ...actorOf(this.caller, this.request),
          kind: row.subjectKind,
          id: row.subjectId,
        });
      }
      await emitEvent(tx, "identity", {
        type: "auth.logout",
        aggregateType: row.subjectKind === "staff" ? "user" : row.subjectKind,
        aggregateId: row.subjectId,
        payload: { familyId: row.familyId, subjectKind: row.subjectKind },
        actor: { ...actorOf(this.caller, this.request), kind: row.subjectKind, id: row.subjectId },
      });
      return true;
    });
  }

  async changePassword(oldPassword: string, newPassword: string): Promise<boolean> {
    const caller = this.caller;
    if (caller.kind === "staff") {
      const [user] = await new UserRepository(this.db).byIds([caller.userId]);
      if (!user) throw unauthenticated();
      return this.replacePassword(
        user.passwordHash,
        user.username,
        oldPassword,
        newPassword,
        async (tx, hash) => {
          await new UserRepository(tx).update(user.id, { passwordHash: hash });
          await revokeSessions(tx, "staff", user.id, actorOf(this.caller, this.request), user.unitId);
          return {
            type: "user.password_changed",
            aggregateType: "user",
            aggregateId: user.id,
            unitId: user.unitId,
          };
        },
      );
    }
    if (caller.kind === "citizen") {
      const [citizen] = await new CitizenRepository(this.db).byIds([caller.citizenId]);
      if (!citizen) throw unauthenticated();
      if (!citizen.passwordHash || !citizen.phone) throw badInput("该账号通过统一身份认证登录，没有本地密码");
      return this.replacePassword(
        citizen.passwordHash,
        citizen.phone,
        oldPassword,
        newPassword,
        async (tx, hash) => {
          await new CitizenRepository(tx).update(citizen.id, { passwordHash: hash });
          await revokeSessions(tx, "citizen", citizen.id, actorOf(this.caller, this.request));
          return {
            type: "citizen.password_changed",
            aggregateType: "citizen",
            aggregateId: citizen.id,
            unitId: null,
          };
        },
      );
    }
    if (caller.kind === "anonymous") throw unauthenticated();
    throw forbidden("该身份不能修改密码");
  }

  private async replacePassword(
    currentHash: string,
    loginName: string,
    oldPassword: string,
    newPassword: string,
    write: (
      tx: Executor,
      hash: string,
    ) => Promise<{ type: string; aggregateType: string; aggregateId: string; unitId: string | null }>,
  ): Promise<boolean> {
    if (!(await verifyPassword(currentHash, oldPassword))) {
      throw badInput("原密码不正确", { fields: [{ path: "oldPassword", message: "原密码不正确" }] });
    }
    const { passwordMinLength } = await new AuthRepository(this.db).policy();
    const problem = passwordProblem(newPassword, loginName, passwordMinLength);
    if (problem) throw badInput(problem, { fields: [{ path: "newPassword", message: problem }] });
    if (oldPassword === newPassword) throw badInput("新密码不能与原密码相同");
    const hash = await hashPassword(newPassword);
    await this.db.transaction(async (tx) => {
      const event = await write(tx, hash);
      await emitEvent(tx, "identity", { ...event, payload: {}, actor: actorOf(this.caller, this.request) });
    });
    return true;
  }
}

/** The signed-in subject, read fresh from the database through the request's loaders. */
export async function loadMe(
  caller: Caller,
  loaders: {
    userById: { load(id: string): Promise<UserRow | null> };
    assignmentsByUser: { load(id: string): Promise<import("../role/role.sql").RoleAssignmentRow[]> };
    roleByCode: { load(code: string): Promise<import("../role/role.sql").RoleRow | null> };
    citizenById: { load(id: string): Promise<import("../citizen/citizen.sql").CitizenRow | null> };
    apiClientById: { load(id: string): Promise<import("../api-client/api-client.sql").ApiClientRow | null> };
  },
): Promise<MeModel | null> {
  switch (caller.kind) {
    case "staff": {
      const user = await loaders.userById.load(caller.userId);
      if (!user) return null;
      const assignments = await loaders.assignmentsByUser.load(user.id);
      const grants: GrantModel[] = [];
      for (const assignment of assignments) {
        const role = await loaders.roleByCode.load(assignment.roleCode);
        if (!role) continue;
        grants.push({
          role: role.code,
          roleName: role.name,
          stage: role.stage,
          unitId: assignment.unitId,
          siteId: assignment.siteId,
          actions: role.actions,
        });
      }
      return staffMe(user, grants);
    }
    case "citizen": {
      const citizen = await loaders.citizenById.load(caller.citizenId);
      if (!citizen) return null;
      return {
        kind: "citizen",
        id: citizen.id,
        displayName: citizen.displayName,
        user: null,
        citizen,
        grants: [],
      };
    }
    case "client": {
      const client = await loaders.apiClientById.load(caller.clientId);
      if (!client) return null;
      return {
        kind: "client",
        id: client.id,
        displayName: client.name,
        user: null,
        citizen: null,
        grants: [],
      };
    }
    default:
      return null;
  }
}
