// Every table of the content subgraph (drizzle-kit reads this file to generate migrations).
import { directoryTables, eventTables } from "@jiyue/server-kit";
import { contentSchema } from "./pg-schema";

export { contentSchema };
export const { outbox, outboxRelay, eventInbox, eventCursor } = eventTables(contentSchema);
export const { unitRef, siteRef } = directoryTables(contentSchema);
export * from "../modules/article/article.sql";
export * from "../modules/assist/assist.sql";
export * from "../modules/changefeed/changefeed.sql";
export * from "../modules/channel/channel.sql";
export * from "../modules/distribution/distribution.sql";
export * from "../modules/media/media.sql";
export * from "../modules/recheck/recheck.sql";
export * from "../modules/search/search.sql";
export * from "../modules/syndication/syndication.sql";
export * from "../modules/textcheck/textcheck.sql";
export * from "../modules/topic/topic.sql";
export * from "../modules/workflow/workflow.sql";
