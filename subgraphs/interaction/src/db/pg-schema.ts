import { pgSchema } from "drizzle-orm/pg-core";

export const interactionSchema = pgSchema("interaction");
