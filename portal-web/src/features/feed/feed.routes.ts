// Feeds (RSS 2.0, Atom, JSON Feed) per site and per channel, and the site's sitemap.xml. Absolute URLs are
// built from the request's origin, so these routes are cached per origin.
import { Feed } from "feed";
import type {
  ChannelLinkFragment,
  PublishedArticleDetailFragment,
  SiteShellFragment,
} from "../../gql/graphql";
import type { RenderedPage } from "../../server/render-cache";
import type { SiteRenderContext, SiteRoute } from "../../server/routing";
import { articleHref } from "../../templates/components/ArticleList";
import { feedArticlesQuery, sitemapArticlesQuery } from "../article/article.queries";
import { articleTag, channelTag, siteArticlesTag } from "../article/article.tags";
import { findChannel } from "../site/channel-tree";

export const FEED_SIZE = 20;

/**
 * `html`: the format reads an item's title and summary as HTML (RSS description and CDATA title, Atom
 * type="html"), so those plain-text fields are escaped for it; JSON Feed's title and summary are plain text.
 */
const FEED_FORMATS = {
  "rss.xml": {
    contentType: "application/rss+xml; charset=utf-8",
    html: true,
    write: (feed: Feed) => feed.rss2(),
  },
  "atom.xml": {
    contentType: "application/atom+xml; charset=utf-8",
    html: true,
    write: (feed: Feed) => feed.atom1(),
  },
  "feed.json": {
    contentType: "application/feed+json; charset=utf-8",
    html: false,
    write: (feed: Feed) => feed.json1(),
  },
} as const;
type FeedFile = keyof typeof FEED_FORMATS;

const FEED_PATH = /^(?:\/([a-z0-9-]+(?:\/[a-z0-9-]+)*))?\/(rss\.xml|atom\.xml|feed\.json)$/;

export const feedRoute: SiteRoute = {
  name: "feed",
  cacheable: true,
  absoluteUrls: true,
  match(sitePath) {
    const matched = FEED_PATH.exec(sitePath);
    if (!matched) return null;
    const channelPath = matched[1];
    const file = matched[2] as FeedFile;
    return async (context) => {
      const { site, basePath, origin, gateway } = context;
      const found = channelPath ? findChannel(site.channels, channelPath) : null;
      if (channelPath && (!found || found.channel.kind === "LINK")) return context.notFound();
      const channel = found?.channel;
      const { publishedArticles } = await gateway.request(feedArticlesQuery, {
        siteId: site.id,
        channelId: channel?.id ?? null,
        // Lists put pinned items first; the extra room keeps the newest 20 exact unless 20+ items are pinned.
        limit: FEED_SIZE * 2,
      });
      const items = [...publishedArticles.items]
        .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
        .slice(0, FEED_SIZE);
      const base = `${origin}${basePath}/${channel ? `${channel.path}/` : ""}`;
      const format = FEED_FORMATS[file];
      const feed = buildFeed({
        site,
        html: format.html,
        title: channel ? `${channel.name} - ${site.name}` : site.name,
        base,
        articleUrl: (article) => `${origin}${articleHref(basePath, article.channel.path, article.id)}`,
        items,
      });
      return {
        status: 200,
        html: format.write(feed),
        contentType: format.contentType,
        tags: [
          siteArticlesTag(site.id),
          ...(channel ? [channelTag(channel.id)] : []),
          ...items.map((item) => articleTag(item.id)),
        ],
      };
    };
  },
};

function buildFeed(options: {
  site: SiteShellFragment;
  title: string;
  base: string;
  articleUrl: (article: PublishedArticleDetailFragment) => string;
  items: PublishedArticleDetailFragment[];
  /** Escape the plain-text title and summary: the format reads them as HTML. */
  html: boolean;
}): Feed {
  const { site, base, items } = options;
  const text = (value: string) => (options.html ? escapeHtml(value) : value);
  const newest = items.reduce<string | null>(
    (latest, item) => (latest === null || item.updatedAt > latest ? item.updatedAt : latest),
    null,
  );
  const feed = new Feed({
    id: base,
    title: options.title,
    description: site.description ?? site.name,
    link: base,
    language: "zh-CN",
    // A fixed date when nothing is published, so an empty feed renders the same bytes every time.
    updated: new Date(newest ?? 0),
    generator: "集约",
    copyright: `版权所有 ${site.unit.name}`,
    author: { name: site.unit.name },
    feedLinks: { rss: `${base}rss.xml`, atom: `${base}atom.xml`, json: `${base}feed.json` },
  });
  for (const article of items) {
    const url = options.articleUrl(article);
    feed.addItem({
      id: url,
      guid: url,
      title: text(article.title),
      link: url,
      date: new Date(article.updatedAt),
      published: new Date(article.publishedAt),
      description: article.summary ? text(article.summary) : undefined,
      content: article.body,
      author: article.author ? [{ name: article.author }] : undefined,
      category: [{ name: article.channel.name }],
    });
  }
  return feed;
}

/** A bound on the articles listed, whatever `total` says (a sitemap file holds at most 50,000 URLs). */
const SITEMAP_MAX_ARTICLES = 10_000;
const SITEMAP_PAGE_SIZE = 100;

export const sitemapRoute: SiteRoute = {
  name: "sitemap",
  cacheable: true,
  absoluteUrls: true,
  match: (sitePath) => (sitePath === "/sitemap.xml" ? renderSitemap : null),
};

async function renderSitemap(context: SiteRenderContext): Promise<RenderedPage> {
  const { site, basePath, origin, gateway } = context;
  const urls: { loc: string; lastmod?: string }[] = [{ loc: `${origin}${basePath}/` }];
  type Node = ChannelLinkFragment & { children?: Node[] };
  const walk = (channels: Node[]) => {
    for (const channel of channels) {
      if (channel.kind !== "LINK") urls.push({ loc: `${origin}${basePath}/${channel.path}/` });
      walk(channel.children ?? []);
    }
  };
  walk(site.channels);
  for (let offset = 0; offset < SITEMAP_MAX_ARTICLES; offset += SITEMAP_PAGE_SIZE) {
    const { publishedArticles: page } = await gateway.request(sitemapArticlesQuery, {
      siteId: site.id,
      offset,
      limit: SITEMAP_PAGE_SIZE,
    });
    for (const article of page.items) {
      urls.push({
        loc: `${origin}${articleHref(basePath, article.channel.path, article.id)}`,
        lastmod: article.updatedAt,
      });
    }
    if (page.items.length < SITEMAP_PAGE_SIZE || offset + SITEMAP_PAGE_SIZE >= page.total) break;
  }
  const body = urls
    .map(
      (url) =>
        `<url><loc>${escapeXml(url.loc)}</loc>${url.lastmod ? `<lastmod>${escapeXml(url.lastmod)}</lastmod>` : ""}</url>`,
    )
    .join("\n");
  return {
    status: 200,
    html: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
    contentType: "application/xml; charset=utf-8",
    // Channels are in the site tag already (channel events carry it); articles by the site's list tag.
    tags: [siteArticlesTag(site.id)],
  };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Plain text as HTML text. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
