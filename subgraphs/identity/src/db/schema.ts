// Every table of the identity subgraph (drizzle-kit reads this file to generate migrations).
import { eventTables } from "@jiyue/server-kit";
import { identitySchema } from "./pg-schema";

export { identitySchema };
export const { outbox, outboxRelay, eventInbox, eventCursor } = eventTables(identitySchema);
export * from "../modules/api-client/api-client.sql";
export * from "../modules/auth/auth.sql";
export * from "../modules/citizen/citizen.sql";
export * from "../modules/oidc/oidc.sql";
export * from "../modules/phone-code/phone-code.sql";
export * from "../modules/role/role.sql";
export * from "../modules/settings/settings.sql";
export * from "../modules/site/site.sql";
export * from "../modules/unit/unit.sql";
export * from "../modules/user/user.sql";
