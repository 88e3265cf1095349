import { pgSchema } from "drizzle-orm/pg-core";

export const evaluationSchema = pgSchema("evaluation");
