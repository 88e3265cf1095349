// A site's home page in the blocks of its layout (站点外观 → 首页布局): headline, carousel (a static list of
// pictures; no script), pinned items, channel blocks with their latest articles, topics; then the sub-sites.
// Without a layout: headline, carousel, pinned, a block per top-level channel, topics.
import { Fragment, type ReactNode } from "react";
import type {
  ChannelLinkFragment,
  ChannelTreeFragment,
  PublishedArticleItemFragment,
  SiteShellFragment,
} from "../../gql/graphql";
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
  /** Latest articles per list channel (top level and their children), by channel id (pinned first). */
  latest: ReadonlyMap<string, PublishedArticleItemFragment[]>;
  /** Enabled topics (专题) of the site, in their order. */
  topics?: { id: string; name: string; slug: string }[];
}

const NO_CONTENT: HomeContent = { headlines: [], carousel: [], pinned: [], latest: new Map() };

type Block = NonNullable<SiteShellFragment["homeLayout"]>[number];
type TreeChannel = ChannelLinkFragment & { children?: TreeChannel[] };

function standardLayout(site: SiteShellFragment): Block[] {
  return [
    { kind: "HEADLINE", channelId: null, title: null },
    { kind: "CAROUSEL", channelId: null, title: null },
    { kind: "PINNED", channelId: null, title: null },
    ...site.channels.map((channel): Block => ({ kind: "CHANNEL", channelId: channel.id, title: null })),
    { kind: "TOPICS", channelId: null, title: null },
  ];
}

function channelById(tree: ChannelTreeFragment[], id: string): TreeChannel | null {
  const walk = (nodes: TreeChannel[]): TreeChannel | null => {
    for (const node of nodes) {
      if (node.id === id) return node;
      const found = node.children ? walk(node.children) : null;
      if (found) return found;
    }
    return null;
  };
  return walk(tree);
}

export function SiteHomePage({
  site,
  basePath,
  theme,
  stylesheet,
  content = NO_CONTENT,
}: SitePageProps & { content?: HomeContent }) {
  const layout = site.homeLayout ?? standardLayout(site);
  // Consecutive channel blocks share one grid.
  const sections: ReactNode[] = [];
  let grid: ReactNode[] = [];
  const closeGrid = () => {
    if (grid.length > 0) {
      sections.push(
        <div className="blocks" key={`blocks-${sections.length}`}>
          {grid}
        </div>,
      );
      grid = [];
    }
  };
  for (const block of layout) {
    if (block.kind === "CHANNEL") {
      const channel = block.channelId ? channelById(site.channels, block.channelId) : null;
      if (channel)
        grid.push(
          <ChannelBlock
            key={channel.id}
            channel={channel}
            title={block.title}
            basePath={basePath}
            items={content.latest.get(channel.id) ?? []}
          />,
        );
      continue;
    }
    closeGrid();
    const section = renderBlock(block, content, basePath);
    if (section) sections.push(<Fragment key={`${block.kind}-${sections.length}`}>{section}</Fragment>);
  }
  closeGrid();
  return (
    <SiteLayout
      site={site}
      basePath={basePath}
      theme={theme}
      stylesheet={stylesheet}
      description={site.description}
      path="/"
    >
      <h1 className="page-title">{site.name}</h1>
      {site.description ? <p className="lead">{site.description}</p> : null}
      {site.channels.length === 0 ? (
        <div className="panel">
          <p className="empty">{EMPTY_TEXT}</p>
        </div>
      ) : null}
      {sections}
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

function renderBlock(block: Block, content: HomeContent, basePath: string): ReactNode {
  switch (block.kind) {
    case "HEADLINE": {
      const [lead, ...moreHeadlines] = content.headlines;
      if (!lead) return null;
      return (
        <section className="headline" aria-labelledby="headline-title">
          <h2 className={block.title ? "section-title" : "visually-hidden"} id="headline-title">
            {block.title ?? "头条"}
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
      );
    }
    case "CAROUSEL":
      if (content.carousel.length === 0) return null;
      return (
        <section className="carousel" aria-labelledby="carousel-title">
          <h2 className="section-title" id="carousel-title">
            {block.title ?? "图片新闻"}
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
      );
    case "PINNED":
      if (content.pinned.length === 0) return null;
      return (
        <section className="panel pinned" aria-labelledby="pinned-title">
          <h2 className="block-title" id="pinned-title">
            {block.title ?? "置顶"}
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
      );
    case "TOPICS":
      if (!content.topics || content.topics.length === 0) return null;
      return (
        <section className="panel topics" aria-labelledby="topics-title">
          <h2 className="block-title" id="topics-title">
            {block.title ?? "专题"}
          </h2>
          <ul className="link-list">
            {content.topics.map((topic) => (
              <li key={topic.id}>
                <a href={`${basePath}/zt/${topic.slug}/`}>{topic.name}</a>
              </li>
            ))}
          </ul>
        </section>
      );
    default:
      return null;
  }
}

function ChannelBlock({
  channel,
  title,
  basePath,
  items,
}: {
  channel: TreeChannel;
  title: string | null;
  basePath: string;
  items: PublishedArticleItemFragment[];
}) {
  const headingId = `channel-${channel.id}`;
  const children = channel.children ?? [];
  return (
    <section className="block" aria-labelledby={headingId}>
      <div className="block-header">
        <h2 id={headingId}>
          {title ? (
            <a href={channelHref(channel, basePath)}>{title}</a>
          ) : (
            <ChannelLink channel={channel} basePath={basePath} />
          )}
        </h2>
        {channel.kind === "LINK" ? null : (
          <a
            className="more"
            href={channelHref(channel, basePath)}
            aria-label={`${title ?? channel.name}：更多`}
          >
            更多 ›
          </a>
        )}
      </div>
      <div className="block-body">
        {children.length > 0 ? (
          <ul className="sub-links" aria-label={`${channel.name}的下级栏目`}>
            {children.map((child) => (
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
}
