// Starts identity in-process on a fresh test database, with a fluent seed for units, sites and users.
import type { StartedSubgraph } from "@jiyue/server-kit";
import { memoryOutbox, startSubgraph } from "@jiyue/server-kit";
import { createTestDatabase } from "@jiyue/server-kit/testing";
import { createIdentitySubgraph, type IdentityOptions } from "../src/app";
import type { IdentitySchema } from "../src/db/executor";
import { AuthRepository } from "../src/modules/auth/auth.repository";
import { claimsFor } from "../src/modules/auth/auth.service";
import { hashPassword } from "../src/modules/auth/password";
import { TokenIssuer } from "../src/modules/auth/tokens";
import { RoleRepository } from "../src/modules/role/role.repository";
import { insertSite } from "../src/modules/site/site.service";
import type { SiteRow } from "../src/modules/site/site.sql";
import { insertUnit } from "../src/modules/unit/unit.service";
import { UserRepository } from "../src/modules/user/user.repository";

export const PASSWORD = "Correct-Horse-42";
const SYSTEM = { kind: "system" as const, id: null, name: "test" };

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const REQUEST_CODE = `mutation($phone: String!) { requestCitizenRegisterCode(phone: $phone) { maskedPhone } }`;

/** The newest SMS the logging sender sent to `phone` in this process. */
export function lastSmsTo(phone: string): string | undefined {
  return memoryOutbox.filter((message) => message.phone === phone).at(-1)?.text;
}

/** The code of the newest SMS to `phone` (undefined when that text carried none). */
export function lastCodeSentTo(phone: string): string | undefined {
  return /验证码为 (\d{6})/.exec(lastSmsTo(phone) ?? "")?.[1];
}

let addresses = 0;
/** An address no other request of this process used (so the per-address caps of one test stay its own). */
export function uniqueAddress(): string {
  addresses += 1;
  return `10.77.${Math.floor(addresses / 250) % 250}.${(addresses % 250) + 1}`;
}

let sequence = 0;
const next = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

export async function startIdentity(options: IdentityOptions = {}) {
  const database = await createTestDatabase();
  const identity = createIdentitySubgraph(options);
  const started: StartedSubgraph<IdentitySchema> = await startSubgraph(identity.definition, {
    databaseUrl: database.url,
    port: 0,
    serviceSecret: "test-secret",
    verifyToken: identity.verifyToken,
    relay: false,
  });
  const db = started.db;
  const issuer = new TokenIssuer(identity.keys);

  async function gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { token?: string; ip?: string; authorization?: string } = {},
  ): Promise<GraphQLResult<T>> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    const authorization = options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
    if (authorization) headers.authorization = authorization;
    if (options.ip) headers["x-forwarded-for"] = options.ip;
    const response = await fetch(`${started.url}/graphql`, {
      method: "POST",
      headers,
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResult<T>;
  }

  /**
   * Registers a citizen the way the portal does: asks for a code for the phone, reads it from the SMS outbox,
   * then registers with it (`query` selects what comes back). Each call comes from its own address.
   */
  async function registerCitizen<T = Record<string, unknown>>(
    query: string,
    input: { phone: string; password: string; displayName: string; type?: string; creditCode?: string },
  ): Promise<GraphQLResult<T>> {
    const ip = uniqueAddress();
    const requested = await gql(REQUEST_CODE, { phone: input.phone }, { ip });
    if (requested.errors) throw new Error(requested.errors[0]?.message);
    const phoneCode = lastCodeSentTo(input.phone);
    if (!phoneCode) throw new Error(`no code sent to ${input.phone}`);
    return gql<T>(query, { input: { type: "PERSON", ...input, phoneCode } }, { ip });
  }

  const seed = {
    async unit(values: { code?: string; name?: string; parentId?: string } = {}) {
      const code = values.code ?? `u${next()}`;
      return db.transaction((tx) =>
        insertUnit(
          tx,
          {
            code,
            name: values.name ?? `单位${code}`,
            kind: "mass_organization",
            level: "city",
            parentId: values.parentId ?? null,
          },
          SYSTEM,
        ),
      );
    },
    async site(
      unitId: string,
      values: { code?: string; parentSiteId?: string; status?: SiteRow["status"] } = {},
    ) {
      const code = values.code ?? `s${next()}`;
      return db.transaction((tx) =>
        insertSite(
          tx,
          {
            unitId,
            code,
            name: `站点${code}`,
            status: values.status ?? "online",
            parentSiteId: values.parentSiteId ?? null,
          },
          [],
          "standard",
          SYSTEM,
        ),
      );
    },
    async user(
      values: {
        username?: string;
        unitId?: string | null;
        password?: string;
        roles?: { role: string; unitId?: string; siteId?: string }[];
      } = {},
    ) {
      const username = values.username ?? `user${next()}`;
      const user = await new UserRepository(db).insert({
        username,
        displayName: `测试${username}`,
        unitId: values.unitId ?? null,
        passwordHash: await hashPassword(values.password ?? PASSWORD),
      });
      const roles = new RoleRepository(db);
      for (const grant of values.roles ?? []) {
        const [role] = await roles.byCodes([grant.role]);
        await roles.insertAssignment({
          userId: user.id,
          roleCode: grant.role,
          unitId: grant.unitId ?? null,
          siteId: grant.siteId ?? null,
          exclusiveGroup: role?.exclusiveGroup ?? null,
        });
      }
      return user;
    },
    /** A real access token for a seeded user, signed with identity's own key. */
    async tokenFor(userId: string) {
      const claims = await claimsFor(db, "staff", userId);
      if (!claims) throw new Error("no claims");
      return issuer.accessToken(claims);
    },
    async policy(changes: {
      totpRequiredForAdmins?: boolean;
      maxFailedAttempts?: number;
      lockoutMinutes?: number;
      passwordMinLength?: number;
    }) {
      await new AuthRepository(db).setPolicy(changes);
    },
  };

  async function outbox(type?: string) {
    const result = await started.pool.query<{
      type: string;
      payload: Record<string, unknown>;
      actor: Record<string, unknown>;
      aggregate_id: string;
    }>(
      `select type, payload, actor, aggregate_id from identity.outbox ${type ? "where type = $1" : ""} order by seq`,
      type ? [type] : [],
    );
    return result.rows;
  }

  return {
    started,
    identity,
    issuer,
    db,
    gql,
    registerCitizen,
    seed,
    outbox,
    async stop() {
      await started.stop();
      await database.drop();
    },
  };
}
export type TestIdentity = Awaited<ReturnType<typeof startIdentity>>;
