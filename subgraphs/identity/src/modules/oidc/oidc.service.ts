// OIDC sign-in (统一身份认证): starts the authorization-code flow, links the provider's subject to a
// citizen (found or created) or to an existing active staff account (never created), and hands the
// browser a one-time ticket that `exchangeLoginTicket` turns into tokens (TOTP by policy for staff).
import { randomBytes } from "node:crypto";
import {
  type EventActor,
  emitEvent,
  parseInput,
  type RequestInfo,
  tooManyRequests,
  unauthenticated,
} from "@jiyue/server-kit";
import { withConflicts } from "../../db/conflicts";
import type { Executor, IdentityDb } from "../../db/executor";
import { AuthRepository } from "../auth/auth.repository";
import { type LoginResult, lockedMessage, staffMe } from "../auth/auth.service";
import type { GrantModel, MeModel } from "../auth/auth.types";
import {
  citizenAccessClaims,
  grantsOf,
  randomSecret,
  sha256,
  staffAccessClaims,
  type TokenIssuer,
} from "../auth/tokens";
import { newTotpSecret, totpStep, totpUrl } from "../auth/totp";
import { CitizenRepository } from "../citizen/citizen.repository";
import { maskPhone } from "../citizen/citizen.service";
import type { CitizenRow } from "../citizen/citizen.sql";
import { RoleRepository } from "../role/role.repository";
import { UserRepository } from "../user/user.repository";
import type { UserRow } from "../user/user.sql";
import type { OidcClaims, OidcRelyingParty } from "./oidc.client";
import type { OidcSettings, OidcSettingsSource } from "./oidc.config";
import { OidcRepository } from "./oidc.repository";
import { exchangeTicketInput, loginStartInput } from "./oidc.validation";

/** How long the provider may take to send the browser back. */
export const LOGIN_REQUEST_SECONDS = 10 * 60;
export const TICKET_SECONDS = 60;
/** Once a ticket answered TOTP_REQUIRED, the person gets this long to type the code. */
export const TICKET_TOTP_SECONDS = 5 * 60;
export const TICKET_INVALID = "登录凭据无效或已过期，请重新登录";
export const OIDC_DISABLED = "未启用统一身份认证登录";

/** Error codes put on the login page's URL (`?error=`), for the page to explain. */
export type OidcErrorCode =
  | "oidc_failed"
  | "oidc_expired"
  | "oidc_unknown_staff"
  | "oidc_account_disabled"
  | "oidc_provider_error";

export type CallbackOutcome = { kind: "redirect"; location: string } | { kind: "invalid"; message: string };

const LOGIN_PATH = "/login";

function withParam(base: string, path: string, name: string, value: string): string {
  // `path` is validated to be site-relative; appending keeps a base path such as https://host/admin.
  const url = new URL(`${base.replace(/\/+$/, "")}${path}`);
  url.searchParams.set(name, value);
  return url.toString();
}

