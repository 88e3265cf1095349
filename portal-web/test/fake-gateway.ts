// A stand-in for the gateway: answers the portal's queries from fixtures, counts requests, and can be made
// slow or unreachable. Content queries are executed against the real API schema (gateway/api-schema.graphql),
// so a query the real gateway would refuse fails here too.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import express from "express";
import { buildSchema, graphql } from "graphql";

const apiSchema = buildSchema(
  readFileSync(new URL("../../gateway/api-schema.graphql", import.meta.url), "utf8"),
);

export interface FixtureArticle {
  id: string;
  siteId: string;
  channelId: string;
  title: string;
  subtitle: string | null;
  source: string | null;
  author: string | null;
  summary: string | null;
  body: string;
  coverImageUrl: string | null;
  attachments: { mediaId: string; name: string; url: string | null }[];
  keywords: string[];
  tags: string[];
  pinned: boolean;
  headline: boolean;
  carousel: boolean;
  publishedAt: string;
  updatedAt: string;
  /** Only PUBLISHED articles exist for the public API. */
  status: "PUBLISHED" | "WITHDRAWN" | "DRAFT";
  /** An adopted copy (信息报送): its origin's site name and portal URL. */
  origin?: { articleId: string; siteName: string; url: string | null } | null;
}

export function article(
  owner: FixtureSite,
  home: FixtureChannel,
  fields: Partial<FixtureArticle> & { title: string },
): FixtureArticle {
  const publishedAt = fields.publishedAt ?? new Date().toISOString();
  return {
    id: randomUUID(),
    siteId: owner.id,
    channelId: home.id,
    subtitle: null,
    source: null,
    author: null,
    summary: null,
    body: `<p>${fields.title}</p>`,
    coverImageUrl: null,
    attachments: [],
    keywords: [],
    tags: [],
    pinned: false,
    headline: false,
    carousel: false,
    updatedAt: publishedAt,
    status: "PUBLISHED",
    ...fields,
    publishedAt,
  };
}

export interface FixtureChannel {
  id: string;
  name: string;
  path: string;
  kind: "LIST" | "PAGE" | "LINK";
  linkUrl: string | null;
  children: FixtureChannel[];
}

export interface FixtureSite {
  id: string;
  code: string;
  name: string;
  domains: string[];
  status: "BUILDING" | "ONLINE" | "OFFLINE";
  isDemo: boolean;
  siteIdCode: string | null;
  description: string | null;
  unit: { id: string; name: string; kind: string; sortOrder: number };
  parentId: string | null;
  channels: FixtureChannel[];
  /** Public mailboxes (Site.mailboxes). */
  mailboxes?: { id: string; name: string; description: string | null }[];
  /** Topics (专题); only enabled ones are public. */
  topics?: FixtureTopic[];
  /** 站点外观 (Site.theme). */
  theme: FixtureTheme;
  /** 首页布局; null: the standard layout. */
  homeLayout: { kind: string; channelId: string | null; title: string | null }[] | null;
}

export interface FixtureTheme {
  logoUrl: string | null;
  bannerUrl: string | null;
  primaryColor: string | null;
  footerText: string | null;
  icpNumber: string | null;
  policeNumber: string | null;
  showGovMark: boolean;
}

export interface FixtureTopic {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  bannerImageUrl: string | null;
  sourceChannelIds: string[];
  pinnedArticleIds: string[];
  enabled: boolean;
}

export function topic(
  fields: Partial<FixtureTopic> & { name: string; slug: string; sourceChannelIds: string[] },
): FixtureTopic {
  return {
    id: randomUUID(),
    description: null,
    bannerImageUrl: null,
    pinnedArticleIds: [],
    enabled: true,
    ...fields,
  };
}

export function channel(
  name: string,
  path: string,
  children: FixtureChannel[] = [],
  kind: FixtureChannel["kind"] = "LIST",
) {
  return {
    id: randomUUID(),
    name,
    path,
    kind,
    linkUrl: kind === "LINK" ? "https://example.org/" : null,
    children,
  };
}

