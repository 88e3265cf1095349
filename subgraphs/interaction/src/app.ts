// The interaction subgraph: mailboxes, letters, solicitations (see ARCHITECTURE.md).
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SubgraphDefinition, UnitEventPayload } from "@jiyue/server-kit";
import { createContext, type InteractionContext, type InteractionSchema } from "./context";
import * as schema from "./db/schema";
import { seedCalendar } from "./modules/calendar/calendar.service";
import { createDefaultMailbox } from "./modules/mailbox/mailbox.service";
import { lexiconCacheFor } from "./modules/textcheck/lexicon.runtime";
import { resolvers } from "./resolvers";

const here = path.dirname(fileURLToPath(import.meta.url));

export const interactionSubgraph: SubgraphDefinition<InteractionSchema, InteractionContext> = {
  name: "interaction",
  schema,
  srcDir: here,
  migrationsFolder: path.resolve(here, "../drizzle"),
  resolvers,
  createContext,
  // The official calendar from chinese-days, for the years the table does not have yet; and supervision's
  // lexicon for checking letters (fetched in the background: until it arrives the engine's starter set).
  async onStart(deps) {
    await seedCalendar(deps.db);
    const lexicon = lexiconCacheFor(deps);
    void lexicon.start();
    return async () => lexicon.stop();
  },
  consumes: {
    producers: ["identity", "supervision"],
    handles: (event) =>
      (event.producer === "identity" && event.type === "unit.created") ||
      (event.producer === "supervision" && event.type === "lexicon.version_published"),
    async handle(event, tx, deps) {
      if (event.producer === "supervision") {
        // Fetched and compiled outside the consumer's transaction; the cache ignores versions it has.
        void lexiconCacheFor(deps).refresh();
        return;
      }
      const { unit } = event.payload as unknown as UnitEventPayload;
      await createDefaultMailbox(tx, unit);
    },
  },
};
