import { createdAt } from "@jiyue/server-kit/db";
import { index, integer, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { contentSchema } from "../../db/pg-schema";
import { articles } from "../article/article.sql";

export const reviewAction = contentSchema.enum("review_action", [
  "submit",
  "approve",
  "reject",
  "withdraw",
  "publish",
  "schedule",
  "unpublish",
  "restart",
  /** A check.override holder accepted block-level text-check findings (textcheck module). */
  "check_override",
]);

/** Every workflow transition of an article (the timeline and the review sheet). */
export const reviewTransitions = contentSchema.table(
  "review_transition",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    siteId: uuid("site_id").notNull(),
    unitId: uuid("unit_id").notNull(),
    action: reviewAction("action").notNull(),
    stage: integer("stage"),
    stageName: text("stage_name"),
    /** The article's review round when it happened (0 before the first submit). */
    round: integer("round").notNull().default(0),
    /** null = the system (scheduled jobs). */
    actorId: uuid("actor_id"),
    actorName: text("actor_name").notNull(),
    comment: text("comment"),
    revisionId: uuid("revision_id").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [index("review_transition_article_idx").on(table.articleId, table.at)],
);

/** A site's review stages; a site without rows uses DEFAULT_STAGES. */
export const workflowStages = contentSchema.table(
  "workflow_stage",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id").notNull(),
    unitId: uuid("unit_id").notNull(),
    order: integer("order").notNull(),
    name: text("name").notNull(),
    roleCode: text("role_code").notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("workflow_stage_site_order_uq").on(table.siteId, table.order)],
);

export type ReviewTransitionRow = typeof reviewTransitions.$inferSelect;
export type NewReviewTransitionRow = typeof reviewTransitions.$inferInsert;
export type ReviewActionValue = ReviewTransitionRow["action"];
export type WorkflowStageRow = typeof workflowStages.$inferSelect;
