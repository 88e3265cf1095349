// Seeds the demo city's 互动交流 for 市委宣传部 (site xcb) through the services, in the demo staff's names, so every
// event flows as in real use and the portal shows it: answered letters that became 智库 entries, curated Q&A,
// one open 意见征集 and one ended with its 采纳情况 published. Each piece is written once (letters by their
// idempotency key, Q&A and campaigns by title); a second start leaves them alone, but brings the 智库 entries of
// letters seeded by an older version up to today's rules (settled answers only, masked as the portal masks now).
import { createHash } from "node:crypto";
import {
  ANONYMOUS,
  type Caller,
  type CitizenCaller,
  createDatabase,
  createPool,
  type StaffCaller,
  type SubgraphDeps,
} from "@jiyue/server-kit";
import { createContext, type InteractionDb, type InteractionSchema } from "../context";
import * as schema from "../db/schema";
import { syncLetterKnowledge } from "../modules/knowledge/knowledge.letters";
import { LetterRepository } from "../modules/letter/letter.repository";
import { SolicitationService } from "../modules/solicitation/solicitation.service";
import { lexiconCacheFor } from "../modules/textcheck/lexicon.runtime";
import {
  CLOSED_CAMPAIGN,
  CLOSED_FEEDBACK_SUMMARY,
  CLOSED_OPINIONS,
  DEMO_LETTERS,
  DEMO_QA,
  type DemoCampaign,
  OPEN_CAMPAIGN,
} from "./demo-interaction.data";
import { DemoSeedRepository } from "./demo-interaction.repository";

/** The demo staff whose names the content is written in (identity's demo users). */
export const DEMO_INTERACTION_STAFF = [
  "xcb_dispatcher",
  "xcb_handler",
  "xcb_reply_reviewer",
  "xcb_knowledge",
  "xcb_solicitation",
] as const;
export type DemoInteractionStaff = (typeof DEMO_INTERACTION_STAFF)[number];

export const DEMO_SITE_CODE = "xcb";
const DAY_MS = 86_400_000;

export interface DemoInteractionResult {
  letters: number;
  curated: number;
  solicitations: number;
}

export interface DemoInteractionOptions {
  /** The demo staff as callers (identity's demoStaffCallers); a part whose staff is missing is skipped. */
  staff: ReadonlyMap<string, StaffCaller>;
  /** The platform's service secret (query codes of the letters are derived with it, as in the subgraph). */
  serviceSecret: string;
  log?: (line: string) => void;
  now?: Date;
  /** How long to wait for interaction to build xcb's mailbox from identity's events. */
  waitForMailboxMs?: number;
}

/** An interaction database for scripts (the demo seed); close it when done. */
export function openInteractionDatabase(databaseUrl: string, application = "interaction-seed") {
  const pool = createPool(databaseUrl, { max: 2, application });
  const { db, counter } = createDatabase(pool, schema);
  return { db: db as InteractionDb, pool, counter, close: () => pool.end() };
}