function claimString(claims: OidcClaims, name: string): string | null {
  const value = claims[name];
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

/** Mainland mobile numbers in the local form the citizen table uses; anything else is dropped. */
function localPhone(raw: string | null): string | null {
  if (!raw) return null;
  const digits = raw.replace(/[\s-]/g, "").replace(/^(\+86|0086)/, "");
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
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

/** The browser-facing half, used by the /oidc routes (no GraphQL caller: the browser is anonymous). */
export class OidcLoginFlow {
  constructor(
    private readonly db: IdentityDb,
    private readonly settings: OidcSettingsSource,
    private readonly relyingParty: OidcRelyingParty,
  ) {}

  enabled(): OidcSettings | null {
    return this.settings();
  }

  /** Stores the request and returns the provider URL plus the id for the browser's cookie. */
  async start(rawQuery: unknown): Promise<{ location: string; requestId: string; maxAgeSeconds: number }> {
    const settings = this.settings();
    if (!settings) throw new Error(OIDC_DISABLED);
    const input = parseInput(loginStartInput, rawQuery);
    const request = await this.relyingParty.authorizationRequest(settings);
    const requestId = randomSecret();
    await new OidcRepository(this.db).insertLoginRequest({
      idHash: sha256(requestId),
      state: request.state,
      nonce: request.nonce,
      codeVerifier: request.codeVerifier,
      audience: input.audience,
      returnPath: input.return,
      expiresAt: new Date(Date.now() + LOGIN_REQUEST_SECONDS * 1000),
    });
    return { location: request.url.toString(), requestId, maxAgeSeconds: LOGIN_REQUEST_SECONDS };
  }

  async callback(
    requestId: string | null,
    query: URLSearchParams,
    info: RequestInfo,
  ): Promise<CallbackOutcome> {
    const settings = this.settings();
    if (!settings) throw new Error(OIDC_DISABLED);
    const pending = requestId
      ? await new OidcRepository(this.db).takeLoginRequest(sha256(requestId))
      : undefined;
    if (!pending) return { kind: "invalid", message: "登录请求无效或已过期，请重新登录" };
    // Staff go back to the admin's login page; citizens to where they started (the portal's login page of
    // the site they were on, which shows the error), since the portal has no site-less login page.
    const loginPage = (error: OidcErrorCode) =>
      pending.audience === "staff"
        ? withParam(settings.adminUrl, LOGIN_PATH, "error", error)
        : withParam(settings.portalUrl, pending.returnPath, "error", error);
    if (query.get("error")) return { kind: "redirect", location: loginPage("oidc_provider_error") };

    let claims: OidcClaims;
    try {
      claims = await this.relyingParty.complete(settings, query, pending);
    } catch {
      // Wrong state, replayed code, bad signature or nonce: all the same to the browser.
      return { kind: "redirect", location: loginPage("oidc_failed") };
    }
    const base = pending.audience === "staff" ? settings.adminUrl : settings.portalUrl;
    const actorBase = {
      ip: info.ip ?? null,
      userAgent: info.userAgent ?? null,
      requestId: info.requestId ?? null,
    };
    if (pending.audience === "citizen") {
      const citizen = await this.citizenFor(settings, claims, actorBase);
      const ticket = await this.ticket("citizen", citizen.id, false);
      return { kind: "redirect", location: withParam(base, pending.returnPath, "ticket", ticket) };
    }
    const staff = await this.staffFor(settings, claims, actorBase);
    if (staff === "unknown") return { kind: "redirect", location: loginPage("oidc_unknown_staff") };
    if (staff === "disabled") return { kind: "redirect", location: loginPage("oidc_account_disabled") };
    const ticket = await this.ticket("staff", staff.id, settings.trustMfa);
    return { kind: "redirect", location: withParam(base, pending.returnPath, "ticket", ticket) };
  }

  private async ticket(kind: "citizen" | "staff", subjectId: string, mfaSatisfied: boolean): Promise<string> {
    const ticket = randomBytes(32).toString("base64url");
    await new OidcRepository(this.db).insertTicket({
      ticketHash: sha256(ticket),
      subjectKind: kind,
      subjectId,
      mfaSatisfied,
      expiresAt: new Date(Date.now() + TICKET_SECONDS * 1000),
    });
    return ticket;
  }

  /** The citizen linked to (issuer, sub); the first login creates one and announces it. */
  private async citizenFor(
    settings: OidcSettings,
    claims: OidcClaims,
    request: Omit<EventActor, "kind" | "id">,
  ): Promise<CitizenRow> {
    const find = async (tx: Executor) => {
      const link = await new OidcRepository(tx).citizenLink(settings.issuer, claims.sub);
      if (!link) return undefined;
      const [citizen] = await new CitizenRepository(tx).byIds([link.citizenId]);
      return citizen;
    };
    const existing = await find(this.db);
    if (existing) return existing;
    try {
      return await this.db.transaction(async (tx) => {
        const citizens = new CitizenRepository(tx);
        // The provider's number is kept only if no local account uses it: never merge accounts by phone.
        const phone = localPhone(claimString(claims, "phone_number"));
        const free = phone && !(await citizens.byPhone(phone)) ? phone : null;
        const citizen = await citizens.insert({
          type: "person",
          phone: free,
          passwordHash: null,
          displayName:
            claimString(claims, "name") ??
            claimString(claims, "preferred_username") ??
            `${settings.displayName}用户`,
        });
        await new OidcRepository(tx).insertCitizenLink({
          issuer: settings.issuer,
          subject: claims.sub,
          citizenId: citizen.id,
        });
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
            method: "oidc",
          },
          actor: { ...request, kind: "citizen", id: citizen.id, name: citizen.displayName },
        });
        return citizen;
      });
    } catch (error) {
      // Two first logins of one subject at once: the loser finds the winner's citizen.
      const winner = await find(this.db);
      if (winner) return winner;
      throw error;
    }
  }

  /** An existing staff account: by link, else by the username claim (then linked). Never creates one. */
  private async staffFor(
    settings: OidcSettings,
    claims: OidcClaims,
    request: Omit<EventActor, "kind" | "id">,
  ): Promise<UserRow | "unknown" | "disabled"> {
    const oidc = new OidcRepository(this.db);
    const users = new UserRepository(this.db);
    const link = await oidc.staffLink(settings.issuer, claims.sub);
    const username = claimString(claims, settings.staffUsernameClaim);
    let user = link ? (await users.byIds([link.userId]))[0] : undefined;
    let linkNow = false;
    if (!link && username) {
      user = await users.byUsername(username);
      linkNow = !!user;
    }
    if (!user) {
      await this.db.transaction(async (tx) => {
        await new AuthRepository(tx).recordAttempt(
          username?.toLowerCase() ?? `oidc:${claims.sub}`,
          request.ip ?? null,
          false,
        );
        await emitEvent(tx, "identity", {
          type: "auth.login_failed",
          aggregateType: "user",
          aggregateId: `oidc:${claims.sub}`,
          payload: { username, reason: "oidc_unknown_staff", issuer: settings.issuer, subject: claims.sub },
          actor: { ...request, kind: "anonymous", id: null, name: username },
        });
      });
      return "unknown";
    }
    if (user.status !== "active") return "disabled";
    if (linkNow) {
      const target = user;
      await withConflicts({ staff_identity_subject_uq: "该统一身份认证账号已绑定" }, () =>
        this.db.transaction(async (tx) => {
          await new OidcRepository(tx).insertStaffLink({
            issuer: settings.issuer,
            subject: claims.sub,
            userId: target.id,
          });
          await emitEvent(tx, "identity", {
            type: "user.identity_linked",
            aggregateType: "user",
            aggregateId: target.id,
            unitId: target.unitId,
            payload: { issuer: settings.issuer, subject: claims.sub, claim: settings.staffUsernameClaim },
            actor: { ...request, kind: "staff", id: target.id, name: target.displayName },
          });
        }),
      );
    }
    return user;
  }
}

