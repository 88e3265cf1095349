// An article page: breadcrumb, title, subtitle, source, author, date, body, attachments, and the page
// metadata of the government website standard (SiteName, ColumnName, ArticleTitle, PubDate…).
import type { ChannelLinkFragment, PublishedArticleDetailFragment } from "../../gql/graphql";
import { ArticleBody } from "../components/ArticleBody";
import { articleHref } from "../components/ArticleList";
import { ChannelLink } from "../components/ChannelLink";
import { canonicalUrl } from "../components/canonical";
import { formatDateTime } from "../components/format";
import { absoluteUrl, articleDescription, firstImage } from "../components/summary";
import { SiteLayout } from "../layouts/SiteLayout";
import type { SitePageProps } from "./SiteHomePage";

export interface ArticlePageProps extends SitePageProps {
  article: PublishedArticleDetailFragment;
  channel: ChannelLinkFragment;
  /** Ancestors of the channel from the top-level channel down. */
  ancestors: ChannelLinkFragment[];
}

/**
 * The standard's page metadata, in its order. Its ten tags are on every article page, empty when there is
 * nothing to say (no 网站标识码 yet, no keywords); Author and Image only when known.
 */
export function articleMeta(props: ArticlePageProps): [string, string][] {
  const { site, article, channel } = props;
  const required: [string, string | null | undefined][] = [
    ["SiteName", site.name],
    ["SiteIDCode", site.siteIdCode],
    ["ColumnName", channel.name],
    // Channels have no description or keywords of their own yet: the channel's name stands in.
    ["ColumnDescription", `${site.name}${channel.name}栏目`],
    ["ColumnKeywords", channel.name],
    ["ColumnType", channel.name],
    ["ArticleTitle", article.title],
    ["PubDate", formatDateTime(article.publishedAt)],
    ["ContentSource", article.source || site.name],
    ["Keywords", article.keywords.join(",")],
  ];
  const optional: [string, string | null | undefined][] = [
    ["Author", article.author],
    ["Image", article.coverImageUrl],
  ];
  return [
    ...required.map(([name, content]): [string, string] => [name, content?.trim() ?? ""]),
    ...optional.filter((entry): entry is [string, string] => Boolean(entry[1])),
  ];
}

/**
 * The picture of a link preview, as an absolute URL on the site's canonical address (media is served on every
 * address of the portal): the cover, else the body's first image, else the site's logo.
 */
export function previewImage(props: ArticlePageProps): string | null {
  const { site, article } = props;
  const base = canonicalUrl(site, "/");
  for (const candidate of [article.coverImageUrl, firstImage(article.body), site.theme.logoUrl]) {
    const url = absoluteUrl(candidate, base);
    if (url) return url;
  }
  return null;
}

/** Open Graph tags for link previews in chat apps (og:url comes with the canonical link, from the layout). */
export function openGraph(props: ArticlePageProps): [string, string][] {
  const { site, article } = props;
  const entries: [string, string | null | undefined][] = [
    ["og:type", "article"],
    ["og:site_name", site.name],
    ["og:locale", "zh_CN"],
    ["og:title", article.title],
    ["og:description", articleDescription(article)],
    ["og:image", previewImage(props)],
    ["article:published_time", article.publishedAt],
  ];
  return entries.filter((entry): entry is [string, string] => Boolean(entry[1]));
}

export function ArticlePage(props: ArticlePageProps) {
  const { site, basePath, theme, stylesheet, article, channel, ancestors } = props;
  const topLevel = ancestors[0] ?? channel;
  return (
    <SiteLayout
      site={site}
      basePath={basePath}
      theme={theme}
      stylesheet={stylesheet}
      title={article.title}
      description={articleDescription(article)}
      currentChannelId={topLevel.id}
      path={articleHref("", channel.path, article.id)}
      head={
        <>
          {articleMeta(props).map(([name, content]) => (
            <meta key={name} name={name} content={content} />
          ))}
          {openGraph(props).map(([property, content]) => (
            <meta key={property} property={property} content={content} />
          ))}
        </>
      }
    >
      <nav className="breadcrumb" aria-label="当前位置">
        <ol>
          <li>
            <a href={`${basePath}/`}>首页</a>
          </li>
          {[...ancestors, channel].map((item) => (
            <li key={item.id}>
              <ChannelLink channel={item} basePath={basePath} />
            </li>
          ))}
          <li aria-current="page">正文</li>
        </ol>
      </nav>
      <article className="panel article">
        <ArticleBody article={article} basePath={basePath} />
      </article>
    </SiteLayout>
  );
}
