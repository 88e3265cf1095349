// A channel page: breadcrumb, name, sub-channels, and its content: a paginated list of articles (pinned
// first) for a list channel, the latest article's body for a single-page channel.
import type {
  ChannelLinkFragment,
  PublishedArticleDetailFragment,
  PublishedArticleItemFragment,
} from "../../gql/graphql";
import { ArticleBody } from "../components/ArticleBody";
import { ArticleList } from "../components/ArticleList";
import { ChannelLink, channelHref } from "../components/ChannelLink";
import { EMPTY_TEXT } from "../components/labels";
import { Pagination } from "../components/Pagination";
import { SiteLayout } from "../layouts/SiteLayout";
import type { SitePageProps } from "./SiteHomePage";

export interface ChannelListContent {
  kind: "list";
  items: PublishedArticleItemFragment[];
  page: number;
  pageCount: number;
  total: number;
}

export interface ChannelSingleContent {
  kind: "single";
  article: PublishedArticleDetailFragment | null;
}

export interface ChannelPageProps extends SitePageProps {
  channel: ChannelLinkFragment & { children: ChannelLinkFragment[] };
  /** Ancestors from the top-level channel down to the parent. */
  ancestors: ChannelLinkFragment[];
  content?: ChannelListContent | ChannelSingleContent;
}

export function ChannelPage({
  site,
  basePath,
  theme,
  stylesheet,
  channel,
  ancestors,
  content,
}: ChannelPageProps) {
  const topLevel = ancestors[0] ?? channel;
  const href = channelHref(channel, basePath);
  const page = content?.kind === "list" ? content.page : 1;
  return (
    <SiteLayout
      site={site}
      basePath={basePath}
      theme={theme}
      stylesheet={stylesheet}
      title={page > 1 ? `${channel.name}（第${page}页）` : channel.name}
      currentChannelId={topLevel.id}
      head={
        <>
          <link rel="canonical" href={page > 1 ? `${href}?page=${page}` : href} />
          <link
            rel="alternate"
            type="application/rss+xml"
            title={`${channel.name} RSS`}
            href={`${href}rss.xml`}
          />
          <link
            rel="alternate"
            type="application/atom+xml"
            title={`${channel.name} Atom`}
            href={`${href}atom.xml`}
          />
        </>
      }
    >
      <nav className="breadcrumb" aria-label="当前位置">
        <ol>
          <li>
            <a href={`${basePath}/`}>首页</a>
          </li>
          {ancestors.map((ancestor) => (
            <li key={ancestor.id}>
              <ChannelLink channel={ancestor} basePath={basePath} />
            </li>
          ))}
          <li aria-current="page">{channel.name}</li>
        </ol>
      </nav>
      <h1 className="page-title">{channel.name}</h1>
      {channel.children.length > 0 ? (
        <nav className="panel sub-channels" aria-label="下级栏目">
          <ul className="link-list">
            {channel.children.map((child) => (
              <li key={child.id}>
                <ChannelLink channel={child} basePath={basePath} />
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div className="panel">
        {content?.kind === "single" && content.article ? (
          <article>
            <ArticleBody article={content.article} />
          </article>
        ) : content?.kind === "list" && content.items.length > 0 ? (
          <>
            <ArticleList items={content.items} basePath={basePath} />
            <Pagination href={href} page={content.page} pageCount={content.pageCount} total={content.total} />
          </>
        ) : (
          <p className="empty">{EMPTY_TEXT}</p>
        )}
      </div>
    </SiteLayout>
  );
}
