// Every table of the evaluation subgraph (drizzle-kit reads this file to generate migrations).
import { directoryTables, eventTables } from "@jiyue/server-kit";
import { evaluationSchema } from "./pg-schema";

export { evaluationSchema };
export const { outbox, outboxRelay, eventInbox, eventCursor } = eventTables(evaluationSchema);
export const { unitRef, siteRef } = directoryTables(evaluationSchema);
export * from "../modules/stats/stats.sql";
