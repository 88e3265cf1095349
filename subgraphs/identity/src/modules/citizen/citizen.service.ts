// Citizen (自然人/法人) local accounts: registration and sign-in with the same throttling as staff
// (per source address and per phone number), issuing citizen tokens.
import {
  actorOf,
  badInput,
  type Caller,
  emitEvent,
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
import { citizenAccessClaims, type IssuedTokens, type TokenIssuer } from "../auth/tokens";
import { CitizenRepository } from "./citizen.repository";
import type { CitizenRow } from "./citizen.sql";
import { citizenLoginInput, citizenRegisterInput } from "./citizen.validation";

const CITIZEN_LOGIN_ERROR = "手机号或密码错误";

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
  ) {}

  async register(raw: unknown): Promise<{ status: "success"; me: MeModel } & IssuedTokens> {
    const input = parseInput(citizenRegisterInput, raw);
    const { passwordMinLength } = await new AuthRepository(this.db).policy();
    const problem = passwordProblem(input.password, input.phone, passwordMinLength);
    if (problem) throw badInput(problem, { fields: [{ path: "password", message: problem }] });
    await this.auth.throttleSource();
    const passwordHash = await hashPassword(input.password);
    return withConflicts({ citizen_phone_uq: "该手机号已注册" }, () =>
      this.db.transaction(async (tx) => {
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

  async login(raw: unknown): Promise<{ status: "success"; me: MeModel } & IssuedTokens> {
    const input = parseInput(citizenLoginInput, raw);
    await this.auth.throttleSource();
    const name = `citizen:${input.phone}`;
    const auth = new AuthRepository(this.db);
    const policy = await auth.policy();
    const citizen = await new CitizenRepository(this.db).byPhone(input.phone);
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
}
