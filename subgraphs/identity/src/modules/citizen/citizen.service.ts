// Citizen (自然人/法人) local accounts: registration and the reset of a forgotten password — each only after
// an SMS code proves the phone, and without telling anyone but the phone's owner whether the number is
// registered — and sign-in with the same throttling as staff (per source address and per phone number),
// issuing citizen tokens; the citizen's own profile and the deletion of the account (PIPL): anonymised in
// place, never signed in again, announced as citizen.deleted.
import {
  actorOf,
  badInput,
  type Caller,
  conflict,
  emitEvent,
  forbidden,
  parseInput,
  type RequestInfo,
  tooManyRequests,
  unauthenticated,
} from "@jiyue/server-kit";
import { withConflicts } from "../../db/conflicts";
import type { IdentityDb } from "../../db/executor";
import { AuthRepository } from "../auth/auth.repository";
import { type AuthService, lockedMessage } from "../auth/auth.service";
import type { MeModel } from "../auth/auth.types";
import { hashPassword, passwordProblem, verifyDummy, verifyPassword } from "../auth/password";
import { revokeSessions } from "../auth/revocation";
import { citizenAccessClaims, type IssuedTokens, type TokenIssuer } from "../auth/tokens";
import { OidcRepository } from "../oidc/oidc.repository";
import type { PhoneCodeService } from "../phone-code/phone-code.service";
import { CitizenRepository } from "./citizen.repository";
import type { CitizenRow } from "./citizen.sql";
import {
  citizenDeleteInput,
  citizenLoginInput,
  citizenPasswordResetCodeInput,
  citizenPasswordResetInput,
  citizenProfileInput,
  citizenRegisterCodeInput,
  citizenRegisterInput,
} from "./citizen.validation";

/** What a deleted account is called from then on (its letters and ratings keep pointing at it). */
export const DELETED_CITIZEN_NAME = "已注销用户";
/** An account without a password confirms its deletion by having signed in this recently. */
export const RECENT_LOGIN_SECONDS = 10 * 60;
export const CITIZEN_DELETED = "citizen.deleted";

const CITIZEN_LOGIN_ERROR = "手机号或密码错误";

/** The text a registration code goes out in. */
export function registerCodeText(code: string, minutes: number): string {
  return `【集约】您的注册验证码为 ${code}，${minutes} 分钟内有效。如非本人操作，请忽略。`;
}

/**
 * Sent instead of a code when the number already has an account: only the phone's owner learns it; whoever
 * asked sees the same answer as for a free number.
 */
export const ALREADY_REGISTERED_TEXT =
  "【集约】该号码已注册市民账号，无需再次注册，请直接登录；如忘记密码，请在登录页点击“忘记密码”找回。如非本人操作，请忽略。";

/** The text a password-reset code goes out in. */
export function passwordResetCodeText(code: string, minutes: number): string {
  return `【集约】您正在找回市民账号密码，验证码为 ${code}，${minutes} 分钟内有效。如非本人操作，请忽略，切勿将验证码告诉他人。`;
}

/** Why an account of the unified identity system has no password to reset (told only to the phone's owner). */
const NO_LOCAL_PASSWORD = "该账号通过统一身份认证登录，没有本地密码，请使用统一身份认证登录";

/** Sent instead of a reset code to the phone of an account that signs in only through 统一身份认证. */
export const NO_LOCAL_PASSWORD_TEXT = `【集约】${NO_LOCAL_PASSWORD}。如非本人操作，请忽略。`;

export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : "****";
}

function citizenMe(citizen: CitizenRow): MeModel {
  return {
    kind: "citizen",
    id: citizen.id,
    displayName: citizen.displayName,
    user: null,
    citizen,
    grants: [],
  };
}

export class CitizenService {
  constructor(
    private readonly db: IdentityDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly issuer: TokenIssuer,
    private readonly auth: AuthService,
    private readonly phoneCodes: PhoneCodeService,
  ) {}

