// Integration: anonymous letters with a phone verified by a code (expiry, tries, single use, resend throttle),
// limits on letters per account and per address (held in PostgreSQL), and idempotent parallel submission.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { letterAttachments } from "../src/modules/attachment/attachment.sql";
import { letters } from "../src/modules/letter/letter.sql";
import { pruneVerification } from "../src/modules/verification/verification.prune";
import { memoryOutbox } from "../src/modules/verification/verification.sender";
import { phoneCodes, rateEvents } from "../src/modules/verification/verification.sql";
import { codeOf, type GraphQLResult, type LetterWorld, startLetterWorld } from "./testkit/letters";

let world: LetterWorld;
beforeAll(async () => {
  world = await startLetterWorld();
});
afterAll(() => world.stop());
afterEach(() => {
  for (const name of [
    "JIYUE_LETTERS_PER_CITIZEN",
    "JIYUE_LETTERS_PER_ADDRESS",
    "JIYUE_PHONE_CODES_PER_ADDRESS",
  ])
    process.env[name] = "0";
});

const REQUEST_CODE = `mutation($phone: String!) { requestPhoneCode(phone: $phone, purpose: LETTER) { maskedPhone expiresInSeconds resendAfterSeconds } }`;
const SUBMIT = `mutation($input: SubmitLetterInput!) {
  submitLetter(input: $input) { queryCode letter { id anonymous contactPhone phoneVerified status } }
}`;
const BY_CODE = `query($code: String!) { letterByQueryCode(code: $code) { id title anonymous contactPhone status } }`;

let phoneSeq = 0;
/** A fresh phone number per test (codes and throttles are per phone). */
function newPhone(): string {
  phoneSeq += 1;
  return `139${String(Date.now() % 10_000).padStart(4, "0")}${String(phoneSeq).padStart(4, "0")}`;
}

/** Asks for a code from `address` and reads it from the logging sender's outbox. */
async function requestCode(phone: string, address = "203.0.113.10"): Promise<string> {
  const result = await world.graphql(REQUEST_CODE, { phone }, undefined, address);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  const sent = memoryOutbox.filter((message) => message.phone === phone).at(-1);
  const code = /验证码为 (\d{6})/.exec(sent?.text ?? "")?.[1];
  if (!code) throw new Error(`no code sent to ${phone}`);
  return code;
}

function letterInput(extra: Record<string, unknown> = {}) {
  return {
    mailboxId: world.oneWindowId,
    title: "路口红绿灯时间太短",
    content: "解放碑路口的行人绿灯只有十几秒，老人过马路很困难，建议延长。",
    ...extra,
  };
}

function submitAs(input: Record<string, unknown>, token?: string, address = "203.0.113.10") {
  return world.graphql(SUBMIT, { input: letterInput(input) }, token, address);
}

function fieldsOf(result: GraphQLResult): { path: string; message: string }[] {
  const extensions = result.errors?.[0]?.extensions as
    | { fields?: { path: string; message: string }[] }
    | undefined;
  return extensions?.fields ?? [];
}

async function wrongCodeFor(code: string): Promise<string> {
  return code === "000000" ? "000001" : "000000";
}

