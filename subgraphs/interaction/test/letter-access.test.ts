// Acceptance (issue 5, access): another citizen, an anonymous visitor and staff of an unrelated unit cannot
// read letter L — by id, as a federation entity, by guessing its query code (rate limited), through the staff
// list and its total count, through another citizen's history and notifications, through the similar-letter
// suggestions, and through the knowledge base (search, writing suggestions, similar replies). One test per
// path, against the real graph resolvers on a real PostgreSQL.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUERY_CODE_MAX_FAILURES } from "../src/modules/letter/letter.service";
import { codeOf, type LetterWorld, startLetterWorld } from "./testkit/letters";

let world: LetterWorld;
let letterId: string;
let queryCode: string;
/** Text only L contains: none of it may reach anyone without access. */
const SECRET = "绝密标记七号楼";
const PHONE = "13912345678";
const L_CONTENT = `我家住在${SECRET}三单元，楼道照明损坏三个月无人维修，联系电话 ${PHONE}，请尽快处理。`;

const READ = `query($id: ID!) { letter(id: $id) { id title content } }`;
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Letter { id title content } } }`;
const LIST = `query($filter: LetterFilter, $first: Int) {
  letters(filter: $filter, first: $first) { totalCount nodes { id title content } }
}`;
const LOOKUP = `query($code: String!) { letterByQueryCode(code: $code) { id title content } }`;

const outsiders = () => ({
  citizen2: world.tokens.citizen2,
  staffC: world.tokens.staffC,
  dispatcherC: world.tokens.dispatcherC,
});

beforeAll(async () => {
  world = await startLetterWorld();
  const { tokens, units } = world;
  const submitted = await world.submit(tokens.citizen1, { title: "楼道照明损坏", content: L_CONTENT });
  letterId = submitted.letter.id;
  queryCode = submitted.queryCode;
  await world.step("acceptLetter", { id: letterId }, tokens.dispatcher);
  await world.step("assignLetter", { id: letterId, unitId: units.unitA }, tokens.dispatcher);
  // Unit C and citizen 2 have letters of their own, so "nothing" below is not just an empty database.
  await world.submit(tokens.citizen2, {
    title: "公园健身器材损坏",
    content: "公园里的健身器材损坏多日，请修理。",
  });
});

afterAll(async () => {
  await world?.stop();
});

describe("letter L cannot be read by anyone unrelated", () => {
  it("by id", async () => {
    expect(
      (await world.ok<{ letter: { id: string } }>(READ, { id: letterId }, world.tokens.citizen1)).letter.id,
    ).toBe(letterId);
    for (const [who, token] of Object.entries(outsiders())) {
      const result = await world.graphql(READ, { id: letterId }, token);
      expect(codeOf(result), who).toBe("NOT_FOUND");
      expect(JSON.stringify(result), who).not.toContain(SECRET);
    }
    const anonymous = await world.graphql(READ, { id: letterId });
    expect(codeOf(anonymous)).toBe("UNAUTHENTICATED");
    expect(JSON.stringify(anonymous)).not.toContain(SECRET);
  });

  it("as a federation entity (how the gateway resolves a Letter reference)", async () => {
    for (const token of [...Object.values(outsiders()), undefined]) {
      const result = await world.graphql(ENTITIES, { reps: [{ __typename: "Letter", id: letterId }] }, token);
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(result)).not.toContain(SECRET);
    }
  });

  it("by guessing its query code: nothing is found and guessing is cut off per address", async () => {
    const address = "198.51.100.23";
    for (let attempt = 0; attempt < QUERY_CODE_MAX_FAILURES; attempt++) {
      // Well-formed guesses (32 base64url characters, like real codes), from an anonymous visitor and a citizen.
      const guess = randomBytes(24).toString("base64url");
      const token = attempt % 2 ? world.tokens.citizen2 : undefined;
      const result = await world.graphql(LOOKUP, { code: guess }, token, address);
      expect(result.data?.letterByQueryCode).toBeNull();
      expect(JSON.stringify(result)).not.toContain(SECRET);
    }
    // From now on even the right code is refused at that address: guessing cannot go on.
    const blocked = await world.graphql(LOOKUP, { code: queryCode }, undefined, address);
    expect(codeOf(blocked)).toBe("TOO_MANY_REQUESTS");
    expect(JSON.stringify(blocked)).not.toContain(SECRET);
    // A near miss (the real code with one character changed) finds nothing either.
    const nearMiss = `${queryCode.slice(0, -1)}${queryCode.endsWith("A") ? "B" : "A"}`;
    const near = await world.graphql(LOOKUP, { code: nearMiss }, undefined, "198.51.100.24");
    expect(near.data?.letterByQueryCode).toBeNull();
  });

  it("through the staff list and its total count: a unit sees nothing of other units, not even a count", async () => {
    const { units } = world;
    const filters = [
      {},
      { unitId: units.unitA },
      { unitId: units.office },
      { keyword: SECRET },
      { status: ["HANDLING"] },
      { overdue: false },
      { dueWithinWorkdays: 60 },
      { category: "城市管理" },
    ];
    for (const who of ["staffC", "dispatcherC"] as const)
      for (const filter of filters) {
        const data = await world.ok<{ letters: { totalCount: number; nodes: { id: string }[] } }>(
          LIST,
          { filter, first: 100 },
          world.tokens[who],
        );
        expect(
          data.letters.nodes.map((node) => node.id),
          `${who} ${JSON.stringify(filter)}`,
        ).not.toContain(letterId);
        expect(JSON.stringify(data), `${who} ${JSON.stringify(filter)}`).not.toContain(SECRET);
      }
    // Unit C's dispatcher sees its own mailbox's letter and counts exactly that one.
    const own = await world.ok<{ letters: { totalCount: number } }>(
      LIST,
      { filter: {} },
      world.tokens.dispatcherC,
    );
    const unitCLetters = await world.interaction.pool.query(
      "select count(*)::int as n from interaction.letter where mailbox_unit_id = $1 or owner_unit_id = $1",
      [units.unitC],
    );
    expect(own.letters.totalCount).toBe(unitCLetters.rows[0]?.n);
    const keyword = await world.ok<{ letters: { totalCount: number } }>(
      LIST,
      { filter: { keyword: SECRET } },
      world.tokens.staffC,
    );
    expect(keyword.letters.totalCount).toBe(0);
    // The handling unit does find it by the same keyword: the filter works, the scope hides it.
    const handler = await world.ok<{ letters: { totalCount: number; nodes: { id: string }[] } }>(
      LIST,
      { filter: { keyword: SECRET } },
      world.tokens.handlerA,
    );
    expect(handler.letters).toMatchObject({ totalCount: 1, nodes: [{ id: letterId }] });
    expect(codeOf(await world.graphql(LIST, {}, world.tokens.citizen2))).toBe("FORBIDDEN");
    expect(codeOf(await world.graphql(LIST, {}))).toBe("UNAUTHENTICATED");
  });

  it("through another citizen's history (myLetters)", async () => {
    const MINE = `{ myLetters { id title content } }`;
    const other = await world.ok<{ myLetters: { id: string }[] }>(MINE, {}, world.tokens.citizen2);
    expect(other.myLetters.length).toBeGreaterThan(0);
    expect(other.myLetters.map((letter) => letter.id)).not.toContain(letterId);
    expect(JSON.stringify(other)).not.toContain(SECRET);
    expect(codeOf(await world.graphql(MINE))).toBe("UNAUTHENTICATED");
    expect(codeOf(await world.graphql(MINE, {}, world.tokens.staffC))).toBe("FORBIDDEN");
    const own = await world.ok<{ myLetters: { id: string }[] }>(MINE, {}, world.tokens.citizen1);
    expect(own.myLetters.map((letter) => letter.id)).toContain(letterId);
  });

  it("through the similar-letter suggestions of a near-duplicate letter in an unrelated unit", async () => {
    const { rows } = await world.interaction.pool.query<{ id: string }>(
      "select id from interaction.mailbox where unit_id = $1 and is_default",
      [world.units.unitC],
    );
    // Citizen 2 writes almost the same letter to unit C: its staff look at it with its similar letters.
    const copy = await world.submit(world.tokens.citizen2, {
      mailboxId: rows[0]?.id,
      title: "楼道照明损坏",
      content: L_CONTENT.replace(PHONE, "13700000000"),
    });
    const SIMILAR = `query($id: ID!) { letter(id: $id) { id similarLetters { similarity letter { id title content } } } }`;
    for (const who of ["staffC", "dispatcherC"] as const) {
      const data = await world.ok<{ letter: { similarLetters: { letter: { id: string } }[] } }>(
        SIMILAR,
        { id: copy.letter.id },
        world.tokens[who],
      );
      expect(
        data.letter.similarLetters.map((similar) => similar.letter.id),
        who,
      ).not.toContain(letterId);
    }
    // The citizen who wrote the copy gets no suggestions at all.
    const citizen = await world.ok<{ letter: { similarLetters: unknown[] } }>(
      SIMILAR,
      { id: copy.letter.id },
      world.tokens.citizen2,
    );
    expect(citizen.letter.similarLetters).toEqual([]);
    // A second copy in unit C is suggested to its staff: the suggestions work, L is just out of reach.
    const second = await world.submit(world.tokens.citizen1, {
      mailboxId: rows[0]?.id,
      title: "楼道照明损坏",
      content: L_CONTENT.replace(PHONE, "13600000000"),
    });
    const staff = await world.ok<{ letter: { similarLetters: { letter: { id: string } }[] } }>(
      SIMILAR,
      { id: copy.letter.id },
      world.tokens.dispatcherC,
    );
    expect(staff.letter.similarLetters.map((similar) => similar.letter.id)).toEqual([second.letter.id]);
  });

  // Last: it answers L (not publishable), which the tests above do not expect.
  it("through the knowledge base search, the writing suggestions and the similar replies", async () => {
    const { tokens, units } = world;
    const answer = async (id: string) => {
      await world.step(
        "draftLetterReply",
        { id, content: "已安排物业维修楼道照明，现已恢复。" },
        tokens.handlerA,
      );
      await world.step("reviewLetterReply", { id, approve: true }, tokens.reviewerA);
      await world.step("publishLetterReply", { id }, tokens.reviewerA);
    };
    // L is answered, but its writer did not allow publishing. P, a similar letter, was allowed.
    await answer(letterId);
    const other = "13812340000";
    const p = await world.submit(tokens.citizen2, {
      title: "楼道照明损坏无人维修",
      content: `我们单元楼道照明损坏很久无人维修，联系电话 ${other}，请尽快处理。`,
      publishable: true,
    });
    await world.step("acceptLetter", { id: p.letter.id }, tokens.dispatcher);
    await world.step("assignLetter", { id: p.letter.id, unitId: units.unitA }, tokens.dispatcher);
    await answer(p.letter.id);
    // The 智库 takes an answer in once the letter is settled: here, closed by the dispatcher.
    await world.step("closeLetter", { id: p.letter.id }, tokens.dispatcher);

    const SEARCH = `query($search: String) { knowledgeEntries(search: $search, first: 50) {
      totalCount nodes { id title question answer letterId } } }`;
    const SUGGEST = `query($text: String!) { knowledgeSuggestions(text: $text, first: 10) { id title question answer letterId } }`;
    for (const [who, token] of Object.entries({ ...outsiders(), anonymous: undefined })) {
      for (const search of [SECRET, "楼道照明", PHONE, null]) {
        const found = await world.graphql(SEARCH, { search }, token);
        expect(found.errors, `${who} ${search}`).toBeUndefined();
        const text = JSON.stringify(found);
        expect(text, `${who} ${search}`).not.toContain(SECRET);
        expect(text, `${who} ${search}`).not.toContain(PHONE);
        expect(text, `${who} ${search}`).not.toContain(letterId);
        expect(text, `${who} ${search}`).not.toContain(other);
      }
      const suggested = await world.graphql(SUGGEST, { text: L_CONTENT }, token);
      expect(suggested.errors, who).toBeUndefined();
      const text = JSON.stringify(suggested);
      expect(text, who).not.toContain(SECRET);
      expect(text, who).not.toContain(PHONE);
      expect(text, who).not.toContain(letterId);
    }
    // The search and the suggestions do work: P's entry is found, without its writer's phone number.
    const found = await world.ok<{ knowledgeEntries: { nodes: { title: string; question: string }[] } }>(
      SEARCH,
      { search: "楼道照明" },
    );
    expect(found.knowledgeEntries.nodes.map((entry) => entry.title)).toContain("楼道照明损坏无人维修");
    const suggested = await world.ok<{ knowledgeSuggestions: { title: string }[] }>(SUGGEST, {
      text: L_CONTENT,
    });
    expect(suggested.knowledgeSuggestions.map((entry) => entry.title)).toContain("楼道照明损坏无人维修");

    // Staff drafting a reply elsewhere are offered past replies, never L; L's own similar replies stay closed.
    const SIMILAR = `query($id: ID!) { similarReplies(letterId: $id, first: 10) { entry { id title question answer letterId } } }`;
    for (const who of ["staffC", "dispatcherC", "citizen2"] as const) {
      const result = await world.graphql(SIMILAR, { id: letterId }, tokens[who]);
      expect(result.errors?.length, who).toBeGreaterThan(0);
      expect(JSON.stringify(result), who).not.toContain(SECRET);
    }
    const anonymous = await world.graphql(SIMILAR, { id: letterId });
    expect(anonymous.errors?.length).toBeGreaterThan(0);
    const { rows } = await world.interaction.pool.query<{ id: string }>(
      "select id from interaction.letter where mailbox_unit_id = $1 and title = '楼道照明损坏'",
      [units.unitC],
    );
    for (const { id } of rows) {
      const result = await world.ok<{ similarReplies: unknown[] }>(SIMILAR, { id }, tokens.dispatcherC);
      expect(JSON.stringify(result)).not.toContain(SECRET);
      expect(JSON.stringify(result)).not.toContain(letterId);
    }
  });

  // After the test above: L's reply is published, so its writer has a notification about it.
  it("through another citizen's notifications", async () => {
    const NOTES = `{ myNotifications { letterId letterTitle detail } }`;
    const own = await world.ok<{ myNotifications: { letterId: string }[] }>(NOTES, {}, world.tokens.citizen1);
    expect(own.myNotifications.map((note) => note.letterId)).toContain(letterId);
    const other = await world.ok<{ myNotifications: { letterId: string }[] }>(
      NOTES,
      {},
      world.tokens.citizen2,
    );
    expect(other.myNotifications.map((note) => note.letterId)).not.toContain(letterId);
    expect(JSON.stringify(other)).not.toContain('楼道照明损坏"');
    expect(codeOf(await world.graphql(NOTES))).toBe("UNAUTHENTICATED");
  });
});
