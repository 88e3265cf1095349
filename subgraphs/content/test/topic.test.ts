// Integration: topics (专题) gather the published articles of several channels — never drafts or pending edits.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channels, outbox } from "../src/db/schema";
import {
  type ArticleView,
  article,
  type Cast,
  ContentKit,
  cast,
  content,
  MUTATIONS,
} from "./testkit/content";

const kit = new ContentKit();
const unitA = randomUUID();
const unitB = randomUUID();
let siteA: { id: string; unitId: string; channelId: string };
let siteA2: { id: string; unitId: string; channelId: string };
let siteB: { id: string; unitId: string; channelId: string };
let noticeChannelA: string;
let a: Cast;
let b: Cast;
let mediaDir = "";

const TOPIC_FIELDS = `id name slug enabled sourceChannels { id } pinnedArticleIds site { id }`;
const CREATE = `mutation($input: CreateTopicInput!) { createTopic(input: $input) { ${TOPIC_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateTopicInput!) { updateTopic(id: $id, input: $input) { ${TOPIC_FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteTopic(id: $id) }`;
const ARTICLES = `query($id: ID!, $offset: Int, $limit: Int) { topic(id: $id) { id publishedArticles(offset: $offset, limit: $limit) { total items { id title body } } } }`;
const BY_SLUG = `query($siteId: ID!, $slug: String!) { topicBySlug(siteId: $siteId, slug: $slug) { id name } }`;
const SITE_TOPICS = `query($reps: [_Any!]!, $all: Boolean) { _entities(representations: $reps) { ... on Site { id topics(includeDisabled: $all) { id slug enabled } } } }`;

interface TopicView {
  id: string;
  name: string;
  slug: string;
  enabled: boolean;
  sourceChannels: { id: string }[];
  pinnedArticleIds: string[];
}
type Page = { total: number; items: { id: string; title: string; body: string }[] };

async function listed(topicId: string, offset = 0, limit = 100): Promise<Page> {
  const data = await kit.ok<{ topic: { publishedArticles: Page } | null }>(ARTICLES, {
    id: topicId,
    offset,
    limit,
  });
  if (!data.topic) throw new Error("topic not visible");
  return data.topic.publishedArticles;
}

function code(result: { errors?: { extensions?: { code?: string } }[] }) {
  return result.errors?.[0]?.extensions?.code;
}

beforeAll(async () => {
  mediaDir = await mkdtemp(path.join(tmpdir(), "jiyue-topic-media-"));
  process.env.JIYUE_MEDIA_DIR = mediaDir;
  await kit.setup();
  siteA = await kit.site(unitA);
  siteA2 = await kit.site(unitA);
  siteB = await kit.site(unitB);
  const [notice] = await kit.content.db
    .select()
    .from(channels)
    .where(and(eq(channels.siteId, siteA.id), eq(channels.path, "tzgg")));
  if (!notice) throw new Error("standard channel tzgg missing");
  noticeChannelA = notice.id;
  a = await cast(kit, unitA);
  b = await cast(kit, unitB);
});
afterAll(async () => {
  await kit.teardown();
  await rm(mediaDir, { recursive: true, force: true });
});

