// Feeds (RSS 2.0, Atom, JSON Feed) per site and per channel, and the site's sitemap.xml. Absolute URLs are the
// site's canonical ones (its first domain, else the platform's public address), never built from the request's
// Host header: a forged Host must not end up in a cached feed, and every address of a site names the same URLs.
import { Feed } from "feed";
import type {
  ChannelLinkFragment,
  PublishedArticleDetailFragment,
  SiteShellFragment,
} from "../../gql/graphql";
import type { RenderedPage } from "../../server/render-cache";
import type { SiteRenderContext, SiteRoute } from "../../server/routing";
import { articleHref } from "../../templates/components/ArticleList";
import { canonicalUrl } from "../../templates/components/canonical";
import { feedArticlesQuery, sitemapArticlesQuery } from "../article/article.queries";
import { articleTag, channelTag, siteArticlesTag } from "../article/article.tags";
import { findChannel } from "../site/channel-tree";

export const FEED_SIZE = 20;

/**
 * Which of an item's plain-text fields the format reads as HTML, so that they are escaped for it exactly once:
 * RSS's description and Atom's type="html" title and summary. RSS's title is plain text (the library puts it in
 * CDATA as it is: an entity there would be shown as "&#60;"); JSON Feed's title and summary are plain text.
 */
const FEED_FORMATS = {
  "rss.xml": {
    contentType: "application/rss+xml; charset=utf-8",
    htmlTitle: false,
    htmlSummary: true,
    write: (feed: Feed) => feed.rss2(),
  },
  "atom.xml": {
    contentType: "application/atom+xml; charset=utf-8",
    htmlTitle: true,
    htmlSummary: true,
    write: (feed: Feed) => feed.atom1(),
  },
  "feed.json": {
    contentType: "application/feed+json; charset=utf-8",
    htmlTitle: false,
    htmlSummary: false,
    write: (feed: Feed) => feed.json1(),
  },
} as const;
type FeedFile = keyof typeof FEED_FORMATS;

const FEED_PATH = /^(?:\/([a-z0-9-]+(?:\/[a-z0-9-]+)*))?\/(rss\.xml|atom\.xml|feed\.json)$/;

export const feedRoute: SiteRoute = {
  name: "feed",
  cacheable: true,
  match(sitePath) {
    const matched = FEED_PATH.exec(sitePath);
    if (!matched) return null;
    const channelPath = matched[1];
    const file = matched[2] as FeedFile;
    return async (context) => {
      const { site, gateway } = context;
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
      const base = canonicalUrl(site, `/${channel ? `${channel.path}/` : ""}`);
      const format = FEED_FORMATS[file];
      const feed = buildFeed({
        site,
        format,
        title: channel ? `${channel.name} - ${site.name}` : site.name,
        base,
        articleUrl: (article) => canonicalUrl(site, articleHref("", article.channel.path, article.id)),
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
  format: { htmlTitle: boolean; htmlSummary: boolean };
}): Feed {
  const { site, base, items, format } = options;
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
      title: format.htmlTitle ? escapeHtml(article.title) : cdataSafe(article.title),
      link: url,
      date: new Date(article.updatedAt),
      published: new Date(article.publishedAt),
      description: article.summary
        ? format.htmlSummary
          ? escapeHtml(article.summary)
          : article.summary
        : undefined,
      // The same HTML either way; "]]>" as text would end the XML formats' CDATA section early.
      content: article.body.replaceAll("]]>", "]]&gt;"),
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
  match: (sitePath) => (sitePath === "/sitemap.xml" ? renderSitemap : null),
};

async function renderSitemap(context: SiteRenderContext): Promise<RenderedPage> {
  const { site, gateway } = context;
  const urls: { loc: string; lastmod?: string }[] = [{ loc: canonicalUrl(site, "/") }];
  type Node = ChannelLinkFragment & { children?: Node[] };
  const walk = (channels: Node[]) => {
    for (const channel of channels) {
      if (channel.kind !== "LINK") urls.push({ loc: canonicalUrl(site, `/${channel.path}/`) });
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
        loc: canonicalUrl(site, articleHref("", article.channel.path, article.id)),
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

/**
 * Plain text kept as it is inside CDATA: the XML writer splits only the first "]]>" out of a CDATA section, so
 * any further one would end it early; a space keeps the text readable and the XML well-formed.
 */
function cdataSafe(value: string): string {
  return value.replaceAll("]]>", "]] >");
}

/** Plain text as HTML text. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
