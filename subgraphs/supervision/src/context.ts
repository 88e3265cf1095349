// Per request: the verified caller, the database, and fresh DataLoaders.
import {
  type BaseContext,
  createDirectoryLoaders,
  type Database,
  type SubgraphDeps,
} from "@jiyue/server-kit";
import type * as schema from "./db/schema";
import { AuditService } from "./modules/audit/audit.service";
import { createLexiconLoaders } from "./modules/lexicon/lexicon.loaders";
import { LexiconRepository } from "./modules/lexicon/lexicon.repository";
import { LexiconService } from "./modules/lexicon/lexicon.service";

export type SupervisionSchema = typeof schema;
export type SupervisionDb = Database<SupervisionSchema>;

export function createContext(base: BaseContext, deps: SubgraphDeps<SupervisionSchema>) {
  const { db } = deps;
  const directory = createDirectoryLoaders(db, "supervision");
  const loaders = { ...createLexiconLoaders(new LexiconRepository(db)) };
  return {
    ...base,
    db,
    directory,
    loaders,
    services: {
      lexicon: new LexiconService(db, base.caller, base.request, loaders, directory),
      audit: new AuditService(db, base.caller),
    },
  };
}
export type SupervisionContext = ReturnType<typeof createContext>;
