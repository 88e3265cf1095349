import type { Database } from "@jiyue/server-kit";
import type * as schema from "./schema";

export type IdentitySchema = typeof schema;
export type IdentityDb = Database<IdentitySchema>;
/** A db or a transaction: repositories take either. */
export type Executor = Pick<IdentityDb, "select" | "insert" | "update" | "delete" | "execute">;