describe("phone codes", () => {
  it("are sent through the sender, masked in the answer, stored only as a hash", async () => {
    const phone = newPhone();
    const result = await world.graphql(REQUEST_CODE, { phone: `+86 ${phone}` }, undefined, "203.0.113.11");
    expect(result.data?.requestPhoneCode).toEqual({
      maskedPhone: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
      expiresInSeconds: 600,
      resendAfterSeconds: 60,
    });
    const text = memoryOutbox.filter((message) => message.phone === phone).at(-1)?.text ?? "";
    const code = /验证码为 (\d{6})/.exec(text)?.[1] ?? "";
    expect(code).toMatch(/^\d{6}$/);
    const [row] = await world.interaction.db.select().from(phoneCodes).where(eq(phoneCodes.phone, phone));
    expect(row?.codeHash).not.toContain(code);
    expect(row?.address).toBe("203.0.113.11");
  });

  it("refuse malformed phone numbers", async () => {
    const result = await world.graphql(REQUEST_CODE, { phone: "12345" });
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toBe("请填写正确的 11 位手机号码");
  });

  it("can be asked for again only after 60 seconds, and an address only so often per hour", async () => {
    const phone = newPhone();
    await requestCode(phone);
    const again = await world.graphql(REQUEST_CODE, { phone }, undefined, "203.0.113.10");
    expect(codeOf(again)).toBe("TOO_MANY_REQUESTS");
    expect(again.errors?.[0]?.message).toMatch(/秒后再重新获取/);
    // A minute later the phone may have a new code.
    await world.interaction.db
      .update(phoneCodes)
      .set({ createdAt: sql`created_at - interval '61 seconds'` })
      .where(eq(phoneCodes.phone, phone));
    await requestCode(phone);

    process.env.JIYUE_PHONE_CODES_PER_ADDRESS = "2";
    const address = "198.51.100.7";
    await requestCode(newPhone(), address);
    await requestCode(newPhone(), address);
    const third = await world.graphql(REQUEST_CODE, { phone: newPhone() }, undefined, address);
    expect(codeOf(third)).toBe("TOO_MANY_REQUESTS");
    expect(third.errors?.[0]?.message).toBe("获取验证码过于频繁，请一小时后再试");
    // Another address is not affected.
    await requestCode(newPhone(), "198.51.100.8");
  });
});

describe("anonymous letters", () => {
  it("need a phone and its code; the letter has no citizen, a masked phone and a working query code", async () => {
    const phone = newPhone();
    expect(codeOf(await submitAs({}))).toBe("UNAUTHENTICATED");
    const noCode = await submitAs({ contactPhone: phone });
    expect(codeOf(noCode)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(noCode)[0]?.path).toBe("phoneCode");

    const code = await requestCode(phone);
    const wrong = await submitAs({ contactPhone: phone, phoneCode: await wrongCodeFor(code) });
    expect(codeOf(wrong)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(wrong)[0]).toEqual({ path: "phoneCode", message: "验证码不正确，还可尝试 4 次" });

    const done = await submitAs({ contactPhone: phone, phoneCode: code });
    expect(done.errors, JSON.stringify(done.errors)).toBeUndefined();
    const payload = (done.data as { submitLetter: { queryCode: string; letter: Record<string, unknown> } })
      .submitLetter;
    expect(payload.letter).toMatchObject({
      anonymous: true,
      phoneVerified: true,
      contactPhone: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
      status: "RECEIVED",
    });
    const [row] = await world.interaction.db
      .select()
      .from(letters)
      .where(eq(letters.id, String(payload.letter.id)));
    expect(row?.citizenId).toBeNull();
    expect(row?.contactPhone).toBe(phone);

    const found = await world.graphql(BY_CODE, { code: payload.queryCode }, undefined, "203.0.113.50");
    expect(found.data?.letterByQueryCode).toMatchObject({ id: payload.letter.id, anonymous: true });

    // The code is used up: a second letter needs a new one.
    const reused = await submitAs({ contactPhone: phone, phoneCode: code });
    expect(codeOf(reused)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(reused)[0]?.message).toBe("验证码已失效，请重新获取");
  });

  it("refuse a code after 5 wrong tries, even the right one", async () => {
    const phone = newPhone();
    const code = await requestCode(phone);
    const wrong = await wrongCodeFor(code);
    for (let i = 0; i < 5; i += 1) await submitAs({ contactPhone: phone, phoneCode: wrong });
    const right = await submitAs({ contactPhone: phone, phoneCode: code });
    expect(codeOf(right)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(right)[0]?.message).toBe("验证码错误次数过多，请重新获取");
  });

  it("refuse an expired code", async () => {
    const phone = newPhone();
    const code = await requestCode(phone);
    await world.interaction.db
      .update(phoneCodes)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(phoneCodes.phone, phone));
    const late = await submitAs({ contactPhone: phone, phoneCode: code });
    expect(fieldsOf(late)[0]?.message).toBe("验证码已失效，请重新获取");
  });

  it("only go to mailboxes that allow them", async () => {
    const { createMailbox } = await world.ok<{ createMailbox: { id: string; allowAnonymous: boolean } }>(
      `mutation($input: CreateMailboxInput!) { createMailbox(input: $input) { id allowAnonymous } }`,
      { input: { unitId: world.units.unitA, name: "实名信箱", allowAnonymous: false } },
      world.tokens.admin,
    );
    expect(createMailbox.allowAnonymous).toBe(false);
    const phone = newPhone();
    const code = await requestCode(phone);
    const refused = await submitAs({ mailboxId: createMailbox.id, contactPhone: phone, phoneCode: code });
    expect(codeOf(refused)).toBe("UNAUTHENTICATED");
    expect(refused.errors?.[0]?.message).toBe("该信箱不接受匿名来信，请先登录");
    // A citizen may write there.
    const signed = await submitAs({ mailboxId: createMailbox.id }, world.tokens.citizen2);
    expect(signed.errors).toBeUndefined();
  });

  it("retried 5 times in parallel with one form key create one letter and use the code once", async () => {
    const phone = newPhone();
    const code = await requestCode(phone);
    const idempotencyKey = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => submitAs({ contactPhone: phone, phoneCode: code, idempotencyKey })),
    );
    for (const result of results) expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const ids = new Set(
      results.map(
        (result) => (result.data as { submitLetter: { letter: { id: string } } }).submitLetter.letter.id,
      ),
    );
    const codes = new Set(
      results.map(
        (result) => (result.data as { submitLetter: { queryCode: string } }).submitLetter.queryCode,
      ),
    );
    expect(ids.size).toBe(1);
    expect(codes.size).toBe(1);
    const rows = await world.interaction.db
      .select()
      .from(letters)
      .where(eq(letters.idempotencyKey, idempotencyKey));
    expect(rows).toHaveLength(1);
    // Someone else (another phone) cannot take the key over.
    const other = newPhone();
    const stolen = await submitAs({
      contactPhone: other,
      phoneCode: await requestCode(other),
      idempotencyKey,
    });
    expect(codeOf(stolen)).toBe("CONFLICT");
  });
});