async function uploadImage(siteId: string, who: { token: string }): Promise<string> {
  const png = await sharp({ create: { width: 64, height: 32, channels: 3, background: "#c00" } })
    .png()
    .toBuffer();
  const form = new FormData();
  form.set("siteId", siteId);
  form.set("file", new Blob([new Uint8Array(png)]), "banner.png");
  const response = await fetch(`${kit.content.url}/media`, {
    method: "POST",
    headers: { authorization: `Bearer ${who.token}` },
    body: form,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe("topics", () => {
  let topic: TopicView;
  const published: ArticleView[] = [];

  it("lists the published articles of its source channels (also of another site of the unit), newest first — never drafts, pending reviews or pending edits", async () => {
    topic = (
      await kit.ok<{ createTopic: TopicView }>(
        CREATE,
        {
          input: {
            siteId: siteA.id,
            name: "学习贯彻专题",
            slug: "xxgc",
            description: "专题简介",
            sourceChannelIds: [siteA.channelId, siteA2.channelId],
          },
        },
        a.admin,
      )
    ).createTopic;
    expect(topic.sourceChannels.map((channel) => channel.id)).toEqual([siteA.channelId, siteA2.channelId]);

    published.push(await article(kit, a, siteA, "专题稿件一"));
    published.push(await article(kit, a, siteA2, "专题稿件二（兄弟站点）"));
    const draft = await article(kit, a, siteA, "专题草稿", "draft");
    const pending = await article(kit, a, siteA, "专题待审", "in_review");
    const approved = await article(kit, a, siteA, "专题已审未发", "approved");
    const otherChannel = await article(kit, a, { id: siteA.id, channelId: noticeChannelA }, "其他栏目稿件");
    // Published, then edited: the topic keeps showing the published text until the edit is published.
    const edited = await article(kit, a, siteA, "专题已发布原文", "published", "<p>原正文</p>");
    published.push(edited);
    await kit.ok(
      MUTATIONS.save,
      {
        id: edited.id,
        input: {
          baseRevisionId: edited.currentRevision.id,
          content: content(siteA.channelId, "专题未审修改", "<p>未审正文</p>"),
        },
      },
      a.editor,
    );

    const page = await listed(topic.id);
    expect(page.items.map((item) => item.id)).toEqual([edited.id, published[1]?.id, published[0]?.id]);
    expect(page.total).toBe(3);
    const text = JSON.stringify(page);
    for (const hidden of ["专题草稿", "专题待审", "专题已审未发", "其他栏目稿件", "专题未审修改", "未审正文"])
      expect(text).not.toContain(hidden);
    for (const hidden of [draft, pending, approved, otherChannel]) expect(text).not.toContain(hidden.id);
    expect(page.items[0]?.title).toBe("专题已发布原文");
  });

  it("pages with offset and limit, and puts pinned articles first only while they are published", async () => {
    const first = await listed(topic.id, 0, 2);
    const second = await listed(topic.id, 2, 2);
    expect(first.total).toBe(3);
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(1);
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(3);

    const oldest = published[0] as ArticleView;
    const pinnedDraft = await article(
      kit,
      a,
      { id: siteA.id, channelId: noticeChannelA },
      "置顶草稿",
      "draft",
    );
    const pinnedElsewhere = await article(kit, a, { id: siteA.id, channelId: noticeChannelA }, "置顶通知");
    await kit.ok(
      UPDATE,
      { id: topic.id, input: { pinnedArticleIds: [pinnedElsewhere.id, oldest.id, pinnedDraft.id] } },
      a.admin,
    );
    const page = await listed(topic.id);
    expect(page.items.slice(0, 2).map((item) => item.id)).toEqual([pinnedElsewhere.id, oldest.id]);
    expect(page.total).toBe(4);
    expect(JSON.stringify(page)).not.toContain("置顶草稿");

    // A takedown removes it from the topic at once.
    await kit.ok(MUTATIONS.unpublish, { id: pinnedElsewhere.id, reason: "测试撤稿" }, a.r3);
    expect((await listed(topic.id)).items.map((item) => item.id)).not.toContain(pinnedElsewhere.id);
  });

  it("accepts only list or page channels and articles of the topic's own unit", async () => {
    const foreignChannel = await kit.gql(
      CREATE,
      { input: { siteId: siteA.id, name: "越权", slug: "yq", sourceChannelIds: [siteB.channelId] } },
      a.admin,
    );
    expect(code(foreignChannel)).toBe("BAD_USER_INPUT");
    const missingChannel = await kit.gql(
      CREATE,
      { input: { siteId: siteA.id, name: "不存在", slug: "bcz", sourceChannelIds: [randomUUID()] } },
      a.admin,
    );
    expect(code(missingChannel)).toBe("BAD_USER_INPUT");
    const none = await kit.gql(
      CREATE,
      { input: { siteId: siteA.id, name: "空", slug: "empty", sourceChannelIds: [] } },
      a.admin,
    );
    expect(code(none)).toBe("BAD_USER_INPUT");
    const foreignArticle = await article(kit, b, siteB, "外单位稿件");
    const pinnedForeign = await kit.gql(
      UPDATE,
      { id: topic.id, input: { pinnedArticleIds: [foreignArticle.id] } },
      a.admin,
    );
    expect(code(pinnedForeign)).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(await listed(topic.id))).not.toContain("外单位稿件");
    const duplicate = await kit.gql(
      CREATE,
      { input: { siteId: siteA.id, name: "重复", slug: "xxgc", sourceChannelIds: [siteA.channelId] } },
      a.admin,
    );
    expect(code(duplicate)).toBe("CONFLICT");
  });

  it("lets only channel managers of the site change topics", async () => {
    const input = { siteId: siteA.id, name: "无权", slug: "wq", sourceChannelIds: [siteA.channelId] };
    expect(code(await kit.gql(CREATE, { input }, a.editor))).toBe("FORBIDDEN");
    expect(code(await kit.gql(CREATE, { input }, b.admin))).toBe("FORBIDDEN");
    expect(code(await kit.gql(CREATE, { input }))).toBe("UNAUTHENTICATED");
    expect(code(await kit.gql(UPDATE, { id: topic.id, input: { name: "改名" } }, b.admin))).toBe("FORBIDDEN");
    expect(code(await kit.gql(DELETE, { id: topic.id }, a.editor))).toBe("FORBIDDEN");
    const still = await kit.ok<{ topicBySlug: { name: string } | null }>(BY_SLUG, {
      siteId: siteA.id,
      slug: "xxgc",
    });
    expect(still.topicBySlug?.name).toBe("学习贯彻专题");
  });

  it("hides a disabled topic from the public but not from its managers, resolving Site.topics as the gateway asks", async () => {
    await kit.ok(UPDATE, { id: topic.id, input: { enabled: false } }, a.admin);
    const reps = [{ __typename: "Site", id: siteA.id }];
    const publicView = await kit.ok<{ _entities: { topics: { id: string }[] }[] }>(SITE_TOPICS, { reps });
    expect(publicView._entities[0]?.topics).toEqual([]);
    expect((await kit.ok<{ topic: unknown }>(ARTICLES, { id: topic.id })).topic).toBeNull();
    expect(
      (await kit.ok<{ topicBySlug: unknown }>(BY_SLUG, { siteId: siteA.id, slug: "xxgc" })).topicBySlug,
    ).toBeNull();
    expect(code(await kit.gql(SITE_TOPICS, { reps, all: true }))).toBe("UNAUTHENTICATED");
    expect(code(await kit.gql(SITE_TOPICS, { reps, all: true }, b.admin))).toBe("FORBIDDEN");
    const managerView = await kit.ok<{ _entities: { topics: { id: string; enabled: boolean }[] }[] }>(
      SITE_TOPICS,
      { reps, all: true },
      a.admin,
    );
    expect(managerView._entities[0]?.topics).toEqual([{ id: topic.id, slug: "xxgc", enabled: false }]);
    await kit.ok(UPDATE, { id: topic.id, input: { enabled: true } }, a.admin);
    const again = await kit.ok<{ _entities: { topics: { id: string }[] }[] }>(SITE_TOPICS, { reps });
    expect(again._entities[0]?.topics.map((row) => row.id)).toEqual([topic.id]);
  });

  it("emits topic.created / updated / deleted with the site, and a deleted topic is gone", async () => {
    expect(await kit.ok(DELETE, { id: topic.id }, a.admin)).toEqual({ deleteTopic: true });
    expect((await kit.ok<{ topic: unknown }>(ARTICLES, { id: topic.id })).topic).toBeNull();
    const events = (await kit.content.db.select().from(outbox).orderBy(outbox.seq)).filter(
      (event) => event.aggregateId === topic.id,
    );
    expect(events.map((event) => event.type)).toEqual([
      "topic.created",
      "topic.updated",
      "topic.updated",
      "topic.updated",
      "topic.deleted",
    ]);
    expect(events.every((event) => event.siteId === siteA.id && event.aggregateType === "topic")).toBe(true);
    expect(events[0]?.actor).toMatchObject({ id: a.admin.id });
  });

  it("serves an enabled topic's banner to the public, and only while the topic is enabled", async () => {
    const banner = await uploadImage(siteA.id, a.editor);
    const anonymous = () => fetch(`${kit.content.url}/media/${banner}`);
    expect((await anonymous()).status).not.toBe(200);
    const created = (
      await kit.ok<{ createTopic: { id: string; bannerImageUrl: string } }>(
        `mutation($input: CreateTopicInput!) { createTopic(input: $input) { id bannerImageUrl } }`,
        {
          input: {
            siteId: siteA.id,
            name: "横幅专题",
            slug: "banner",
            bannerImageId: banner,
            sourceChannelIds: [siteA.channelId],
          },
        },
        a.admin,
      )
    ).createTopic;
    expect(created.bannerImageUrl).toBe(`/media/${banner}`);
    expect((await anonymous()).status).toBe(200);
    await kit.ok(UPDATE, { id: created.id, input: { enabled: false } }, a.admin);
    expect((await anonymous()).status).not.toBe(200);

    const foreign = await uploadImage(siteB.id, b.editor);
    const refused = await kit.gql(UPDATE, { id: created.id, input: { bannerImageId: foreign } }, a.admin);
    expect(code(refused)).toBe("BAD_USER_INPUT");
  });
});
