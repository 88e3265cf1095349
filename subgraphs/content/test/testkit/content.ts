// Test kit for the content subgraph: a database, identity's directory events, staff tokens, GraphQL calls and
// an article driven through the workflow.
import { randomUUID } from "node:crypto";
import type { DomainEvent, EventSource, Grant, StartedSubgraph } from "@jiyue/server-kit";
import { startSubgraph } from "@jiyue/server-kit";
import { citizenClaims, createTestDatabase, grant, staffClaims, testKeys } from "@jiyue/server-kit/testing";
import { and, eq } from "drizzle-orm";
import { contentSubgraph } from "../../src/app";
import type { ContentSchema } from "../../src/context";
import { channels } from "../../src/db/schema";

export type GqlResult = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; currentRevisionId?: string } }[];
};

export class ContentKit {
  readonly identityEvents: DomainEvent[] = [];
  instances: StartedSubgraph<ContentSchema>[] = [];
  databaseUrl = "";
  private dropDatabase: () => Promise<void> = async () => {};

  get content(): StartedSubgraph<ContentSchema> {
    const first = this.instances[0];
    if (!first) throw new Error("content is not running");
    return first;
  }

  async setup(): Promise<void> {
    const database = await createTestDatabase();
    this.databaseUrl = database.url;
    this.dropDatabase = database.drop;
    this.instances.push(await this.start());
  }

  async start(): Promise<StartedSubgraph<ContentSchema>> {
    const keys = await testKeys();
    const source: EventSource = async (after, limit) =>
      this.identityEvents.filter((event) => event.seq > after).slice(0, limit);
    return startSubgraph(contentSubgraph, {
      databaseUrl: this.databaseUrl,
      port: 0,
      serviceSecret: "test-secret",
      verifyToken: keys.verifier,
      // No supervision here: the text-check gate runs on the engine's built-in defaults.
      eventSources: { identity: source, supervision: async () => [] },
    });
  }

  async teardown(): Promise<void> {
    for (const instance of this.instances) await instance.stop();
    this.instances = [];
    await this.dropDatabase();
  }

  /** A site (identity's site.created), online unless said otherwise, with the standard channels. */
  async site(unitId: string, status: "online" | "offline" | "building" = "online") {
    const id = randomUUID();
    const code = `s${this.identityEvents.length + 1}`;
    this.identityEvents.push({
      id: randomUUID(),
      seq: this.identityEvents.length + 1,
      producer: "identity",
      type: "site.created",
      aggregateType: "site",
      aggregateId: id,
      siteId: id,
      unitId,
      payload: {
        site: { id, unitId, code, parentSiteId: null, name: `站点${code}`, domains: [], status },
        template: "standard",
      },
      actor: { kind: "system", id: null },
      occurredAt: new Date().toISOString(),
    });
    await this.content.consumer?.catchUp();
    const [channel] = await this.content.db
      .select()
      .from(channels)
      .where(and(eq(channels.siteId, id), eq(channels.path, "gzdt")));
    if (!channel) throw new Error("standard channels missing");
    return { id, unitId, channelId: channel.id };
  }

  async staff(grants: Grant[], name = "测试用户"): Promise<Person> {
    const keys = await testKeys();
    const sub = randomUUID();
    const claims = { ...staffClaims(grants, { sub }), name };
    return { id: sub, token: await keys.sign(claims) };
  }

  async citizen(): Promise<Person> {
    const keys = await testKeys();
    const claims = citizenClaims();
    return { id: claims.sub, token: await keys.sign(claims) };
  }

