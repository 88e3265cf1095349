// What an API client (third-party new media) may read: published content of its own sites, nothing else.
// Deny by default: a root field not listed here answers FORBIDDEN to clients, so a new public query stays
// closed to third parties until it is listed with its site check. Staff, citizens and anonymous callers are
// not affected by this file.
import { type ApiClientCaller, forbidden } from "@jiyue/server-kit";
import type { ContentContext } from "../../context";
import type { ChannelRow } from "../channel/channel.sql";
import type { PublishedArticleModel } from "../publishing/publishing.types";
import type { TopicRow } from "../topic/topic.sql";

type Args = Record<string, unknown>;
type Resolver = (parent: unknown, args: Args, context: ContentContext, info: unknown) => unknown;
type ReferenceResolver = (reference: Args, context: ContentContext, info: unknown) => unknown;

interface ClientRule {
  /** Checked before the resolver runs (arguments). */
  before?(client: ApiClientCaller, args: Args): void;
  /** Checked on the result before it is returned. */
  after?(client: ApiClientCaller, result: unknown): void;
}

const outOfScope = () => forbidden("该 API 客户端无权读取此站点的内容");

function requireSite(client: ApiClientCaller, siteId: unknown): void {
  if (typeof siteId !== "string" || !client.siteIds.includes(siteId)) throw outOfScope();
}

const publishedArticleResult: ClientRule = {
  after: (client, result) => {
    const model = result as PublishedArticleModel | null;
    if (model) requireSite(client, model.article.siteId);
  },
};
const channelResult: ClientRule = {
  after: (client, result) => {
    const channel = result as ChannelRow | null;
    if (channel) requireSite(client, channel.siteId);
  },
};

const topicResult: ClientRule = {
  after: (client, result) => {
    const topic = result as TopicRow | null;
    if (topic) requireSite(client, topic.siteId);
  },
};

/** Root queries open to API clients. Lists are filtered by site in SQL, so the site argument must be theirs. */
export const CLIENT_QUERIES: Record<string, ClientRule> = {
  publishedArticle: publishedArticleResult,
  publishedArticles: { before: (client, args) => requireSite(client, args.siteId) },
  channel: channelResult,
  searchPublished: { before: (client, args) => requireSite(client, args.siteId) },
  // A topic of the client's site (its articles are published snapshots, possibly of the unit's other sites).
  topic: topicResult,
  topicBySlug: { before: (client, args) => requireSite(client, args.siteId), after: topicResult.after },
  // Checks its own scope (and defaults to all the client's sites).
  publishedChanges: {},
};

/** Entity resolution (`_entities`) of the public types, the way the gateway joins them. */
const CLIENT_ENTITIES: Record<string, ClientRule> = {
  PublishedArticle: publishedArticleResult,
  Channel: channelResult,
  Site: {
    before: (client, args) => requireSite(client, args.id),
  },
};

function guard(resolve: Resolver, rule: ClientRule | undefined): Resolver {
  return async (parent, args, context, info) => {
    const caller = context.caller;
    if (caller.kind !== "client") return resolve(parent, args, context, info);
    if (!rule) throw forbidden("API 客户端只能读取已发布内容");
    rule.before?.(caller, args);
    const result = await resolve(parent, args, context, info);
    rule.after?.(caller, result);
    return result;
  };
}

/** __resolveReference takes (reference, context, info). */
function guardReference(resolve: ReferenceResolver, rule: ClientRule | undefined): ReferenceResolver {
  return async (reference, context, info) => {
    const caller = context.caller;
    if (caller.kind !== "client") return resolve(reference, context, info);
    if (!rule) throw forbidden("API 客户端只能读取已发布内容");
    rule.before?.(caller, reference);
    const result = await resolve(reference, context, info);
    rule.after?.(caller, result);
    return result;
  };
}

/** Wraps every root field and the public entities' reference resolvers with the client rules. */
export function guardClientAccess<T extends object>(resolvers: T): T {
  const map = resolvers as unknown as Record<string, Record<string, unknown>>;
  const guarded: Record<string, Record<string, unknown>> = { ...map };
  for (const root of ["Query", "Mutation"]) {
    const fields = map[root];
    if (!fields) continue;
    guarded[root] = Object.fromEntries(
      Object.entries(fields).map(([name, resolve]) => [
        name,
        typeof resolve === "function"
          ? guard(resolve as Resolver, root === "Query" ? CLIENT_QUERIES[name] : undefined)
          : resolve,
      ]),
    );
  }
  for (const [typeName, type] of Object.entries(map)) {
    const reference = type?.__resolveReference;
    if (typeName === "User" || typeof reference !== "function") continue;
    // Types not listed (Article, Revision, MediaAsset, …) are staff-only: clients are refused.
    guarded[typeName] = {
      ...type,
      __resolveReference: guardReference(reference as ReferenceResolver, CLIENT_ENTITIES[typeName]),
    };
  }
  return guarded as unknown as T;
}
