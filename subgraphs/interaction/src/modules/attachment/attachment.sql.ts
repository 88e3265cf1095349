import { createdAt } from "@jiyue/server-kit/db";
import { customType, index, integer, text, uuid } from "drizzle-orm/pg-core";
import { interactionSchema } from "../../db/pg-schema";

const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

/**
 * 信件附件: a file a writer uploaded for a letter, kept in PostgreSQL (at most 10 MB, 5 per letter). Until the
 * letter is submitted it belongs to its uploader only (the citizen, or for an anonymous writer nobody else can
 * know its random id); then to the letter, readable by whoever may read the letter.
 */
export const letterAttachments = interactionSchema.table(
  "letter_attachment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    filename: text("filename").notNull(),
    /** Detected from the bytes (file-type), never taken from the name or the browser. */
    mediaType: text("media_type").notNull(),
    size: integer("size").notNull(),
    data: bytea("data").notNull(),
    citizenId: uuid("citizen_id"),
    address: text("address").notNull(),
    letterId: uuid("letter_id"),
    createdAt: createdAt(),
  },
  (table) => [
    index("letter_attachment_letter_idx").on(table.letterId),
    index("letter_attachment_address_idx").on(table.address, table.createdAt),
  ],
);

export type LetterAttachmentRow = typeof letterAttachments.$inferSelect;