/** The GraphQL half: which login methods are on, and the ticket exchange. */
export class OidcService {
  constructor(
    private readonly db: IdentityDb,
    private readonly request: RequestInfo,
    private readonly issuer: TokenIssuer,
    private readonly settings: OidcSettingsSource,
  ) {}

  loginMethods(): { local: boolean; oidc: boolean; oidcName: string | null } {
    const settings = this.settings();
    return { local: true, oidc: !!settings, oidcName: settings?.displayName ?? null };
  }

  private actor(kind: "staff" | "citizen", id: string, name: string): EventActor {
    return {
      kind,
      id,
      name,
      ip: this.request.ip ?? null,
      userAgent: this.request.userAgent ?? null,
      requestId: this.request.requestId ?? null,
    };
  }

  async exchangeTicket(raw: unknown): Promise<LoginResult> {
    const input = parseInput(exchangeTicketInput, raw);
    const outcome = await this.db.transaction(
      async (tx): Promise<LoginResult | "bad_totp" | { locked: number } | null> => {
        const oidc = new OidcRepository(tx);
        const ticket = await oidc.usableTicketForUpdate(sha256(input.ticket));
        if (!ticket) return null;
        if (ticket.subjectKind === "citizen") {
          const [citizen] = await new CitizenRepository(tx).byIds([ticket.subjectId]);
          await oidc.useTicket(ticket.id);
          if (!citizen || citizen.deletedAt) return null;
          const tokens = await this.issuer.issue(tx, citizenAccessClaims(citizen));
          await emitEvent(tx, "identity", {
            type: "auth.login_succeeded",
            aggregateType: "citizen",
            aggregateId: citizen.id,
            payload: { subjectKind: "citizen", method: "oidc" },
            actor: this.actor("citizen", citizen.id, citizen.displayName),
          });
          return { status: "success", ...tokens, me: citizenMe(citizen) };
        }
        return this.exchangeStaff(tx, ticket, input.totpCode ?? null);
      },
    );
    if (outcome === "bad_totp") throw unauthenticated("动态口令错误，请重新登录");
    if (!outcome) throw unauthenticated(TICKET_INVALID);
    if ("locked" in outcome) throw tooManyRequests(lockedMessage(outcome.locked));
    return outcome;
  }

