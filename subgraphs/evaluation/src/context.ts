// Per request: the verified caller, the database, and fresh DataLoaders.
import type { BaseContext, Database, SubgraphDeps } from "@jiyue/server-kit";
import type * as schema from "./db/schema";
import { createStatsLoaders } from "./modules/stats/stats.loaders";
import { StatsRepository } from "./modules/stats/stats.repository";
import { StatsService } from "./modules/stats/stats.service";

export type EvaluationSchema = typeof schema;
export type EvaluationDb = Database<EvaluationSchema>;

export function createContext(base: BaseContext, deps: SubgraphDeps<EvaluationSchema>) {
  const { db } = deps;
  const loaders = { ...createStatsLoaders(new StatsRepository(db)) };
  return {
    ...base,
    db,
    loaders,
    services: {
      stats: new StatsService(loaders),
    },
  };
}
export type EvaluationContext = ReturnType<typeof createContext>;
