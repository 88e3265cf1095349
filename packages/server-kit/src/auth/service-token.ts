// Service-to-service credentials for internal endpoints (event catch-up, lexicon snapshots…).
import { jwtVerify, SignJWT } from "jose";
import { unauthenticated } from "../errors";

const SERVICE_AUDIENCE = "jiyue-internal";

function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signServiceToken(service: string, secret: string, ttlSeconds = 300): Promise<string> {
  return new SignJWT({ kind: "service" })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(service)
    .setAudience(SERVICE_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(secretKey(secret));
}

export async function verifyServiceToken(authorization: string | undefined, secret: string): Promise<string> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  if (!token) throw unauthenticated("需要服务凭证");
  try {
    const { payload } = await jwtVerify(token, secretKey(secret), {
      audience: SERVICE_AUDIENCE,
      algorithms: ["HS256"],
    });
    if (payload.kind !== "service" || typeof payload.sub !== "string") throw new Error("not a service token");
    return payload.sub;
  } catch {
    throw unauthenticated("服务凭证无效");
  }
}

/** Caches a service token per process, renewing it before it expires. */
export function serviceTokenSource(service: string, secret: string): () => Promise<string> {
  let cached: { token: string; renewAt: number } | undefined;
  return async () => {
    if (!cached || Date.now() > cached.renewAt) {
      cached = { token: await signServiceToken(service, secret, 300), renewAt: Date.now() + 240_000 };
    }
    return cached.token;
  };
}