  private async exchangeStaff(
    tx: Executor,
    ticket: { id: string; subjectId: string; mfaSatisfied: boolean },
    totpCode: string | null,
  ): Promise<LoginResult | "bad_totp" | { locked: number } | null> {
    const oidc = new OidcRepository(tx);
    const users = new UserRepository(tx);
    const [user] = await users.byIds([ticket.subjectId]);
    if (user?.status !== "active") {
      await oidc.useTicket(ticket.id);
      return null;
    }
    const policy = await new AuthRepository(tx).policy();
    // A lockout from wrong codes holds for provider sign-ins too.
    if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      await oidc.useTicket(ticket.id);
      return { locked: policy.lockoutMinutes };
    }
    const grantRows = await new RoleRepository(tx).grantsOfUser(user.id);
    const needsTotp =
      !ticket.mfaSatisfied &&
      (user.totpEnabled || (policy.totpRequiredForAdmins && grantRows.some(({ role }) => role.requiresTotp)));
    let enrol = false;
    if (needsTotp) {
      const code = totpCode?.trim();
      const secret = user.totpEnabled ? user.totpSecret : user.pendingTotpSecret;
      if (!code || !secret) {
        // The ticket waits for the code (not consumed); its life is extended so a person can type it.
        await oidc.extendTicket(ticket.id, new Date(Date.now() + TICKET_TOTP_SECONDS * 1000));
        if (user.totpEnabled) return { status: "totp_required" };
        const pending = user.pendingTotpSecret ?? newTotpSecret();
        if (!user.pendingTotpSecret) await users.update(user.id, { pendingTotpSecret: pending });
        return {
          status: "totp_setup_required",
          totpSetup: { secret: pending, otpauthUrl: totpUrl(pending, user.username) },
        };
      }
      // One guess per ticket: a wrong code burns it, and counts towards the account's lockout.
      await oidc.useTicket(ticket.id);
      const step = await totpStep(secret, code);
      if (step === null || !(await users.claimTotpStep(user.id, step))) {
        await users.recordFailure(user.id, policy.maxFailedAttempts, policy.lockoutMinutes);
        await new AuthRepository(tx).recordAttempt(
          user.username.toLowerCase(),
          this.request.ip ?? null,
          false,
        );
        await emitEvent(tx, "identity", {
          type: "auth.login_failed",
          aggregateType: "user",
          aggregateId: user.id,
          unitId: user.unitId,
          payload: { username: user.username, reason: "bad_totp", method: "oidc" },
          actor: this.actor("staff", user.id, user.displayName),
        });
        return "bad_totp";
      }
      enrol = !user.totpEnabled;
    }
    await oidc.useTicket(ticket.id);
    const updated = await users.update(user.id, {
      failedAttempts: 0,
      lockedUntil: null,
      lastLoginAt: new Date(),
      ...(enrol ? { totpSecret: user.pendingTotpSecret, totpEnabled: true, pendingTotpSecret: null } : {}),
    });
    if (!updated) return null;
    await new AuthRepository(tx).recordAttempt(user.username.toLowerCase(), this.request.ip ?? null, true);
    const tokens = await this.issuer.issue(tx, staffAccessClaims(updated, grantsOf(grantRows)));
    await emitEvent(tx, "identity", {
      type: "auth.login_succeeded",
      aggregateType: "user",
      aggregateId: user.id,
      unitId: user.unitId,
      payload: {
        username: user.username,
        method: "oidc",
        totp: needsTotp,
        totpEnrolled: enrol,
        mfaByProvider: ticket.mfaSatisfied,
      },
      actor: this.actor("staff", user.id, updated.displayName),
    });
    const grants: GrantModel[] = grantRows.map(({ assignment, role }) => ({
      role: role.code,
      roleName: role.name,
      stage: role.stage,
      unitId: assignment.unitId,
      siteId: assignment.siteId,
      actions: role.actions,
    }));
    return { status: "success", ...tokens, me: staffMe(updated, grants) };
  }
}
