import { pgSchema } from "drizzle-orm/pg-core";

export const contentSchema = pgSchema("content");
