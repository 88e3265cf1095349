// A site's home page: headline, carousel (a static list of pictures; no script), pinned items, then a block
// per top-level channel with its latest articles, then the sub-sites.
import type { PublishedArticleItemFragment, SiteShellFragment } from "../../gql/graphql";
import { ArticleList, articleHref } from "../components/ArticleList";
import { ChannelLink, channelHref } from "../components/ChannelLink";
import { formatDate } from "../components/format";
import { EMPTY_TEXT } from "../components/labels";
import { SiteLayout } from "../layouts/SiteLayout";
import type { Theme } from "../themes";

export interface SitePageProps {
  site: SiteShellFragment;
  basePath: string;
  theme: Theme;
  stylesheet: string;
}

export interface HomeContent {
  headlines: PublishedArticleItemFragment[];
  carousel: PublishedArticleItemFragment[];
  pinned: PublishedArticleItemFragment[];
  /** Latest articles per top-level list channel, by channel id (pinned first). */
  latest: ReadonlyMap<string, PublishedArticleItemFragment[]>;
  /** Enabled topics (专题) of the site, in their order. */
  topics?: { id: string; name: string; slug: string }[];
}

const NO_CONTENT: HomeContent = { headlines: [], carousel: [], pinned: [], latest: new Map() };

export function SiteHomePage({
  site,
  basePath,
  theme,
  stylesheet,
  content = NO_CONTENT,
}: SitePageProps & { content?: HomeContent }) {
  const [lead, ...moreHeadlines] = content.headlines;
  return (
    <SiteLayout
      site={site}
      basePath={basePath}
      theme={theme}
      stylesheet={stylesheet}
      description={site.description}
    >
      <h1 className="page-title">{site.name}</h1>
      {site.description ? <p className="lead">{site.description}</p> : null}
      {lead ? (
        <section className="headline" aria-labelledby="headline-title">
          <h2 className="visually-hidden" id="headline-title">
            头条
          </h2>
          <p className="headline-lead">
            <a href={articleHref(basePath, lead.channel.path, lead.id)}>{lead.title}</a>
          </p>
          {lead.summary ? <p className="headline-summary">{lead.summary}</p> : null}
          {moreHeadlines.length > 0 ? (
            <ul className="headline-more">
              {moreHeadlines.map((item) => (
                <li key={item.id}>
                  <a href={articleHref(basePath, item.channel.path, item.id)}>{item.title}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      {content.carousel.length > 0 ? (
        <section className="carousel" aria-labelledby="carousel-title">
          <h2 className="section-title" id="carousel-title">
            图片新闻
          </h2>
          <ul className="carousel-list">
            {content.carousel.map((item) => (
              <li key={item.id}>
                <a href={articleHref(basePath, item.channel.path, item.id)}>
                  <figure>
                    <img src={item.coverImageUrl ?? ""} alt="" loading="lazy" />
                    <figcaption>{item.title}</figcaption>
                  </figure>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {content.pinned.length > 0 ? (
        <section className="panel pinned" aria-labelledby="pinned-title">
          <h2 className="block-title" id="pinned-title">
            置顶
          </h2>
          <ul className="article-list">
            {content.pinned.map((item) => (
              <li key={item.id}>
                <a href={articleHref(basePath, item.channel.path, item.id)}>{item.title}</a>
                <span className="tag">置顶</span>
                <time dateTime={item.publishedAt}>{formatDate(item.publishedAt)}</time>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {site.channels.length === 0 ? (
        <div className="panel">
          <p className="empty">{EMPTY_TEXT}</p>
        </div>
      ) : (
        <div className="blocks">
          {site.channels.map((channel) => {
            const headingId = `channel-${channel.id}`;
            const items = content.latest.get(channel.id) ?? [];
            return (
              <section className="block" key={channel.id} aria-labelledby={headingId}>
                <div className="block-header">
                  <h2 id={headingId}>
                    <ChannelLink channel={channel} basePath={basePath} />
                  </h2>
                  {channel.kind === "LINK" ? null : (
                    <a
                      className="more"
                      href={channelHref(channel, basePath)}
                      aria-label={`${channel.name}：更多`}
                    >
                      更多 ›
                    </a>
                  )}
                </div>
                <div className="block-body">
                  {channel.children.length > 0 ? (
                    <ul className="sub-links" aria-label={`${channel.name}的下级栏目`}>
                      {channel.children.map((child) => (
                        <li key={child.id}>
                          <ChannelLink channel={child} basePath={basePath} />
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {channel.kind === "LINK" ? (
                    <p className="empty">本栏目链接至外部页面</p>
                  ) : channel.kind === "PAGE" ? (
                    <p className="block-page-link">
                      <a href={channelHref(channel, basePath)}>查看{channel.name}</a>
                    </p>
                  ) : items.length > 0 ? (
                    <ArticleList items={items} basePath={basePath} dates="short" />
                  ) : (
                    <p className="empty">{EMPTY_TEXT}</p>
                  )}
                </div>
              </section>
            );
          })}
        </div>
      )}
      {content.topics && content.topics.length > 0 ? (
        <section className="panel topics" aria-labelledby="topics-title">
          <h2 className="block-title" id="topics-title">
            专题
          </h2>
          <ul className="link-list">
            {content.topics.map((topic) => (
              <li key={topic.id}>
                <a href={`${basePath}/zt/${topic.slug}/`}>{topic.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {site.children.length > 0 ? (
        <section aria-labelledby="sub-sites">
          <h2 className="section-title" id="sub-sites">
            下级站点
          </h2>
          <div className="panel">
            <ul className="link-list">
              {site.children.map((child) => (
                <li key={child.id}>
                  <a href={`/s/${child.code}/`}>{child.name}</a>
                </li>
              ))}
            </ul>
          </div>
        </section>
      ) : null}
    </SiteLayout>
  );
}
