// Acceptance: drafts and unpublished or pending revisions are never reachable — through the portal (pages by URL
// and by guessed id, channel lists, home, topic pages), its feeds and sitemap, portal search, the graph as an
// anonymous visitor (publishedArticle by id, lists, relations of published items, search, staff queries by id),
// media URLs, and a third-party API client through the gateway (including its change feed). Plain HTTP against
// the running platform, so every real path is exercised. Every secret text carries a unique marker, and every
// response is searched for all of them.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { gql, gqlOk, staffToken, uniqueSuffix, urls } from "./support";

const M = uniqueSuffix();
/** Texts that must never be public, by the state of the article that holds them. */
const SECRET = {
  draft: `LEAKDRAFT${M}`,
  pending: `LEAKPENDING${M}`,
  approved: `LEAKAPPROVED${M}`,
  pendingEdit: `LEAKNEWREV${M}`,
  withdrawn: `LEAKWITHDRAWN${M}`,
  mediaName: `LEAKMEDIA${M}`,
};
const LIVE = `LEAKLIVEOLD${M}`;
/** A word in every article's body (not secret itself): what a visitor would search for. */
const SEEK = `LEAKSEEK${M}`;
const PORTAL_BOUND = 30_000;
/** A 1×1 PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

const SITE = `query Site($code: String!) { siteByCode(code: $code) { id channels { id path } } }`;
const CREATE = `mutation A($input: CreateArticleInput!) { createArticle(input: $input) { id currentRevision { id } } }`;
const SAVE = `mutation S($id: ID!, $input: SaveArticleInput!) { saveArticle(id: $id, input: $input) { id currentRevision { id } } }`;
const SUBMIT = `mutation($id: ID!) { submitArticle(id: $id) { id } }`;
const APPROVE = `mutation($id: ID!) { approveArticle(id: $id) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishArticle(id: $id) { id status } }`;
const UNPUBLISH = `mutation($id: ID!, $reason: String!) { unpublishArticle(id: $id, reason: $reason) { id status } }`;
const PUBLISHED_FIELDS = `id title subtitle summary body keywords coverImageUrl attachments { name url } channel { id }`;

let tokens: Record<string, string>;
let siteId = "";
let channelId = "";
const ids: Record<keyof typeof SECRET | "live", string> = {
  draft: "",
  pending: "",
  approved: "",
  pendingEdit: "",
  withdrawn: "",
  mediaName: "",
  live: "",
};
let draftImageId = "";
let topicSlug = "";
let topicId = "";
let clientToken = "";

function contentOf(secret: string, extra: Record<string, unknown> = {}) {
  return {
    title: `泄漏检查 ${secret}`,
    subtitle: `副标题 ${secret}`,
    summary: `摘要 ${secret}`,
    body: `<p>正文 ${secret} ${SEEK}</p>`,
    keywords: [secret],
    channelId,
    ...extra,
  };
}

async function create(
  secret: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; rev: string }> {
  const { createArticle } = await gqlOk<{ createArticle: { id: string; currentRevision: { id: string } } }>(
    CREATE,
    { input: { siteId, content: contentOf(secret, extra) } },
    tokens.editor,
  );
  return { id: createArticle.id, rev: createArticle.currentRevision.id };
}

async function review(id: string, stages: number): Promise<void> {
  await gqlOk(SUBMIT, { id }, tokens.editor);
  for (const reviewer of ["r1", "r2", "r3"].slice(0, stages)) await gqlOk(APPROVE, { id }, tokens[reviewer]);
}

/** Every secret text and every hidden article's id absent from `text`. */
function expectNoLeak(text: string, where: string): void {
  for (const [state, secret] of Object.entries(SECRET))
    expect(text, `${where} leaks the ${state} text`).not.toContain(secret);
  for (const state of ["draft", "pending", "approved", "withdrawn"] as const)
    expect(text, `${where} leaks the ${state} article's id`).not.toContain(ids[state]);
  expect(text, `${where} leaks the draft-only medium`).not.toContain(draftImageId);
}

async function fetchText(url: string, init?: RequestInit): Promise<{ status: number; text: string }> {
  const response = await fetch(url, init);
  return { status: response.status, text: await response.text() };
}