/** A stable id for a demo citizen (a v4-shaped UUID from a name), so repeated seeds agree. */
export function demoCitizenId(name: string): string {
  const hex = createHash("sha256").update(`jiyue-demo-citizen:${name}`).digest("hex");
  const variant = ((Number.parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function demoCitizen(name: string): CitizenCaller {
  return { kind: "citizen", citizenId: demoCitizenId(name), citizenType: "person", displayName: "示例市民" };
}

/** Writes what is missing of the demo 互动交流 content; returns what it wrote. */
export async function seedDemoInteraction(
  deps: Pick<SubgraphDeps<InteractionSchema>, "db" | "pool" | "counter">,
  options: DemoInteractionOptions,
): Promise<DemoInteractionResult> {
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  const result: DemoInteractionResult = { letters: 0, curated: 0, solicitations: 0 };
  const fullDeps: SubgraphDeps<InteractionSchema> = {
    ...deps,
    serviceSecret: options.serviceSecret,
    verifyToken: async () => ANONYMOUS,
  };
  const repository = new DemoSeedRepository(deps.db);
  const target = await waitForMailbox(repository, options.waitForMailboxMs ?? 0);
  if (!target) {
    log(`✖ 互动交流示例数据：未找到站点 ${DEMO_SITE_CODE} 或其单位信箱，跳过`);
    return result;
  }
  const { siteId, unitId, mailboxId } = target;
  const services = (caller: Caller) => createContext({ caller, request: {} }, fullDeps).services;
  const staff = (username: DemoInteractionStaff) => options.staff.get(username);

  // Letters: submitted by demo citizens, accepted and assigned, answered, approved and published, then rated
  // (or, left unrated, closed).
  const dispatcher = staff("xcb_dispatcher");
  const handler = staff("xcb_handler");
  const reviewer = staff("xcb_reply_reviewer");
  if (dispatcher && handler && reviewer) {
    const letters = new LetterRepository(deps.db);
    for (const demo of DEMO_LETTERS) {
      const existing = await letters.byIdempotencyKey(demo.key);
      if (existing) {
        // Seeded before answers waited for a rating: an unrated one is closed, as a new seed would.
        const settled =
          existing.status === "replied" && !demo.rating
            ? await services(dispatcher).letter.close(existing.id, null)
            : existing;
        await deps.db.transaction((tx) =>
          syncLetterKnowledge(tx, settled, { kind: "system", id: null, name: "示例数据" }),
        );
        continue;
      }
      const citizen = demoCitizen(demo.key);
      const { letter } = await services(citizen).letter.submit({
        mailboxId,
        siteId,
        title: demo.title,
        content: demo.content,
        category: demo.category,
        publishable: true,
        idempotencyKey: demo.key,
      });
      await services(dispatcher).letter.accept(letter.id, null);
      await services(dispatcher).letter.assign(letter.id, unitId, null);
      await services(handler).letter.draftReply(letter.id, demo.reply);
      await services(reviewer).letter.reviewReply(letter.id, true, null);
      await services(reviewer).letter.publishReply(letter.id);
      // The 智库 takes an answer in once it is settled: rated 满意/基本满意, or closed by the dispatcher.
      if (demo.rating) await services(citizen).letter.rate(letter.id, demo.rating, null);
      else await services(dispatcher).letter.close(letter.id, null);
      result.letters += 1;
    }
  } else log("✖ 互动交流示例数据：缺少 xcb 的信件办理账号，跳过示例信件");

  // Curated Q&A of the unit's 智库.
  const knowledgeEditor = staff("xcb_knowledge");
  if (knowledgeEditor) {
    for (const qa of DEMO_QA) {
      if (await repository.hasCuratedEntry(unitId, qa.title)) continue;
      await services(knowledgeEditor).knowledge.create({ unitId, siteId, ...qa });
      result.curated += 1;
    }
  } else log("✖ 互动交流示例数据：缺少账号 xcb_knowledge，跳过智库问答");

  // 意见征集: one open now; one that ran 50 to 19 days ago, with its opinions tagged and 采纳情况 published.
  const manager = staff("xcb_solicitation");
  if (manager) {
    const campaigns = (caller: Caller, at: Date) => {
      const context = createContext({ caller, request: {} }, fullDeps);
      return new SolicitationService(
        deps.db,
        caller,
        {},
        context.loaders,
        context.directory,
        lexiconCacheFor(fullDeps),
        () => at,
      );
    };
    const input = (campaign: DemoCampaign, startsAt: Date, endsAt: Date) => ({
      unitId,
      title: campaign.title,
      description: campaign.description,
      questions: campaign.questions,
      siteIds: [siteId],
      allowAnonymous: true,
      startsAt,
      endsAt,
    });
    if (!(await repository.hasSolicitation(unitId, OPEN_CAMPAIGN.title))) {
      const created = await campaigns(manager, now).create(
        input(OPEN_CAMPAIGN, new Date(now.getTime() - DAY_MS), new Date(now.getTime() + 40 * DAY_MS)),
      );
      await campaigns(manager, now).open(created.id);
      result.solicitations += 1;
    }
    if (!(await repository.hasSolicitation(unitId, CLOSED_CAMPAIGN.title))) {
      const startsAt = new Date(now.getTime() - 50 * DAY_MS);
      const created = await campaigns(manager, startsAt).create(
        input(CLOSED_CAMPAIGN, startsAt, new Date(startsAt.getTime() + 31 * DAY_MS)),
      );
      await campaigns(manager, startsAt).open(created.id);
      const submissions: { id: string; text: string; adopted: boolean }[] = [];
      for (const [index, opinion] of CLOSED_OPINIONS.entries()) {
        const citizen = demoCitizen(`${CLOSED_CAMPAIGN.title}-${index}`);
        const submitted = await campaigns(
          citizen,
          new Date(startsAt.getTime() + (index + 2) * DAY_MS),
        ).submit({
          solicitationId: created.id,
          siteId,
          answers: [
            { questionId: "q1", choices: [opinion.choice] },
            { questionId: "q2", choices: opinion.themes },
            { questionId: "q3", text: opinion.text },
          ],
        });
        await campaigns(manager, now).review(submitted.id, opinion.adoption, opinion.reason);
        submissions.push({
          id: submitted.id,
          text: opinion.text,
          adopted: opinion.adoption !== "not_adopted",
        });
      }
      await campaigns(manager, now).publishFeedback(created.id, {
        summary: CLOSED_FEEDBACK_SUMMARY,
        highlights: submissions
          .filter((submission) => submission.adopted)
          .map((submission) => ({ submissionId: submission.id, text: submission.text })),
      });
      result.solicitations += 1;
    }
  } else log("✖ 互动交流示例数据：缺少账号 xcb_solicitation，跳过意见征集");
  return result;
}

async function waitForMailbox(
  repository: DemoSeedRepository,
  timeoutMs: number,
): Promise<{ siteId: string; unitId: string; mailboxId: string } | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const site = await repository.siteByCode(DEMO_SITE_CODE);
    const mailbox = site ? await repository.unitMailbox(site.unitId) : undefined;
    if (site && mailbox) return { ...site, mailboxId: mailbox.id };
    if (Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
