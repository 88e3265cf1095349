// Integration: letters on a real PostgreSQL — the handling state machine, deadlines on the official
// calendar across transfers and pauses, rework limits, access by every path, idempotent submission.
import { randomUUID } from "node:crypto";
import type { DomainEvent, EventSource, StartedSubgraph } from "@jiyue/server-kit";
import { startSubgraph } from "@jiyue/server-kit";
import { citizenClaims, createTestDatabase, grant, staffClaims, testKeys } from "@jiyue/server-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interactionSubgraph } from "../src/app";
import type { InteractionSchema } from "../src/context";
import { seedCalendar } from "../src/modules/calendar/calendar.service";

const identityEvents: DomainEvent[] = [];
const identitySource: EventSource = async (after, limit) =>
  identityEvents.filter((event) => event.seq > after).slice(0, limit);
function unitCreated(id: string, name: string, kind: string) {
  identityEvents.push({
    id: randomUUID(),
    seq: identityEvents.length + 1,
    producer: "identity",
    type: "unit.created",
    aggregateType: "unit",
    aggregateId: id,
    siteId: null,
    unitId: id,
    payload: { unit: { id, parentId: null, name, kind, level: "city" } },
    actor: { kind: "system", id: null },
    occurredAt: new Date().toISOString(),
  });
}

let interaction: StartedSubgraph<InteractionSchema>;
let dropDatabase: () => Promise<void>;
const office = randomUUID(); // 市委办公厅: owns the one-window mailbox
const unitA = randomUUID();
const unitB = randomUUID();
const unitC = randomUUID();
const tokens: Record<string, string> = {};
let oneWindowId: string;

