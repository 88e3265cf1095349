// A reply may greet the writer by name and give the unit's own numbers, but is refused (BAD_USER_INPUT, reason
// PERSONAL_DATA, on the field content) when it holds an ID number or repeats the writer's phone, e-mail, WeChat,
// QQ, plate or address as the letter gives them — at drafting, at approval and at publishing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphQLResult, type LetterWorld, startLetterWorld } from "./testkit/letters";

let world: LetterWorld;
beforeAll(async () => {
  world = await startLetterWorld();
});
afterAll(async () => world?.stop());

const LETTER = {
  title: "渝A12345车位被占",
  content:
    "我叫张三测试，家住解放碑路88号3单元502室，手机13800138001，座机023-63891234，邮箱zhangsan@example.com，" +
    "微信号zhangsan_cq88。小区车位长期被占，希望处理。",
};

interface FieldError {
  message: string;
  extensions?: { code?: string; reason?: string; fields?: { path: string; message: string }[] };
}

/** A letter by a named citizen, assigned to unit A and in its hands (HANDLING). */
async function handlingLetter(): Promise<string> {
  const { tokens, units, step } = world;
  const writer = await world.citizen("张三测试");
  const { letter } = await world.submit(writer, LETTER);
  await step("acceptLetter", { id: letter.id }, tokens.dispatcher);
  await step("assignLetter", { id: letter.id, unitId: units.unitA }, tokens.dispatcher);
  await world.interaction.pool.query("update interaction.letter set contact_phone = $2 where id = $1", [
    letter.id,
    "13900139002",
  ]);
  return letter.id;
}

const DRAFT = `mutation($id: ID!, $content: String!) { draftLetterReply(id: $id, content: $content) { id status } }`;

function refusal(result: GraphQLResult): FieldError | undefined {
  return result.errors?.[0] as FieldError | undefined;
}

async function status(id: string): Promise<string> {
  const { rows } = await world.interaction.pool.query<{ status: string }>(
    "select status from interaction.letter where id = $1",
    [id],
  );
  return rows[0]?.status ?? "";
}

describe("a reply repeating the writer's personal data", () => {
  it.each([
    ["手机号码", "张三测试同志：您好！已记录您的手机 138-0013-8001，将电话回访。"],
    ["手机号码", "您留下的联系电话13900139002已登记。"],
    ["电话号码", "我们将拨打您的座机 63891234 回访。"],
    ["电子邮箱", "处理结果已发送至 ZhangSan@example.com，请查收。"],
    ["微信号", "工作人员将添加您的微信zhangsan_cq88沟通。"],
    ["车牌号码", "经查，渝A·12345车辆占用的并非您的车位。"],
    ["详细住址", "经现场核查解放碑路88号3单元502室情况属实。"],
    ["身份证号码", "请携带身份证43010219900307123X到窗口办理。"],
  ])("is refused for its %s, and the letter stays in the unit's hands", async (label, content) => {
    const id = await handlingLetter();
    const result = await world.graphql(DRAFT, { id, content }, world.tokens.handlerA);
    const error = refusal(result);
    const message = `答复中含有来信人的个人信息（${label}），请删除后再保存`;
    expect(error?.message).toBe(message);
    expect(error?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      reason: "PERSONAL_DATA",
      fields: [{ path: "content", message }],
    });
    expect(await status(id)).toBe("handling");
  });

  it("names every kind it repeats, and counts supplied information as the letter's", async () => {
    const id = await handlingLetter();
    const { tokens } = world;
    await world.ok(
      `mutation($id: ID!, $question: String!) { requestLetterInfo(id: $id, question: $question) { id } }`,
      { id, question: "请提供车位产权证明" },
      tokens.handlerA,
    );
    await world.ok(
      `mutation($id: ID!, $info: String!) { provideLetterInfo(id: $id, info: $info) { id } }`,
      { id, info: "证明已上传，也可联系我爱人QQ 87654321" },
      tokens.handlerA,
    );
    const result = await world.graphql(
      DRAFT,
      { id, content: "已联系QQ87654321核实，并到解放碑路88号3单元502室查看，回访13800138001。" },
      tokens.handlerA,
    );
    expect(refusal(result)?.message).toBe(
      "答复中含有来信人的个人信息（QQ号码、详细住址、手机号码），请删除后再保存",
    );
  });
});

describe("a reply with the unit's own contacts", () => {
  it("greets the writer by name and gives a staff mobile, the office landline and address", async () => {
    const id = await handlingLetter();
    const { tokens, step } = world;
    const reply =
      "张三测试同志：您好！已协调物业清理占用车位。如有疑问请联系李老师13987654321，" +
      "或致电 023-67891234，办公地址人民路1号。";
    await step("draftLetterReply", { id, content: reply }, tokens.handlerA);
    await step("reviewLetterReply", { id, approve: true }, tokens.reviewerA);
    await step("publishLetterReply", { id }, tokens.reviewerA);
    const { rows } = await world.interaction.pool.query<{ status: string; reply: string }>(
      "select status, reply from interaction.letter where id = $1",
      [id],
    );
    expect(rows[0]).toEqual({ status: "replied", reply });
  });
});

describe("a draft saved before the rule", () => {
  it("is not approved nor published while it repeats the writer's data", async () => {
    const id = await handlingLetter();
    const { tokens, step, interaction } = world;
    await step("draftLetterReply", { id, content: "已协调物业清理占用车位，请您留意。" }, tokens.handlerA);
    await interaction.pool.query("update interaction.letter set draft_reply = $2 where id = $1", [
      id,
      "已致电13800138001说明情况。",
    ]);
    const approve = await world.graphql(
      `mutation($id: ID!) { reviewLetterReply(id: $id, approve: true) { id } }`,
      { id },
      tokens.reviewerA,
    );
    expect(refusal(approve)?.message).toBe("答复中含有来信人的个人信息（手机号码），请退回修改");
    expect(refusal(approve)?.extensions?.reason).toBe("PERSONAL_DATA");
    expect(await status(id)).toBe("reply_review");

    // Approved before the rule existed: publishing refuses it.
    await interaction.pool.query("update interaction.letter set status = 'reply_approved' where id = $1", [
      id,
    ]);
    const publish = await world.graphql(
      `mutation($id: ID!) { publishLetterReply(id: $id) { id } }`,
      { id },
      tokens.reviewerA,
    );
    expect(refusal(publish)?.message).toBe("答复中含有来信人的个人信息（手机号码），不能发布");
    expect(refusal(publish)?.extensions?.fields).toEqual([
      { path: "content", message: "答复中含有来信人的个人信息（手机号码），不能发布" },
    ]);
    expect(await status(id)).toBe("reply_approved");
    // The way out: the reviewer sends it back; approving it again is not a step from there.
    const again = await world.graphql(
      `mutation($id: ID!) { reviewLetterReply(id: $id, approve: true) { id } }`,
      { id },
      tokens.reviewerA,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    await step("reviewLetterReply", { id, approve: false, comment: "请删去来信人电话" }, tokens.reviewerA);
    expect(await status(id)).toBe("handling");
  });
});
