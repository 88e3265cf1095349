// Every table of the supervision subgraph (drizzle-kit reads this file to generate migrations).
import { directoryTables, eventTables } from "@jiyue/server-kit";
import { supervisionSchema } from "./pg-schema";

export { supervisionSchema };
export const { outbox, outboxRelay, eventInbox, eventCursor } = eventTables(supervisionSchema);
export const { unitRef, siteRef } = directoryTables(supervisionSchema);
export * from "../modules/audit/audit.sql";
export * from "../modules/lexicon/lexicon.sql";
