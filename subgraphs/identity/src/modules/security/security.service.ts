// The city's security policy (lockout, administrators' TOTP, password length): readable and editable only
// by the security administrator (security.manage city-wide, 安全管理员); every change is an event.
import {
  actorOf,
  assertCan,
  type Caller,
  CITY,
  emitEvent,
  parseInput,
  type RequestInfo,
} from "@jiyue/server-kit";
import type { IdentityDb } from "../../db/executor";
import { AuthRepository, type SecurityPolicyValues } from "../auth/auth.repository";
import type { SecurityPolicyRow, SigningKeyRow } from "../auth/auth.sql";
import type { KeyStore } from "../auth/keys";
import { updateSecurityPolicyInput } from "./security.validation";

type PolicyChanges = Partial<Omit<SecurityPolicyRow, "id" | "updatedAt">>;
const EDITABLE = [
  "totpRequiredForAdmins",
  "maxFailedAttempts",
  "lockoutMinutes",
  "passwordMinLength",
] as const;

export class SecurityService {
  constructor(
    private readonly db: IdentityDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly keys: KeyStore,
  ) {}

  async signingKeys(): Promise<SigningKeyModel[]> {
    assertCan(this.caller, "security.manage", CITY);
    return toModels(await this.keys.published());
  }

  /** A new key signs from now on; the event (audited) names both keys, never key material. */
  async rotateSigningKey(): Promise<SigningKeyModel[]> {
    assertCan(this.caller, "security.manage", CITY);
    const previous = (await this.keys.published())[0]?.kid ?? null;
    const keys = await this.keys.rotate();
    const current = keys[0] as SigningKeyRow;
    await this.db.transaction(async (tx) => {
      await emitEvent(tx, "identity", {
        type: "auth.signing_key_rotated",
        aggregateType: "signing_key",
        aggregateId: current.kid,
        payload: { kid: current.kid, previousKid: previous },
        actor: actorOf(this.caller, this.request),
      });
    });
    return toModels(keys);
  }

  async policy(): Promise<SecurityPolicyValues> {
    assertCan(this.caller, "security.manage", CITY);
    return new AuthRepository(this.db).policy();
  }

  async update(raw: unknown): Promise<SecurityPolicyValues> {
    assertCan(this.caller, "security.manage", CITY);
    const input = parseInput(updateSecurityPolicyInput, raw);
    return this.db.transaction(async (tx) => {
      const auth = new AuthRepository(tx);
      const before = await auth.policyForUpdate();
      const changes: PolicyChanges = {};
      for (const key of EDITABLE) {
        const value = input[key];
        if (value !== null && value !== undefined && value !== before[key])
          Object.assign(changes, { [key]: value });
      }
      if (Object.keys(changes).length === 0) return before;
      const after = await auth.setPolicy(changes);
      await emitEvent(tx, "identity", {
        type: "security_policy.updated",
        aggregateType: "security_policy",
        aggregateId: String(after.id),
        payload: {
          changes,
          before: Object.fromEntries(
            Object.keys(changes).map((key) => [key, before[key as keyof PolicyChanges]]),
          ),
        },
        actor: actorOf(this.caller, this.request),
      });
      return after;
    });
  }
}

export interface SigningKeyModel {
  kid: string;
  createdAt: Date;
  current: boolean;
}

function toModels(rows: SigningKeyRow[]): SigningKeyModel[] {
  return rows.map((row, index) => ({ kid: row.kid, createdAt: row.createdAt, current: index === 0 }));
}
