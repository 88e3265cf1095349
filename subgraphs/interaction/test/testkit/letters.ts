// A started interaction subgraph with a small city (a one-window office and three units), staff and citizen
// tokens, and helpers to call the graph and walk a letter through its handling.
import { randomUUID } from "node:crypto";
import type { DomainEvent, EventSource, StartedSubgraph } from "@jiyue/server-kit";
import { startSubgraph } from "@jiyue/server-kit";
import { citizenClaims, createTestDatabase, grant, staffClaims, testKeys } from "@jiyue/server-kit/testing";
import { expect } from "vitest";
import { interactionSubgraph } from "../../src/app";
import type { InteractionSchema } from "../../src/context";

export type GraphQLError = { message: string; extensions?: { code?: string; reason?: string } };
export type GraphQLResult = { data?: Record<string, unknown> | null; errors?: GraphQLError[] };
export const codeOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;

export interface LetterWorld {
  interaction: StartedSubgraph<InteractionSchema>;
  units: { office: string; unitA: string; unitB: string; unitC: string };
  tokens: Record<
    | "dispatcher"
    | "handlerA"
    | "reviewerA"
    | "handlerB"
    | "staffC"
    | "dispatcherC"
    | "supervisor"
    | "admin"
    | "citizen1"
    | "citizen2",
    string
  >;
  oneWindowId: string;
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    address?: string,
  ): Promise<GraphQLResult>;
  ok<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<T>;
  /** Submits to the one-window mailbox as citizen1 (or `token`). */
  submit(
    token?: string,
    input?: Record<string, unknown>,
  ): Promise<{ queryCode: string; letter: { id: string; status: string } }>;
  /** A token of a new citizen account with this display name. */
  citizen(name: string): Promise<string>;
  /** Runs a letter mutation `name(id: $id, …)` and expects it to succeed. */
  step(name: string, args: Record<string, unknown>, token: string): Promise<void>;
  stop(): Promise<void>;
}

const ARG_TYPES: Record<string, string> = {
  id: "ID!",
  unitId: "ID!",
  unitIds: "[ID!]!",
  reason: "String!",
  comment: "String",
  content: "String!",
  approve: "Boolean!",
};

export async function startLetterWorld(): Promise<LetterWorld> {
  const identityEvents: DomainEvent[] = [];
  const identitySource: EventSource = async (after, limit) =>
    identityEvents.filter((event) => event.seq > after).slice(0, limit);
  const unitCreated = (id: string, name: string, kind = "mass_organization") =>
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

  const database = await createTestDatabase();
  const keys = await testKeys();
  const interaction = await startSubgraph(interactionSubgraph, {
    databaseUrl: database.url,
    port: 0,
    serviceSecret: "test-secret",
    verifyToken: keys.verifier,
    eventSources: { identity: identitySource, supervision: async () => [] },
  });
  const units = { office: randomUUID(), unitA: randomUUID(), unitB: randomUUID(), unitC: randomUUID() };
  // A top-level party committee unit owns the one-window mailbox.
  unitCreated(units.office, "中共重庆市委办公厅", "party_committee");
  unitCreated(units.unitA, "重庆市总工会");
  unitCreated(units.unitB, "共青团重庆市委员会");
  unitCreated(units.unitC, "重庆市妇女联合会");
  await interaction.consumer?.catchUp();
  const staff = (role: string, unitId?: string) =>
    keys.sign(staffClaims([grant(role, unitId ? { unitId } : {})], { unitId: unitId ?? null }));
  const tokens: LetterWorld["tokens"] = {
    dispatcher: await staff("letter_dispatcher", units.office),
    handlerA: await staff("letter_handler", units.unitA),
    reviewerA: await staff("reply_reviewer", units.unitA),
    handlerB: await staff("letter_handler", units.unitB),
    staffC: await staff("letter_handler", units.unitC),
    dispatcherC: await staff("letter_dispatcher", units.unitC),
    supervisor: await staff("supervisor"),
    admin: await staff("platform_admin"),
    citizen1: await keys.sign(citizenClaims()),
    citizen2: await keys.sign(citizenClaims()),
  };

  const graphql: LetterWorld["graphql"] = async (query, variables = {}, token, address) => {
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
  };
  const ok = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const result = await graphql(query, variables, token);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data as T;
  };
  const { oneWindowMailbox } = await ok<{ oneWindowMailbox: { id: string } }>(`{ oneWindowMailbox { id } }`);

  return {
    interaction,
    units,
    tokens,
    oneWindowId: oneWindowMailbox.id,
    graphql,
    ok,
    async submit(token = tokens.citizen1, input = {}) {
      const data = await ok<{ submitLetter: { queryCode: string; letter: { id: string; status: string } } }>(
        `mutation($input: SubmitLetterInput!) { submitLetter(input: $input) { queryCode letter { id status } } }`,
        {
          input: {
            mailboxId: oneWindowMailbox.id,
            title: "小区门口道路积水",
            content: "情况反映如下，已多次反映未果，希望有关部门尽快处理。",
            category: "城市管理",
            ...input,
          },
        },
        token,
      );
      return data.submitLetter;
    },
    citizen: (name) => keys.sign({ ...citizenClaims(), name }),
    async step(name, args, token) {
      const declared = Object.keys(args)
        .map((key) => `$${key}: ${ARG_TYPES[key]}`)
        .join(", ");
      const params = Object.keys(args)
        .map((key) => `${key}: $${key}`)
        .join(", ");
      await ok(`mutation(${declared}) { ${name}(${params}) { id } }`, args, token);
    },
    async stop() {
      await interaction.stop();
      await database.drop();
    },
  };
}
