// A channel page: breadcrumb, name, sub-channels, and its content list ("暂无信息" until articles arrive).
import type { ChannelLinkFragment } from "../../gql/graphql";
import { ChannelLink } from "../components/ChannelLink";
import { EMPTY_TEXT } from "../components/labels";
import { SiteLayout } from "../layouts/SiteLayout";
import type { SitePageProps } from "./SiteHomePage";

export interface ChannelPageProps extends SitePageProps {
  channel: ChannelLinkFragment & { children: ChannelLinkFragment[] };
  /** Ancestors from the top-level channel down to the parent. */
  ancestors: ChannelLinkFragment[];
}

export function ChannelPage({ site, basePath, theme, stylesheet, channel, ancestors }: ChannelPageProps) {
  const topLevel = ancestors[0] ?? channel;
  return (
    <SiteLayout
      site={site}
      basePath={basePath}
      theme={theme}
      stylesheet={stylesheet}
      title={channel.name}
      currentChannelId={topLevel.id}
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
        {channel.kind === "LINK" && channel.linkUrl ? (
          <p className="empty">
            本栏目链接至：
            <a href={channel.linkUrl} rel="noopener noreferrer">
              {channel.linkUrl}
            </a>
          </p>
        ) : (
          <p className="empty">{EMPTY_TEXT}</p>
        )}
      </div>
    </SiteLayout>
  );
}
