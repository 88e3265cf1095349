// Integration: 督办 on a real PostgreSQL — server-side letter filters (overdue, due within N working days,
// keyword, category, submission dates) within the caller's visibility, urging a handling unit, and the
// working-hours reminders for overdue letters (once per working day, on the official calendar).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOB_SCHEMA, startJobQueue, stopJobQueue } from "../src/jobs";
import {
  REMINDER_QUEUE,
  remindOverdueLetters,
  startLetterReminders,
} from "../src/modules/letter/supervision/supervision.reminders";
import { codeOf, type LetterWorld, startLetterWorld } from "./testkit/letters";

let world: LetterWorld;
/** Overdue since 9 January 2025 (handled by unit A, co-handled by unit B). */
let overdueId: string;
/** Due on the next working day (a one-day mailbox deadline). */
let soonId: string;
/** Due in 15 working days, with a literal "%" in its title. */
let laterId: string;
/** Not accepted yet: no deadline. */
let receivedId: string;

const LIST = `query($filter: LetterFilter, $first: Int, $offset: Int) {
  letters(filter: $filter, first: $first, offset: $offset) { totalCount nodes { id } }
}`;
async function list(
  filter: Record<string, unknown>,
  token = world.tokens.supervisor,
  first = 100,
  offset = 0,
) {
  const data = await world.ok<{ letters: { totalCount: number; nodes: { id: string }[] } }>(
    LIST,
    { filter, first, offset },
    token,
  );
  return { total: data.letters.totalCount, ids: data.letters.nodes.map((node) => node.id) };
}
const SUPERVISE = `mutation($id: ID!, $comment: String!) { superviseLetter(id: $id, comment: $comment) {
  id timeline { action comment actorName unitId } supervision { overdue dueSoon supervisedCount }
} }`;
const READ = `query($id: ID!) { letter(id: $id) {
  timeline { action comment actorName unitId at }
  supervision { overdue dueSoon supervisedCount lastRemindedAt }
} }`;
type Timeline = { action: string; comment: string | null; actorName: string | null; unitId: string | null }[];

async function setMailboxDeadline(days: number) {
  await world.ok(
    `mutation($id: ID!, $days: Int!) { updateMailbox(id: $id, input: { deadlineWorkdays: $days }) { id } }`,
    { id: world.oneWindowId, days },
    world.tokens.admin,
  );
}

beforeAll(async () => {
  world = await startLetterWorld();
  const { tokens, units } = world;
  const handled = async (title: string) => {
    const { letter } = await world.submit(tokens.citizen1, { title });
    await world.step("acceptLetter", { id: letter.id }, tokens.dispatcher);
    await world.step("assignLetter", { id: letter.id, unitId: units.unitA }, tokens.dispatcher);
    return letter.id;
  };
  overdueId = await handled("路灯长期不亮");
  await world.step("coHandleLetter", { id: overdueId, unitIds: [units.unitB] }, tokens.handlerA);
  // Accepted on Thursday 2 January 2025 with five working days: due Thursday 9 January.
  await world.interaction.pool.query(
    `update interaction.letter set accepted_at = '2025-01-02T10:00:00+08:00', deadline_workdays = 5,
       citizen_due_on = '2025-01-09' where id = $1`,
    [overdueId],
  );
  await setMailboxDeadline(1);
  soonId = await handled("小区门口道路积水");
  await setMailboxDeadline(15);
  laterId = await handled("电费100%上涨是否合理");
  receivedId = (await world.submit(tokens.citizen2, { title: "公交线路调整建议", category: "交通出行" }))
    .letter.id;
  // Submitted at 00:30 on 2 March 2025 China time (still 1 March in UTC).
  await world.interaction.pool.query(
    "update interaction.letter set created_at = '2025-03-02T00:30:00+08:00' where id = $1",
    [receivedId],
  );
});

afterAll(async () => {
  await world?.stop();
});