export function site(fields: Partial<FixtureSite> & { code: string; name: string }): FixtureSite {
  return {
    id: randomUUID(),
    domains: [],
    status: "ONLINE",
    isDemo: true,
    siteIdCode: null,
    description: null,
    unit: { id: randomUUID(), name: fields.name, kind: "MASS_ORGANIZATION", sortOrder: 0 },
    parentId: null,
    channels: [],
    theme: {
      logoUrl: null,
      bannerUrl: null,
      primaryColor: null,
      footerText: null,
      icpNumber: null,
      policeNumber: null,
      showGovMark: false,
    },
    homeLayout: null,
    ...fields,
  };
}

/** The refresh token the fake gateway accepts (PortalRefreshSession). */
export const FAKE_REFRESH_TOKEN = "fake-refresh-token";

/** An unsigned JWT-shaped token expiring in `seconds` (the portal reads only `exp`; the gateway verifies). */
export function fakeAccessToken(seconds: number): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "none" })}.${part({ sub: "citizen-1", exp: Math.floor(Date.now() / 1000) + seconds })}.x`;
}

export interface FakeGateway {
  url: string;
  sites: FixtureSite[];
  articles: FixtureArticle[];
  /** GraphQL requests received, by operation name. */
  operations: string[];
  /** Who each request claimed to be: its Authorization and X-Forwarded-For headers, by operation. */
  callers: { operation: string; authorization?: string; forwardedFor?: string }[];
  mode: "up" | "down" | "slow";
  slowMs: number;
  /** PlatformSettings.greyMode. */
  greyMode: boolean;
  /** Answers of other subgraphs' operations, by operation name (a test's own fake of interaction, say). */
  handlers: Record<string, OperationHandler>;
  stop(): Promise<void>;
}

/** One operation's answer: the GraphQL response body ({ data, errors }). */
export type OperationHandler = (
  variables: Record<string, unknown>,
  caller: { authorization?: string; forwardedFor?: string },
) => unknown | Promise<unknown>;

export async function startFakeGateway(
  sites: FixtureSite[],
  articles: FixtureArticle[] = [],
): Promise<FakeGateway> {
  const app = express();
  app.use(express.json());
  const state: Omit<FakeGateway, "url" | "stop"> = {
    sites,
    articles,
    operations: [],
    callers: [],
    mode: "up",
    slowMs: 5_000,
    greyMode: false,
    handlers: {},
  };

  const shape = (fixture: FixtureSite) => {
    const parent = state.sites.find((candidate) => candidate.id === fixture.parentId);
    return {
      ...fixture,
      parent: parent ? { id: parent.id, code: parent.code, name: parent.name } : null,
      children: state.sites
        .filter((candidate) => candidate.parentId === fixture.id && candidate.status === "ONLINE")
        .map((child) => ({ id: child.id, code: child.code, name: child.name })),
    };
  };
  // Like the real gateway for an anonymous caller: only online sites exist.
  const online = () => state.sites.filter((fixture) => fixture.status === "ONLINE");

  app.post("/graphql", async (req, res) => {
    if (state.mode === "down") {
      req.socket.destroy();
      return;
    }
    const { query, variables } = req.body as { query: string; variables: Record<string, unknown> };
    const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? "anonymous";
    state.operations.push(operation);
    state.callers.push({
      operation,
      authorization: req.headers.authorization,
      forwardedFor: req.headers["x-forwarded-for"] as string | undefined,
    });
    if (state.mode === "slow") await new Promise((resolve) => setTimeout(resolve, state.slowMs));
    const handler = state.handlers[operation];
    if (handler) {
      res.json(
        await handler(variables ?? {}, {
          authorization: req.headers.authorization,
          forwardedFor: req.headers["x-forwarded-for"] as string | undefined,
        }),
      );
      return;
    }
    switch (operation) {
      case "PortalSiteByCode": {
        const found = online().find((fixture) => fixture.code === variables.code);
        res.json({
          data: { siteByCode: found ? shape(found) : null, platformSettings: { greyMode: state.greyMode } },
        });
        return;
      }
      case "PortalSiteByDomain": {
        const found = online().find((fixture) => fixture.domains.includes(String(variables.domain)));
        res.json({
          data: { siteByDomain: found ? shape(found) : null, platformSettings: { greyMode: state.greyMode } },
        });
        return;
      }
      case "PortalPlatformSettings": {
        res.json({ data: { platformSettings: { greyMode: state.greyMode } } });
        return;
      }
      case "PortalRefreshSession": {
        // The one refresh token the fake identity knows rotates into a fresh pair; any other is refused.
        if (variables.refreshToken !== FAKE_REFRESH_TOKEN) {
          res.json({
            data: null,
            errors: [{ message: "登录已过期", extensions: { code: "UNAUTHENTICATED" } }],
          });
          return;
        }
        res.json({
          data: {
            refreshToken: {
              accessToken: fakeAccessToken(900),
              refreshToken: `${FAKE_REFRESH_TOKEN}-next`,
              expiresIn: 900,
            },
          },
        });
        return;
      }
      case "PortalPlatformSites": {
        const offset = Number(variables.offset);
        const items = online().slice(offset, offset + Number(variables.limit));
        res.json({ data: { sites: { total: online().length, items: items.map(shape) } } });
        return;
      }
      default: {
        const result = await graphql({
          schema: apiSchema,
          source: query,
          rootValue: contentRoot(state),
          variableValues: variables,
        });
        res.json(result);
      }
    }
  });

  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  const gateway = state as FakeGateway;
  gateway.url = `http://127.0.0.1:${port}`;
  gateway.stop = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return gateway;
}