describe("contacting the writer", () => {
  const DETAIL = `query($id: ID!) { letter(id: $id) { id anonymous contactPhone contactPhoneFull writerName } }`;
  const LIST = `{ letters(first: 100) { nodes { id contactPhone contactPhoneFull } } }`;

  it("the handling units and the city supervisor get the full phone on the detail; lists mask it", async () => {
    const phone = newPhone();
    const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
    const done = await submitAs({ contactPhone: phone, phoneCode: await requestCode(phone) });
    const submitted = (done.data as { submitLetter: { queryCode: string; letter: { id: string } } })
      .submitLetter;
    const { id } = submitted.letter;
    const { tokens } = world;
    await world.step("acceptLetter", { id }, tokens.dispatcher);
    await world.step("assignLetter", { id, unitId: world.units.unitA }, tokens.dispatcher);
    await world.step("coHandleLetter", { id, unitIds: [world.units.unitB] }, tokens.handlerA);
    for (const [who, token] of Object.entries({
      dispatcher: tokens.dispatcher,
      handler: tokens.handlerA,
      coHandler: tokens.handlerB,
      supervisor: tokens.supervisor,
    })) {
      const { letter } = await world.ok<{ letter: Record<string, unknown> }>(DETAIL, { id }, token);
      expect(letter, who).toMatchObject({ anonymous: true, contactPhone: masked, contactPhoneFull: phone });
      expect(letter.writerName, who).toBeNull();
    }
    // Another unit cannot read the letter at all.
    const other = await world.graphql(DETAIL, { id }, tokens.staffC);
    expect(codeOf(other)).toBe("NOT_FOUND");
    expect(JSON.stringify(other)).not.toContain(phone);
    // The list shows the masked number.
    const { letters: list } = await world.ok<{
      letters: { nodes: { id: string; contactPhone: string | null }[] };
    }>(LIST, {}, tokens.dispatcher);
    expect(list.nodes.find((node) => node.id === id)?.contactPhone).toBe(masked);
    // The writer, through the query code, is not handed the number back in full.
    const byCode = await world.graphql(
      `query($code: String!) { letterByQueryCode(code: $code) { contactPhone contactPhoneFull } }`,
      { code: submitted.queryCode },
      undefined,
      "203.0.113.60",
    );
    expect(byCode.data?.letterByQueryCode).toEqual({ contactPhone: masked, contactPhoneFull: null });
  });

  it("a signed-in writer is named to the handling units, to nobody else", async () => {
    const { letter } = await world.submit(world.tokens.citizen1);
    const { tokens } = world;
    await world.step("acceptLetter", { id: letter.id }, tokens.dispatcher);
    for (const token of [tokens.dispatcher, tokens.supervisor]) {
      const data = await world.ok<{ letter: Record<string, unknown> }>(DETAIL, { id: letter.id }, token);
      expect(data.letter).toMatchObject({ anonymous: false, writerName: "测试市民", contactPhoneFull: null });
    }
    const own = await world.ok<{ letter: Record<string, unknown> }>(
      DETAIL,
      { id: letter.id },
      tokens.citizen1,
    );
    expect(own.letter.writerName).toBeNull();
  });
});

