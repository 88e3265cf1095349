import { createdAt, updatedAt } from "@jiyue/server-kit/db";
import { boolean, index, jsonb, text, uuid } from "drizzle-orm/pg-core";
import { identitySchema } from "../../db/pg-schema";
import type { HomeBlockSettings, SiteThemeSettings } from "./site.appearance";

export const siteStatus = identitySchema.enum("site_status", ["building", "online", "offline"]);

/** 站点 / 子站. A sub-site has parent_site_id (district 人大 sub-sites under the city 人大 site). */
export const sites = identitySchema.table(
  "site",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    unitId: uuid("unit_id").notNull(),
    parentSiteId: uuid("parent_site_id"),
    /** Lowercase [a-z0-9-]; the portal serves /s/<code>/. */
    code: text("code").notNull().unique("site_code_uq"),
    name: text("name").notNull(),
    status: siteStatus("status").notNull().default("building"),
    siteIdCode: text("site_id_code"),
    description: text("description"),
    isDemo: boolean("is_demo").notNull().default(false),
    /** 站点外观 (logo, colours, footer, 备案号); null: the platform's defaults. */
    theme: jsonb("theme").$type<SiteThemeSettings>(),
    /** Home page blocks in order; null: the standard layout. */
    homeLayout: jsonb("home_layout").$type<HomeBlockSettings[]>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("site_unit_idx").on(table.unitId), index("site_parent_idx").on(table.parentSiteId)],
);

/** A domain belongs to exactly one site (the primary key says so). */
export const siteDomains = identitySchema.table(
  "site_domain",
  {
    domain: text("domain").primaryKey(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
  },
  (table) => [index("site_domain_site_idx").on(table.siteId)],
);

export type SiteRow = typeof sites.$inferSelect;
export type NewSiteRow = typeof sites.$inferInsert;
export type SiteDomainRow = typeof siteDomains.$inferSelect;
