// Every table of the interaction subgraph (drizzle-kit reads this file to generate migrations).
import { directoryTables, eventTables } from "@jiyue/server-kit";
import { interactionSchema } from "./pg-schema";

export { interactionSchema };
export const { outbox, outboxRelay, eventInbox, eventCursor } = eventTables(interactionSchema);
export const { unitRef, siteRef } = directoryTables(interactionSchema);
export * from "../modules/attachment/attachment.sql";
export * from "../modules/calendar/calendar.sql";
export * from "../modules/knowledge/knowledge.sql";
export * from "../modules/letter/letter.sql";
export * from "../modules/mailbox/mailbox.sql";
export * from "../modules/notification/notification.sql";
export * from "../modules/routing/routing.sql";
export * from "../modules/solicitation/solicitation.sql";
export * from "../modules/verification/verification.sql";