beforeAll(async () => {
  tokens = {
    editor: await staffToken("xcb_editor"),
    admin: await staffToken("xcb_admin"),
    r1: await staffToken("xcb_reviewer1"),
    r2: await staffToken("xcb_reviewer2"),
    r3: await staffToken("xcb_reviewer3"),
  };
  const site = (
    await gqlOk<{ siteByCode: { id: string; channels: { id: string; path: string }[] } }>(
      SITE,
      { code: "xcb" },
      tokens.editor,
    )
  ).siteByCode;
  siteId = site.id;
  channelId = site.channels.find((channel) => channel.path === "gzdt")?.id ?? "";
  expect(channelId).not.toBe("");

  // A medium used only by the draft (as its cover and inside its body).
  const form = new FormData();
  form.set("siteId", siteId);
  form.set("file", new Blob([new Uint8Array(PNG)], { type: "image/png" }), `${SECRET.mediaName}.png`);
  const uploaded = await fetch(`${urls().content}/media`, {
    method: "POST",
    headers: { authorization: `Bearer ${tokens.editor}` },
    body: form,
  });
  expect(uploaded.status).toBe(201);
  draftImageId = ((await uploaded.json()) as { id: string }).id;

  ids.draft = (
    await create(SECRET.draft, {
      coverImageId: draftImageId,
      body: `<p>正文 ${SECRET.draft} ${SEEK}</p><p><img src="/media/${draftImageId}" alt="${SECRET.draft}"></p>`,
    })
  ).id;
  ids.pending = (await create(SECRET.pending)).id;
  await review(ids.pending, 1);
  ids.approved = (await create(SECRET.approved)).id;
  await review(ids.approved, 3);
  ids.withdrawn = (await create(SECRET.withdrawn)).id;
  await review(ids.withdrawn, 3);
  await gqlOk(PUBLISH, { id: ids.withdrawn }, tokens.r3);
  await gqlOk(UNPUBLISH, { id: ids.withdrawn, reason: "泄漏检查撤稿" }, tokens.r3);

  // Published, then edited and sent to review again: the public keeps the published text.
  const live = await create(LIVE);
  ids.live = live.id;
  await review(live.id, 3);
  await gqlOk(PUBLISH, { id: live.id }, tokens.r3);
  await gqlOk(
    SAVE,
    { id: live.id, input: { baseRevisionId: live.rev, content: contentOf(SECRET.pendingEdit) } },
    tokens.editor,
  );
  await review(live.id, 2);
  ids.pendingEdit = live.id;

  // A topic gathering the channel, and a third-party client of the site.
  topicSlug = `leak${M}`
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, "")
    .slice(0, 40);
  topicId = (
    await gqlOk<{ createTopic: { id: string } }>(
      `mutation T($input: CreateTopicInput!) { createTopic(input: $input) { id } }`,
      {
        input: {
          siteId,
          name: "泄漏检查专题",
          slug: topicSlug,
          sourceChannelIds: [channelId],
          pinnedArticleIds: [ids.draft, ids.pending],
        },
      },
      tokens.admin,
    )
  ).createTopic.id;
  const { createApiClient } = await gqlOk<{ createApiClient: { client: { id: string }; secret: string } }>(
    `mutation C($input: CreateApiClientInput!) { createApiClient(input: $input) { client { id } secret } }`,
    { input: { name: `泄漏检查客户端${M}`, siteIds: [siteId] } },
    tokens.admin,
  );
  clientToken = (
    await gqlOk<{ apiClientToken: { accessToken: string } }>(
      `mutation K($clientId: ID!, $secret: String!) { apiClientToken(clientId: $clientId, secret: $secret) { accessToken } }`,
      { clientId: createApiClient.client.id, secret: createApiClient.secret },
    )
  ).apiClientToken.accessToken;

  // Wait until the portal shows the live article (events reach it asynchronously).
  const deadline = Date.now() + PORTAL_BOUND;
  for (;;) {
    const home = await fetchText(`${urls().portal}/s/xcb/gzdt/`);
    if (home.text.includes(LIVE)) break;
    if (Date.now() > deadline) throw new Error("the live article never reached the portal");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}, 180_000);

afterAll(() => undefined);

