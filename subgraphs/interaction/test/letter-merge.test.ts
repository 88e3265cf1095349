// Integration: 合并办理 on a real PostgreSQL — duplicates follow their primary (state rules, owner across
// transfers), the primary's reply is published to every writer who then rates their own letter, access is
// unchanged (no citizen learns of another's letter), unmerging before the reply restores the letter.
import { readOutbox } from "@jiyue/server-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, type LetterWorld, startLetterWorld } from "./testkit/letters";

let world: LetterWorld;
beforeAll(async () => {
  world = await startLetterWorld();
});
afterAll(async () => world?.stop());

const MERGE = `mutation($primaryId: ID!, $duplicateIds: [ID!]!, $comment: String) {
  mergeLetters(primaryId: $primaryId, duplicateIds: $duplicateIds, comment: $comment) {
    id status mergedLetters { id status }
  }
}`;
const UNMERGE = `mutation($id: ID!, $comment: String) { unmergeLetter(id: $id, comment: $comment) { id status ownerUnitId mergedInto { id } } }`;
const VIEW = `query($id: ID!) { letter(id: $id) {
  id title status ownerUnitId reply rating
  mergedInto { id title } mergedLetters { id status }
  timeline { action comment }
  deadline { remainingWorkdays }
} }`;

interface View {
  id: string;
  title: string;
  status: string;
  ownerUnitId: string;
  reply: string | null;
  rating: string | null;
  mergedInto: { id: string; title: string } | null;
  mergedLetters: { id: string; status: string }[];
  timeline: { action: string; comment: string | null }[];
  deadline: { remainingWorkdays: number | null };
}

async function view(id: string, token: string): Promise<View> {
  return (await world.ok<{ letter: View }>(VIEW, { id }, token)).letter;
}

function merge(primaryId: string, duplicateIds: string[], token: string, comment?: string) {
  return world.graphql(MERGE, { primaryId, duplicateIds, comment }, token);
}

/** A letter accepted by the one-window dispatcher and, when `unitId` is given, assigned to that unit. */
async function handled(token: string, title: string, unitId?: string): Promise<string> {
  const { letter } = await world.submit(token, {
    title,
    content: `${title}，已经持续一个多月，夜间尤其严重，希望有关部门尽快处理。`,
  });
  await world.step("acceptLetter", { id: letter.id }, world.tokens.dispatcher);
  if (unitId) await world.step("assignLetter", { id: letter.id, unitId }, world.tokens.dispatcher);
  return letter.id;
}

async function publish(id: string, content: string): Promise<void> {
  const { step, tokens } = world;
  await step("draftLetterReply", { id, content }, tokens.handlerA);
  await step("reviewLetterReply", { id, approve: true }, tokens.reviewerA);
  await step("publishLetterReply", { id }, tokens.reviewerA);
}

