import { createdAt, updatedAt } from "@jiyue/server-kit/db";
import { text, uuid } from "drizzle-orm/pg-core";
import { identitySchema } from "../../db/pg-schema";

export const citizenType = identitySchema.enum("citizen_type", ["person", "legal_person"]);

/** 市民 (自然人) and 法人 accounts: local accounts of the embedded default. */
export const citizens = identitySchema.table("citizen", {
  id: uuid("id").primaryKey().defaultRandom(),
  type: citizenType("type").notNull(),
  phone: text("phone").notNull().unique("citizen_phone_uq"),
  passwordHash: text("password_hash").notNull(),
  displayName: text("display_name").notNull(),
  /** 统一社会信用代码 (legal persons). */
  creditCode: text("credit_code"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export type CitizenRow = typeof citizens.$inferSelect;
export type NewCitizenRow = typeof citizens.$inferInsert;
