// Integration: the demo 互动交流 content of 市委宣传部 is written through the services — answered letters become
// masked 智库 entries next to curated Q&A, one campaign is open and one shows its published 采纳情况 — with the
// events the portal needs, and a second seed writes nothing.
import { randomUUID } from "node:crypto";
import type { DomainEvent, EventSource, StaffCaller, StartedSubgraph } from "@jiyue/server-kit";
import { claimsToCaller, startSubgraph } from "@jiyue/server-kit";
import { createTestDatabase, grant, staffClaims, testKeys } from "@jiyue/server-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interactionSubgraph } from "../src/app";
import type { InteractionSchema } from "../src/context";
import { DEMO_INTERACTION_STAFF, seedDemoInteraction } from "../src/seed/demo-interaction";
import { CLOSED_CAMPAIGN, DEMO_LETTERS, DEMO_QA, OPEN_CAMPAIGN } from "../src/seed/demo-interaction.data";

const unitId = randomUUID();
const siteId = randomUUID();
const event = (type: string, payload: Record<string, unknown>, seq: number): DomainEvent => ({
  id: randomUUID(),
  seq,
  producer: "identity",
  type,
  aggregateType: type.split(".")[0] as string,
  aggregateId: type.startsWith("unit") ? unitId : siteId,
  siteId: type.startsWith("site") ? siteId : null,
  unitId,
  payload,
  actor: { kind: "system", id: null },
  occurredAt: new Date().toISOString(),
});
const identityEvents: DomainEvent[] = [
  event(
    "unit.created",
    {
      unit: {
        id: unitId,
        parentId: null,
        name: "中共重庆市委宣传部",
        kind: "party_committee",
        level: "city",
      },
    },
    1,
  ),
  event(
    "site.created",
    {
      site: {
        id: siteId,
        unitId,
        parentSiteId: null,
        code: "xcb",
        name: "市委宣传部",
        domains: [],
        status: "online",
      },
      template: "standard",
    },
    2,
  ),
];
const identitySource: EventSource = async (after, limit) =>
  identityEvents.filter((e) => e.seq > after).slice(0, limit);

const ROLE_OF: Record<string, string> = {
  xcb_dispatcher: "letter_dispatcher",
  xcb_handler: "letter_handler",
  xcb_reply_reviewer: "reply_reviewer",
  xcb_knowledge: "knowledge_editor",
  xcb_solicitation: "solicitation_manager",
};
const staff = new Map<string, StaffCaller>(
  DEMO_INTERACTION_STAFF.map((username) => [
    username,
    claimsToCaller(
      staffClaims([grant(ROLE_OF[username] as string, { unitId })], { unitId, username }),
    ) as StaffCaller,
  ]),
);

let interaction: StartedSubgraph<InteractionSchema>;
let dropDatabase: () => Promise<void>;

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${interaction.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}
const count = async (sql: string) => Number((await interaction.pool.query<{ n: string }>(sql)).rows[0]?.n);

beforeAll(async () => {
  const database = await createTestDatabase();
  dropDatabase = database.drop;
  const keys = await testKeys();
  interaction = await startSubgraph(interactionSubgraph, {
    databaseUrl: database.url,
    port: 0,
    serviceSecret: "test-secret",
    verifyToken: keys.verifier,
    eventSources: { identity: identitySource, supervision: async () => [] },
  });
  await interaction.consumer?.catchUp();
});

afterAll(async () => {
  await interaction?.stop();
  await dropDatabase?.();
});

