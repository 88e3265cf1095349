// The directory projection: each subgraph keeps its own copy of units and sites (ids, tree, status) from
// identity's events, so it can check tenancy without reading identity's tables.
import { sql } from "drizzle-orm";
import { type PgSchema, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { Scope } from "./access/can";
import type { EventTransaction } from "./events/pg-store";
import type { DomainEvent } from "./events/types";
import { loaderByKey } from "./loaders";
import { isUuid } from "./validation";

/** Payload of identity's unit.* events. */
export interface UnitSnapshot {
  id: string;
  parentId: string | null;
  name: string;
  kind: string;
  level: string;
}
/** Payload of identity's site.* events. */
export interface SiteSnapshot {
  id: string;
  unitId: string;
  parentSiteId: string | null;
  code: string;
  name: string;
  domains: string[];
  status: "building" | "online" | "offline";
}
export interface SiteEventPayload {
  site: SiteSnapshot;
  /** For site.created: the channel/mailbox template to start from ("standard" unless said otherwise). */
  template?: string | null;
  [key: string]: unknown;
}
export interface UnitEventPayload {
  unit: UnitSnapshot;
  [key: string]: unknown;
}

export function directoryTables(schema: PgSchema) {
  const unitRef = schema.table("unit_ref", {
    unitId: uuid("unit_id").primaryKey(),
    parentId: uuid("parent_id"),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    level: text("level").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  });
  const siteRef = schema.table("site_ref", {
    siteId: uuid("site_id").primaryKey(),
    unitId: uuid("unit_id").notNull(),
    parentSiteId: uuid("parent_site_id"),
    code: text("code").notNull(),
    name: text("name").notNull(),
    status: text("status").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  });
  return { unitRef, siteRef };
}

export const DIRECTORY_EVENT_TYPES = new Set([
  "unit.created",
  "unit.updated",
  "unit.deleted",
  "site.created",
  "site.updated",
  "site.deleted",
]);

/** Applies an identity directory event to `<schema>.unit_ref` / `<schema>.site_ref` (idempotent upsert). */
export async function applyDirectoryEvent(
  tx: EventTransaction,
  schema: string,
  event: DomainEvent,
): Promise<void> {
  if (event.producer !== "identity" || !DIRECTORY_EVENT_TYPES.has(event.type)) return;
  const unitRef = sql.raw(`"${schema}"."unit_ref"`);
  const siteRef = sql.raw(`"${schema}"."site_ref"`);
  if (event.type.startsWith("unit.")) {
    const { unit } = event.payload as unknown as UnitEventPayload;
    if (event.type === "unit.deleted") {
      await tx.execute(sql`delete from ${unitRef} where unit_id = ${unit.id}`);
      return;
    }
    await tx.execute(sql`insert into ${unitRef} (unit_id, parent_id, name, kind, level, updated_at)
      values (${unit.id}, ${unit.parentId}, ${unit.name}, ${unit.kind}, ${unit.level}, now())
      on conflict (unit_id) do update set parent_id = excluded.parent_id, name = excluded.name,
        kind = excluded.kind, level = excluded.level, updated_at = now()`);
    return;
  }
  const { site } = event.payload as unknown as SiteEventPayload;
  if (event.type === "site.deleted") {
    await tx.execute(sql`delete from ${siteRef} where site_id = ${site.id}`);
    return;
  }
  await tx.execute(sql`insert into ${siteRef} (site_id, unit_id, parent_site_id, code, name, status, updated_at)
    values (${site.id}, ${site.unitId}, ${site.parentSiteId}, ${site.code}, ${site.name}, ${site.status}, now())
    on conflict (site_id) do update set unit_id = excluded.unit_id, parent_site_id = excluded.parent_site_id,
      code = excluded.code, name = excluded.name, status = excluded.status, updated_at = now()`);
}

export interface SiteRefRow {
  siteId: string;
  unitId: string;
  parentSiteId: string | null;
}

/** The permission scope of a site, with its ancestor sites (a site grant covers its sub-sites). */
export function siteScope(site: SiteRefRow, ancestors: string[] = []): Scope {
  return { kind: "site", siteId: site.siteId, unitId: site.unitId, siteAncestorIds: ancestors };
}

interface SqlDb {
  execute(query: ReturnType<typeof sql>): Promise<{ rows: unknown[] }>;
}
interface SiteRefSqlRow {
  site_id: string;
  unit_id: string;
  parent_site_id: string | null;
  code: string;
  name: string;
  status: string;
}

/** Per-request loader of the directory projection (site_ref), and the permission scope of a site. */
export function createDirectoryLoaders(db: SqlDb, schema: string) {
  const siteRef = sql.raw(`"${schema}"."site_ref"`);
  const loader = loaderByKey<string, SiteRefRow & { code: string; name: string; status: string }>(
    async (ids) => {
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return [];
      const result =
        await db.execute(sql`select site_id, unit_id, parent_site_id, code, name, status from ${siteRef}
           where site_id in (${sql.join(
             valid.map((id) => sql`${id}::uuid`),
             sql`, `,
           )})`);
      return (result.rows as SiteRefSqlRow[]).map((row) => ({
        siteId: row.site_id,
        unitId: row.unit_id,
        parentSiteId: row.parent_site_id,
        code: row.code,
        name: row.name,
        status: row.status,
      }));
    },
    (row) => row.siteId,
  );

  return {
    siteRef: loader,
    /** The site's scope for can(), or null when the site is unknown. */
    async siteScope(siteId: string): Promise<Scope | null> {
      const site = await loader.load(siteId);
      if (!site) return null;
      const ancestors: string[] = [];
      let parent = site.parentSiteId;
      while (parent && ancestors.length < 5 && !ancestors.includes(parent)) {
        ancestors.push(parent);
        parent = (await loader.load(parent))?.parentSiteId ?? null;
      }
      return siteScope(site, ancestors);
    },
  };
}
export type DirectoryLoaders = ReturnType<typeof createDirectoryLoaders>;

/** An entity another subgraph owns, as a subgraph that extends it sees it: a reference by id. */
export interface EntityReference<TTypename extends string> {
  __typename?: TTypename;
  id: string;
}
/** A Site outside identity: a reference by id (identity owns the rest). */
export type SiteReference = EntityReference<"Site">;
/** A User outside identity: a reference by id (identity resolves it). */
export type UserReference = EntityReference<"User">;
