// The supervision subgraph: lexicon, checks, the audit trail, inspections, alerts (see ARCHITECTURE.md).
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SubgraphDefinition } from "@jiyue/server-kit";
import { createContext, type SupervisionContext, type SupervisionSchema } from "./context";
import * as schema from "./db/schema";
import { recordAuditEvent } from "./modules/audit/audit.service";
import { configureLexiconRoutes } from "./modules/lexicon/lexicon.routes";
import { repairSeedEntries, seedStarterLexicon } from "./modules/lexicon/lexicon.service";
import { resolvers } from "./resolvers";

const here = path.dirname(fileURLToPath(import.meta.url));

export const supervisionSubgraph: SubgraphDefinition<SupervisionSchema, SupervisionContext> = {
  name: "supervision",
  schema,
  srcDir: here,
  migrationsFolder: path.resolve(here, "../drizzle"),
  resolvers,
  createContext,
  // The lexicon snapshot for the subgraphs that embed the text checker.
  configure: configureLexiconRoutes,
  // A new city starts with the curated starter lexicon (once).
  onStart: async (deps) => {
    await seedStarterLexicon(deps.db);
    await repairSeedEntries(deps.db);
    return undefined;
  },
  // The audit trail records every event of every subgraph, its own included.
  consumes: {
    producers: ["identity", "content", "interaction", "supervision", "evaluation"],
    handles: () => true,
    handle: (event, tx) => recordAuditEvent(tx, event),
  },
};
