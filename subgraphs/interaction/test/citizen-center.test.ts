// The citizen's side of interaction: notifications written by the letter steps that concern them (reply
// published, information requested), read only by that citizen; and account deletion (identity's
// citizen.deleted), which removes what identifies the writer while the public record stays.
import { randomUUID } from "node:crypto";
import type { DomainEvent } from "@jiyue/server-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, type LetterWorld, startLetterWorld } from "./testkit/letters";

let world: LetterWorld;
beforeAll(async () => {
  world = await startLetterWorld();
});
afterAll(async () => world?.stop());

const NOTIFICATIONS = `{ myNotifications { id kind letterId letterTitle detail read } myUnreadNotificationCount }`;
const MARK = `mutation($ids: [ID!]) { markMyNotificationsRead(ids: $ids) }`;

interface Notifications {
  myNotifications: {
    id: string;
    kind: string;
    letterId: string;
    letterTitle: string;
    detail: string | null;
    read: boolean;
  }[];
  myUnreadNotificationCount: number;
}

function subjectOf(token: string): string {
  const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as {
    sub: string;
  };
  return payload.sub;
}

/** A letter by citizen1 walked to REPLIED, with a request for information on the way. */
async function repliedLetter(): Promise<string> {
  const { tokens, units, step } = world;
  const { letter } = await world.submit(tokens.citizen1, {
    title: "熊家湾小区3栋2单元301室漏水",
    content: "我的电话13812345678，身份证号43010219900307123X，楼上漏水已一个月。",
  });
  const id = letter.id;
  await step("acceptLetter", { id }, tokens.dispatcher);
  await step("assignLetter", { id, unitId: units.unitA }, tokens.dispatcher);
  await world.ok(
    `mutation($id: ID!, $question: String!) { requestLetterInfo(id: $id, question: $question) { id } }`,
    { id, question: "请提供漏水照片" },
    tokens.handlerA,
  );
  await world.ok(
    `mutation($id: ID!, $info: String!) { provideLetterInfo(id: $id, info: $info) { id } }`,
    { id, info: "照片已上传，联系电话13812345678" },
    tokens.citizen1,
  );
  await step("draftLetterReply", { id, content: "已协调物业于本周维修。" }, tokens.handlerA);
  await step("reviewLetterReply", { id, approve: true }, tokens.reviewerA);
  await step("publishLetterReply", { id }, tokens.reviewerA);
  return id;
}

describe("citizen notifications", () => {
  it("tell the writer about the information request and the reply, and only the writer", async () => {
    const id = await repliedLetter();
    const mine = await world.ok<Notifications>(NOTIFICATIONS, {}, world.tokens.citizen1);
    const ofLetter = mine.myNotifications.filter((n) => n.letterId === id);
    // Newest first: the reply, then the request.
    expect(ofLetter.map((n) => n.kind)).toEqual(["REPLY_PUBLISHED", "INFO_REQUESTED"]);
    expect(ofLetter[1]).toMatchObject({
      detail: "请提供漏水照片",
      read: false,
      letterTitle: "熊家湾小区3栋2单元301室漏水",
    });
    expect(mine.myUnreadNotificationCount).toBeGreaterThanOrEqual(2);

    const other = await world.ok<Notifications>(NOTIFICATIONS, {}, world.tokens.citizen2);
    expect(other.myNotifications.filter((n) => n.letterId === id)).toEqual([]);
    expect(codeOf(await world.graphql(NOTIFICATIONS, {}, world.tokens.handlerA))).toBe("FORBIDDEN");
    expect(codeOf(await world.graphql(NOTIFICATIONS))).toBe("UNAUTHENTICATED");

    // Another citizen cannot mark them read; the writer marks one, then all.
    const first = ofLetter[0]?.id ?? "";
    expect(
      (await world.ok<{ markMyNotificationsRead: number }>(MARK, { ids: [first] }, world.tokens.citizen2))
        .markMyNotificationsRead,
    ).toBe(0);
    const before = mine.myUnreadNotificationCount;
    expect(
      (await world.ok<{ markMyNotificationsRead: number }>(MARK, { ids: [first] }, world.tokens.citizen1))
        .markMyNotificationsRead,
    ).toBe(1);
    const after = await world.ok<Notifications>(NOTIFICATIONS, {}, world.tokens.citizen1);
    expect(after.myUnreadNotificationCount).toBe(before - 1);
    expect(after.myNotifications.find((n) => n.id === first)?.read).toBe(true);
    await world.ok(MARK, {}, world.tokens.citizen1);
    expect(
      (await world.ok<Notifications>(NOTIFICATIONS, {}, world.tokens.citizen1)).myUnreadNotificationCount,
    ).toBe(0);
    expect(codeOf(await world.graphql(MARK, { ids: ["not-an-id"] }, world.tokens.citizen1))).toBe(
      "BAD_USER_INPUT",
    );
  });
});