describe("letters: server-side filters", () => {
  it("lists overdue letters, and the rest with overdue: false", async () => {
    expect(await list({ overdue: true })).toEqual({ total: 1, ids: [overdueId] });
    const rest = await list({ overdue: false });
    expect(rest.total).toBe(3);
    expect(rest.ids).not.toContain(overdueId);
  });

  it("lists letters due within N working days on the calendar, not the overdue or the later ones", async () => {
    expect((await list({ dueWithinWorkdays: 0 })).ids).toEqual([]);
    expect(await list({ dueWithinWorkdays: 1 })).toEqual({ total: 1, ids: [soonId] });
    const within20 = await list({ dueWithinWorkdays: 20 });
    expect(within20.ids.sort()).toEqual([soonId, laterId].sort());
    expect(
      codeOf(await world.graphql(LIST, { filter: { dueWithinWorkdays: -1 } }, world.tokens.supervisor)),
    ).toBe("BAD_USER_INPUT");
  });

  it("finds a keyword in title or content, taking % and _ literally", async () => {
    expect((await list({ keyword: "积水" })).ids).toEqual([soonId]);
    expect((await list({ keyword: "尽快处理" })).total).toBe(4);
    expect((await list({ keyword: "%" })).ids).toEqual([laterId]);
    expect((await list({ keyword: "_" })).ids).toEqual([]);
    expect((await list({ keyword: "  路灯 " })).ids).toEqual([overdueId]);
  });

  it("filters by category and by submission day in China time", async () => {
    expect((await list({ category: "交通出行" })).ids).toEqual([receivedId]);
    expect((await list({ submittedFrom: "2025-03-02", submittedTo: "2025-03-02" })).ids).toEqual([
      receivedId,
    ]);
    expect((await list({ submittedTo: "2025-03-01" })).ids).toEqual([]);
    expect((await list({ submittedFrom: "2025-03-03" })).total).toBe(3);
    for (const filter of [
      { submittedFrom: "2025-13-01" },
      { submittedFrom: "2025-03-05", submittedTo: "2025-03-01" },
    ])
      expect(
        codeOf(await world.graphql(LIST, { filter }, world.tokens.supervisor)),
        JSON.stringify(filter),
      ).toBe("BAD_USER_INPUT");
  });

  it("pages on the server and counts only what the caller may see", async () => {
    const first = await list({}, world.tokens.supervisor, 2, 0);
    const second = await list({}, world.tokens.supervisor, 2, 2);
    expect(first.total).toBe(4);
    expect(second.total).toBe(4);
    expect(new Set([...first.ids, ...second.ids]).size).toBe(4);
    expect(await list({ overdue: true }, world.tokens.staffC)).toEqual({ total: 0, ids: [] });
    expect(await list({ keyword: "路灯" }, world.tokens.dispatcherC)).toEqual({ total: 0, ids: [] });
    expect((await list({ overdue: true }, world.tokens.handlerA)).ids).toEqual([overdueId]);
  });
});

