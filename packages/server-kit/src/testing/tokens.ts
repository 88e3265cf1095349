// Test credentials: a local ES256 key pair, a verifier for it, and claim builders for every kind of caller.
import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, type JSONWebKeySet } from "jose";
import type { Grant } from "../access/caller";
import { roleByCode } from "../access/roles";
import {
  type AccessClaims,
  createTokenVerifier,
  localKeySet,
  signAccessToken,
  type TokenVerifier,
} from "../auth/tokens";

export interface TestKeys {
  jwks: JSONWebKeySet;
  verifier: TokenVerifier;
  sign(claims: AccessClaims, expiresInSeconds?: number): Promise<string>;
}

let keysPromise: Promise<TestKeys> | undefined;

export function testKeys(): Promise<TestKeys> {
  keysPromise ??= (async () => {
    const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: "test-key", alg: "ES256", use: "sig" };
    const jwks = { keys: [jwk] };
    return {
      jwks,
      verifier: createTokenVerifier(localKeySet(jwks)),
      sign: (claims, expiresInSeconds = 600) =>
        signAccessToken(claims, privateKey, { kid: "test-key", expiresInSeconds }),
    };
  })();
  return keysPromise;
}

/** A grant of a default role, with the role's actions, at city (no scope), unit or site scope. */
export function grant(role: string, scope: { unitId?: string; siteId?: string } = {}): Grant {
  const definition = roleByCode(role);
  if (!definition) throw new Error(`unknown role ${role}`);
  return {
    role,
    stage: definition.stage,
    unitId: scope.unitId ?? null,
    siteId: scope.siteId ?? null,
    actions: [...definition.actions],
  };
}

export function staffClaims(
  grants: Grant[],
  overrides: Partial<{ sub: string; unitId: string | null; username: string }> = {},
): AccessClaims {
  const sub = overrides.sub ?? randomUUID();
  return {
    kind: "staff",
    sub,
    username: overrides.username ?? `user-${sub.slice(0, 8)}`,
    name: "测试用户",
    unitId: overrides.unitId ?? null,
    grants,
  };
}

export function citizenClaims(sub: string = randomUUID()): AccessClaims {
  return { kind: "citizen", sub, name: "测试市民", citizenType: "person" };
}

export function clientClaims(siteIds: string[], sub: string = randomUUID()): AccessClaims {
  return { kind: "client", sub, name: "测试新媒体", siteIds, scopes: ["content:read"] };
}
