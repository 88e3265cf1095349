// The interaction subgraph: mailboxes, letters, solicitations (see ARCHITECTURE.md).
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SubgraphDefinition, UnitEventPayload } from "@jiyue/server-kit";
import { createContext, type InteractionContext, type InteractionSchema } from "./context";
import * as schema from "./db/schema";
import { startJobQueue, stopJobQueue } from "./jobs";
import { configureAttachmentRoutes } from "./modules/attachment/attachment.routes";
import { seedCalendar } from "./modules/calendar/calendar.service";
import { anonymiseDeletedCitizen, isCitizenDeleted } from "./modules/citizen/citizen.deletion";
import { startLetterReminders } from "./modules/letter/supervision/supervision.reminders";
import { createDefaultMailbox } from "./modules/mailbox/mailbox.service";
import { startSolicitationClock } from "./modules/solicitation/solicitation.clock";
import { lexiconCacheFor } from "./modules/textcheck/lexicon.runtime";
import { startVerificationPrune } from "./modules/verification/verification.prune";
import { resolvers } from "./resolvers";

const here = path.dirname(fileURLToPath(import.meta.url));

export const interactionSubgraph: SubgraphDefinition<InteractionSchema, InteractionContext> = {
  name: "interaction",
  schema,
  srcDir: here,
  migrationsFolder: path.resolve(here, "../drizzle"),
  resolvers,
  createContext,
  // Letter attachments: upload and download outside GraphQL (multipart and files).
  configure: configureAttachmentRoutes,
  // The official calendar from chinese-days, for the years the table does not have yet; and supervision's
  // lexicon for checking letters (fetched in the background: until it arrives the engine's starter set).
  // Reminders for overdue letters and the solicitation clock (start/end events) run on pg-boss crons (schema
  // interaction_jobs), one queue per instance.
  async onStart(deps) {
    await seedCalendar(deps.db);
    const lexicon = lexiconCacheFor(deps);
    void lexicon.start();
    const boss = await startJobQueue(deps.pool);
    const stopReminders = await startLetterReminders(boss, deps.db);
    const stopSolicitationClock = await startSolicitationClock(boss, deps.db);
    const stopPrune = await startVerificationPrune(boss, deps.db);
    return async () => {
      await stopReminders();
      await stopSolicitationClock();
      await stopPrune();
      await stopJobQueue(boss);
      await lexicon.stop();
    };
  },
  consumes: {
    producers: ["identity", "supervision"],
    handles: (event) =>
      (event.producer === "identity" && event.type === "unit.created") ||
      isCitizenDeleted(event) ||
      (event.producer === "supervision" && event.type === "lexicon.version_published"),
    async handle(event, tx, deps) {
      if (event.producer === "supervision") {
        // Fetched and compiled outside the consumer's transaction; the cache ignores versions it has.
        void lexiconCacheFor(deps).refresh();
        return;
      }
      if (isCitizenDeleted(event)) {
        await anonymiseDeletedCitizen(tx, event);
        return;
      }
      const { unit } = event.payload as unknown as UnitEventPayload;
      await createDefaultMailbox(tx, unit);
    },
  },
};
