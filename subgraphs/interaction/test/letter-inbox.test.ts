// 新来信提醒 (myNewLetters): a mailbox's recipients — the users it names and the holders of its recipient
// role in its unit — see its letters still waiting for acceptance; nobody else does, a recipient named on
// another unit's mailbox included (tenancy); an accepted letter leaves the inbox. Real graph, real PostgreSQL.
import { randomUUID } from "node:crypto";
import { grant, staffClaims, testKeys } from "@jiyue/server-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, type LetterWorld, startLetterWorld } from "./testkit/letters";

let world: LetterWorld;
let mailboxId: string;
/** Named on the mailbox, with a reply-review role in unit A (so it may read A's letters). */
let recipient: string;
/** Named on the mailbox too, but staff of unit B only: being named grants no access to A's letters. */
let foreignRecipient: string;
/** Unit A's dispatcher: not named, and the mailbox's recipient role is LETTER_HANDLER. */
let dispatcherA: string;

const INBOX = `query($limit: Int) {
  myNewLetters(limit: $limit) { total letters { id title status createdAt mailbox { id name } } }
}`;
type Inbox = {
  myNewLetters: {
    total: number;
    letters: { id: string; title: string; status: string; mailbox: { id: string; name: string } }[];
  };
};
const inboxOf = async (token: string, limit?: number) =>
  (await world.ok<Inbox>(INBOX, limit === undefined ? {} : { limit }, token)).myNewLetters;

beforeAll(async () => {
  world = await startLetterWorld();
  const keys = await testKeys();
  const recipientId = randomUUID();
  const foreignId = randomUUID();
  recipient = await keys.sign(
    staffClaims([grant("reply_reviewer", { unitId: world.units.unitA })], { sub: recipientId }),
  );
  foreignRecipient = await keys.sign(
    staffClaims([grant("letter_handler", { unitId: world.units.unitB })], { sub: foreignId }),
  );
  dispatcherA = await keys.sign(staffClaims([grant("letter_dispatcher", { unitId: world.units.unitA })]));
  const created = await world.ok<{ createMailbox: { id: string } }>(
    `mutation($input: CreateMailboxInput!) { createMailbox(input: $input) { id } }`,
    {
      input: {
        unitId: world.units.unitA,
        name: "主席信箱",
        kind: "LEADER",
        recipientUserIds: [recipientId, foreignId],
        recipientRole: "LETTER_HANDLER",
      },
    },
    world.tokens.admin,
  );
  mailboxId = created.createMailbox.id;
});

afterAll(async () => {
  await world?.stop();
});

describe("myNewLetters: new letters reach the mailbox's recipients", () => {
  let first: string;
  let second: string;

  it("shows a new letter to a named recipient and to a holder of the recipient role in the unit", async () => {
    first = (await world.submit(world.tokens.citizen1, { mailboxId, title: "职工食堂价格上涨" })).letter.id;
    second = (await world.submit(world.tokens.citizen2, { mailboxId, title: "劳动合同续签问题" })).letter.id;
    // A letter to another mailbox of the city does not show up in this mailbox's recipients' inbox.
    await world.submit(world.tokens.citizen1, { title: "统一窗口来信" });
    for (const token of [recipient, world.tokens.handlerA]) {
      const inbox = await inboxOf(token);
      expect(inbox.total).toBe(2);
      // Newest first.
      expect(inbox.letters.map((letter) => letter.id)).toEqual([second, first]);
      expect(inbox.letters[0]).toMatchObject({
        title: "劳动合同续签问题",
        status: "RECEIVED",
        mailbox: { id: mailboxId, name: "主席信箱" },
      });
    }
  });

  it("cuts the list at the limit but still counts every new letter", async () => {
    const inbox = await inboxOf(recipient, 1);
    expect(inbox).toMatchObject({ total: 2, letters: [{ id: second }] });
    expect(codeOf(await world.graphql(INBOX, { limit: 0 }, recipient))).toBe("BAD_USER_INPUT");
    expect(codeOf(await world.graphql(INBOX, { limit: 51 }, recipient))).toBe("BAD_USER_INPUT");
  });

  it("loads the letters and their mailboxes in a constant number of statements", async () => {
    const statementsFor = async (limit: number) => {
      world.interaction.counter.reset();
      await inboxOf(recipient, limit);
      // The consumer shares the connection pool; count only this query's reads.
      return world.interaction.counter.statements.filter((statement) => /letter|mailbox/.test(statement))
        .length;
    };
    expect(await statementsFor(2)).toBe(await statementsFor(1));
  });

  it("shows nothing to staff who are not recipients, even those who may read the letter", async () => {
    // Unit A's reply reviewer and dispatcher read the letter, but the mailbox names neither them nor their role.
    const READ = `query($id: ID!) { letter(id: $id) { id } }`;
    expect(
      (await world.ok<{ letter: { id: string } }>(READ, { id: first }, world.tokens.reviewerA)).letter,
    ).toEqual({
      id: first,
    });
    for (const [who, token] of Object.entries({
      reviewerA: world.tokens.reviewerA,
      dispatcherA,
      handlerB: world.tokens.handlerB,
      foreignRecipient,
      officeDispatcher: world.tokens.dispatcher,
    })) {
      const inbox = await inboxOf(token);
      expect(
        inbox.letters.map((letter) => letter.id),
        who,
      ).not.toContain(first);
      if (who !== "officeDispatcher") expect(inbox, who).toEqual({ total: 0, letters: [] });
    }
    // The one-window office's dispatcher holds the default recipient role there: only that letter reaches them.
    expect((await inboxOf(world.tokens.dispatcher)).total).toBe(1);
  });

  it("is for staff only", async () => {
    expect(codeOf(await world.graphql(INBOX, {}))).toBe("UNAUTHENTICATED");
    expect(codeOf(await world.graphql(INBOX, {}, world.tokens.citizen1))).toBe("FORBIDDEN");
  });

  it("drops a letter once it is accepted", async () => {
    await world.step("acceptLetter", { id: first }, dispatcherA);
    for (const token of [recipient, world.tokens.handlerA]) {
      const inbox = await inboxOf(token);
      expect(inbox).toMatchObject({ total: 1, letters: [{ id: second }] });
    }
    await world.step("notAcceptLetter", { id: second, reason: "不属于本单位职责范围" }, dispatcherA);
    expect(await inboxOf(recipient)).toEqual({ total: 0, letters: [] });
  });
});
