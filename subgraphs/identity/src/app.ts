// The identity subgraph: units, sites, users, roles, sign-in and tokens (see ARCHITECTURE.md).
// It signs tokens with its own ES256 keys, serves them as a JWKS, and verifies incoming tokens with them.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  DEFAULT_ROLES,
  logger,
  type SubgraphDefinition,
  SYSTEM_ACCOUNTS,
  type TokenVerifier,
  verifyServiceToken,
} from "@jiyue/server-kit";
import { createContext, type IdentityContext } from "./context";
import type { IdentityDb, IdentitySchema } from "./db/executor";
import * as schema from "./db/schema";
import { AuthRepository } from "./modules/auth/auth.repository";
import { KeyStore } from "./modules/auth/keys";
import { hashPassword } from "./modules/auth/password";
import { revocationCheckingVerifier, revocationsSince } from "./modules/auth/revocation";
import { TokenIssuer } from "./modules/auth/tokens";
import { OidcRelyingParty } from "./modules/oidc/oidc.client";
import { type OidcSettingsSource, oidcSettingsFromEnv } from "./modules/oidc/oidc.config";
import { mountOidcRoutes } from "./modules/oidc/oidc.routes";
import { OidcLoginFlow } from "./modules/oidc/oidc.service";
import { PhoneCodeRepository } from "./modules/phone-code/phone-code.repository";
import { RoleRepository } from "./modules/role/role.repository";
import { UserRepository } from "./modules/user/user.repository";
import { resolvers } from "./resolvers";

const here = path.dirname(fileURLToPath(import.meta.url));

export interface IdentitySubgraph {
  definition: SubgraphDefinition<IdentitySchema, IdentityContext>;
  /** Verifies bearer tokens with this instance's own keys (pass it as `verifyToken`). */
  verifyToken: TokenVerifier;
  keys: KeyStore;
}

export interface IdentityOptions {
  /** OIDC login settings; defaults to the environment read once (null = OIDC off). */
  oidc?: OidcSettingsSource;
}

/** One identity instance: its key store is bound to the database the definition is started on. */
export function createIdentitySubgraph(options: IdentityOptions = {}): IdentitySubgraph {
  const fromEnv = options.oidc ? null : oidcSettingsFromEnv();
  const oidcSettings: OidcSettingsSource = options.oidc ?? (() => fromEnv);
  const relyingParty = new OidcRelyingParty();
  const keys = new KeyStore();
  const issuer = new TokenIssuer(keys);
  let attached: IdentityDb | undefined;
  const definition: SubgraphDefinition<IdentitySchema, IdentityContext> = {
    name: "identity",
    schema,
    srcDir: here,
    migrationsFolder: path.resolve(here, "../drizzle"),
    resolvers,
    createContext: (base, deps) => createContext(base, deps, issuer, oidcSettings),
    configure(app, deps) {
      keys.attach(deps.db);
      attached = deps.db;
      // Other subgraphs seed their revocation lists from here at start (service token, like /internal/events).
      app.get("/internal/revocations", async (req, res) => {
        try {
          await verifyServiceToken(req.headers.authorization, deps.serviceSecret);
        } catch {
          res.status(401).json({ error: "unauthenticated" });
          return;
        }
        const since = new Date(String(req.query.since ?? ""));
        if (Number.isNaN(since.getTime())) {
          res.status(400).json({ error: "bad since" });
          return;
        }
        res.json({ revocations: await revocationsSince(deps.db, since) });
      });
      mountOidcRoutes(app, new OidcLoginFlow(deps.db, oidcSettings, relyingParty));
      app.get("/.well-known/jwks.json", async (_req, res) => {
        try {
          res.set("cache-control", "public, max-age=300").json(await keys.jwks());
        } catch {
          res.status(503).json({ error: "keys unavailable" });
        }
      });
    },
    async onStart(deps) {
      // Roles are data: insert the default catalogue's missing codes; edited rows stay as they are.
      await new RoleRepository(deps.db).ensureDefaults(DEFAULT_ROLES);
      // Authors of imported content and the like: disabled users, so references resolve and nobody signs in.
      await new UserRepository(deps.db).ensureSystemAccounts(SYSTEM_ACCOUNTS, () =>
        hashPassword(randomBytes(32).toString("base64url")),
      );
      await keys.jwks();
      // Sign-in attempts only feed the lockout and throttle windows; keep them for a bounded time.
      const retentionDays = Number(process.env.JIYUE_LOGIN_ATTEMPT_RETENTION_DAYS ?? 90);
      // Phone codes older than a day are of no use to any limit or registration.
      const prune = () =>
        Promise.all([
          new AuthRepository(deps.db)
            .pruneAttempts(new Date(Date.now() - retentionDays * 86_400_000))
            .catch((error: unknown) => logger.warn({ err: error }, "pruning login attempts failed")),
          new PhoneCodeRepository(deps.db)
            .prune(new Date(Date.now() - 86_400_000))
            .catch((error: unknown) => logger.warn({ err: error }, "pruning phone codes failed")),
        ]);
      await prune();
      const timer = setInterval(prune, 3_600_000);
      timer.unref();
      return async () => clearInterval(timer);
    },
  };
  const verifyToken = revocationCheckingVerifier(keys.verifier, () => attached);
  return { definition, verifyToken, keys };
}

const defaultInstance = createIdentitySubgraph();
/** The process-wide instance (main.ts); tests create their own with createIdentitySubgraph(). */
export const identitySubgraph = defaultInstance.definition;
export const identityTokenVerifier = defaultInstance.verifyToken;