type Page = { offset?: number; limit?: number };

/** Resolvers for the public content fields, as plain objects whose function properties take the field's args. */
function contentRoot(state: Pick<FakeGateway, "sites" | "articles">) {
  const online = (id: string) =>
    state.sites.find((fixture) => fixture.id === id && fixture.status === "ONLINE") ?? null;
  // Like Channel.publishedArticles: pinned first, then newest first.
  const published = (filter: (article: FixtureArticle) => boolean, { offset = 0, limit = 20 }: Page) => {
    const matching = state.articles
      .filter((candidate) => candidate.status === "PUBLISHED" && filter(candidate))
      .sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.publishedAt.localeCompare(a.publishedAt));
    return { total: matching.length, items: matching.slice(offset, offset + limit).map(articleModel) };
  };
  const channels = (fixture: FixtureSite) => {
    const all: { channel: FixtureChannel; parent: FixtureChannel | null }[] = [];
    const walk = (nodes: FixtureChannel[], parent: FixtureChannel | null) => {
      for (const node of nodes) {
        all.push({ channel: node, parent });
        walk(node.children, node);
      }
    };
    walk(fixture.channels, null);
    return all;
  };
  const findChannel = (id: string) => {
    for (const fixture of state.sites) {
      const found = channels(fixture).find((entry) => entry.channel.id === id);
      if (found && fixture.status === "ONLINE") return { site: fixture, ...found };
    }
    return null;
  };
  const channelModel = (fixture: FixtureSite, node: FixtureChannel): Record<string, unknown> => ({
    id: node.id,
    name: node.name,
    path: node.path,
    kind: node.kind,
    linkUrl: node.linkUrl,
    updateClass: "DYNAMIC",
    sortOrder: 0,
    site: () => siteModel(fixture),
    children: () => node.children.map((child) => channelModel(fixture, child)),
    publishedArticles: (page: Page) => published((candidate) => candidate.channelId === node.id, page),
  });
  // Like Topic.publishedArticles: pinned (in the topic's order) first, then newest first.
  const topicModel = (fixture: FixtureSite, entry: FixtureTopic) => ({
    ...entry,
    site: () => siteModel(fixture),
    sourceChannels: () =>
      entry.sourceChannelIds.flatMap((id) => {
        const found = findChannel(id);
        return found ? [channelModel(found.site, found.channel)] : [];
      }),
    publishedArticles: ({ offset = 0, limit = 20 }: Page) => {
      const rank = (id: string) => {
        const at = entry.pinnedArticleIds.indexOf(id);
        return at < 0 ? Number.MAX_SAFE_INTEGER : at;
      };
      const matching = state.articles
        .filter(
          (candidate) =>
            candidate.status === "PUBLISHED" &&
            online(candidate.siteId) &&
            (entry.sourceChannelIds.includes(candidate.channelId) ||
              entry.pinnedArticleIds.includes(candidate.id)),
        )
        .sort((a, b) => rank(a.id) - rank(b.id) || b.publishedAt.localeCompare(a.publishedAt));
      return { total: matching.length, items: matching.slice(offset, offset + limit).map(articleModel) };
    },
  });
  const siteModel = (fixture: FixtureSite) => ({
    id: fixture.id,
    code: fixture.code,
    name: fixture.name,
    topics: () =>
      (fixture.topics ?? []).filter((entry) => entry.enabled).map((entry) => topicModel(fixture, entry)),
    channels: () => fixture.channels.map((node) => channelModel(fixture, node)),
    mailboxes: () =>
      (fixture.mailboxes ?? []).map((mailbox) => ({
        ...mailbox,
        unitId: fixture.unit.id,
        kind: "GENERAL",
        isPublic: true,
        sortOrder: 0,
      })),
  });
  const articleModel = (fixture: FixtureArticle) => {
    const home = findChannel(fixture.channelId);
    if (!home) throw new Error(`article ${fixture.id} has no channel`);
    return {
      ...fixture,
      site: () => siteModel(home.site),
      channel: () => channelModel(home.site, home.channel),
    };
  };
  return {
    site: ({ id }: { id: string }) => {
      const fixture = online(id);
      return fixture ? siteModel(fixture) : null;
    },
    channel: ({ id }: { id: string }) => {
      const found = findChannel(id);
      return found ? channelModel(found.site, found.channel) : null;
    },
    topicBySlug: ({ siteId, slug }: { siteId: string; slug: string }) => {
      const fixture = online(siteId);
      const found = fixture?.topics?.find((entry) => entry.slug === slug && entry.enabled);
      return fixture && found ? topicModel(fixture, found) : null;
    },
    publishedArticle: ({ id }: { id: string }) => {
      const found = state.articles.find(
        (candidate) => candidate.id === id && candidate.status === "PUBLISHED",
      );
      return found && findChannel(found.channelId) ? articleModel(found) : null;
    },
    // Like content's search: plain substring matching here, highlights as ranges over plain text.
    searchPublished: ({
      query,
      siteId,
      channelId,
      offset = 0,
      limit = 10,
    }: Page & { query: string; siteId?: string | null; channelId?: string | null }) => {
      const term = query.trim();
      if (term === "" || term.length > 100) throw new Error("BAD_USER_INPUT");
      const ranges = (text: string) => {
        const found: { start: number; end: number }[] = [];
        for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length))
          found.push({ start: at, end: at + term.length });
        return found;
      };
      const plain = (html: string) => html.replace(/<[^>]*>/g, "");
      const matching = state.articles.filter(
        (candidate) =>
          candidate.status === "PUBLISHED" &&
          online(candidate.siteId) &&
          (!siteId || candidate.siteId === siteId) &&
          (!channelId || candidate.channelId === channelId) &&
          (candidate.title.includes(term) || plain(candidate.body).includes(term)),
      );
      return {
        total: matching.length,
        items: matching.slice(offset, offset + limit).map((candidate) => ({
          article: articleModel(candidate),
          titleHighlight: { text: candidate.title, highlights: ranges(candidate.title) },
          snippet: { text: plain(candidate.body), highlights: ranges(plain(candidate.body)) },
          score: 1,
        })),
      };
    },
    publishedArticles: ({
      siteId,
      channelId,
      ...page
    }: Page & { siteId: string; channelId?: string | null }) =>
      published(
        (candidate) => candidate.siteId === siteId && (!channelId || candidate.channelId === channelId),
        page,
      ),
  };
}
