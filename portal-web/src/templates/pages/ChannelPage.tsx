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
import { letterQueryHref, letterWriteHref, oneWindowWriteHref } from "../components/letter-links";
import { Pagination } from "../components/Pagination";
import { SiteLayout } from "../layouts/SiteLayout";
import { knowledgeHref } from "./KnowledgeListPage";
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

export interface MailboxItem {
  id: string;
  name: string;
  description: string | null;
}

export interface ChannelPageProps extends SitePageProps {
  channel: ChannelLinkFragment & { children: ChannelLinkFragment[] };
  /** Ancestors from the top-level channel down to the parent. */
  ancestors: ChannelLinkFragment[];
  content?: ChannelListContent | ChannelSingleContent;
  /** The 互动交流 channel lists the site's public mailboxes above its articles. */
  mailboxes?: MailboxItem[];
}

export function ChannelPage({
  site,
  basePath,
  theme,
  stylesheet,
  channel,
  ancestors,
  content,
  mailboxes,
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
      path={`/${channel.path}/${page > 1 ? `?page=${page}` : ""}`}
      head={
        <>
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
      {mailboxes ? (
        <section className="panel mailboxes" aria-labelledby="mailboxes-title">
          <h2 id="mailboxes-title">信箱</h2>
          {mailboxes.length > 0 ? (
            <ul className="link-list">
              {mailboxes.map((mailbox) => (
                <li key={mailbox.id}>
                  <a href={letterWriteHref(basePath, mailbox.id)}>
                    <strong>{mailbox.name}</strong>
                  </a>
                  {mailbox.description ? <p>{mailbox.description}</p> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty">本站暂未开设信箱</p>
          )}
          <p className="note">
            不清楚由哪个单位办理？请写信到<a href={oneWindowWriteHref(basePath)}>统一窗口</a>
            ，由市级统一分办。已写过信的，可<a href={letterQueryHref(basePath)}>凭查询码查询办理进度</a>。
          </p>
          <p className="note">
            写信之前，可先到<a href={knowledgeHref(basePath)}>智库</a>查看已答复的类似问题。
          </p>
        </section>
      ) : null}
      <div className="panel">
        {content?.kind === "single" && content.article ? (
          <article>
            <ArticleBody article={content.article} basePath={basePath} />
          </article>
        ) : content?.kind === "list" && content.items.length > 0 ? (
          <>
            <ArticleList items={content.items} basePath={basePath} />
            <Pagination href={href} page={content.page} pageCount={content.pageCount} total={content.total} />
          </>
        ) : mailboxes ? null : (
          <p className="empty">{EMPTY_TEXT}</p>
        )}
      </div>
    </SiteLayout>
  );
}
