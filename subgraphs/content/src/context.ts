// Per request: the verified caller, the database, and fresh DataLoaders.
import {
  type BaseContext,
  createDirectoryLoaders,
  type Database,
  type SubgraphDeps,
} from "@jiyue/server-kit";
import type * as schema from "./db/schema";
import { createChannelLoaders } from "./modules/channel/channel.loaders";
import { ChannelRepository } from "./modules/channel/channel.repository";
import { ChannelService } from "./modules/channel/channel.service";

export type ContentSchema = typeof schema;
export type ContentDb = Database<ContentSchema>;

export function createContext(base: BaseContext, deps: SubgraphDeps<ContentSchema>) {
  const { db } = deps;
  const directory = createDirectoryLoaders(db, "content");
  const loaders = { ...createChannelLoaders(new ChannelRepository(db)) };
  return {
    ...base,
    db,
    directory,
    loaders,
    services: {
      channel: new ChannelService(db, base.caller, base.request, loaders, directory),
    },
  };
}
export type ContentContext = ReturnType<typeof createContext>;