describe("letter limits", () => {
  it("allow so many letters per citizen per hour; retries do not count", async () => {
    process.env.JIYUE_LETTERS_PER_CITIZEN = "2";
    const token = world.tokens.citizen1;
    const key = randomUUID();
    const address = "192.0.2.20";
    expect((await submitAs({ idempotencyKey: key }, token, address)).errors).toBeUndefined();
    expect((await submitAs({ idempotencyKey: key }, token, address)).errors).toBeUndefined();
    expect((await submitAs({}, token, address)).errors).toBeUndefined();
    const third = await submitAs({}, token, "192.0.2.21");
    expect(codeOf(third)).toBe("TOO_MANY_REQUESTS");
    expect(third.errors?.[0]?.message).toBe("每小时最多提交 2 封信，请稍后再试");
    // Another citizen is not affected.
    expect((await submitAs({}, world.tokens.citizen2, address)).errors).toBeUndefined();
  });

  it("allow so many letters per address per hour, also in parallel", async () => {
    process.env.JIYUE_LETTERS_PER_ADDRESS = "3";
    const address = "192.0.2.30";
    const results = await Promise.all(
      Array.from({ length: 5 }, async () => {
        const phone = newPhone();
        return submitAs(
          { contactPhone: phone, phoneCode: await requestCode(phone, "192.0.2.99") },
          undefined,
          address,
        );
      }),
    );
    const refused = results.filter((result) => codeOf(result) === "TOO_MANY_REQUESTS");
    expect(results.filter((result) => !result.errors)).toHaveLength(3);
    expect(refused).toHaveLength(2);
    expect(refused[0]?.errors?.[0]?.message).toBe("提交过于频繁，请一小时后再试");
    expect((await submitAs({}, world.tokens.citizen2, "192.0.2.31")).errors).toBeUndefined();
  });
});

