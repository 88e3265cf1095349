import { createdAt } from "@jiyue/server-kit/db";
import { boolean, index, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { identitySchema } from "../../db/pg-schema";

/** Third-party new-media clients: a secret (stored hashed) exchanged for client tokens limited to sites. */
export const apiClients = identitySchema.table(
  "api_client",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    /** SHA-256 of a 256-bit random secret (high entropy: a slow hash adds nothing). */
    secretHash: text("secret_hash").notNull(),
    siteIds: uuid("site_ids").array().notNull(),
    scopes: text("scopes").array().notNull(),
    /** The unit whose admin created it; null when created city-wide. */
    ownerUnitId: uuid("owner_unit_id"),
    active: boolean("active").notNull().default(true),
    /** Access tokens issued before this time are refused (set when the client is revoked). */
    tokensValidAfter: timestamp("tokens_valid_after", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (table) => [index("api_client_owner_idx").on(table.ownerUnitId)],
);

export type ApiClientRow = typeof apiClients.$inferSelect;
export type NewApiClientRow = typeof apiClients.$inferInsert;
