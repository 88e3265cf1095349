// Per request: the verified caller, the database, and fresh DataLoaders.
import {
  type BaseContext,
  createDirectoryLoaders,
  type Database,
  type SubgraphDeps,
} from "@jiyue/server-kit";
import type * as schema from "./db/schema";
import { createMailboxLoaders } from "./modules/mailbox/mailbox.loaders";
import { MailboxRepository } from "./modules/mailbox/mailbox.repository";
import { MailboxService } from "./modules/mailbox/mailbox.service";

export type InteractionSchema = typeof schema;
export type InteractionDb = Database<InteractionSchema>;

export function createContext(base: BaseContext, deps: SubgraphDeps<InteractionSchema>) {
  const { db } = deps;
  const directory = createDirectoryLoaders(db, "interaction");
  const loaders = { ...createMailboxLoaders(new MailboxRepository(db)) };
  return {
    ...base,
    db,
    directory,
    loaders,
    services: {
      mailbox: new MailboxService(db, base.caller, base.request, loaders, directory),
    },
  };
}
export type InteractionContext = ReturnType<typeof createContext>;
