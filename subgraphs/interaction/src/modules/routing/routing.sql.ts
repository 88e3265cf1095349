import { createdAt, updatedAt } from "@jiyue/server-kit/db";
import { index, integer, jsonb, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { interactionSchema } from "../../db/pg-schema";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * Trained category classifiers (@jiyue/letter-routing, serialized JSON). The newest version is the one in
 * use; older ones stay for the record (and to go back to by retraining).
 */
export const routingModels = interactionSchema.table("routing_model", {
  id: uuid("id").primaryKey().defaultRandom(),
  version: integer("version").notNull().unique(),
  /** "letters": handled letters in this database; "csv": the public letters via pnpm routing:train. */
  source: text("source").$type<"letters" | "csv">().notNull(),
  model: text("model").notNull(),
  sampleCount: integer("sample_count").notNull(),
  /** Training examples per category. */
  categoryCounts: jsonb("category_counts").$type<Record<string, number>>().notNull(),
  trainedById: text("trained_by_id"),
  trainedByName: text("trained_by_name"),
  trainedAt: at("trained_at").notNull().defaultNow(),
});

/** Category → handling unit, edited by dispatchers ("manual") or filled by training ("trained"). */
export const routingMappings = interactionSchema.table("routing_mapping", {
  category: text("category").primaryKey(),
  unitId: uuid("unit_id").notNull(),
  source: text("source").$type<"manual" | "trained">().notNull().default("manual"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A dispatcher assigned a letter to another unit than suggested: the UnitRouter counts these. */
export const routingCorrections = interactionSchema.table(
  "routing_correction",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    letterId: uuid("letter_id").notNull(),
    category: text("category").notNull(),
    suggestedUnitId: uuid("suggested_unit_id"),
    chosenUnitId: uuid("chosen_unit_id").notNull(),
    at: at("at").notNull().defaultNow(),
  },
  (table) => [index("routing_correction_category_idx").on(table.category)],
);

export type RoutingModelRow = typeof routingModels.$inferSelect;
export type RoutingModelInfo = Omit<RoutingModelRow, "model">;
export type RoutingMappingRow = typeof routingMappings.$inferSelect;
export type RoutingCorrectionRow = typeof routingCorrections.$inferSelect;
