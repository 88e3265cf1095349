// The content subgraph: channels, articles, publishing (see ARCHITECTURE.md).
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SiteEventPayload, SubgraphDefinition } from "@jiyue/server-kit";
import { type ContentContext, type ContentSchema, createContext } from "./context";
import * as schema from "./db/schema";
import { createStandardChannels } from "./modules/channel/channel.service";
import { resolvers } from "./resolvers";

const here = path.dirname(fileURLToPath(import.meta.url));

export const contentSubgraph: SubgraphDefinition<ContentSchema, ContentContext> = {
  name: "content",
  schema,
  srcDir: here,
  migrationsFolder: path.resolve(here, "../drizzle"),
  resolvers,
  createContext,
  consumes: {
    producers: ["identity"],
    handles: (event) => event.producer === "identity" && event.type === "site.created",
    async handle(event, tx) {
      const { site, template } = event.payload as unknown as SiteEventPayload;
      if ((template ?? "standard") === "standard") await createStandardChannels(tx, site);
    },
  },
};