describe("demo 互动交流 seed", () => {
  it("writes answered letters, curated Q&A and two campaigns through the services", async () => {
    const result = await seedDemoInteraction(interaction, { staff, serviceSecret: "test-secret" });
    expect(result).toEqual({ letters: DEMO_LETTERS.length, curated: DEMO_QA.length, solicitations: 2 });
    expect(await count("select count(*) n from interaction.letter where status = 'rated'")).toBe(
      DEMO_LETTERS.filter((letter) => letter.rating).length,
    );
  });

  it("shows the answered letters and the Q&A in the site's public 智库, personal data masked", async () => {
    const { knowledgeEntries } = await graphql<{
      knowledgeEntries: { totalCount: number; nodes: { title: string; question: string; source: string }[] };
    }>(
      `query($s: ID) { knowledgeEntries(siteId: $s, first: 50) { totalCount nodes { title question source } } }`,
      {
        s: siteId,
      },
    );
    expect(knowledgeEntries.totalCount).toBe(DEMO_LETTERS.length + DEMO_QA.length);
    const fromLetter = knowledgeEntries.nodes.find((entry) => entry.title === DEMO_LETTERS[0]?.title);
    expect(fromLetter?.source).toBe("LETTER");
    expect(fromLetter?.question).toContain("大坪");
    expect(fromLetter?.question).not.toContain("13983000001");
    expect(fromLetter?.question).toContain("家住大坪正街 *** 号 * 栋");
    expect(knowledgeEntries.nodes.filter((entry) => entry.source === "CURATED").map((e) => e.title)).toEqual(
      expect.arrayContaining(DEMO_QA.map((qa) => qa.title)),
    );
  });

  it("lists one open campaign and one with its 采纳情况 on the site", async () => {
    const { siteSolicitations } = await graphql<{
      siteSolicitations: {
        nodes: {
          title: string;
          acceptingSubmissions: boolean;
          status: string;
          submissionCount: number;
          questions: { kind: string }[];
          feedback: {
            total: number;
            adopted: number;
            partlyAdopted: number;
            notAdopted: number;
            highlights: { text: string }[];
          } | null;
        }[];
      };
    }>(
      `query($s: ID!) { siteSolicitations(siteId: $s) { nodes { title acceptingSubmissions status submissionCount
        questions { kind } feedback { total adopted partlyAdopted notAdopted highlights { text } } } } }`,
      { s: siteId },
    );
    const open = siteSolicitations.nodes.find((node) => node.title === OPEN_CAMPAIGN.title);
    expect(open).toMatchObject({ acceptingSubmissions: true, status: "OPEN", feedback: null });
    expect(open?.questions.map((q) => q.kind)).toEqual(["SINGLE", "MULTIPLE", "TEXT"]);
    const closed = siteSolicitations.nodes.find((node) => node.title === CLOSED_CAMPAIGN.title);
    expect(closed).toMatchObject({
      acceptingSubmissions: false,
      status: "FEEDBACK_PUBLISHED",
      feedback: { total: 4, adopted: 2, partlyAdopted: 1, notAdopted: 1 },
    });
    expect(closed?.feedback?.highlights).toHaveLength(3);
    expect(closed?.feedback?.highlights.map((h) => h.text).join("")).not.toContain("13983000009");
  });

  it("records the events the portal refreshes from", async () => {
    const types = (
      await interaction.pool.query<{ type: string }>("select type from interaction.outbox order by seq")
    ).rows.map((row) => row.type);
    expect(types.filter((type) => type === "knowledge.entry_published")).toHaveLength(
      DEMO_LETTERS.length + DEMO_QA.length,
    );
    expect(types).toEqual(
      expect.arrayContaining([
        "letter.reply_published",
        "solicitation.opened",
        "solicitation.feedback_published",
      ]),
    );
  });

  it("writes nothing the second time", async () => {
    const before = await count("select count(*) n from interaction.outbox");
    expect(await seedDemoInteraction(interaction, { staff, serviceSecret: "test-secret" })).toEqual({
      letters: 0,
      curated: 0,
      solicitations: 0,
    });
    expect(await count("select count(*) n from interaction.outbox")).toBe(before);
  });

  it("brings the 智库 entry of a letter seeded by an older version up to today's masking", async () => {
    // As an older seed left it: the spaced address unmasked.
    const demo = DEMO_LETTERS[0];
    await interaction.pool.query(
      `update interaction.knowledge_entry set question = $1
        where letter_id = (select id from interaction.letter where idempotency_key = $2)`,
      [demo?.content, demo?.key],
    );
    await seedDemoInteraction(interaction, { staff, serviceSecret: "test-secret" });
    const { rows } = await interaction.pool.query<{ question: string }>(
      `select question from interaction.knowledge_entry
        where letter_id = (select id from interaction.letter where idempotency_key = $1)`,
      [demo?.key],
    );
    expect(rows[0]?.question).toContain("家住大坪正街 *** 号 * 栋");
  });

  it("skips the parts whose staff are missing", async () => {
    const lines: string[] = [];
    const result = await seedDemoInteraction(interaction, {
      staff: new Map(),
      serviceSecret: "test-secret",
      log: (line) => lines.push(line),
    });
    expect(result).toEqual({ letters: 0, curated: 0, solicitations: 0 });
    expect(lines.join("\n")).toContain("xcb_solicitation");
  });
});