  /**
   * Sends a registration code to the phone — or, when the number already has an account, a text saying so
   * instead. Either way the same throttles apply and the same answer comes back, so nobody learns from here
   * which numbers are registered.
   */
  async requestRegisterCode(
    rawPhone: unknown,
  ): Promise<{ maskedPhone: string; expiresInSeconds: number; resendAfterSeconds: number }> {
    const { phone } = parseInput(citizenRegisterCodeInput, { phone: rawPhone });
    const existing = await new CitizenRepository(this.db).byPhone(phone);
    const issued = await this.phoneCodes.issue(phone, "register", (code, minutes) =>
      existing ? ALREADY_REGISTERED_TEXT : registerCodeText(code, minutes),
    );
    return { maskedPhone: maskPhone(phone), ...issued };
  }

  /**
   * Creates the account once the code sent to its phone matches. Whether the number is already registered
   * is told only after a correct code (to the phone's owner, who got the code), never to a guesser.
   */
  async register(raw: unknown): Promise<{ status: "success"; me: MeModel } & IssuedTokens> {
    const input = parseInput(citizenRegisterInput, raw);
    const { passwordMinLength } = await new AuthRepository(this.db).policy();
    const problem = passwordProblem(input.password, input.phone, passwordMinLength);
    if (problem) throw badInput(problem, { fields: [{ path: "password", message: problem }] });
    await this.auth.throttleSource();
    const codeId = await this.phoneCodes.verify(input.phone, "register", input.phoneCode);
    const passwordHash = await hashPassword(input.password);
    return withConflicts({ citizen_phone_uq: "该手机号已注册" }, () =>
      this.db.transaction(async (tx) => {
        // Used up with the account it proves (a unique violation below rolls the use back with it).
        if (!(await this.phoneCodes.consume(tx, codeId))) {
          const message = "验证码已失效，请重新获取";
          throw badInput(message, { fields: [{ path: "phoneCode", message }] });
        }
        const citizen = await new CitizenRepository(tx).insert({
          type: input.type,
          phone: input.phone,
          passwordHash,
          displayName: input.displayName,
          creditCode: input.type === "legal_person" ? (input.creditCode ?? null) : null,
        });
        const tokens = await this.issuer.issue(tx, citizenAccessClaims(citizen));
        await emitEvent(tx, "identity", {
          type: "citizen.registered",
          aggregateType: "citizen",
          aggregateId: citizen.id,
          payload: {
            citizen: {
              id: citizen.id,
              type: citizen.type,
              displayName: citizen.displayName,
              maskedPhone: citizen.phone ? maskPhone(citizen.phone) : null,
            },
          },
          actor: {
            ...actorOf(this.caller, this.request),
            kind: "citizen",
            id: citizen.id,
            name: citizen.displayName,
          },
        });
        return { status: "success" as const, ...tokens, me: citizenMe(citizen) };
      }),
    );
  }

  /**
   * Sends a password-reset code to the phone of a local account. A number without an account gets no SMS at
   * all, and one whose account signs in only through 统一身份认证 a text saying so instead of a code; either
   * way a row is written, the same throttles apply and the same answer comes back.
   */
  async requestPasswordResetCode(
    rawPhone: unknown,
  ): Promise<{ maskedPhone: string; expiresInSeconds: number; resendAfterSeconds: number }> {
    const { phone } = parseInput(citizenPasswordResetCodeInput, { phone: rawPhone });
    const existing = await new CitizenRepository(this.db).byPhone(phone);
    const account = existing && !existing.deletedAt ? existing : undefined;
    const issued = await this.phoneCodes.issue(phone, "password_reset", (code, minutes) => {
      if (!account) return null;
      return account.passwordHash ? passwordResetCodeText(code, minutes) : NO_LOCAL_PASSWORD_TEXT;
    });
    return { maskedPhone: maskPhone(phone), ...issued };
  }

