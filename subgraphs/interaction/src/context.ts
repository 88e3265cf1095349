// Per request: the verified caller, the database, and fresh DataLoaders.
import {
  type BaseContext,
  createDirectoryLoaders,
  type Database,
  type SubgraphDeps,
} from "@jiyue/server-kit";
import type * as schema from "./db/schema";
import { createAttachmentLoaders } from "./modules/attachment/attachment.loaders";
import { AttachmentRepository } from "./modules/attachment/attachment.repository";
import { AttachmentService } from "./modules/attachment/attachment.service";
import { CalendarService } from "./modules/calendar/calendar.service";
import { createKnowledgeLoaders } from "./modules/knowledge/knowledge.loaders";
import { KnowledgeRepository } from "./modules/knowledge/knowledge.repository";
import { KnowledgeService } from "./modules/knowledge/knowledge.service";
import { LetterInboxService } from "./modules/letter/inbox/inbox.service";
import { createLetterLoaders } from "./modules/letter/letter.loaders";
import { LetterMergeService } from "./modules/letter/letter.merge";
import { LetterRepository } from "./modules/letter/letter.repository";
import { LetterService } from "./modules/letter/letter.service";
import { LetterSupervisionService } from "./modules/letter/supervision/supervision.service";
import { createMailboxLoaders } from "./modules/mailbox/mailbox.loaders";
import { MailboxRepository } from "./modules/mailbox/mailbox.repository";
import { MailboxService } from "./modules/mailbox/mailbox.service";
import { NotificationService } from "./modules/notification/notification.service";
import { RoutingService } from "./modules/routing/routing.service";
import { createSolicitationLoaders } from "./modules/solicitation/solicitation.loaders";
import { SolicitationRepository } from "./modules/solicitation/solicitation.repository";
import { SolicitationService } from "./modules/solicitation/solicitation.service";
import { lexiconCacheFor } from "./modules/textcheck/lexicon.runtime";
import { VerificationService } from "./modules/verification/verification.service";

export type InteractionSchema = typeof schema;
export type InteractionDb = Database<InteractionSchema>;

export function createContext(base: BaseContext, deps: SubgraphDeps<InteractionSchema>) {
  const { db } = deps;
  const directory = createDirectoryLoaders(db, "interaction");
  const loaders = {
    ...createMailboxLoaders(new MailboxRepository(db)),
    ...createLetterLoaders(new LetterRepository(db)),
    ...createAttachmentLoaders(new AttachmentRepository(db)),
    ...createSolicitationLoaders(new SolicitationRepository(db)),
    ...createKnowledgeLoaders(new KnowledgeRepository(db)),
  };
  const calendar = new CalendarService(db, base.caller, base.request);
  // Query codes are derived from the letter id with this secret (see LetterService.queryCodeOf).
  const queryCodeSecret = process.env.JIYUE_QUERY_CODE_SECRET ?? deps.serviceSecret;
  const routing = new RoutingService(db, base.caller, base.request, loaders);
  // Phone codes are stored as an HMAC under the same secret.
  const verification = new VerificationService(db, base.caller, base.request, queryCodeSecret);
  const attachment = new AttachmentService(db, base.caller, base.request, loaders);
  const letter = new LetterService(
    db,
    base.caller,
    base.request,
    loaders,
    directory,
    calendar,
    queryCodeSecret,
    lexiconCacheFor(deps),
    routing,
    verification,
    attachment,
  );
  return {
    ...base,
    db,
    directory,
    loaders,
    services: {
      mailbox: new MailboxService(db, base.caller, base.request, loaders, directory),
      calendar,
      routing,
      letter,
      letterMerge: new LetterMergeService(db, base.caller, loaders, letter),
      letterInbox: new LetterInboxService(db, base.caller, loaders),
      verification,
      attachment,
      knowledge: new KnowledgeService(db, base.caller, base.request, loaders, directory, letter),
      notification: new NotificationService(db, base.caller),
      letterSupervision: new LetterSupervisionService(db, base.caller, base.request, loaders, letter),
      solicitation: new SolicitationService(
        db,
        base.caller,
        base.request,
        loaders,
        directory,
        lexiconCacheFor(deps),
      ),
    },
  };
}
export type InteractionContext = ReturnType<typeof createContext>;
