// Sites: the public sees online sites; staff see the sites of their scopes (site.read). site.create is
// city-wide; site.update is checked in the site's scope (a site grant covers its sub-sites).
// Emits site.created ({site, template}) / site.updated ({site}) for every subgraph's directory.
import {
  actorOf,
  assertCan,
  badInput,
  type Caller,
  CITY,
  can,
  type EventActor,
  emitEvent,
  forbidden,
  notFound,
  parseInput,
  type RequestInfo,
  type Scope,
  type SiteSnapshot,
  visibleScope,
} from "@jiyue/server-kit";
import { withConflicts } from "../../db/conflicts";
import type { Executor, IdentityDb } from "../../db/executor";
import type { UnitLoaders } from "../unit/unit.loaders";
import { DEFAULT_THEME, siteAppearanceInput } from "./site.appearance";
import type { SiteLoaders } from "./site.loaders";
import { type SiteListFilter, SiteRepository, type SiteVisibility } from "./site.repository";
import type { NewSiteRow, SiteRow } from "./site.sql";
import { createSiteInput, updateSiteInput } from "./site.validation";

const SITE_CONFLICTS = {
  site_code_uq: "站点代码已被使用",
  site_domain_pkey: "域名已绑定到其他站点",
};

export function siteSnapshot(row: SiteRow, domains: string[]): SiteSnapshot {
  return {
    id: row.id,
    unitId: row.unitId,
    parentSiteId: row.parentSiteId,
    code: row.code,
    name: row.name,
    domains,
    status: row.status,
  };
}

/** site.updated's payload: the directory snapshot plus the appearance the portal renders. */
export function siteUpdatedPayload(row: SiteRow, domains: string[]) {
  return {
    site: siteSnapshot(row, domains),
    theme: row.theme ?? DEFAULT_THEME,
    homeLayout: row.homeLayout ?? null,
  };
}

/** Inserts a site, its domains and its site.created event (used by the service and the demo seed). */
export async function insertSite(
  tx: Executor,
  values: NewSiteRow,
  domains: string[],
  template: string,
  actor: EventActor,
): Promise<SiteRow> {
  const repository = new SiteRepository(tx);
  const row = await repository.insert(values);
  await repository.replaceDomains(row.id, domains);
  await emitEvent(tx, "identity", {
    type: "site.created",
    aggregateType: "site",
    aggregateId: row.id,
    siteId: row.id,
    unitId: row.unitId,
    payload: { site: siteSnapshot(row, domains), template },
    actor,
  });
  return row;
}

export class SiteService {
  constructor(
    private readonly db: IdentityDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly loaders: SiteLoaders & UnitLoaders,
  ) {}

  /** The permission scope of a site, with its ancestor sites. */
  async scopeOf(site: SiteRow): Promise<Scope> {
    const ancestors: string[] = [];
    let parentId = site.parentSiteId;
    while (parentId && ancestors.length < 8 && !ancestors.includes(parentId)) {
      ancestors.push(parentId);
      parentId = (await this.loaders.siteById.load(parentId))?.parentSiteId ?? null;
    }
    return { kind: "site", siteId: site.id, unitId: site.unitId, siteAncestorIds: ancestors };
  }

  private visibility(): SiteVisibility {
    if (this.caller.kind !== "staff") return { kind: "online" };
    const scope = visibleScope(this.caller, "site.read");
    return scope.all ? { kind: "all" } : { kind: "scoped", unitIds: scope.unitIds, siteIds: scope.siteIds };
  }

  list(filter: SiteListFilter | null | undefined, offset = 0, limit = 50) {
    if (!Number.isInteger(offset) || offset < 0) throw badInput("offset 不能为负数");
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw badInput("limit 须在 1 到 200 之间");
    return new SiteRepository(this.db).list(filter ?? {}, this.visibility(), { offset, limit });
  }

  /** The public sees online sites only; staff see the sites they may read. */
  private async readable(site: SiteRow | null | undefined): Promise<SiteRow | null> {
    if (!site) return null;
    if (this.caller.kind !== "staff") return site.status === "online" ? site : null;
    if (!can(this.caller, "site.read", await this.scopeOf(site))) throw forbidden();
    return site;
  }

  /** An entity reference: null rather than an error for a site the caller may not see. */
  async referenced(id: string): Promise<SiteRow | null> {
    const site = await this.loaders.siteById.load(id);
    return site && (await this.visible(site)) ? site : null;
  }

  /** Online sites are public; others need site.read over the site. */
  async visible(site: SiteRow): Promise<boolean> {
    return site.status === "online" || can(this.caller, "site.read", await this.scopeOf(site));
  }