  /**
   * Sets a new password once the code sent to the phone matches (the same password rules as registering),
   * uses the code up and ends every session of the account: refresh tokens revoked, access tokens refused.
   * Only accounts that have a password can reset it: one of 统一身份认证 gets no local password this way,
   * as it cannot set one by changePassword either.
   */
  async resetPassword(raw: unknown): Promise<boolean> {
    const input = parseInput(citizenPasswordResetInput, raw);
    const { passwordMinLength } = await new AuthRepository(this.db).policy();
    const problem = passwordProblem(input.newPassword, input.phone, passwordMinLength);
    if (problem) throw badInput(problem, { fields: [{ path: "newPassword", message: problem }] });
    await this.auth.throttleSource();
    const codeId = await this.phoneCodes.verify(input.phone, "password_reset", input.phoneCode);
    const passwordHash = await hashPassword(input.newPassword);
    return this.db.transaction(async (tx) => {
      // Used up with the change it proves (a refusal below rolls the use back with it).
      if (!(await this.phoneCodes.consume(tx, codeId))) {
        const message = "验证码已失效，请重新获取";
        throw badInput(message, { fields: [{ path: "phoneCode", message }] });
      }
      const citizens = new CitizenRepository(tx);
      // A correct code went only to an account with a password; this is what may have changed since.
      const citizen = await citizens.lockByPhone(input.phone);
      if (!citizen || citizen.deletedAt) {
        const message = "该手机号未注册市民账号";
        throw badInput(message, { fields: [{ path: "phone", message }] });
      }
      if (!citizen.passwordHash) throw badInput(NO_LOCAL_PASSWORD);
      await citizens.update(citizen.id, { passwordHash });
      const actor = {
        ...actorOf(this.caller, this.request),
        kind: "citizen" as const,
        id: citizen.id,
        name: citizen.displayName,
      };
      const auth = new AuthRepository(tx);
      await auth.revokeSubject("citizen", citizen.id);
      await revokeSessions(tx, "citizen", citizen.id, actor);
      // Proving the phone counts as a success: a citizen locked out by wrong passwords signs in at once.
      await auth.recordAttempt(`citizen:${input.phone}`, this.request.ip ?? null, true);
      await emitEvent(tx, "identity", {
        type: "citizen.password_reset",
        aggregateType: "citizen",
        aggregateId: citizen.id,
        payload: {},
        actor,
      });
      return true;
    });
  }

  async login(raw: unknown): Promise<{ status: "success"; me: MeModel } & IssuedTokens> {
    const input = parseInput(citizenLoginInput, raw);
    await this.auth.throttleSource();
    const name = `citizen:${input.phone}`;
    const auth = new AuthRepository(this.db);
    const policy = await auth.policy();
    const found = await new CitizenRepository(this.db).byPhone(input.phone);
    const citizen = found && !found.deletedAt ? found : undefined;
    const ok = citizen?.passwordHash
      ? await verifyPassword(citizen.passwordHash, input.password)
      : await verifyDummy(input.password);
    const recent = await auth.failuresForName(name, new Date(Date.now() - policy.lockoutMinutes * 60_000));
    if (recent >= policy.maxFailedAttempts || !ok || !citizen) {
      await auth.recordAttempt(name, this.request.ip ?? null, false);
      if (recent >= policy.maxFailedAttempts) throw tooManyRequests(lockedMessage(policy.lockoutMinutes));
      throw unauthenticated(CITIZEN_LOGIN_ERROR);
    }
    return this.db.transaction(async (tx) => {
      await new AuthRepository(tx).recordAttempt(name, this.request.ip ?? null, true);
      const tokens = await this.issuer.issue(tx, citizenAccessClaims(citizen));
      await emitEvent(tx, "identity", {
        type: "auth.login_succeeded",
        aggregateType: "citizen",
        aggregateId: citizen.id,
        payload: { subjectKind: "citizen" },
        actor: {
          ...actorOf(this.caller, this.request),
          kind: "citizen",
          id: citizen.id,
          name: citizen.displayName,
        },
      });
      return { status: "success" as const, ...tokens, me: citizenMe(citizen) };
    });
  }