  async gql(
    query: string,
    variables: Record<string, unknown> = {},
    who?: Person,
    instance = this.content,
  ): Promise<GqlResult> {
    const response = await fetch(`${instance.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(who ? { authorization: `Bearer ${who.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GqlResult;
  }

  /** Like gql, but fails the test on any error. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    who?: Person,
  ): Promise<T> {
    const result = await this.gql(query, variables, who);
    if (result.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }
}

export interface Person {
  id: string;
  token: string;
}

export const ARTICLE_FIELDS = `id status reviewStage publishedAt scheduledPublishAt withdrawReason deletedAt
  currentRevision { id number title body } publishedRevision { id title } revisionCount
  timeline { action stage stageName comment actor { id } revision { id } }`;

export const MUTATIONS = {
  create: `mutation($input: CreateArticleInput!) { createArticle(input: $input) { ${ARTICLE_FIELDS} } }`,
  save: `mutation($id: ID!, $input: SaveArticleInput!) { saveArticle(id: $id, input: $input) { ${ARTICLE_FIELDS} } }`,
  submit: `mutation($id: ID!) { submitArticle(id: $id) { ${ARTICLE_FIELDS} } }`,
  approve: `mutation($id: ID!, $comment: String) { approveArticle(id: $id, comment: $comment) { ${ARTICLE_FIELDS} } }`,
  reject: `mutation($id: ID!, $comment: String!) { rejectArticle(id: $id, comment: $comment) { ${ARTICLE_FIELDS} } }`,
  withdraw: `mutation($id: ID!) { withdrawArticle(id: $id) { ${ARTICLE_FIELDS} } }`,
  publish: `mutation($id: ID!, $at: DateTime) { publishArticle(id: $id, at: $at) { ${ARTICLE_FIELDS} } }`,
  unpublish: `mutation($id: ID!, $reason: String!, $at: DateTime) { unpublishArticle(id: $id, reason: $reason, at: $at) { ${ARTICLE_FIELDS} } }`,
  delete: `mutation($id: ID!) { deleteArticle(id: $id) { ${ARTICLE_FIELDS} } }`,
  restore: `mutation($id: ID!) { restoreArticle(id: $id) { ${ARTICLE_FIELDS} } }`,
};

export interface ArticleView {
  id: string;
  status: string;
  reviewStage: number | null;
  publishedAt: string | null;
  scheduledPublishAt: string | null;
  withdrawReason: string | null;
  deletedAt: string | null;
  currentRevision: { id: string; number: number; title: string; body: string };
  publishedRevision: { id: string; title: string } | null;
  revisionCount: number;
  timeline: {
    action: string;
    stage: number | null;
    stageName: string | null;
    comment: string | null;
    actor: { id: string };
  }[];
}

export function content(channelId: string, title: string, body = "<p>正文</p>") {
  return { title, body, channelId, source: "本网", keywords: ["测试"] };
}

/** The standard cast of one unit: an editor, the three reviewers and the unit admin. */
export async function cast(kit: ContentKit, unitId: string) {
  return {
    editor: await kit.staff([grant("editor", { unitId })], "编辑甲"),
    r1: await kit.staff([grant("reviewer_1", { unitId })], "初审人"),
    r2: await kit.staff([grant("reviewer_2", { unitId })], "复审人"),
    r3: await kit.staff([grant("reviewer_3", { unitId })], "终审人"),
    admin: await kit.staff([grant("unit_admin", { unitId })], "单位管理员"),
  };
}
export type Cast = Awaited<ReturnType<typeof cast>>;

/** Creates an article and drives it as far as `until`. */
export async function article(
  kit: ContentKit,
  people: Cast,
  site: { id: string; channelId: string },
  title: string,
  until: "draft" | "in_review" | "approved" | "published" = "published",
  body?: string,
): Promise<ArticleView> {
  let view = (
    await kit.ok<{ createArticle: ArticleView }>(
      MUTATIONS.create,
      { input: { siteId: site.id, content: content(site.channelId, title, body) } },
      people.editor,
    )
  ).createArticle;
  if (until === "draft") return view;
  view = (await kit.ok<{ submitArticle: ArticleView }>(MUTATIONS.submit, { id: view.id }, people.editor))
    .submitArticle;
  if (until === "in_review") return view;
  for (const reviewer of [people.r1, people.r2, people.r3])
    view = (await kit.ok<{ approveArticle: ArticleView }>(MUTATIONS.approve, { id: view.id }, reviewer))
      .approveArticle;
  if (until === "approved") return view;
  return (await kit.ok<{ publishArticle: ArticleView }>(MUTATIONS.publish, { id: view.id }, people.r3))
    .publishArticle;
}

export { citizenClaims, grant };