type GraphQLError = { message: string; extensions?: { code?: string; reason?: string } };
type GraphQLResult = { data?: Record<string, unknown> | null; errors?: GraphQLError[] };
async function graphql(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
  address?: string,
): Promise<GraphQLResult> {
  const response = await fetch(`${interaction.url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(address ? { "x-forwarded-for": address } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult;
}
async function ok<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
) {
  const result = await graphql(query, variables, token);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}
const codeOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;

const LETTER_FIELDS = `id status ownerUnitId reworkCount reply draftReply rating notAcceptedReason
  units { unitId role endedAt dueAt }
  timeline { action actorKind actorName unitId comment rating }
  deadline { citizenDueAt unitDueAt remainingWorkdays repliedLateWorkdays uncovered paused }`;
const SUBMIT = `mutation($input: SubmitLetterInput!) { submitLetter(input: $input) { queryCode letter { id status ownerUnitId } } }`;

interface LetterView {
  id: string;
  status: string;
  ownerUnitId: string;
  reworkCount: number;
  reply: string | null;
  draftReply: string | null;
  rating: string | null;
  units: { unitId: string; role: string; endedAt: string | null; dueAt: string | null }[];
  timeline: {
    action: string;
    actorKind: string;
    actorName: string | null;
    unitId: string | null;
    comment: string | null;
    rating: string | null;
  }[];
  deadline: {
    citizenDueAt: string | null;
    unitDueAt: string | null;
    remainingWorkdays: number | null;
    repliedLateWorkdays: number | null;
    uncovered: boolean;
    paused: boolean;
  };
}

async function submit(token = tokens.citizen1, extra: Record<string, unknown> = {}) {
  const data = await ok<{ submitLetter: { queryCode: string; letter: { id: string } } }>(
    SUBMIT,
    {
      input: {
        mailboxId: oneWindowId,
        title: "小区门口道路积水",
        content: "每逢下雨小区门口道路积水严重，联系电话 13812345678，希望尽快处理。",
        category: "城市管理",
        publishable: true,
        ...extra,
      },
    },
    token,
  );
  return data.submitLetter;
}

/** Runs one action mutation and returns the letter as the acting caller sees it. */
async function act(mutation: string, args: Record<string, unknown>, token: string | undefined) {
  const params = Object.keys(args)
    .map((key) => `${key}: $${key}`)
    .join(", ");
  const types: Record<string, string> = {
    id: "ID!",
    unitId: "ID!",
    unitIds: "[ID!]!",
    reason: "String!",
    comment: "String",
    question: "String!",
    info: "String!",
    content: "String!",
    approve: "Boolean!",
    rating: "LetterRating!",
  };
  const declared = Object.keys(args)
    .map((key) => `$${key}: ${types[key]}`)
    .join(", ");
  return graphql(`mutation(${declared}) { ${mutation}(${params}) { ${LETTER_FIELDS} } }`, args, token);
}
async function step(mutation: string, args: Record<string, unknown>, token: string | undefined) {
  const result = await act(mutation, args, token);
  expect(result.errors, `${mutation}: ${JSON.stringify(result.errors)}`).toBeUndefined();
  return result.data?.[mutation] as LetterView;
}
async function read(id: string, token?: string) {
  return graphql(`query($id: ID!) { letter(id: $id) { ${LETTER_FIELDS} } }`, { id }, token);
}

beforeAll(async () => {
  const database = await createTestDatabase();
  dropDatabase = database.drop;
  const keys = await testKeys();
  interaction = await startSubgraph(interactionSubgraph, {
    databaseUrl: database.url,
    port: 0,
    serviceSecret: "test-secret",
    verifyToken: keys.verifier,
    // No supervision here: letters are checked with the engine's starter set (lexicon version 0).
    eventSources: { identity: identitySource, supervision: async () => [] },
  });
  unitCreated(office, "中共重庆市委办公厅", "party_committee");
  unitCreated(unitA, "重庆市总工会", "mass_organization");
  unitCreated(unitB, "共青团重庆市委员会", "mass_organization");
  unitCreated(unitC, "重庆市妇女联合会", "mass_organization");
  await interaction.consumer?.catchUp();
  const staff = (role: string, unitId?: string) =>
    keys.sign(staffClaims([grant(role, unitId ? { unitId } : {})], { unitId: unitId ?? null }));
  tokens.dispatcher = await staff("letter_dispatcher", office);
  tokens.handlerA = await staff("letter_handler", unitA);
  tokens.reviewerA = await staff("reply_reviewer", unitA);
  tokens.handlerB = await staff("letter_handler", unitB);
  tokens.reviewerB = await staff("reply_reviewer", unitB);
  tokens.staffC = await staff("letter_handler", unitC);
  tokens.dispatcherC = await staff("letter_dispatcher", unitC);
  tokens.supervisor = await staff("supervisor");
  tokens.admin = await staff("platform_admin");
  tokens.citizen1 = await keys.sign(citizenClaims());
  tokens.citizen2 = await keys.sign(citizenClaims());
  const data = await ok<{ oneWindowMailbox: { id: string; unitId: string; isOneWindow: boolean } }>(
    `{ oneWindowMailbox { id unitId isOneWindow } }`,
    {},
  );
  expect(data.oneWindowMailbox).toMatchObject({ unitId: office, isOneWindow: true });
  oneWindowId = data.oneWindowMailbox.id;
});

afterAll(async () => {
  await interaction?.stop();
  await dropDatabase?.();
});

describe("calendar API", () => {
  it("serves a covered year from chinese-days and lets only the platform admin edit it", async () => {
    const data = await ok<{ calendarYear: { covered: boolean; days: { date: string; kind: string }[] } }>(
      `{ calendarYear(year: 2025) { covered days { date kind name } } }`,
      {},
    );
    expect(data.calendarYear.covered).toBe(true);
    expect(data.calendarYear.days).toContainEqual(
      expect.objectContaining({ date: "2025-01-26", kind: "MAKEUP_WORKDAY" }),
    );
    expect(data.calendarYear.days).toContainEqual(
      expect.objectContaining({ date: "2025-10-08", kind: "HOLIDAY" }),
    );
    const uncovered = await ok<{ calendarYear: { covered: boolean } }>(
      `{ calendarYear(year: 2027) { covered } }`,
      {},
    );
    expect(uncovered.calendarYear.covered).toBe(false);

    const SET = `mutation($input: SetCalendarDayInput!) { setCalendarDay(input: $input) { date kind name source } }`;
    const input = { date: "2027-01-01", kind: "HOLIDAY", name: "元旦" };
    expect(codeOf(await graphql(SET, { input }, tokens.dispatcher))).toBe("FORBIDDEN");
    expect(codeOf(await graphql(SET, { input }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await graphql(SET, { input: { ...input, date: "2027-02-30" } }, tokens.admin))).toBe(
      "BAD_USER_INPUT",
    );
    const set = await ok<{ setCalendarDay: unknown }>(SET, { input }, tokens.admin);
    expect(set.setCalendarDay).toEqual({
      date: "2027-01-01",
      kind: "HOLIDAY",
      name: "元旦",
      source: "admin",
    });
    const covered = await ok<{ setCalendarYearCovered: { covered: boolean; days: unknown[] } }>(
      `mutation { setCalendarYearCovered(year: 2027, covered: true) { covered days { date } } }`,
      {},
      tokens.admin,
    );
    expect(covered.setCalendarYearCovered).toEqual({ covered: true, days: [{ date: "2027-01-01" }] });
    const events = await interaction.pool.query(
      "select type from interaction.outbox where aggregate_type = 'calendar'",
    );
    expect(events.rows.map((row) => row.type)).toEqual(["calendar.day_set", "calendar.year_covered"]);
    // A restart seeds again, but never over the admin's edits.
    await ok(SET, { input: { date: "2025-10-08", kind: "WORKDAY", name: "调整" } }, tokens.admin);
    await seedCalendar(interaction.db);
    const after = await ok<{ calendarYear: { days: { date: string; kind: string }[] } }>(
      `{ calendarYear(year: 2025) { days { date kind } } }`,
      {},
    );
    expect(after.calendarYear.days).toContainEqual({ date: "2025-10-08", kind: "WORKDAY" });
    expect(after.calendarYear.days).toContainEqual({ date: "2025-10-07", kind: "HOLIDAY" });
  });
});

describe("letters: handling", () => {
  it("goes the whole way: accept, assign, transfer, review, publish, unsatisfied, rework, satisfied, close", async () => {
    const { letter } = await submit();
    expect(letter).toMatchObject({ status: "RECEIVED", ownerUnitId: office });

    // Only the mailbox unit's dispatcher accepts; the handler may not, nor may a dispatcher elsewhere.
    expect(codeOf(await act("acceptLetter", { id: letter.id }, tokens.handlerA))).toBe("NOT_FOUND");
    expect(codeOf(await act("acceptLetter", { id: letter.id }, tokens.citizen1))).toBe("FORBIDDEN");
    expect(codeOf(await act("assignLetter", { id: letter.id, unitId: unitA }, tokens.dispatcher))).toBe(
      "CONFLICT",
    );
    const accepted = await step("acceptLetter", { id: letter.id, comment: "受理" }, tokens.dispatcher);
    expect(accepted.status).toBe("ACCEPTED");
    expect(accepted.deadline.citizenDueAt).not.toBeNull();
    const twice = await act("acceptLetter", { id: letter.id }, tokens.dispatcher);
    expect(codeOf(twice)).toBe("CONFLICT");
    expect(twice.errors?.[0]?.extensions?.reason).toBe("INVALID_TRANSITION");

    const assigned = await step(
      "assignLetter",
      { id: letter.id, unitId: unitA, comment: "请办理" },
      tokens.dispatcher,
    );
    expect(assigned).toMatchObject({ status: "HANDLING", ownerUnitId: unitA });
    // The handling unit transfers it on; it keeps no access, the new unit gets it.
    const transferred = await step(
      "transferLetter",
      { id: letter.id, unitId: unitB, reason: "属于共青团职责" },
      tokens.handlerA,
    );
    expect(transferred.ownerUnitId).toBe(unitB);
    expect(transferred.units.map((unit) => [unit.unitId, unit.role, !!unit.endedAt])).toEqual([
      [unitA, "LEAD", true],
      [unitB, "LEAD", false],
    ]);
    expect(codeOf(await read(letter.id, tokens.handlerA))).toBe("NOT_FOUND");

    await step(
      "draftLetterReply",
      { id: letter.id, content: "已联系市政部门疏通排水管网。" },
      tokens.handlerB,
    );
    const rejected = await step(
      "reviewLetterReply",
      { id: letter.id, approve: false, comment: "请写明时间" },
      tokens.reviewerB,
    );
    expect(rejected.status).toBe("HANDLING");
    await step(
      "draftLetterReply",
      { id: letter.id, content: "已于本周联系市政部门疏通排水管网。" },
      tokens.handlerB,
    );
    expect(codeOf(await act("reviewLetterReply", { id: letter.id, approve: true }, tokens.handlerB))).toBe(
      "FORBIDDEN",
    );
    await step("reviewLetterReply", { id: letter.id, approve: true }, tokens.reviewerB);
    const published = await step("publishLetterReply", { id: letter.id }, tokens.reviewerB);
    expect(published).toMatchObject({ status: "REPLIED", reply: "已于本周联系市政部门疏通排水管网。" });
    // Publishing the reply meets the citizen's deadline: nothing counts down any more.
    expect(published.deadline).toMatchObject({ remainingWorkdays: null, repliedLateWorkdays: 0 });

    expect(codeOf(await act("rateLetter", { id: letter.id, rating: "SATISFIED" }, tokens.dispatcher))).toBe(
      "FORBIDDEN",
    );
    const unhappy = await step(
      "rateLetter",
      { id: letter.id, rating: "UNSATISFIED", comment: "仍然积水" },
      tokens.citizen1,
    );
    expect(unhappy).toMatchObject({ status: "RATED", rating: "UNSATISFIED", draftReply: null });
    const reworked = await step("reworkLetter", { id: letter.id, reason: "确实仍有积水" }, tokens.dispatcher);
    expect(reworked).toMatchObject({ status: "HANDLING", reworkCount: 1, ownerUnitId: unitB });
    // A rework takes the letter back into handling: the clock runs again until the next reply.
    expect(reworked.deadline.remainingWorkdays).not.toBeNull();
    expect(reworked.deadline.repliedLateWorkdays).toBeNull();
    await step(
      "draftLetterReply",
      { id: letter.id, content: "已更换排水管道，经现场查看不再积水。" },
      tokens.handlerB,
    );
    await step("reviewLetterReply", { id: letter.id, approve: true }, tokens.reviewerB);
    await step("publishLetterReply", { id: letter.id }, tokens.reviewerB);
    await step("rateLetter", { id: letter.id, rating: "SATISFIED" }, tokens.citizen1);
    const closed = await step("closeLetter", { id: letter.id }, tokens.dispatcher);
    expect(closed.status).toBe("CLOSED");
    expect(closed.deadline).toMatchObject({ remainingWorkdays: null, repliedLateWorkdays: 0 });

    // The citizen sees the timeline without staff names or internal comments; staff see everything.
    const mine = (await read(letter.id, tokens.citizen1)).data?.letter as LetterView;
    expect(mine.timeline.map((entry) => entry.action)).toEqual([
      "submit",
      "accept",
      "assign",
      "transfer",
      "draft_reply",
      "reject_reply",
      "draft_reply",
      "approve_reply",
      "publish_reply",
      "rate",
      "rework",
      "draft_reply",
      "approve_reply",
      "publish_reply",
      "rate",
      "close",
    ]);
    expect(
      mine.timeline
        .filter((entry) => entry.action !== "submit" && entry.action !== "rate")
        .every((entry) => entry.actorName === null),
    ).toBe(true);
    expect(mine.timeline.find((entry) => entry.action === "reject_reply")?.comment).toBeNull();
    const staffView = (await read(letter.id, tokens.supervisor)).data?.letter as LetterView;
    expect(staffView.timeline.find((entry) => entry.action === "reject_reply")?.comment).toBe("请写明时间");
    expect(staffView.timeline.find((entry) => entry.action === "transfer")).toMatchObject({
      unitId: unitB,
      comment: "属于共青团职责",
      actorKind: "STAFF",
      actorName: "测试用户",
    });
    // The writer's own steps are the writer's (not the unit they concern); each rating is on its entry.
    expect(
      staffView.timeline
        .filter((entry) => ["submit", "rate"].includes(entry.action))
        .map((entry) => [entry.action, entry.actorKind, entry.rating, entry.comment]),
    ).toEqual([
      ["submit", "CITIZEN", null, null],
      ["rate", "CITIZEN", "UNSATISFIED", "仍然积水"],
      ["rate", "CITIZEN", "SATISFIED", null],
    ]);

    const events = await interaction.pool.query<{ type: string; actor: { kind: string } }>(
      "select type, actor from interaction.outbox where aggregate_id = $1 order by seq",
      [letter.id],
    );
    expect(events.rows).toHaveLength(16);
    expect(events.rows.map((row) => row.type)).toContain("letter.transferred");
    expect(events.rows.at(-1)).toMatchObject({ type: "letter.closed", actor: { kind: "staff" } });
  });

  it("refuses a reason-less refusal, shows the refusal reason to the citizen and ends there", async () => {
    const { letter } = await submit();
    expect(codeOf(await act("notAcceptLetter", { id: letter.id, reason: " " }, tokens.dispatcher))).toBe(
      "BAD_USER_INPUT",
    );
    await step(
      "notAcceptLetter",
      { id: letter.id, reason: "不属于受理范围，请向法院提出" },
      tokens.dispatcher,
    );
    const seen = (await read(letter.id, tokens.citizen1)).data?.letter as LetterView & {
      notAcceptedReason: string;
    };
    expect(seen).toMatchObject({
      status: "NOT_ACCEPTED",
      notAcceptedReason: "不属于受理范围，请向法院提出",
      ownerUnitId: office,
    });
    expect(codeOf(await act("assignLetter", { id: letter.id, unitId: unitA }, tokens.dispatcher))).toBe(
      "CONFLICT",
    );
  });

  it("sends a reply back for rework at most the mailbox's limit, and only after dissatisfaction", async () => {
    await ok(
      `mutation($id: ID!) { updateMailbox(id: $id, input: { maxReworks: 1 }) { id } }`,
      { id: oneWindowId },
      tokens.admin,
    );
    const { letter } = await submit();
    const { id } = letter;
    const toRated = async (rating: string) => {
      await step("draftLetterReply", { id, content: "答复内容：已经处理完毕。" }, tokens.handlerA);
      await step("reviewLetterReply", { id, approve: true }, tokens.reviewerA);
      await step("publishLetterReply", { id }, tokens.reviewerA);
      await step("rateLetter", { id, rating }, tokens.citizen1);
    };
    await step("acceptLetter", { id }, tokens.dispatcher);
    await step("assignLetter", { id, unitId: unitA }, tokens.dispatcher);
    await toRated("UNSATISFIED");
    await step("reworkLetter", { id, reason: "答复未解决问题" }, tokens.dispatcher);
    await toRated("UNSATISFIED");
    const limit = await act("reworkLetter", { id, reason: "仍未解决问题" }, tokens.dispatcher);
    expect(codeOf(limit)).toBe("CONFLICT");
    expect(limit.errors?.[0]?.extensions?.reason).toBe("REWORK_LIMIT");
    expect((await step("closeLetter", { id }, tokens.dispatcher)).reworkCount).toBe(1);

    const { letter: happy } = await submit();
    await step("acceptLetter", { id: happy.id }, tokens.dispatcher);
    await step("assignLetter", { id: happy.id, unitId: unitA }, tokens.dispatcher);
    await step("draftLetterReply", { id: happy.id, content: "答复内容：已经处理完毕。" }, tokens.handlerA);
    await step("reviewLetterReply", { id: happy.id, approve: true }, tokens.reviewerA);
    await step("publishLetterReply", { id: happy.id }, tokens.reviewerA);
    await step("rateLetter", { id: happy.id, rating: "BASICALLY_SATISFIED" }, tokens.citizen1);
    const satisfied = await act("reworkLetter", { id: happy.id, reason: "想再改改" }, tokens.dispatcher);
    expect(satisfied.errors?.[0]?.extensions?.reason).toBe("NOT_UNSATISFIED");
    await ok(
      `mutation($id: ID!) { updateMailbox(id: $id, input: { maxReworks: 2 }) { id } }`,
      { id: oneWindowId },
      tokens.admin,
    );
  });
});

describe("letters: deadlines on the official calendar", () => {
  it("keeps the citizen's deadline across a transfer, restarts the unit's clock, and extends both by a pause", async () => {
    await ok(
      `mutation($id: ID!) { updateMailbox(id: $id, input: { deadlineWorkdays: 5 }) { deadlineWorkdays } }`,
      { id: oneWindowId },
      tokens.admin,
    );
    const { letter } = await submit();
    const { id } = letter;
    await step("acceptLetter", { id }, tokens.dispatcher);
    await step("assignLetter", { id, unitId: unitA }, tokens.dispatcher);
    // Move the clocks back to Friday 24 January 2025, before Spring Festival (make-up Sunday 26th).
    await interaction.pool.query(
      "update interaction.letter set accepted_at = '2025-01-24T10:00:00+08:00' where id = $1",
      [id],
    );
    await interaction.pool.query(
      "update interaction.letter_unit set started_at = '2025-01-24T10:00:00+08:00' where letter_id = $1",
      [id],
    );
    let view = (await read(id, tokens.dispatcher)).data?.letter as LetterView;
    expect(view.deadline).toMatchObject({
      citizenDueAt: "2025-02-07",
      unitDueAt: "2025-02-07",
      uncovered: false,
    });
    expect(view.deadline.remainingWorkdays).toBeLessThan(0);

    // Transferred on Wednesday 5 February: unit B's own clock starts then (make-up Saturday 8th counts).
    await step("transferLetter", { id, unitId: unitB, reason: "职责调整" }, tokens.handlerA);
    await interaction.pool.query(
      "update interaction.letter_unit set started_at = '2025-02-05T10:00:00+08:00' where letter_id = $1 and unit_id = $2",
      [id, unitB],
    );
    view = (await read(id, tokens.dispatcher)).data?.letter as LetterView;
    expect(view.deadline).toMatchObject({ citizenDueAt: "2025-02-07", unitDueAt: "2025-02-11" });
    expect(view.units.find((unit) => unit.unitId === unitB)?.dueAt).toBe("2025-02-11");

    // Waiting for the citizen from Wednesday 5th to Friday 7th: the 6th and 7th do not count.
    const waiting = await step("requestLetterInfo", { id, question: "请提供具体门牌号" }, tokens.handlerB);
    expect(waiting).toMatchObject({ status: "AWAITING_INFO", deadline: { paused: true } });
    expect(
      codeOf(await act("draftLetterReply", { id, content: "答复内容：已经处理。" }, tokens.handlerB)),
    ).toBe("CONFLICT");
    expect(codeOf(await act("provideLetterInfo", { id, info: "门牌号是 12 号" }, tokens.citizen2))).toBe(
      "NOT_FOUND",
    );
    const resumed = await step("provideLetterInfo", { id, info: "门牌号是 12 号" }, tokens.citizen1);
    expect(resumed.status).toBe("HANDLING");
    await interaction.pool.query(
      `update interaction.letter set pauses = '[{"from":"2025-02-05T09:00:00+08:00","to":"2025-02-07T16:00:00+08:00"}]' where id = $1`,
      [id],
    );
    view = (await read(id, tokens.dispatcher)).data?.letter as LetterView;
    expect(view.deadline).toMatchObject({
      citizenDueAt: "2025-02-10",
      unitDueAt: "2025-02-13",
      paused: false,
    });
  });

  it("stops the clock when the reply is published, and tells whether it came on time or how late", async () => {
    const { letter } = await submit();
    const { id } = letter;
    await step("acceptLetter", { id }, tokens.dispatcher);
    await step("assignLetter", { id, unitId: unitA }, tokens.dispatcher);
    await step("draftLetterReply", { id, content: "已安排疏通排水管网。" }, tokens.handlerA);
    const approved = await step("reviewLetterReply", { id, approve: true }, tokens.reviewerA);
    // Approved but not yet published: the citizen still waits, the clock still runs.
    expect(approved.deadline.remainingWorkdays).not.toBeNull();
    expect(approved.deadline.repliedLateWorkdays).toBeNull();
    const published = await step("publishLetterReply", { id }, tokens.reviewerA);
    expect(published.deadline).toMatchObject({ remainingWorkdays: null, repliedLateWorkdays: 0 });

    // Accepted Friday 24 January 2025 with 5 working days: due Friday 7 February. Published on the due
    // day is on time; on Tuesday 11th it is 3 working days late (make-up Saturday 8th, Monday, Tuesday).
    const replyOn = async (at: string) => {
      await interaction.pool.query(
        "update interaction.letter set accepted_at = '2025-01-24T10:00:00+08:00', deadline_workdays = 5, replied_at = $2 where id = $1",
        [id, at],
      );
      const view = (await read(id, tokens.dispatcher)).data?.letter as LetterView;
      return view.deadline;
    };
    expect(await replyOn("2025-02-07T17:00:00+08:00")).toMatchObject({
      citizenDueAt: "2025-02-07",
      remainingWorkdays: null,
      repliedLateWorkdays: 0,
    });
    expect(await replyOn("2025-02-11T09:00:00+08:00")).toMatchObject({
      citizenDueAt: "2025-02-07",
      remainingWorkdays: null,
      repliedLateWorkdays: 3,
    });
  });

  it("flags a deadline reaching into a year the calendar does not cover", async () => {
    const { letter } = await submit();
    await step("acceptLetter", { id: letter.id }, tokens.dispatcher);
    await interaction.pool.query("delete from interaction.calendar_year where year = 2027");
    await interaction.pool.query(
      "update interaction.letter set accepted_at = '2026-12-29T10:00:00+08:00' where id = $1",
      [letter.id],
    );
    const view = (await read(letter.id, tokens.dispatcher)).data?.letter as LetterView;
    expect(view.deadline.uncovered).toBe(true);
    // Counted as ordinary weeks, except for the day the admin already entered (1 January 2027, above).
    expect(view.deadline.citizenDueAt).toBe("2027-01-06");
  });
});

describe("letters: access", () => {
  let letterId: string;
  let queryCode: string;
  beforeAll(async () => {
    const submitted = await submit();
    letterId = submitted.letter.id;
    queryCode = submitted.queryCode;
    await step("acceptLetter", { id: letterId }, tokens.dispatcher);
    await step("assignLetter", { id: letterId, unitId: unitA }, tokens.dispatcher);
    await step("coHandleLetter", { id: letterId, unitIds: [unitB] }, tokens.handlerA);
  });

  it("lets the citizen, the units involved and supervisors read it, nobody else", async () => {
    for (const who of ["citizen1", "dispatcher", "handlerA", "handlerB", "supervisor"])
      expect((await read(letterId, tokens[who])).data?.letter, who).toMatchObject({ id: letterId });
    for (const who of ["citizen2", "staffC", "dispatcherC"])
      expect(codeOf(await read(letterId, tokens[who])), who).toBe("NOT_FOUND");
    expect(codeOf(await read(letterId))).toBe("UNAUTHENTICATED");
    const reference = await graphql(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Letter { id title } } }`,
      { reps: [{ __typename: "Letter", id: letterId }] },
      tokens.staffC,
    );
    expect(codeOf(reference)).toBe("NOT_FOUND");
    // A co-handler may read but not act for the lead.
    expect(
      codeOf(await act("draftLetterReply", { id: letterId, content: "协办单位的答复。" }, tokens.handlerB)),
    ).toBe("FORBIDDEN");
  });

  it("lists a unit's letters with nothing from other units, not even in the count", async () => {
    const LIST = `query($filter: LetterFilter) { letters(filter: $filter, first: 100) { totalCount nodes { id ownerUnitId } } }`;
    const forC = await ok<{ letters: { totalCount: number; nodes: unknown[] } }>(LIST, {}, tokens.staffC);
    expect(forC.letters).toEqual({ totalCount: 0, nodes: [] });
    const forCFiltered = await ok<{ letters: { totalCount: number } }>(
      LIST,
      { filter: { unitId: unitA } },
      tokens.staffC,
    );
    expect(forCFiltered.letters.totalCount).toBe(0);
    const forA = await ok<{ letters: { totalCount: number; nodes: { id: string }[] } }>(
      LIST,
      {},
      tokens.handlerA,
    );
    expect(forA.letters.nodes.map((node) => node.id)).toContain(letterId);
    expect(forA.letters.totalCount).toBe(forA.letters.nodes.length);
    const all = await ok<{ letters: { totalCount: number } }>(LIST, {}, tokens.supervisor);
    expect(all.letters.totalCount).toBeGreaterThan(forA.letters.totalCount);
    expect(codeOf(await graphql(LIST, {}, tokens.citizen1))).toBe("FORBIDDEN");
    const mine = await ok<{ myLetters: { id: string }[] }>(`{ myLetters { id } }`, {}, tokens.citizen2);
    expect(mine.myLetters).toEqual([]);
    const own = await ok<{ myLetters: { id: string }[] }>(`{ myLetters { id } }`, {}, tokens.citizen1);
    expect(own.myLetters.map((letter) => letter.id)).toContain(letterId);
  });

  it("finds the letter by its query code and slows down guessing per address", async () => {
    const LOOKUP = `query($code: String!) { letterByQueryCode(code: $code) { id status contactPhone } }`;
    expect(queryCode.length).toBeGreaterThanOrEqual(32);
    const found = await graphql(LOOKUP, { code: queryCode }, undefined, "203.0.113.7");
    expect(found.data?.letterByQueryCode).toMatchObject({ id: letterId, status: "HANDLING" });
    for (let attempt = 0; attempt < 10; attempt++) {
      const guess = await graphql(
        LOOKUP,
        { code: randomUUID().replaceAll("-", "") },
        undefined,
        "203.0.113.8",
      );
      expect(guess.data?.letterByQueryCode).toBeNull();
    }
    // Even the right code is refused from the guessing address; other addresses are unaffected.
    expect(codeOf(await graphql(LOOKUP, { code: queryCode }, undefined, "203.0.113.8"))).toBe(
      "TOO_MANY_REQUESTS",
    );
    expect(
      (await graphql(LOOKUP, { code: queryCode }, undefined, "203.0.113.9")).data?.letterByQueryCode,
    ).toMatchObject({ id: letterId });
    const hashes = await interaction.pool.query(
      "select query_code_hash from interaction.letter where id = $1",
      [letterId],
    );
    expect(hashes.rows[0]?.query_code_hash).not.toContain(queryCode);
  });
});