describe("合并办理", () => {
  it("duplicates follow the primary, get its reply each for their own writer, and are rated separately", async () => {
    const { tokens, units } = world;
    const primary = await handled(tokens.citizen1, "滨河苑小区噪音扰民", units.unitA);
    const received = (await world.submit(tokens.citizen2, { title: "滨河苑小区夜间施工噪音" })).letter.id;
    const accepted = await handled(tokens.citizen2, "滨河苑工地晚上施工太吵");

    // Nobody outside: a citizen may not merge; an unrelated unit cannot even see the letters.
    expect(codeOf(await merge(primary, [received], tokens.citizen2))).toBe("FORBIDDEN");
    expect(codeOf(await merge(primary, [received], tokens.handlerB))).toBe("NOT_FOUND");
    expect(codeOf(await merge(primary, [primary], tokens.dispatcher))).toBe("BAD_USER_INPUT");

    const merged = await world.ok<{
      mergeLetters: { id: string; mergedLetters: { id: string; status: string }[] };
    }>(
      MERGE,
      { primaryId: primary, duplicateIds: [received, accepted], comment: "同一工地噪音" },
      tokens.dispatcher,
    );
    expect(merged.mergeLetters.id).toBe(primary);
    expect(merged.mergeLetters.mergedLetters.map((row) => row.id).sort()).toEqual(
      [received, accepted].sort(),
    );
    expect(merged.mergeLetters.mergedLetters.every((row) => row.status === "MERGED")).toBe(true);

    // Staff see the link and the letter now belongs to the primary's unit, whose handlers see it.
    const duplicate = await view(received, tokens.handlerA);
    expect(duplicate).toMatchObject({
      status: "MERGED",
      ownerUnitId: units.unitA,
      mergedInto: { id: primary },
    });
    expect(duplicate.timeline.map((entry) => entry.action)).toContain("merge");
    const primaryView = await view(primary, tokens.dispatcher);
    expect(primaryView.timeline.find((entry) => entry.action === "merge_in")?.comment).toContain(
      "滨河苑工地晚上施工太吵",
    );

    // The writers see nothing of each other's letters.
    const ownDuplicate = await view(received, tokens.citizen2);
    expect(ownDuplicate.status).toBe("MERGED");
    expect(ownDuplicate.mergedInto).toBeNull();
    expect(ownDuplicate.timeline.find((entry) => entry.action === "merge")?.comment).toBeNull();
    expect(JSON.stringify(ownDuplicate)).not.toContain("噪音扰民");
    const ownPrimary = await view(primary, tokens.citizen1);
    expect(ownPrimary.mergedLetters).toEqual([]);
    expect(ownPrimary.timeline.map((entry) => entry.action)).not.toContain("merge_in");
    expect(codeOf(await world.graphql(VIEW, { id: primary }, tokens.citizen2))).toBe("NOT_FOUND");

    // A merged letter is not handled on its own, nor merged twice, nor a primary itself.
    const accept = await world.graphql(
      `mutation($id: ID!) { acceptLetter(id: $id) { id } }`,
      { id: received },
      tokens.dispatcher,
    );
    expect(codeOf(accept)).toBe("CONFLICT");
    const draft = await world.graphql(
      `mutation($id: ID!) { draftLetterReply(id: $id, content: "单独答复的内容") { id } }`,
      { id: accepted },
      tokens.handlerA,
    );
    expect(codeOf(draft)).toBe("CONFLICT");
    const other = await handled(tokens.citizen1, "另一封信件", units.unitA);
    expect(codeOf(await merge(other, [received], tokens.dispatcher))).toBe("CONFLICT");
    expect(codeOf(await merge(received, [other], tokens.dispatcher))).toBe("CONFLICT");

    // Transfers of the primary carry its followers along.
    await world.step(
      "transferLetter",
      { id: primary, unitId: units.unitB, reason: "属共青团职责" },
      tokens.handlerA,
    );
    expect((await view(accepted, tokens.dispatcher)).ownerUnitId).toBe(units.unitB);
    await world.step(
      "transferLetter",
      { id: primary, unitId: units.unitA, reason: "退回总工会办理" },
      tokens.handlerB,
    );
    expect((await view(accepted, tokens.dispatcher)).ownerUnitId).toBe(units.unitA);

    // Written to the primary's writer: the others read it without that writer's name; the office number stays.
    const reply = "测试市民同志：您好！已责令施工单位夜间停工，并安排执法巡查。如有疑问请致电 023-67891234。";
    await publish(primary, reply);
    expect((await view(primary, tokens.citizen1)).reply).toBe(reply);
    for (const id of [received, accepted]) {
      const answered = await view(id, tokens.citizen2);
      expect(answered).toMatchObject({ status: "REPLIED", reply: reply.replace("测试市民", "测***") });
    }
    const notes = await world.ok<{ myNotifications: { letterId: string; kind: string }[] }>(
      `{ myNotifications { letterId kind } }`,
      {},
      tokens.citizen2,
    );
    expect(
      notes.myNotifications
        .filter((note) => note.kind === "REPLY_PUBLISHED")
        .map((note) => note.letterId)
        .sort(),
    ).toEqual([received, accepted].sort());

    // Each writer rates their own letter, and only their own.
    const RATE = `mutation($id: ID!, $rating: LetterRating!) { rateLetter(id: $id, rating: $rating) { id rating } }`;
    expect(codeOf(await world.graphql(RATE, { id: received, rating: "SATISFIED" }, tokens.citizen1))).toBe(
      "NOT_FOUND",
    );
    await world.ok(RATE, { id: received, rating: "UNSATISFIED" }, tokens.citizen2);
    await world.ok(RATE, { id: primary, rating: "SATISFIED" }, tokens.citizen1);
    expect((await view(received, tokens.dispatcher)).rating).toBe("UNSATISFIED");
    expect((await view(primary, tokens.dispatcher)).rating).toBe("SATISFIED");
    expect((await view(accepted, tokens.dispatcher)).rating).toBeNull();

    // Too late to take it out; the link stays as history.
    expect(codeOf(await world.graphql(UNMERGE, { id: accepted }, tokens.dispatcher))).toBe("CONFLICT");
    expect((await view(accepted, tokens.dispatcher)).mergedInto?.id).toBe(primary);

    const events = (await readOutbox(world.interaction.pool, "interaction", 0, 100_000)).filter((event) =>
      [primary, received, accepted].includes(event.aggregateId),
    );
    const types = (id: string) =>
      events.filter((event) => event.aggregateId === id).map((event) => event.type);
    expect(types(received)).toEqual(expect.arrayContaining(["letter.merged", "letter.reply_published"]));
    expect(types(accepted)).toEqual(expect.arrayContaining(["letter.merged", "letter.reply_published"]));
    expect(types(primary)).toContain("letter.merged_in");
  });

  it("unmerging before the reply gives the letter back its status and unit; only the involved staff may", async () => {
    const { tokens, units } = world;
    const primary = await handled(tokens.citizen1, "公交站台积水严重", units.unitA);
    const duplicate = await handled(tokens.citizen2, "公交站台下雨积水", units.unitC);

    // Unit C's staff see their letter but not the primary: for them it does not exist.
    expect(codeOf(await merge(primary, [duplicate], tokens.dispatcherC))).toBe("NOT_FOUND");
    // The dispatcher of both letters' mailbox unit may merge them, although unit C handles the duplicate.
    await world.ok(MERGE, { primaryId: primary, duplicateIds: [duplicate] }, tokens.dispatcher);
    expect(await view(duplicate, tokens.handlerA)).toMatchObject({
      status: "MERGED",
      ownerUnitId: units.unitA,
    });

    expect(codeOf(await world.graphql(UNMERGE, { id: duplicate }, tokens.handlerB))).toBe("NOT_FOUND");
    // Answered with the primary: the duplicate's own clock stops counting down while it is merged.
    expect((await view(duplicate, tokens.handlerA)).deadline.remainingWorkdays).toBeNull();
    const restored = await world.ok<{
      unmergeLetter: { status: string; ownerUnitId: string; mergedInto: null };
    }>(UNMERGE, { id: duplicate, comment: "不是同一站台" }, tokens.handlerA);
    expect(restored.unmergeLetter).toMatchObject({
      status: "HANDLING",
      ownerUnitId: units.unitC,
      mergedInto: null,
    });
    expect((await view(primary, tokens.dispatcher)).mergedLetters).toEqual([]);
    expect((await view(primary, tokens.dispatcher)).timeline.map((entry) => entry.action)).toContain(
      "unmerge_out",
    );
    expect(codeOf(await world.graphql(UNMERGE, { id: duplicate }, tokens.dispatcher))).toBe("CONFLICT");

    await publish(primary, "已安排疏通排水管道。");
    const after = await view(duplicate, tokens.staffC);
    expect(after).toMatchObject({ status: "HANDLING", reply: null });
    expect(after.deadline.remainingWorkdays).toEqual(expect.any(Number));
    // Unit C handles it on its own again.
    await world.step("draftLetterReply", { id: duplicate, content: "已清理站台排水沟。" }, tokens.staffC);
  });

  it("refuses primaries not yet accepted or already answered, and duplicates waiting for the citizen", async () => {
    const { tokens, units } = world;
    const fresh = (await world.submit(tokens.citizen1, { title: "未受理的主信件" })).letter.id;
    const waiting = await handled(tokens.citizen2, "等待补充材料的信件", units.unitA);
    await world.ok(
      `mutation($id: ID!) { requestLetterInfo(id: $id, question: "请补充具体位置") { id } }`,
      { id: waiting },
      tokens.handlerA,
    );
    const open = await handled(tokens.citizen1, "正在办理的主信件", units.unitA);
    const refusedPrimary = await merge(fresh, [open], tokens.dispatcher);
    expect(refusedPrimary.errors?.[0]?.extensions?.reason).toBe("INVALID_PRIMARY");
    expect(codeOf(await merge(open, [waiting], tokens.dispatcher))).toBe("CONFLICT");
    await publish(open, "已经办理完毕。");
    const late = await merge(open, [fresh], tokens.dispatcher);
    expect(late.errors?.[0]?.extensions?.reason).toBe("INVALID_PRIMARY");
    expect((await view(fresh, tokens.dispatcher)).status).toBe("RECEIVED");
  });
});
