// The only place with SQL for sites and their domains.
import { isUuid } from "@jiyue/server-kit";
import { and, asc, count, eq, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/executor";
import { type NewSiteRow, type SiteDomainRow, type SiteRow, siteDomains, sites } from "./site.sql";

export interface SiteListFilter {
  unitId?: string | null;
  parentId?: string | null;
  status?: SiteRow["status"] | null;
  search?: string | null;
}

/** Which sites a caller may list: all, only online ones (the public), or a staff member's scopes. */
export type SiteVisibility =
  | { kind: "all" }
  | { kind: "online" }
  | { kind: "scoped"; unitIds: string[]; siteIds: string[] };

function idList(ids: string[]): SQL {
  return sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
}

export class SiteRepository {
  constructor(private readonly db: Executor) {}

  byIds(ids: readonly string[]): Promise<SiteRow[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db.select().from(sites).where(inArray(sites.id, valid));
  }

  byUnitIds(unitIds: readonly string[]): Promise<SiteRow[]> {
    const valid = unitIds.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db.select().from(sites).where(inArray(sites.unitId, valid)).orderBy(asc(sites.code));
  }

  childrenOf(parentIds: readonly string[]): Promise<SiteRow[]> {
    const valid = parentIds.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db.select().from(sites).where(inArray(sites.parentSiteId, valid)).orderBy(asc(sites.code));
  }

  domainsOf(siteIds: readonly string[]): Promise<SiteDomainRow[]> {
    const valid = siteIds.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(siteDomains)
      .where(inArray(siteDomains.siteId, valid))
      .orderBy(asc(siteDomains.domain));
  }

  async byCode(code: string): Promise<SiteRow | undefined> {
    const [row] = await this.db.select().from(sites).where(eq(sites.code, code.toLowerCase()));
    return row;
  }

  async byDomain(domain: string): Promise<SiteRow | undefined> {
    const [row] = await this.db
      .select({ site: sites })
      .from(siteDomains)
      .innerJoin(sites, eq(sites.id, siteDomains.siteId))
      .where(eq(siteDomains.domain, domain.toLowerCase()));
    return row?.site;
  }

  /** One page of sites plus the total, in two statements whatever the page size. */
  async list(
    filter: SiteListFilter,
    visibility: SiteVisibility,
    page: { offset: number; limit: number },
  ): Promise<{ items: SiteRow[]; total: number }> {
    const conditions: SQL[] = [];
    if (visibility.kind === "online") conditions.push(eq(sites.status, "online"));
    if (visibility.kind === "scoped") {
      const allowed: SQL[] = [];
      if (visibility.unitIds.length > 0)
        allowed.push(sql`${sites.unitId} in (${idList(visibility.unitIds)})`);
      // A site grant covers the site and all its sub-sites, however deep.
      if (visibility.siteIds.length > 0) {
        allowed.push(sql`${sites.id} in (
          with recursive covered(id) as (
            select id from identity.site where id in (${idList(visibility.siteIds)})
            union select s.id from identity.site s join covered c on s.parent_site_id = c.id
          ) select id from covered)`);
      }
      conditions.push(allowed.length > 0 ? (or(...allowed) as SQL) : sql`false`);
    }
    if (filter.unitId) conditions.push(eq(sites.unitId, filter.unitId));
    if (filter.parentId) conditions.push(eq(sites.parentSiteId, filter.parentId));
    if (filter.status) conditions.push(eq(sites.status, filter.status));
    if (filter.search) {
      const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(or(ilike(sites.name, pattern), ilike(sites.code, pattern)) as SQL);
    }
    const where = and(...conditions);
    const items = await this.db
      .select()
      .from(sites)
      .where(where)
      .orderBy(asc(sites.code))
      .offset(page.offset)
      .limit(page.limit);
    const [total] = await this.db.select({ n: count() }).from(sites).where(where);
    return { items, total: total?.n ?? 0 };
  }

  async insert(values: NewSiteRow): Promise<SiteRow> {
    const [row] = await this.db.insert(sites).values(values).returning();
    if (!row) throw new Error("site insert returned nothing");
    return row;
  }

  async update(id: string, changes: Partial<NewSiteRow>): Promise<SiteRow | undefined> {
    const [row] = await this.db
      .update(sites)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(sites.id, id))
      .returning();
    return row;
  }

  async replaceDomains(siteId: string, domains: string[]): Promise<void> {
    await this.db.delete(siteDomains).where(eq(siteDomains.siteId, siteId));
    if (domains.length > 0)
      await this.db.insert(siteDomains).values(domains.map((domain) => ({ domain, siteId })));
  }

  async domainsOfSite(siteId: string): Promise<string[]> {
    const rows = await this.domainsOf([siteId]);
    return rows.map((row) => row.domain);
  }
}
