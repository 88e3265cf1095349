// Access-token claims and their verification. identity signs (ES256, JWKS); everyone else verifies.
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
} from "jose";
import { z } from "zod";
import type { Caller } from "../access/caller";
import { ANONYMOUS } from "../access/caller";
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from "../config";
import { unauthenticated } from "../errors";

export const ACCESS_TOKEN_ALG = "ES256";

const grantSchema = z.object({
  role: z.string(),
  stage: z.number().int().optional(),
  unitId: z.string().nullable().optional(),
  siteId: z.string().nullable().optional(),
  actions: z.array(z.string()),
});

export const accessClaimsSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("staff"),
    sub: z.string(),
    username: z.string(),
    name: z.string(),
    unitId: z.string().nullable(),
    grants: z.array(grantSchema),
  }),
  z.object({
    kind: z.literal("citizen"),
    sub: z.string(),
    name: z.string(),
    citizenType: z.enum(["person", "legal_person"]),
  }),
  z.object({
    kind: z.literal("client"),
    sub: z.string(),
    name: z.string(),
    siteIds: z.array(z.string()),
    scopes: z.array(z.string()),
  }),
]);
export type AccessClaims = z.infer<typeof accessClaimsSchema>;

export function claimsToCaller(claims: AccessClaims, tokenId?: string, issuedAt?: number): Caller {
  switch (claims.kind) {
    case "staff":
      return {
        kind: "staff",
        userId: claims.sub,
        username: claims.username,
        displayName: claims.name,
        unitId: claims.unitId,
        grants: claims.grants,
        tokenId,
        issuedAt,
      };
    case "citizen":
      return {
        kind: "citizen",
        citizenId: claims.sub,
        citizenType: claims.citizenType,
        displayName: claims.name,
        tokenId,
        issuedAt,
      };
    case "client":
      return {
        kind: "client",
        clientId: claims.sub,
        name: claims.name,
        siteIds: claims.siteIds,
        scopes: claims.scopes,
        tokenId,
        issuedAt,
      };
  }
}

export type TokenVerifier = (authorization: string | undefined | null) => Promise<Caller>;

export function remoteKeySet(url: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(url), { cooldownDuration: 5_000, cacheMaxAge: 10 * 60_000 });
}
export function localKeySet(jwks: JSONWebKeySet): JWTVerifyGetKey {
  return createLocalJWKSet(jwks);
}

/** Bearer token → Caller. No header → anonymous; a bad, expired or forged token → UNAUTHENTICATED. */
export function createTokenVerifier(keys: JWTVerifyGetKey): TokenVerifier {
  return async (authorization) => {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw unauthenticated("身份凭证格式不正确");
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(match[1], keys, {
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        algorithms: [ACCESS_TOKEN_ALG],
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated("登录已过期，请重新登录");
      throw unauthenticated("身份凭证无效");
    }
    const parsed = accessClaimsSchema.safeParse(payload);
    if (!parsed.success) throw unauthenticated("身份凭证无效");
    return claimsToCaller(
      parsed.data,
      typeof payload.jti === "string" ? payload.jti : undefined,
      typeof payload.iat === "number" ? payload.iat : undefined,
    );
  };
}

/** Sign an access token (identity, and tests). `key` is the private key; `kid` names it in the JWKS. */
export async function signAccessToken(
  claims: AccessClaims,
  key: CryptoKey | Uint8Array,
  options: { kid: string; expiresInSeconds: number; jti?: string },
): Promise<string> {
  const { sub, ...rest } = claims;
  const jwt = new SignJWT(rest)
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALG, kid: options.kid })
    .setSubject(sub)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    // Millisecond precision (NumericDate may be fractional): a revocation in the same second as a sign-in
    // must still tell a token issued before it from one issued after it.
    .setIssuedAt(Date.now() / 1000)
    .setExpirationTime(Math.floor(Date.now() / 1000) + options.expiresInSeconds);
  if (options.jti) jwt.setJti(options.jti);
  return jwt.sign(key);
}