  async onlyVisible(sites: SiteRow[]): Promise<SiteRow[]> {
    const keep = await Promise.all(sites.map((site) => this.visible(site)));
    return sites.filter((_, index) => keep[index]);
  }

  async get(id: string): Promise<SiteRow | null> {
    return this.readable(await this.loaders.siteById.load(id));
  }

  /** For the portal: any staff member may look a site up by code or domain; others only online ones. */
  async byCode(code: string): Promise<SiteRow | null> {
    const site = await new SiteRepository(this.db).byCode(code.trim());
    if (!site) return null;
    return this.caller.kind === "staff" || site.status === "online" ? site : null;
  }

  async byDomain(domain: string): Promise<SiteRow | null> {
    const host = domain.trim().toLowerCase();
    const repository = new SiteRepository(this.db);
    // A Host header may carry a port: try it as given, then without the port.
    const site =
      (await repository.byDomain(host)) ??
      (host.includes(":") ? await repository.byDomain(host.replace(/:\d+$/, "")) : undefined);
    if (!site) return null;
    return this.caller.kind === "staff" || site.status === "online" ? site : null;
  }

  async create(raw: unknown): Promise<SiteRow> {
    const input = parseInput(createSiteInput, raw);
    assertCan(this.caller, "site.create", CITY);
    if (!(await this.loaders.unitById.load(input.unitId))) throw notFound("单位", input.unitId);
    if (input.parentId && !(await this.loaders.siteById.load(input.parentId)))
      throw notFound("上级站点", input.parentId);
    const actor = actorOf(this.caller, this.request);
    return withConflicts(SITE_CONFLICTS, () =>
      this.db.transaction((tx) =>
        insertSite(
          tx,
          {
            unitId: input.unitId,
            parentSiteId: input.parentId ?? null,
            code: input.code,
            name: input.name,
            status: input.status,
            siteIdCode: input.siteIdCode,
            description: input.description,
          },
          input.domains ?? [],
          input.template ?? "standard",
          actor,
        ),
      ),
    );
  }

  async update(id: string, raw: unknown): Promise<SiteRow> {
    const input = parseInput(updateSiteInput, raw);
    const existing = await this.loaders.siteById.load(id);
    if (!existing) throw notFound("站点", id);
    assertCan(this.caller, "site.update", await this.scopeOf(existing));
    if (input.domains) {
      // Which hosts a site answers on is the platform's decision, not the unit's.
      const current = await new SiteRepository(this.db).domainsOfSite(id);
      const same =
        current.length === input.domains.length && input.domains.every((domain) => current.includes(domain));
      if (!same) assertCan(this.caller, "site.create", CITY);
    }
    return withConflicts(SITE_CONFLICTS, () =>
      this.db.transaction(async (tx) => {
        const repository = new SiteRepository(tx);
        const row = await repository.update(id, {
          name: input.name,
          status: input.status ?? undefined,
          siteIdCode: input.siteIdCode,
          description: input.description,
        });
        if (!row) throw notFound("站点", id);
        if (input.domains) await repository.replaceDomains(id, input.domains);
        const domains = input.domains ?? (await repository.domainsOfSite(id));
        await emitEvent(tx, "identity", {
          type: "site.updated",
          aggregateType: "site",
          aggregateId: row.id,
          siteId: row.id,
          unitId: row.unitId,
          payload: siteUpdatedPayload(row, domains),
          actor: actorOf(this.caller, this.request),
        });
        return row;
      }),
    );
  }

  /** 站点外观: theme and home layout, by holders of site.update over the site; emits site.updated. */
  async updateAppearance(id: string, raw: unknown): Promise<SiteRow> {
    const input = parseInput(siteAppearanceInput, raw);
    const existing = await this.loaders.siteById.load(id);
    if (!existing) throw notFound("站点", id);
    assertCan(this.caller, "site.update", await this.scopeOf(existing));
    const changes: Partial<NewSiteRow> = {};
    if (input.theme !== undefined) changes.theme = input.theme ?? null;
    if (input.homeLayout !== undefined) changes.homeLayout = input.homeLayout ?? null;
    return this.db.transaction(async (tx) => {
      const repository = new SiteRepository(tx);
      const row = await repository.update(id, changes);
      if (!row) throw notFound("站点", id);
      await emitEvent(tx, "identity", {
        type: "site.updated",
        aggregateType: "site",
        aggregateId: row.id,
        siteId: row.id,
        unitId: row.unitId,
        payload: siteUpdatedPayload(row, await repository.domainsOfSite(id)),
        actor: actorOf(this.caller, this.request),
      });
      return row;
    });
  }
}
