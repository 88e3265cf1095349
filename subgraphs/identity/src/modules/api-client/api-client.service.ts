// API clients of third-party new media: created by a platform admin, or by a unit admin for the unit's own
// sites (site.update in every listed site's scope); the secret is shown once and exchanged for client tokens.

import { timingSafeEqual } from "node:crypto";
import {
  actorOf,
  assertCan,
  type Caller,
  CITY,
  can,
  emitEvent,
  forbidden,
  isUuid,
  notFound,
  parseInput,
  type RequestInfo,
  requireStaff,
  unauthenticated,
  visibleScope,
} from "@jiyue/server-kit";
import type { IdentityDb } from "../../db/executor";
import type { AuthService } from "../auth/auth.service";
import { revokeSessions } from "../auth/revocation";
import {
  clientAccessClaims,
  type IssuedTokens,
  randomSecret,
  sha256,
  type TokenIssuer,
} from "../auth/tokens";
import type { SiteLoaders } from "../site/site.loaders";
import type { SiteService } from "../site/site.service";
import type { ApiClientLoaders } from "./api-client.loaders";
import { ApiClientRepository } from "./api-client.repository";
import type { ApiClientRow } from "./api-client.sql";
import { createApiClientInput } from "./api-client.validation";

const BAD_CLIENT = "客户端凭证无效";
export const DEFAULT_CLIENT_SCOPES = ["content:read"];

export class ApiClientService {
  constructor(
    private readonly db: IdentityDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly loaders: ApiClientLoaders & SiteLoaders,
    private readonly sites: SiteService,
    private readonly issuer: TokenIssuer,
    private readonly auth: AuthService,
  ) {}

  /** Every listed site must be in the caller's site.update scope; no sites at all needs it city-wide. */
  private async assertMayManage(siteIds: string[]): Promise<void> {
    requireStaff(this.caller);
    if (siteIds.length === 0) {
      assertCan(this.caller, "site.update", CITY);
      return;
    }
    for (const id of siteIds) {
      const site = await this.loaders.siteById.load(id);
      if (!site) throw notFound("站点", id);
      assertCan(this.caller, "site.update", await this.sites.scopeOf(site));
    }
  }

  list(): Promise<ApiClientRow[]> {
    const staff = requireStaff(this.caller);
    const scope = visibleScope(staff, "site.update");
    if (!scope.all && scope.unitIds.length === 0) throw forbidden();
    return new ApiClientRepository(this.db).list(scope.all ? null : scope.unitIds);
  }

  async create(raw: unknown): Promise<{ client: ApiClientRow; secret: string }> {
    const input = parseInput(createApiClientInput, raw);
    await this.assertMayManage(input.siteIds);
    const staff = requireStaff(this.caller);
    const ownerUnitId = can(staff, "site.update", CITY) ? null : (staff.unitId ?? null);
    const secret = randomSecret(32);
    const client = await this.db.transaction(async (tx) => {
      const row = await new ApiClientRepository(tx).insert({
        name: input.name,
        secretHash: sha256(secret),
        siteIds: input.siteIds,
        scopes: DEFAULT_CLIENT_SCOPES,
        ownerUnitId,
      });
      await emitEvent(tx, "identity", {
        type: "api_client.created",
        aggregateType: "api_client",
        aggregateId: row.id,
        unitId: ownerUnitId,
        payload: { client: { id: row.id, name: row.name, siteIds: row.siteIds, scopes: row.scopes } },
        actor: actorOf(this.caller, this.request),
      });
      return row;
    });
    return { client, secret };
  }

  async revoke(id: string): Promise<boolean> {
    requireStaff(this.caller);
    const client = await this.loaders.apiClientById.load(id);
    if (!client) throw notFound("API 客户端", id);
    await this.assertMayManage(client.siteIds);
    await this.db.transaction(async (tx) => {
      await new ApiClientRepository(tx).deactivate(id);
      // Its unexpired tokens stop working everywhere at once, not at expiry.
      await revokeSessions(tx, "client", id, actorOf(this.caller, this.request), client.ownerUnitId);
      await emitEvent(tx, "identity", {
        type: "api_client.revoked",
        aggregateType: "api_client",
        aggregateId: id,
        unitId: client.ownerUnitId,
        payload: { client: { id, name: client.name } },
        actor: actorOf(this.caller, this.request),
      });
    });
    return true;
  }

  /** client_credentials: a valid, active client gets a client token limited to its sites and scopes. */
  async token(clientId: string, secret: string): Promise<IssuedTokens> {
    await this.auth.throttleSource();
    const client = isUuid(clientId) ? await this.loaders.apiClientById.load(clientId) : null;
    const expected = Buffer.from(client?.secretHash ?? sha256("absent"), "hex");
    const given = Buffer.from(sha256(secret), "hex");
    if (!client?.active || !timingSafeEqual(expected, given)) throw unauthenticated(BAD_CLIENT);
    return this.db.transaction(async (tx) => this.issuer.issue(tx, clientAccessClaims(client)));
  }
}
