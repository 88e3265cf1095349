// Issues access tokens (ES256, 15 minutes, claims per server-kit's accessClaimsSchema) and opaque refresh
// tokens (random, stored as SHA-256, one family per sign-in).
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { type AccessClaims, type Grant, signAccessToken } from "@jiyue/server-kit";
import type { Executor } from "../../db/executor";
import type { ApiClientRow } from "../api-client/api-client.sql";
import type { CitizenRow } from "../citizen/citizen.sql";
import type { RoleAssignmentRow, RoleRow } from "../role/role.sql";
import type { UserRow } from "../user/user.sql";
import { AuthRepository } from "./auth.repository";
import type { SubjectKind } from "./auth.sql";
import type { KeyStore } from "./keys";

export const ACCESS_TOKEN_SECONDS = 15 * 60;
const REFRESH_TOKEN_DAYS: Record<SubjectKind, number> = { staff: 7, citizen: 30, client: 30 };

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  refreshTokenId: string;
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function grantsOf(rows: { assignment: RoleAssignmentRow; role: RoleRow }[]): Grant[] {
  return rows.map(({ assignment, role }) => ({
    role: role.code,
    ...(role.stage === null ? {} : { stage: role.stage }),
    unitId: assignment.unitId,
    siteId: assignment.siteId,
    actions: [...role.actions],
  }));
}

export function staffAccessClaims(user: UserRow, grants: Grant[]): AccessClaims {
  return {
    kind: "staff",
    sub: user.id,
    username: user.username,
    name: user.displayName,
    unitId: user.unitId,
    grants,
  };
}
export function citizenAccessClaims(citizen: CitizenRow): AccessClaims {
  return { kind: "citizen", sub: citizen.id, name: citizen.displayName, citizenType: citizen.type };
}
export function clientAccessClaims(client: ApiClientRow): AccessClaims {
  return {
    kind: "client",
    sub: client.id,
    name: client.name,
    siteIds: [...client.siteIds],
    scopes: [...client.scopes],
  };
}

export class TokenIssuer {
  constructor(readonly keys: KeyStore) {}

  async accessToken(claims: AccessClaims): Promise<string> {
    const { kid, privateKey } = await this.keys.signingKey();
    return signAccessToken(claims, privateKey, {
      kid,
      expiresInSeconds: ACCESS_TOKEN_SECONDS,
      jti: randomUUID(),
    });
  }

  /** A new access token and a refresh token in `familyId` (a new family for a new sign-in). */
  async issue(tx: Executor, claims: AccessClaims, familyId: string = randomUUID()): Promise<IssuedTokens> {
    const refreshToken = randomSecret(32);
    const row = await new AuthRepository(tx).insertRefreshToken({
      tokenHash: sha256(refreshToken),
      familyId,
      subjectKind: claims.kind,
      subjectId: claims.sub,
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_DAYS[claims.kind] * 86_400_000),
    });
    return {
      accessToken: await this.accessToken(claims),
      refreshToken,
      expiresIn: ACCESS_TOKEN_SECONDS,
      refreshTokenId: row.id,
    };
  }
}