describe("account deletion", () => {
  it("anonymises the writer's letters but keeps the reply and the handling record, once per event", async () => {
    const id = await repliedLetter();
    const citizenId = subjectOf(world.tokens.citizen1);
    const pool = world.interaction.pool;
    await pool.query("update interaction.letter set contact_phone = '13812345678' where id = $1", [id]);

    const event: DomainEvent = {
      id: randomUUID(),
      seq: 10_000,
      producer: "identity",
      type: "citizen.deleted",
      aggregateType: "citizen",
      aggregateId: citizenId,
      siteId: null,
      unitId: null,
      payload: { citizenId, displayName: "已注销用户" },
      actor: { kind: "citizen", id: citizenId, name: "已注销用户" },
      occurredAt: new Date().toISOString(),
    };
    const submission = await pool.query<{ id: string }>(
      `insert into interaction.solicitation_submission
         (solicitation_id, unit_id, citizen_id, contact_name, contact_phone, answers, address, adoption)
       values (gen_random_uuid(), $1, $2, '张三', '13812345678', $3::jsonb, '10.1.2.3', 'adopted') returning id`,
      [
        world.units.unitA,
        citizenId,
        JSON.stringify([
          { questionId: "q1", text: "我住熊家湾小区3栋2单元301室，建议加装电梯", choices: [] },
        ]),
      ],
    );
    await world.interaction.eventStore?.apply(event, true);

    const submitted = await pool.query(
      "select contact_name, contact_phone, address, answers, adoption from interaction.solicitation_submission where id = $1",
      [submission.rows[0]?.id],
    );
    expect(submitted.rows[0]).toEqual({
      contact_name: null,
      contact_phone: null,
      address: null,
      answers: [{ questionId: "q1", text: "我住熊家湾小区*栋*单元***室，建议加装电梯", choices: [] }],
      adoption: "adopted",
    });

    const letter = await pool.query(
      "select title, content, contact_phone, status, reply, citizen_id from interaction.letter where id = $1",
      [id],
    );
    expect(letter.rows[0]).toMatchObject({
      title: "熊家湾小区*栋*单元***室漏水",
      contact_phone: null,
      status: "replied",
      reply: "已协调物业于本周维修。",
    });
    expect(letter.rows[0]?.content).not.toContain("13812345678");
    expect(letter.rows[0]?.content).not.toContain("43010219900307123X");
    expect(letter.rows[0]?.content).toContain("楼上漏水已一个月");

    // The citizen's own timeline entries lose name and personal data; the staff's stay as they were.
    const actions = await pool.query<{
      action: string;
      actor_kind: string;
      actor_name: string | null;
      comment: string | null;
    }>(
      "select action, actor_kind, actor_name, comment from interaction.letter_action where letter_id = $1 order by at",
      [id],
    );
    const citizenActions = actions.rows.filter((row) => row.actor_kind === "citizen");
    expect(citizenActions.map((row) => row.action)).toEqual(["submit", "info_provided"]);
    for (const row of citizenActions) expect(row.actor_name).toBe("已注销用户");
    expect(citizenActions[1]?.comment).not.toContain("13812345678");
    expect(actions.rows.map((row) => row.action)).toContain("publish_reply");
    expect(actions.rows.find((row) => row.action === "request_info")?.comment).toBe("请提供漏水照片");

    // Notifications are personal: gone.
    const left = await pool.query("select 1 from interaction.citizen_notification where citizen_id = $1", [
      citizenId,
    ]);
    expect(left.rowCount).toBe(0);

    // Redelivery changes nothing more (the inbox remembers the event).
    await pool.query("update interaction.letter set content = '重新写入的内容 13900000000' where id = $1", [
      id,
    ]);
    await world.interaction.eventStore?.apply(event, true);
    const again = await pool.query("select content from interaction.letter where id = $1", [id]);
    expect(again.rows[0]?.content).toBe("重新写入的内容 13900000000");
  });

  it("removes the writer's name and data from the units' texts too: reply, draft, timeline, 智库 entry", async () => {
    const { tokens, units, step } = world;
    const pool = world.interaction.pool;
    const writer = await world.citizen("张三测试");
    const citizenId = subjectOf(writer);
    const { letter } = await world.submit(writer, {
      title: "张三测试反映楼上漏水",
      content:
        "我叫张三测试，手机13800138001，座机023-63891234，住解放碑路88号3单元502室，楼上漏水已一个月。",
      publishable: true,
    });
    const id = letter.id;
    await step("acceptLetter", { id }, tokens.dispatcher);
    await step("assignLetter", { id, unitId: units.unitA }, tokens.dispatcher);
    await world.ok(
      `mutation($id: ID!, $question: String!) { requestLetterInfo(id: $id, question: $question) { id } }`,
      { id, question: "请张三测试提供漏水照片" },
      tokens.handlerA,
    );
    await world.ok(
      `mutation($id: ID!, $info: String!) { provideLetterInfo(id: $id, info: $info) { id } }`,
      { id, info: "我是张三测试，照片已发邮箱zhangsan@example.com" },
      writer,
    );
    await step("draftLetterReply", { id, content: "已协调物业于本周维修。" }, tokens.handlerA);
    await step("reviewLetterReply", { id, approve: true }, tokens.reviewerA);
    await step("publishLetterReply", { id }, tokens.reviewerA);
    // A reply published before replies were checked for the writer's data.
    const legacy =
      "张三测试同志：您好！请拨打13800138001与物业联系，结果已发邮箱zhangsan@example.com，维修地址解放碑路88号3单元502室，" +
      "您的座机023-63891234已登记。如有疑问请致电 023-67891234。";
    await pool.query("update interaction.letter set reply = $2, draft_reply = $2 where id = $1", [
      id,
      legacy,
    ]);
    await world.ok(`mutation($id: ID!) { rateLetter(id: $id, rating: SATISFIED) { id } }`, { id }, writer);
    // An entry masked before the writer's landline was looked for, with the name in the answer.
    await pool.query("update interaction.knowledge_entry set answer = $2 where letter_id = $1", [
      id,
      "张三测试同志：您好！您的座机023-63891234已登记。如有疑问请致电 023-67891234。",
    ]);

    const event: DomainEvent = {
      id: randomUUID(),
      seq: 10_001,
      producer: "identity",
      type: "citizen.deleted",
      aggregateType: "citizen",
      aggregateId: citizenId,
      siteId: null,
      unitId: null,
      payload: { citizenId, displayName: "已注销用户" },
      actor: { kind: "citizen", id: citizenId, name: "已注销用户" },
      occurredAt: new Date().toISOString(),
    };
    await world.interaction.eventStore?.apply(event, true);

    const secrets = ["张三测试", "13800138001", "63891234", "zhangsan@example.com", "88号", "502室"];
    const { rows } = await pool.query<{ title: string; content: string; reply: string; draft_reply: string }>(
      "select title, content, reply, draft_reply from interaction.letter where id = $1",
      [id],
    );
    const row = rows[0];
    for (const text of [row?.title, row?.content, row?.reply, row?.draft_reply])
      for (const secret of secrets) expect(text).not.toContain(secret);
    // The reply still reads: the greeting keeps the surname, the unit's office number stays.
    expect(row?.reply).toBe(
      "张***同志：您好！请拨打***********与物业联系，结果已发邮箱********@*******.***，维修地址解放碑路**号*单元***室，" +
        "您的座机***-********已登记。如有疑问请致电 023-67891234。",
    );
    expect(row?.draft_reply).toBe(row?.reply);

    const actions = await pool.query<{ action: string; actor_name: string | null; comment: string | null }>(
      "select action, actor_name, comment from interaction.letter_action where letter_id = $1 order by at",
      [id],
    );
    for (const action of actions.rows) {
      expect(action.actor_name).not.toBe("张三测试");
      for (const secret of secrets) expect(action.comment ?? "").not.toContain(secret);
    }
    expect(actions.rows.find((action) => action.action === "request_info")?.comment).toBe(
      "请张***提供漏水照片",
    );
    expect(actions.rows.find((action) => action.action === "info_provided")?.comment).toBe(
      "我是张***，照片已发邮箱********@*******.***",
    );

    const entry = await pool.query<{ id: string; title: string; question: string; answer: string }>(
      "select id, title, question, answer from interaction.knowledge_entry where letter_id = $1",
      [id],
    );
    const { title, question, answer } = entry.rows[0] ?? { title: "", question: "", answer: "" };
    for (const text of [title, question, answer])
      for (const secret of secrets) expect(text).not.toContain(secret);
    expect(answer).toBe("张***同志：您好！您的座机***-********已登记。如有疑问请致电 023-67891234。");
    // The portal drops its copy of the entry.
    const announced = await pool.query(
      "select 1 from interaction.outbox where type = 'knowledge.entry_updated' and aggregate_id = $1",
      [entry.rows[0]?.id],
    );
    expect(announced.rowCount).toBe(1);
  });
});
