// Integration: the interaction subgraph on a real PostgreSQL, fed identity's directory events.
import { randomUUID } from "node:crypto";
import type { DomainEvent, EventSource, StartedSubgraph } from "@jiyue/server-kit";
import { startSubgraph } from "@jiyue/server-kit";
import { citizenClaims, createTestDatabase, grant, staffClaims, testKeys } from "@jiyue/server-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interactionSubgraph } from "../src/app";
import type { InteractionSchema } from "../src/context";

const identityEvents: DomainEvent[] = [];
const identitySource: EventSource = async (after, limit) =>
  identityEvents.filter((event) => event.seq > after).slice(0, limit);

function identityEvent(
  type: string,
  aggregateId: string,
  payload: Record<string, unknown>,
  scope: { siteId?: string; unitId: string },
) {
  const event: DomainEvent = {
    id: randomUUID(),
    seq: identityEvents.length + 1,
    producer: "identity",
    type,
    aggregateType: type.split(".")[0] ?? "unit",
    aggregateId,
    siteId: scope.siteId ?? null,
    unitId: scope.unitId,
    payload,
    actor: { kind: "system", id: null },
    occurredAt: new Date().toISOString(),
  };
  identityEvents.push(event);
  return event;
}
const unitCreated = (id: string, name: string) =>
  identityEvent(
    "unit.created",
    id,
    { unit: { id, parentId: null, name, kind: "mass_organization", level: "city" } },
    { unitId: id },
  );
const siteCreated = (id: string, unitId: string, code: string) =>
  identityEvent(
    "site.created",
    id,
    { site: { id, unitId, parentSiteId: null, code, name: `站点${code}`, domains: [], status: "online" } },
    { siteId: id, unitId },
  );

let interaction: StartedSubgraph<InteractionSchema>;
let dropDatabase: () => Promise<void>;
const unitA = randomUUID();
const unitB = randomUUID();
const siteA1 = randomUUID();
const siteA2 = randomUUID();
const siteB = randomUUID();
let adminA: string;

