// Base layout of a site: header with the site name, navigation from the channel tree, footer with the unit.
import type { ReactNode } from "react";
import { graphql } from "../../gql";
import type { SiteLayoutFragment } from "../../gql/graphql";
import { ChannelLink } from "../components/ChannelLink";
import { canonicalUrl } from "../components/canonical";
import { SearchForm } from "../components/SearchForm";
import type { Theme } from "../themes";
import { Document, Main } from "./Document";

export const siteLayoutFragment = graphql(`
  fragment SiteLayout on Site {
    id
    code
    name
    isDemo
    siteIdCode
    domains
    theme {
      logoUrl
      bannerUrl
      footerText
      icpNumber
      policeNumber
      showGovMark
    }
    unit {
      id
      name
      kind
    }
    parent {
      id
      code
      name
    }
    channels {
      ...ChannelLink
    }
  }
`);

export interface SiteLayoutProps {
  site: SiteLayoutFragment;
  /** "" on the site's own domain, "/s/<code>" on the fallback address. */
  basePath: string;
  theme: Theme;
  stylesheet: string;
  /** Page title before the site name; absent on the home page. */
  title?: string;
  description?: string | null;
  /**
   * Id of the top-level channel the page belongs to (highlighted in the navigation); null: none. Absent: found
   * from `path` (see `currentNavItem`).
   */
  currentChannelId?: string | null;
  /**
   * The page's path inside the site with its query (e.g. "/tzgg/?page=2"): its canonical link and og:url.
   * Absent on pages that are not addresses of their own (404, 410).
   */
  path?: string;
  /** More elements for <head> (meta tags, the channel's own feeds). */
  head?: ReactNode;
  children: ReactNode;
}

const HOME = Symbol("home");

/**
 * The navigation item marked as the current page: the channel the page names; else the top-level channel its
 * address lies under (a letter form under 互动交流's /hdjl/…); 首页 only on the home page itself; else none
 * (login, 智库, 意见征集 and other pages no navigation item leads to).
 */
function currentNavItem(
  site: SiteLayoutFragment,
  currentChannelId: string | null | undefined,
  path: string | undefined,
): string | typeof HOME | null {
  if (currentChannelId !== undefined) return currentChannelId;
  if (path === undefined) return null;
  const pathname = path.split("?")[0] ?? "";
  if (pathname === "/") return HOME;
  const first = pathname.split("/")[1];
  return site.channels.find((channel) => channel.kind !== "LINK" && channel.path === first)?.id ?? null;
}

export function SiteLayout(props: SiteLayoutProps) {
  const { site, basePath, theme, stylesheet, title, currentChannelId } = props;
  const home = `${basePath}/`;
  const look = site.theme;
  const canonical = props.path ? canonicalUrl(site, props.path) : null;
  const current = currentNavItem(site, currentChannelId, props.path);
  return (
    <Document
      title={title ? `${title} - ${site.name}` : site.name}
      description={props.description}
      stylesheet={stylesheet}
      themeColor={theme.primary}
      siteStylesheet={theme.siteStylesheet}
      greyMode={theme.greyMode}
      head={
        <>
          {canonical ? (
            <>
              <link rel="canonical" href={canonical} />
              <meta property="og:url" content={canonical} />
            </>
          ) : null}
          {/* Every page of a site points to the site's feeds. */}
          <link
            rel="alternate"
            type="application/rss+xml"
            title={`${site.name} RSS`}
            href={`${basePath}/rss.xml`}
          />
          <link
            rel="alternate"
            type="application/atom+xml"
            title={`${site.name} Atom`}
            href={`${basePath}/atom.xml`}
          />
          <link
            rel="alternate"
            type="application/feed+json"
            title={`${site.name} JSON Feed`}
            href={`${basePath}/feed.json`}
          />
          {props.head}
        </>
      }
    >
      <header className="site-header">
        {look.bannerUrl ? <img className="site-banner" src={look.bannerUrl} alt="" /> : null}
        <div className="container">
          <p className="site-title">
            <a href={home}>
              {look.logoUrl ? (
                <img className="site-logo" src={look.logoUrl} alt={`${site.name}标志`} />
              ) : null}
              {site.name}
            </a>
          </p>
          {site.isDemo ? (
            <span className="demo-badge" title="本站内容为演示用示例数据">
              示例数据
            </span>
          ) : null}
          {site.parent ? (
            <p className="site-subtitle">
              上级站点：
              <a href={`/s/${site.parent.code}/`}>{site.parent.name}</a>
            </p>
          ) : null}
          <SearchForm action={`${basePath}/search/`} />
        </div>
      </header>
      <nav className="site-nav" aria-label="栏目导航">
        <div className="container">
          <ul>
            <li>
              <a href={home} aria-current={current === HOME ? "page" : undefined}>
                首页
              </a>
            </li>
            {site.channels.map((channel) => (
              <li key={channel.id}>
                <ChannelLink channel={channel} basePath={basePath} current={channel.id === current} />
              </li>
            ))}
          </ul>
        </div>
      </nav>
      <Main>{props.children}</Main>
      <footer className="site-footer">
        <div className="container">
          <p>主办单位：{site.unit.name}</p>
          {look.footerText ? <p className="footer-text">{look.footerText}</p> : null}
          <p className="footer-meta">
            {site.siteIdCode ? <span>网站标识码：{site.siteIdCode}</span> : null}
            <span>ICP备案号：{look.icpNumber ?? "备案信息待补充"}</span>
            {look.policeNumber ? <span>公安备案号：{look.policeNumber}</span> : null}
            {look.showGovMark ? (
              <span className="gov-mark" title="党政机关网站标识（待接入）">
                党政机关
              </span>
            ) : null}
          </p>
          {site.isDemo ? <p>本站为集约化平台演示站点，所示内容均为示例数据。</p> : null}
        </div>
      </footer>
    </Document>
  );
}
