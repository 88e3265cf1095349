// A topic page (专题): banner, name, description, and a paginated list of the published articles of its
// source channels, pinned ones first. Articles of another site of the unit link to that site.
import type { PortalTopicPageQuery } from "../../gql/graphql";
import { articleHref } from "../components/ArticleList";
import { formatDate } from "../components/format";
import { EMPTY_TEXT } from "../components/labels";
import { Pagination } from "../components/Pagination";
import { SiteLayout } from "../layouts/SiteLayout";
import type { SitePageProps } from "./SiteHomePage";

export type TopicPageData = NonNullable<PortalTopicPageQuery["topicBySlug"]>;

export interface TopicPageProps extends SitePageProps {
  topic: TopicPageData;
  href: string;
  page: number;
  pageCount: number;
}

export function TopicPage({
  site,
  basePath,
  theme,
  stylesheet,
  topic,
  href,
  page,
  pageCount,
}: TopicPageProps) {
  const list = topic.publishedArticles;
  const pinned = new Set(topic.pinnedArticleIds);
  return (
    <SiteLayout
      site={site}
      basePath={basePath}
      theme={theme}
      stylesheet={stylesheet}
      title={page > 1 ? `${topic.name}（第${page}页）` : topic.name}
      description={topic.description}
      path={`/zt/${topic.slug}/${page > 1 ? `?page=${page}` : ""}`}
    >
      <nav className="breadcrumb" aria-label="当前位置">
        <ol>
          <li>
            <a href={`${basePath}/`}>首页</a>
          </li>
          <li>专题</li>
          <li aria-current="page">{topic.name}</li>
        </ol>
      </nav>
      {topic.bannerImageUrl ? (
        <figure className="topic-banner">
          <img src={topic.bannerImageUrl} alt={topic.name} />
        </figure>
      ) : null}
      <h1 className="page-title">{topic.name}</h1>
      {topic.description ? <p className="lead">{topic.description}</p> : null}
      <div className="panel">
        {list.items.length > 0 ? (
          <>
            <ul className="article-list">
              {list.items.map((item) => {
                const itemBase = item.site.id === site.id ? basePath : `/s/${item.site.code}`;
                return (
                  <li key={item.id}>
                    <a href={articleHref(itemBase, item.channel.path, item.id)}>{item.title}</a>
                    {pinned.has(item.id) || item.pinned ? <span className="tag">置顶</span> : null}
                    <time dateTime={item.publishedAt}>{formatDate(item.publishedAt)}</time>
                  </li>
                );
              })}
            </ul>
            <Pagination href={href} page={page} pageCount={pageCount} total={list.total} />
          </>
        ) : (
          <p className="empty">{EMPTY_TEXT}</p>
        )}
      </div>
    </SiteLayout>
  );
}
