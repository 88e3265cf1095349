// The interaction subgraph: mailboxes, letters, solicitations (see ARCHITECTURE.md).
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SubgraphDefinition, UnitEventPayload } from "@jiyue/server-kit";
import { createContext, type InteractionContext, type InteractionSchema } from "./context";
import * as schema from "./db/schema";
import { seedCalendar } from "./modules/calendar/calendar.service";
import { createDefaultMailbox } from "./modules/mailbox/mailbox.service";
import { resolvers } from "./resolvers";

const here = path.dirname(fileURLToPath(import.meta.url));

export const interactionSubgraph: SubgraphDefinition<InteractionSchema, InteractionContext> = {
  name: "interaction",
  schema,
  srcDir: here,
  migrationsFolder: path.resolve(here, "../drizzle"),
  resolvers,
  createContext,
  // The official calendar from chinese-days, for the years the table does not have yet.
  async onStart(deps) {
    await seedCalendar(deps.db);
    return undefined;
  },
  consumes: {
    producers: ["identity"],
    handles: (event) => event.producer === "identity" && event.type === "unit.created",
    async handle(event, tx) {
      const { unit } = event.payload as unknown as UnitEventPayload;
      await createDefaultMailbox(tx, unit);
    },
  },
};
