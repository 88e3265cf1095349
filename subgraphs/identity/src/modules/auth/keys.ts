// The ES256 signing keys: generated on first start, kept in identity.signing_key, published as a JWKS.
// identity verifies incoming tokens with the same keys (no HTTP round trip to itself). The security admin can
// rotate: the newest key signs; a replaced key stays published until every token it signed has expired.
import { randomUUID } from "node:crypto";
import { createTokenVerifier, MAX_TOKEN_LIFETIME_MS, type TokenVerifier } from "@jiyue/server-kit";
import { desc, sql } from "drizzle-orm";
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from "jose";
import type { IdentityDb } from "../../db/executor";
import { type SigningKeyRow, signingKeys } from "./auth.sql";

interface LoadedKeys {
  kid: string;
  privateKey: CryptoKey;
  jwks: JSONWebKeySet;
  getKey: JWTVerifyGetKey;
}

export class KeyStore {
  private db: IdentityDb | undefined;
  private loaded: Promise<LoadedKeys> | undefined;
  private loadedAt = 0;
  private reloadedAt = 0;

  attach(db: IdentityDb): void {
    this.db = db;
    this.loaded = undefined;
  }

  private load(): Promise<LoadedKeys> {
    // Another replica may have rotated: pick up its key within a minute (its tokens verify at once via the kid).
    if (this.loaded && Date.now() - this.loadedAt > 60_000) this.loaded = undefined;
    if (!this.loaded) this.loadedAt = Date.now();
    this.loaded ??= this.read().catch((error: unknown) => {
      this.loaded = undefined;
      throw error;
    });
    return this.loaded;
  }

  private async read(): Promise<LoadedKeys> {
    const db = this.db;
    if (!db) throw new Error("KeyStore used before attach()");
    let rows = await db.select().from(signingKeys).orderBy(desc(signingKeys.createdAt));
    if (rows.length === 0) {
      // Several replicas may start at once: one generates, the others read its key.
      await db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext('jiyue:signing-key'))`);
        const existing = await tx.select({ kid: signingKeys.kid }).from(signingKeys).limit(1);
        if (existing.length > 0) return;
        await insertKey(tx);
      });
      rows = await db.select().from(signingKeys).orderBy(desc(signingKeys.createdAt));
    }
    const current = rows[0] as SigningKeyRow;
    const privateKey = (await importJWK(current.privateJwk, "ES256")) as CryptoKey;
    const jwks: JSONWebKeySet = { keys: publishedKeys(rows).map((row) => row.publicJwk) };
    return { kid: current.kid, privateKey, jwks, getKey: createLocalJWKSet(jwks) };
  }

  /** Generates a new signing key that signs from now on; returns the published keys, newest first. */
  async rotate(): Promise<SigningKeyRow[]> {
    const db = this.db;
    if (!db) throw new Error("KeyStore used before attach()");
    const kid = await insertKey(db);
    this.loaded = undefined;
    const keys = await this.published();
    if (keys[0]?.kid !== kid) throw new Error("rotated key is not the newest");
    return keys;
  }

  /** The keys in the JWKS, newest (signing) first. */
  async published(): Promise<SigningKeyRow[]> {
    const db = this.db;
    if (!db) throw new Error("KeyStore used before attach()");
    return publishedKeys(await db.select().from(signingKeys).orderBy(desc(signingKeys.createdAt)));
  }

  async signingKey(): Promise<{ kid: string; privateKey: CryptoKey }> {
    const { kid, privateKey } = await this.load();
    return { kid, privateKey };
  }

  async jwks(): Promise<JSONWebKeySet> {
    return (await this.load()).jwks;
  }

  /** Verifies bearer tokens with this store's public keys; an unknown kid reloads once (another replica rotated). */
  readonly verifier: TokenVerifier = createTokenVerifier(async (header, token) => {
    const keys = await this.load();
    const known = keys.jwks.keys.some((key) => key.kid === header.kid);
    // At most one reload every 30 s, so forged kids cannot make every request hit the database.
    if (header.kid && !known && Date.now() - this.reloadedAt > 30_000) {
      this.reloadedAt = Date.now();
      this.loaded = undefined;
      return (await this.load()).getKey(header, token);
    }
    return keys.getKey(header, token);
  });
}

async function insertKey(db: Pick<IdentityDb, "insert">): Promise<string> {
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  const kid = randomUUID();
  await db.insert(signingKeys).values({
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: "ES256" },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "ES256", use: "sig" },
  });
  return kid;
}

/** The newest key, and older keys only while tokens they signed may still be valid. */
function publishedKeys(rowsNewestFirst: SigningKeyRow[]): SigningKeyRow[] {
  const now = Date.now();
  return rowsNewestFirst.filter((_row, index) => {
    if (index === 0) return true;
    const replacedAt = rowsNewestFirst[index - 1]?.createdAt.getTime() ?? now;
    return now - replacedAt < MAX_TOKEN_LIFETIME_MS;
  });
}