describe("letters: submission", () => {
  it("creates one letter for five parallel submissions with one idempotency key", async () => {
    const key = `form-${randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 5 }, () => submit(tokens.citizen1, { idempotencyKey: key })),
    );
    const ids = new Set(results.map((result) => result.letter.id));
    expect(ids.size).toBe(1);
    expect(new Set(results.map((result) => result.queryCode)).size).toBe(1);
    const rows = await interaction.pool.query(
      "select id from interaction.letter where idempotency_key = $1",
      [key],
    );
    expect(rows.rows).toHaveLength(1);
    const events = await interaction.pool.query(
      "select count(*)::int as n from interaction.outbox where type = 'letter.submitted' and aggregate_id = $1",
      [rows.rows[0]?.id],
    );
    expect(events.rows[0]?.n).toBe(1);
    // Another citizen cannot reuse someone's form token.
    expect(
      codeOf(
        await graphql(
          SUBMIT,
          {
            input: {
              mailboxId: oneWindowId,
              title: "标题标题",
              content: "内容内容内容",
              idempotencyKey: key,
            },
          },
          tokens.citizen2,
        ),
      ),
    ).toBe("CONFLICT");
  });

  it("refuses anonymous and staff writers, unknown mailboxes and bad input", async () => {
    const input = { mailboxId: oneWindowId, title: "标题标题", content: "内容内容内容" };
    expect(codeOf(await graphql(SUBMIT, { input }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await graphql(SUBMIT, { input }, tokens.handlerA))).toBe("FORBIDDEN");
    expect(
      codeOf(await graphql(SUBMIT, { input: { ...input, mailboxId: randomUUID() } }, tokens.citizen1)),
    ).toBe("NOT_FOUND");
    expect(codeOf(await graphql(SUBMIT, { input: { ...input, title: "" } }, tokens.citizen1))).toBe(
      "BAD_USER_INPUT",
    );
  });
});
