// Per request: the verified caller, the database, and fresh DataLoaders.
import {
  type BaseContext,
  createDirectoryLoaders,
  type Database,
  type SubgraphDeps,
} from "@jiyue/server-kit";
import type * as schema from "./db/schema";
import { CalendarService } from "./modules/calendar/calendar.service";
import { createLetterLoaders } from "./modules/letter/letter.loaders";
import { LetterRepository } from "./modules/letter/letter.repository";
import { LetterService } from "./modules/letter/letter.service";
import { createMailboxLoaders } from "./modules/mailbox/mailbox.loaders";
import { MailboxRepository } from "./modules/mailbox/mailbox.repository";
import { MailboxService } from "./modules/mailbox/mailbox.service";
import { RoutingService } from "./modules/routing/routing.service";
import { lexiconCacheFor } from "./modules/textcheck/lexicon.runtime";

export type InteractionSchema = typeof schema;
export type InteractionDb = Database<InteractionSchema>;

export function createContext(base: BaseContext, deps: SubgraphDeps<InteractionSchema>) {
  const { db } = deps;
  const directory = createDirectoryLoaders(db, "interaction");
  const loaders = {
    ...createMailboxLoaders(new MailboxRepository(db)),
    ...createLetterLoaders(new LetterRepository(db)),
  };
  const calendar = new CalendarService(db, base.caller, base.request);
  // Query codes are derived from the letter id with this secret (see LetterService.queryCodeOf).
  const queryCodeSecret = process.env.JIYUE_QUERY_CODE_SECRET ?? deps.serviceSecret;
  const routing = new RoutingService(db, base.caller, base.request, loaders);
  return {
    ...base,
    db,
    directory,
    loaders,
    services: {
      mailbox: new MailboxService(db, base.caller, base.request, loaders, directory),
      calendar,
      routing,
      letter: new LetterService(
        db,
        base.caller,
        base.request,
        loaders,
        directory,
        calendar,
        queryCodeSecret,
        lexiconCacheFor(deps),
        routing,
      ),
    },
  };
}
export type InteractionContext = ReturnType<typeof createContext>;
