import { pgSchema } from "drizzle-orm/pg-core";

export const supervisionSchema = pgSchema("supervision");