  /** The signed-in citizen changes their own display name (the phone is the login name and stays). */
  async updateProfile(raw: unknown): Promise<CitizenRow> {
    const citizenId = this.requireCitizen();
    const input = parseInput(citizenProfileInput, raw);
    return this.db.transaction(async (tx) => {
      const citizens = new CitizenRepository(tx);
      const current = await citizens.lockById(citizenId);
      if (!current || current.deletedAt) throw unauthenticated();
      const updated = await citizens.update(citizenId, { displayName: input.displayName });
      if (!updated) throw unauthenticated();
      await emitEvent(tx, "identity", {
        type: "citizen.updated",
        aggregateType: "citizen",
        aggregateId: citizenId,
        payload: { changed: ["displayName"] },
        actor: actorOf(this.caller, this.request),
      });
      return updated;
    });
  }

  /**
   * Deletes the signed-in citizen's account: confirmed by the password (local accounts) or by a recent
   * sign-in (accounts of the unified identity system, which have none). The row is anonymised in place —
   * name "已注销用户", phone, password and credit code cleared, provider links forgotten, every session
   * revoked — and citizen.deleted tells the other subgraphs to anonymise what they hold.
   */
  async deleteAccount(raw: unknown): Promise<boolean> {
    const citizenId = this.requireCitizen();
    const input = parseInput(citizenDeleteInput, raw);
    const [existing] = await new CitizenRepository(this.db).byIds([citizenId]);
    if (!existing || existing.deletedAt) throw unauthenticated();
    if (existing.passwordHash) {
      await this.auth.throttleSource();
      const ok = input.password ? await verifyPassword(existing.passwordHash, input.password) : false;
      if (!ok) {
        await new AuthRepository(this.db).recordAttempt(
          `citizen:${existing.phone ?? existing.id}`,
          this.request.ip ?? null,
          false,
        );
        throw badInput("密码不正确", { fields: [{ path: "password", message: "密码不正确" }] });
      }
    } else if (!this.signedInRecently()) {
      throw conflict("为确认是本人操作，请重新登录后再注销账号", { reason: "RELOGIN_REQUIRED" });
    }
    const actor = actorOf(this.caller, this.request);
    await this.db.transaction(async (tx) => {
      const citizens = new CitizenRepository(tx);
      const current = await citizens.lockById(citizenId);
      if (!current || current.deletedAt) throw unauthenticated();
      await citizens.update(citizenId, {
        displayName: DELETED_CITIZEN_NAME,
        phone: null,
        passwordHash: null,
        creditCode: null,
        deletedAt: new Date(),
      });
      await new OidcRepository(tx).unlinkCitizen(citizenId);
      await new AuthRepository(tx).revokeSubject("citizen", citizenId);
      await revokeSessions(tx, "citizen", citizenId, actor);
      await emitEvent(tx, "identity", {
        type: CITIZEN_DELETED,
        aggregateType: "citizen",
        aggregateId: citizenId,
        payload: { citizenId, displayName: DELETED_CITIZEN_NAME },
        // The audit trail keeps who asked, not the personal data that was removed.
        actor: { ...actor, name: DELETED_CITIZEN_NAME },
      });
    });
    return true;
  }

  private requireCitizen(): string {
    if (this.caller.kind === "citizen") return this.caller.citizenId;
    if (this.caller.kind === "anonymous") throw unauthenticated();
    throw forbidden("仅市民本人可以操作");
  }

  private signedInRecently(): boolean {
    const issuedAt = "issuedAt" in this.caller ? this.caller.issuedAt : undefined;
    return issuedAt !== undefined && Date.now() / 1000 - issuedAt <= RECENT_LOGIN_SECONDS;
  }
}
