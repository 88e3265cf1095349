// A site's home page: its channels as blocks (content blocks fill in as articles arrive), then its sub-sites.
import type { SiteShellFragment } from "../../gql/graphql";
import { ChannelLink, channelHref } from "../components/ChannelLink";
import { EMPTY_TEXT } from "../components/labels";
import { SiteLayout } from "../layouts/SiteLayout";
import type { Theme } from "../themes";

export interface SitePageProps {
  site: SiteShellFragment;
  basePath: string;
  theme: Theme;
  stylesheet: string;
}

export function SiteHomePage({ site, basePath, theme, stylesheet }: SitePageProps) {
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
      {site.channels.length === 0 ? (
        <div className="panel">
          <p className="empty">{EMPTY_TEXT}</p>
        </div>
      ) : (
        <div className="blocks">
          {site.channels.map((channel) => {
            const headingId = `channel-${channel.id}`;
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
                    <ul className="link-list">
                      {channel.children.map((child) => (
                        <li key={child.id}>
                          <ChannelLink channel={child} basePath={basePath} />
                        </li>
                      ))}
                    </ul>
                  ) : channel.kind === "LINK" ? (
                    <p className="empty">本栏目链接至外部页面</p>
                  ) : (
                    <p className="empty">{EMPTY_TEXT}</p>
                  )}
                </div>
              </section>
            );
          })}
        </div>
      )}
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