type GraphQLResult = { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
async function graphql(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<GraphQLResult> {
  const response = await fetch(`${interaction.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult;
}

const SITE_MAILBOXES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Site { id mailboxes { id name kind unitId site { id } } } } }`;
async function mailboxesOf(...siteIds: string[]) {
  const result = await graphql(SITE_MAILBOXES, { reps: siteIds.map((id) => ({ __typename: "Site", id })) });
  expect(result.errors).toBeUndefined();
  return result.data?._entities as {
    id: string;
    mailboxes: { id: string; name: string; kind: string; site: { id: string } | null }[];
  }[];
}
const CREATE = `mutation($input: CreateMailboxInput!) { createMailbox(input: $input) { id name kind isPublic unitId site { id } } }`;

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
  unitCreated(unitA, "市总工会");
  unitCreated(unitB, "团市委");
  siteCreated(siteA1, unitA, "a1");
  siteCreated(siteA2, unitA, "a2");
  siteCreated(siteB, unitB, "b");
  await interaction.consumer?.catchUp();
  adminA = await keys.sign(staffClaims([grant("unit_admin", { unitId: unitA })]));
});

afterAll(async () => {
  await interaction?.stop();
  await dropDatabase?.();
});

describe("interaction subgraph: mailboxes", () => {
  it("gives a new unit its default mailbox, shown on every site of the unit the way the gateway asks", async () => {
    const [a1, a2, b] = await mailboxesOf(siteA1, siteA2, siteB);
    expect(a1?.mailboxes.map((mailbox) => mailbox.name)).toEqual(["市总工会信箱"]);
    expect(a1?.mailboxes[0]).toMatchObject({ kind: "GENERAL", site: null });
    expect(a2?.mailboxes.map((mailbox) => mailbox.name)).toEqual(["市总工会信箱"]);
    expect(b?.mailboxes.map((mailbox) => mailbox.name)).toEqual(["团市委信箱"]);
  });

  it("creates the default mailbox once, even for a redelivered or repeated unit.created", async () => {
    const first = identityEvents[0];
    if (!first) throw new Error("no event");
    await interaction.eventStore?.apply(first, true);
    // The same fact announced again under a new event id must not add a second default mailbox either.
    unitCreated(unitA, "市总工会");
    await interaction.consumer?.catchUp();
    const [a1] = await mailboxesOf(siteA1);
    expect(a1?.mailboxes).toHaveLength(1);
    const emitted = await interaction.pool.query(
      "select count(*)::int as n from interaction.outbox where type = 'mailbox.created' and unit_id = $1",
      [unitA],
    );
    expect(emitted.rows[0]?.n).toBe(1);
  });

  it("loads Site.mailboxes for many sites with one SQL statement", async () => {
    interaction.counter.reset();
    await mailboxesOf(siteA1, siteA2, siteB);
    // The consumer shares the connection pool; count only this query's reads.
    expect(
      interaction.counter.statements.filter((statement) => /mailbox|site_ref/.test(statement)),
    ).toHaveLength(1);
  });

  it("lets a unit admin manage the unit's mailboxes, site-bound ones only on their site, with events", async () => {
    const created = await graphql(
      CREATE,
      { input: { unitId: unitA, siteId: siteA2, name: "主席信箱", kind: "LEADER", sortOrder: 1 } },
      adminA,
    );
    expect(created.errors).toBeUndefined();
    const mailbox = created.data?.createMailbox as { id: string; site: { id: string } };
    expect(mailbox).toMatchObject({ name: "主席信箱", kind: "LEADER", unitId: unitA, site: { id: siteA2 } });
    const [a1, a2] = await mailboxesOf(siteA1, siteA2);
    expect(a1?.mailboxes.map((m) => m.name)).toEqual(["市总工会信箱"]);
    expect(a2?.mailboxes.map((m) => m.name)).toEqual(["市总工会信箱", "主席信箱"]);

    const updated = await graphql(
      `mutation($id: ID!, $input: UpdateMailboxInput!) { updateMailbox(id: $id, input: $input) { name isPublic } }`,
      { id: mailbox.id, input: { name: "主席信箱（新）", isPublic: false } },
      adminA,
    );
    expect(updated.data?.updateMailbox).toEqual({ name: "主席信箱（新）", isPublic: false });
    // Not public any more: gone from the site, invisible to the public, visible to its manager.
    expect((await mailboxesOf(siteA2))[0]?.mailboxes.map((m) => m.name)).toEqual(["市总工会信箱"]);
    const query = `query($id: ID!) { mailbox(id: $id) { id name } }`;
    expect((await graphql(query, { id: mailbox.id })).data?.mailbox).toBeNull();
    expect((await graphql(query, { id: mailbox.id }, adminA)).data?.mailbox).toMatchObject({
      id: mailbox.id,
    });

    const deleted = await graphql(
      `mutation($id: ID!) { deleteMailbox(id: $id) }`,
      { id: mailbox.id },
      adminA,
    );
    expect(deleted.data?.deleteMailbox).toBe(true);
    const events = await interaction.pool.query<{
      type: string;
      actor: { kind: string; roles: string[] };
      site_id: string;
      payload: { mailbox: { isPublic: boolean }; previous?: { isPublic: boolean } };
    }>("select type, actor, site_id, payload from interaction.outbox where aggregate_id = $1 order by seq", [
      mailbox.id,
    ]);
    expect(events.rows.map((row) => row.type)).toEqual([
      "mailbox.created",
      "mailbox.updated",
      "mailbox.deleted",
    ]);
    expect(events.rows[0]?.actor.kind).toBe("staff");
    // Consumers (evaluation's public mailbox count) see the visibility before and after.
    expect(events.rows[1]?.payload).toMatchObject({
      mailbox: { isPublic: false },
      previous: { isPublic: true },
    });
    expect(events.rows[0]?.site_id).toBe(siteA2);
  });

  it("refuses other units' scope, anonymous callers and citizens", async () => {
    const other = await graphql(CREATE, { input: { unitId: unitB, name: "投诉信箱" } }, adminA);
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const otherSite = await graphql(
      CREATE,
      { input: { unitId: unitB, siteId: siteB, name: "投诉信箱" } },
      adminA,
    );
    expect(otherSite.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await graphql(CREATE, { input: { unitId: unitA, name: "投诉信箱" } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const keys = await testKeys();
    const citizen = await graphql(
      CREATE,
      { input: { unitId: unitA, name: "投诉信箱" } },
      await keys.sign(citizenClaims()),
    );
    expect(citizen.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const editor = await keys.sign(staffClaims([grant("editor", { unitId: unitA })]));
    expect(
      (await graphql(CREATE, { input: { unitId: unitA, name: "投诉信箱" } }, editor)).errors?.[0]?.extensions
        ?.code,
    ).toBe("FORBIDDEN");
    const [b] = await mailboxesOf(siteB);
    expect(b?.mailboxes.map((m) => m.name)).toEqual(["团市委信箱"]);
  });

  it("refuses bad input, unknown ids and duplicates with typed errors", async () => {
    const code = async (input: Record<string, unknown>) =>
      (await graphql(CREATE, { input }, adminA)).errors?.[0]?.extensions?.code;
    expect(await code({ unitId: unitA, name: "   " })).toBe("BAD_USER_INPUT");
    expect(await code({ unitId: "not-a-uuid", name: "x" })).toBe("BAD_USER_INPUT");
    expect(await code({ unitId: unitA, siteId: siteB, name: "跨单位信箱" })).toBe("BAD_USER_INPUT");
    expect(await code({ unitId: randomUUID(), name: "x" })).toBe("NOT_FOUND");
    expect(await code({ unitId: unitA, siteId: randomUUID(), name: "x" })).toBe("NOT_FOUND");
    expect(await code({ unitId: unitA, name: "市总工会信箱" })).toBe("CONFLICT");
    const update = await graphql(
      `mutation($id: ID!) { updateMailbox(id: $id, input: { name: "x" }) { id } }`,
      { id: randomUUID() },
      adminA,
    );
    expect(update.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const unknownRef = await graphql(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Mailbox { id } } }`,
      {
        reps: [{ __typename: "Mailbox", id: randomUUID() }],
      },
    );
    expect(unknownRef.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
  const UNIT_MAILBOXES = `query($unitId: ID!) { unitMailboxes(unitId: $unitId) { id name isPublic sortOrder site { id } } }`;

  it("lists every mailbox of the unit for its managers, non-public and site-bound ones included", async () => {
    const hidden = await graphql(
      CREATE,
      { input: { unitId: unitA, name: "内部信箱", isPublic: false, sortOrder: 5 } },
      adminA,
    );
    expect(hidden.errors).toBeUndefined();
    const bound = await graphql(
      CREATE,
      { input: { unitId: unitA, siteId: siteA1, name: "建议信箱", kind: "CONSULT", sortOrder: 2 } },
      adminA,
    );
    expect(bound.errors).toBeUndefined();
    const listed = await graphql(UNIT_MAILBOXES, { unitId: unitA }, adminA);
    expect(listed.errors).toBeUndefined();
    // By sort order: the default mailbox (0), the site-bound one (2), the non-public one (5); no other unit's.
    expect(listed.data?.unitMailboxes).toEqual([
      expect.objectContaining({ name: "市总工会信箱", isPublic: true, site: null }),
      expect.objectContaining({ name: "建议信箱", isPublic: true, site: { id: siteA1 } }),
      expect.objectContaining({ name: "内部信箱", isPublic: false, site: null }),
    ]);
    // The public list of the site still leaves out the non-public one.
    expect((await mailboxesOf(siteA1))[0]?.mailboxes.map((m) => m.name)).toEqual([
      "市总工会信箱",
      "建议信箱",
    ]);
  });

  it("refuses the unit's mailbox list to other units' admins, editors, citizens and anonymous callers", async () => {
    const keys = await testKeys();
    const adminB = await keys.sign(staffClaims([grant("unit_admin", { unitId: unitB })]));
    const codeFor = async (token?: string, unitId = unitA) =>
      (await graphql(UNIT_MAILBOXES, { unitId }, token)).errors?.[0]?.extensions?.code;
    expect(await codeFor(adminB)).toBe("FORBIDDEN");
    expect(await codeFor(await keys.sign(staffClaims([grant("editor", { unitId: unitA })])))).toBe(
      "FORBIDDEN",
    );
    expect(await codeFor(await keys.sign(citizenClaims()))).toBe("FORBIDDEN");
    expect(await codeFor()).toBe("UNAUTHENTICATED");
    // Its own unit is listed for admin B, without unit A's mailboxes.
    const own = await graphql(UNIT_MAILBOXES, { unitId: unitB }, adminB);
    expect(own.data?.unitMailboxes).toEqual([expect.objectContaining({ name: "团市委信箱" })]);
  });

  it("refuses to delete a mailbox that has letters, and the one-window mailbox", async () => {
    const created = await graphql(CREATE, { input: { unitId: unitA, name: "投诉信箱" } }, adminA);
    const mailboxId = (created.data?.createMailbox as { id: string } | undefined)?.id;
    expect(mailboxId).toBeDefined();
    await interaction.pool.query(
      `insert into interaction.letter (mailbox_id, mailbox_unit_id, owner_unit_id, title, content, query_code_hash)
       values ($1, $2, $2, '来信', '内容', 'hash')`,
      [mailboxId, unitA],
    );
    const DELETE = `mutation($id: ID!) { deleteMailbox(id: $id) }`;
    const refused = await graphql(DELETE, { id: mailboxId }, adminA);
    expect(refused.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: "HAS_LETTERS" });
    const names = (await graphql(UNIT_MAILBOXES, { unitId: unitA }, adminA)).data?.unitMailboxes as {
      name: string;
    }[];
    expect(names.map((m) => m.name)).toContain("投诉信箱");

    const [oneWindow] = (
      await interaction.pool.query<{ id: string }>(
        `insert into interaction.mailbox (unit_id, name, is_one_window) values ($1, '统一窗口', true) returning id`,
        [unitB],
      )
    ).rows;
    const keys = await testKeys();
    const adminB = await keys.sign(staffClaims([grant("unit_admin", { unitId: unitB })]));
    const oneWindowRefused = await graphql(DELETE, { id: oneWindow?.id }, adminB);
    expect(oneWindowRefused.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      reason: "ONE_WINDOW",
    });
  });
});