describe("letters: 督办", () => {
  it("shows overdue and soon-due letters to staff only", async () => {
    const overdue = await world.ok<{ letter: { supervision: unknown } }>(
      READ,
      { id: overdueId },
      world.tokens.dispatcher,
    );
    expect(overdue.letter.supervision).toMatchObject({ overdue: true, dueSoon: false, supervisedCount: 0 });
    const soon = await world.ok<{ letter: { supervision: unknown } }>(
      READ,
      { id: soonId },
      world.tokens.handlerA,
    );
    expect(soon.letter.supervision).toMatchObject({ overdue: false, dueSoon: true });
    const later = await world.ok<{ letter: { supervision: unknown } }>(
      READ,
      { id: laterId },
      world.tokens.handlerA,
    );
    expect(later.letter.supervision).toMatchObject({ overdue: false, dueSoon: false });
    const citizen = await world.ok<{ letter: { supervision: unknown } }>(
      READ,
      { id: overdueId },
      world.tokens.citizen1,
    );
    expect(citizen.letter.supervision).toBeNull();
    const settings = await world.ok<{ letterSupervisionSettings: unknown }>(
      `{ letterSupervisionSettings { warnWorkdays reminderHours } }`,
      {},
      world.tokens.supervisor,
    );
    expect(settings.letterSupervisionSettings).toEqual({ warnWorkdays: 3, reminderHours: "09:00-17:30" });
  });

  it("lets a city supervisor and the mailbox's dispatcher urge the handling unit, nobody else", async () => {
    const { tokens, units } = world;
    const comment = "该件已逾期，请于三个工作日内办结并报送结果";
    expect(codeOf(await world.graphql(SUPERVISE, { id: overdueId, comment }))).toBe("UNAUTHENTICATED");
    for (const who of ["citizen2", "staffC", "dispatcherC"] as const)
      expect(codeOf(await world.graphql(SUPERVISE, { id: overdueId, comment }, tokens[who])), who).toBe(
        "NOT_FOUND",
      );
    for (const who of ["citizen1", "handlerA", "handlerB"] as const)
      expect(codeOf(await world.graphql(SUPERVISE, { id: overdueId, comment }, tokens[who])), who).toBe(
        "FORBIDDEN",
      );
    expect(codeOf(await world.graphql(SUPERVISE, { id: overdueId, comment: " " }, tokens.supervisor))).toBe(
      "BAD_USER_INPUT",
    );
    expect(codeOf(await world.graphql(SUPERVISE, { id: receivedId, comment }, tokens.supervisor))).toBe(
      "CONFLICT",
    );

    const urged = await world.ok<{
      superviseLetter: { timeline: Timeline; supervision: { supervisedCount: number } };
    }>(SUPERVISE, { id: overdueId, comment }, tokens.supervisor);
    expect(urged.superviseLetter.timeline.at(-1)).toMatchObject({
      action: "supervise",
      comment,
      unitId: units.unitA,
    });
    expect(urged.superviseLetter.supervision.supervisedCount).toBe(1);
    await world.ok(SUPERVISE, { id: soonId, comment: "临近期限，请抓紧办理" }, tokens.dispatcher);

    // The handling units are notified through the event (lead and co-handler), written with the entry.
    const events = await world.interaction.pool.query<{ unit_id: string; payload: Record<string, unknown> }>(
      "select unit_id, payload from interaction.outbox where type = 'letter.supervised' and aggregate_id = $1",
      [overdueId],
    );
    expect(events.rows).toHaveLength(1);
    expect(events.rows[0]?.unit_id).toBe(units.unitA);
    expect(events.rows[0]?.payload).toMatchObject({ comment, notifyUnitIds: [units.unitA, units.unitB] });

    // The handling unit sees the comment; the citizen sees that it was urged, not what was said or by whom.
    const handler = await world.ok<{ letter: { timeline: Timeline } }>(
      READ,
      { id: overdueId },
      tokens.handlerA,
    );
    expect(handler.letter.timeline.find((entry) => entry.action === "supervise")?.comment).toBe(comment);
    const citizen = await world.ok<{ letter: { timeline: Timeline } }>(
      READ,
      { id: overdueId },
      tokens.citizen1,
    );
    expect(citizen.letter.timeline.find((entry) => entry.action === "supervise")).toMatchObject({
      comment: null,
      actorName: null,
    });
  });
});