describe("drafts and pending revisions are never reachable", () => {
  test("portal pages: home, channel list, topic page, every article by URL and by guessed channel", async () => {
    const site = `${urls().portal}/s/xcb/`;
    for (const path of ["", "gzdt/", `zt/${topicSlug}/`]) {
      const page = await fetchText(`${site}${path}`);
      expect(page.status, path).toBe(200);
      expectNoLeak(page.text, `portal /${path}`);
      expect(page.text, path).toContain(LIVE);
    }
    for (const state of ["draft", "pending", "approved", "withdrawn"] as const) {
      for (const channelPath of ["gzdt", "tzgg"]) {
        const page = await fetchText(`${site}${channelPath}/${ids[state]}.html`);
        // A taken-down article answers 410 Gone (without its text); what was never published stays 404.
        expect(page.status, `${state} article page under ${channelPath}`).toBe(
          state === "withdrawn" ? 410 : 404,
        );
        expectNoLeak(page.text, `${state} article page`);
      }
    }
    const live = await fetchText(`${site}gzdt/${ids.live}.html`);
    expect(live.status).toBe(200);
    expect(live.text).toContain(LIVE);
    expectNoLeak(live.text, "the live article's page");
  });

  test("feeds and sitemap", async () => {
    const site = `${urls().portal}/s/xcb/`;
    for (const path of ["rss.xml", "atom.xml", "feed.json", "sitemap.xml", "gzdt/rss.xml", "gzdt/atom.xml"]) {
      const feed = await fetchText(`${site}${path}`);
      expect(feed.status, path).toBe(200);
      expectNoLeak(feed.text, path);
      if (path !== "sitemap.xml") expect(feed.text, path).toContain(LIVE);
      else expect(feed.text).toContain(`${ids.live}.html`);
    }
  });

  test("portal search and graph search as an anonymous visitor", async () => {
    for (const query of [...Object.values(SECRET), SEEK]) {
      const page = await fetchText(`${urls().portal}/s/xcb/search/?q=${encodeURIComponent(query)}`);
      expect(page.status).toBe(200);
      // The page repeats the query itself (title, search box): only what else it shows counts.
      expectNoLeak(page.text.split(query).join(""), `portal search ${query}`);
      const graph = await gql(
        `query Q($q: String!) { searchPublished(query: $q, limit: 50) { total items { article { ${PUBLISHED_FIELDS} } titleHighlight { text } snippet { text } } } }`,
        { q: query },
      );
      expect(graph.errors).toBeUndefined();
      expectNoLeak(JSON.stringify(graph), `searchPublished ${query}`);
    }
    const seek = await fetchText(`${urls().portal}/s/xcb/search/?q=${encodeURIComponent(SEEK)}`);
    expect(seek.text, "the live article is found by the shared word").toContain(LIVE);
    const found = await gqlOk<{ searchPublished: { items: { article: { id: string } }[] } }>(
      `query Q($q: String!) { searchPublished(query: $q) { items { article { id } } } }`,
      { q: LIVE },
    );
    expect(found.searchPublished.items.map((item) => item.article.id)).toContain(ids.live);
  });

  test("the graph by id, in lists and in relations of published items, as an anonymous visitor", async () => {
    for (const state of ["draft", "pending", "approved", "withdrawn"] as const) {
      const single = await gqlOk<{ publishedArticle: unknown }>(
        `query P($id: ID!) { publishedArticle(id: $id) { ${PUBLISHED_FIELDS} } }`,
        { id: ids[state] },
      );
      expect(single.publishedArticle, state).toBeNull();
      // Staff queries by id refuse an anonymous caller.
      for (const query of [
        `query($id: ID!) { article(id: $id) { id currentRevision { title body } } }`,
        `query($id: ID!) { reviewSheet(articleId: $id) { title } }`,
      ]) {
        const result = await gql(query, { id: ids[state] });
        expectNoLeak(JSON.stringify(result), `staff query ${state}`);
        expect(result.errors?.length ?? 0, `${state}: ${query}`).toBeGreaterThan(0);
      }
    }
    const live = await gqlOk<{ publishedArticle: { title: string; body: string } }>(
      `query P($id: ID!) { publishedArticle(id: $id) { ${PUBLISHED_FIELDS} } }`,
      { id: ids.live },
    );
    expect(live.publishedArticle.title).toContain(LIVE);
    expectNoLeak(JSON.stringify(live), "publishedArticle(live)");

    const lists = await gql(
      `query L($siteId: ID!, $channelId: ID!, $topicId: ID!) {
        publishedArticles(siteId: $siteId, limit: 100) { items { ${PUBLISHED_FIELDS} } }
        inChannel: publishedArticles(siteId: $siteId, channelId: $channelId, limit: 100) { items { id title body } }
        channel(id: $channelId) { publishedArticles(limit: 100) { items { id title body } } }
        site(id: $siteId) { channels { publishedArticles(limit: 100) { items { id title summary } } } }
        topic(id: $topicId) { publishedArticles(limit: 100) { items { id title body } } }
        related: publishedArticle(id: "${ids.live}") {
          channel { publishedArticles(limit: 100) { items { id title body } } }
          site { channels { publishedArticles(limit: 100) { items { id title } } } }
        }
      }`,
      { siteId, channelId, topicId },
    );
    expect(lists.errors).toBeUndefined();
    const text = JSON.stringify(lists);
    expectNoLeak(text, "public lists and relations");
    expect(text).toContain(LIVE);
  });

  test("media used only by a draft are not served to the public", async () => {
    for (const base of [urls().portal, urls().content]) {
      for (const path of [`/media/${draftImageId}`, `/media/${draftImageId}/thumb`]) {
        const response = await fetchText(`${base}${path}`);
        expect(response.status, `${base}${path}`).not.toBe(200);
      }
    }
    // Staff of the site still get it through the authenticated route.
    const staff = await fetch(`${urls().content}/media/${draftImageId}`, {
      headers: { authorization: `Bearer ${tokens.editor}` },
    });
    expect(staff.status).toBe(200);
  });

  test("a third-party API client reads only published snapshots, also in its change feed", async () => {
    const read = await gql(
      `query R($siteId: ID!, $channelId: ID!) {
        publishedArticles(siteId: $siteId, limit: 100) { items { ${PUBLISHED_FIELDS} } }
        channel(id: $channelId) { publishedArticles(limit: 100) { items { id title body } } }
        searchPublished(query: "${SEEK}", siteId: $siteId) { items { article { id title body } } }
        draft: publishedArticle(id: "${ids.draft}") { id title }
        pending: publishedArticle(id: "${ids.pending}") { id title }
        live: publishedArticle(id: "${ids.live}") { id title body }
      }`,
      { siteId, channelId },
      clientToken,
    );
    expect(read.errors).toBeUndefined();
    expectNoLeak(JSON.stringify(read), "API client reads");
    expect(JSON.stringify(read)).toContain(LIVE);
    const staffQuery = await gql(
      `query($id: ID!) { article(id: $id) { id currentRevision { title } } }`,
      { id: ids.draft },
      clientToken,
    );
    expect(staffQuery.errors?.length ?? 0).toBeGreaterThan(0);
    expectNoLeak(JSON.stringify(staffQuery), "API client staff query");

    // The change feed (published, updated, withdrawn): read it to the end.
    let after: string | null = null;
    const pages: string[] = [];
    for (let round = 0; round < 200; round += 1) {
      const result: {
        data: {
          publishedChanges: { items: { articleId: string }[]; endCursor: string | null; hasMore: boolean };
        } | null;
        errors?: unknown[];
      } = await gql(
        `query F($after: String) { publishedChanges(after: $after, limit: 100) { items { cursor kind articleId article { ${PUBLISHED_FIELDS} } } endCursor hasMore } }`,
        { after },
        clientToken,
      );
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      const page = result.data?.publishedChanges;
      if (!page) throw new Error("no change feed page");
      pages.push(JSON.stringify(page));
      if (!page.hasMore) break;
      after = page.endCursor;
    }
    const feed = pages.join("\n");
    for (const state of ["draft", "pending", "approved"] as const)
      expect(feed, `change feed lists the ${state} article`).not.toContain(ids[state]);
    for (const [state, secret] of Object.entries(SECRET))
      expect(feed, `change feed leaks ${state}`).not.toContain(secret);
    expect(feed).toContain(LIVE);
  });
});
