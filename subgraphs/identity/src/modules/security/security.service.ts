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
import type { SecurityPolicyRow } from "../auth/auth.sql";
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
  ) {}

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