describe("letters: reminders for overdue letters", () => {
  const at = (iso: string) => new Date(iso);
  const remindersOf = async (id: string) =>
    (
      await world.interaction.pool.query<{ n: number }>(
        "select count(*)::int as n from interaction.letter_action where letter_id = $1 and action = 'remind'",
        [id],
      )
    ).rows[0]?.n;

  it("reminds only on working days between 09:00 and 17:30, once per working day", async () => {
    const db = world.interaction.db;
    // Saturday 8 March 2025; Monday 10 March before 09:00 and after 17:30; the National Day holiday.
    for (const now of [
      "2025-03-08T10:00:00+08:00",
      "2025-03-10T08:59:00+08:00",
      "2025-03-10T17:31:00+08:00",
      "2025-10-08T10:00:00+08:00",
    ])
      expect(await remindOverdueLetters(db, { now: at(now) }), now).toEqual([]);
    expect(await remindersOf(overdueId)).toBe(0);

    // Monday 10 March at 09:00: only the overdue letter; again at 17:30 the same day: nothing.
    expect(await remindOverdueLetters(db, { now: at("2025-03-10T09:00:00+08:00") })).toEqual([overdueId]);
    expect(await remindOverdueLetters(db, { now: at("2025-03-10T17:30:00+08:00") })).toEqual([]);
    // Two instances running at once on Tuesday: one reminder between them.
    const [one, two] = await Promise.all([
      remindOverdueLetters(db, { now: at("2025-03-11T10:00:00+08:00") }),
      remindOverdueLetters(db, { now: at("2025-03-11T10:00:00+08:00") }),
    ]);
    expect([...one, ...two]).toEqual([overdueId]);
    // Sunday 28 September 2025 is a make-up working day (调休): reminded.
    expect(await remindOverdueLetters(db, { now: at("2025-09-28T11:00:00+08:00") })).toEqual([overdueId]);
    expect(await remindersOf(overdueId)).toBe(3);

    const events = await world.interaction.pool.query<{
      actor: { kind: string };
      payload: { notifyUnitIds: string[] };
    }>("select actor, payload from interaction.outbox where type = 'letter.reminded' and aggregate_id = $1", [
      overdueId,
    ]);
    expect(events.rows).toHaveLength(3);
    expect(events.rows[0]).toMatchObject({
      actor: { kind: "system" },
      payload: { notifyUnitIds: [world.units.unitA, world.units.unitB] },
    });
    const staff = await world.ok<{ letter: { timeline: Timeline; supervision: { lastRemindedAt: string } } }>(
      READ,
      { id: overdueId },
      world.tokens.handlerA,
    );
    const reminder = staff.letter.timeline.find((entry) => entry.action === "remind");
    expect(reminder).toMatchObject({ actorName: "督办提醒", unitId: world.units.unitA });
    expect(reminder?.comment).toContain("2025-01-09");
    expect(staff.letter.supervision.lastRemindedAt).toBe("2025-09-28T03:00:00.000Z");
  });

  it("stops reminding once the reply is published", async () => {
    const { tokens } = world;
    const id = overdueId;
    await world.step("draftLetterReply", { id, content: "已安排维修路灯，现已恢复照明。" }, tokens.handlerA);
    // Still waiting for the review: the citizen's clock runs, so the reminder goes on.
    expect(
      await remindOverdueLetters(world.interaction.db, { now: at("2025-09-29T10:00:00+08:00") }),
    ).toEqual([id]);
    await world.step("reviewLetterReply", { id, approve: true }, tokens.reviewerA);
    await world.step("publishLetterReply", { id }, tokens.reviewerA);
    expect(
      await remindOverdueLetters(world.interaction.db, { now: at("2025-09-30T10:00:00+08:00") }),
    ).toEqual([]);
  });

  it("schedules the job once on the shared queue, however many instances start", async () => {
    const boss = await startJobQueue(world.interaction.pool);
    const stop = await startLetterReminders(boss, world.interaction.db);
    try {
      const schedules = await world.interaction.pool.query<{ name: string; cron: string; timezone: string }>(
        `select name, cron, timezone from ${JOB_SCHEMA}.schedule where name = $1`,
        [REMINDER_QUEUE],
      );
      expect(schedules.rows).toEqual([
        { name: REMINDER_QUEUE, cron: "*/30 9-17 * * *", timezone: "Asia/Shanghai" },
      ]);
    } finally {
      await stop();
      await stopJobQueue(boss);
    }
  });
});