describe("letter attachments", () => {
  const PDF = Buffer.concat([
    Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
    Buffer.alloc(2048, 32),
  ]);

  async function upload(bytes: Buffer, filename: string, token?: string) {
    const body = new FormData();
    body.set("file", new Blob([new Uint8Array(bytes)]), filename);
    const response = await fetch(`${world.interaction.url}/letter-attachments`, {
      method: "POST",
      body,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return {
      status: response.status,
      body: (await response.json()) as { id?: string; error?: { message: string } },
    };
  }

  async function download(id: string, token?: string) {
    const response = await fetch(`${world.interaction.url}/letter-attachments/${id}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return {
      status: response.status,
      bytes: Buffer.from(await response.arrayBuffer()),
      type: response.headers.get("content-type"),
    };
  }

  it("take PDF, JPG, PNG and DOCX up to 10 MB, judged by their bytes", async () => {
    expect((await upload(PDF, "证明材料.pdf", world.tokens.citizen1)).status).toBe(201);
    const disguised = await upload(Buffer.from("<html><script>alert(1)</script></html>"), "材料.pdf");
    expect(disguised.status).toBe(400);
    expect(disguised.body.error?.message).toBe("附件仅限 PDF、JPG、PNG、DOCX 格式：材料.pdf");
    const renamed = await upload(PDF, "照片.png");
    expect(renamed.body.error?.message).toBe("附件扩展名与内容不符（内容为 PDF）：照片.png");
    const huge = await upload(Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]), "大文件.pdf");
    expect(huge.status).toBe(413);
  });

  it("go with the writer's letter and are readable only by the writer and staff who may read it", async () => {
    const { body } = await upload(PDF, "现场照片说明.pdf", world.tokens.citizen1);
    const id = String(body.id);
    // Before submission only the uploader may read it.
    expect((await download(id, world.tokens.citizen1)).status).toBe(200);
    expect((await download(id, world.tokens.dispatcher)).status).toBe(404);
    // Another citizen cannot attach it to their letter.
    const stolen = await submitAs({ attachmentIds: [id] }, world.tokens.citizen2);
    expect(codeOf(stolen)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(stolen)[0]).toEqual({ path: "attachmentIds", message: "附件不存在或已使用，请重新上传" });

    const done = await world.graphql(
      `mutation($input: SubmitLetterInput!) { submitLetter(input: $input) { letter { id attachments { id filename mediaType size } } } }`,
      { input: letterInput({ attachmentIds: [id] }) },
      world.tokens.citizen1,
    );
    expect(done.errors, JSON.stringify(done.errors)).toBeUndefined();
    const letter = (done.data as { submitLetter: { letter: { attachments: unknown[] } } }).submitLetter
      .letter;
    expect(letter.attachments).toEqual([
      { id, filename: "现场照片说明.pdf", mediaType: "application/pdf", size: PDF.length },
    ]);

    const writer = await download(id, world.tokens.citizen1);
    expect(writer.status).toBe(200);
    expect(writer.type).toBe("application/pdf");
    expect(writer.bytes.equals(PDF)).toBe(true);
    expect((await download(id, world.tokens.dispatcher)).status).toBe(200);
    expect((await download(id, world.tokens.supervisor)).status).toBe(200);
    expect((await download(id, world.tokens.staffC)).status).toBe(404);
    expect((await download(id, world.tokens.citizen2)).status).toBe(404);
    expect((await download(id)).status).toBe(401);
    // Used once: not again on another letter.
    expect(codeOf(await submitAs({ attachmentIds: [id] }, world.tokens.citizen1))).toBe("BAD_USER_INPUT");
  });

  it("can be uploaded by an anonymous writer for an anonymous letter", async () => {
    const { status, body } = await upload(PDF, "说明.pdf");
    expect(status).toBe(201);
    const phone = newPhone();
    const done = await submitAs({
      contactPhone: phone,
      phoneCode: await requestCode(phone),
      attachmentIds: [body.id],
    });
    expect(done.errors, JSON.stringify(done.errors)).toBeUndefined();
  });

  it("left unsent, are pruned with old phone codes and rate events the next day; sent ones stay", async () => {
    const db = world.interaction.db;
    const { body } = await upload(PDF, "没寄出的.pdf");
    await requestCode(newPhone());
    const attached = await db.select().from(letterAttachments).where(sql`letter_id is not null`);
    expect(attached.length).toBeGreaterThan(0);
    await pruneVerification(db, new Date(Date.now() + 2 * 86_400_000));
    expect(
      await db
        .select()
        .from(letterAttachments)
        .where(eq(letterAttachments.id, String(body.id))),
    ).toEqual([]);
    expect(await db.select().from(phoneCodes)).toEqual([]);
    expect(await db.select().from(rateEvents)).toEqual([]);
    expect((await db.select().from(letterAttachments).where(sql`letter_id is not null`)).length).toBe(
      attached.length,
    );
  });
});
