// The evaluation subgraph: facts from events, dashboards, scores (see ARCHITECTURE.md).
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SubgraphDefinition } from "@jiyue/server-kit";
import { createContext, type EvaluationContext, type EvaluationSchema } from "./context";
import * as schema from "./db/schema";
import { applyStatsEvent } from "./modules/stats/stats.service";
import { resolvers } from "./resolvers";

const here = path.dirname(fileURLToPath(import.meta.url));

export const evaluationSubgraph: SubgraphDefinition<EvaluationSchema, EvaluationContext> = {
  name: "evaluation",
  schema,
  srcDir: here,
  migrationsFolder: path.resolve(here, "../drizzle"),
  resolvers,
  createContext,
  // Every event that carries a site or a unit counts as a change of it.
  consumes: {
    producers: ["identity", "content", "interaction", "supervision"],
    handles: () => true,
    handle: (event, tx) => applyStatsEvent(tx, event),
  },
};
