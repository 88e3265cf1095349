// "You are leaving this site": shown before a link that leaves the platform. No automatic redirect — the
// visitor reads where the link goes and follows it (or goes back), with or without JavaScript.
import { SiteLayout } from "../layouts/SiteLayout";
import type { SitePageProps } from "./SiteHomePage";

export interface LeavePageProps extends SitePageProps {
  /** The external address (checked by the route: it is a link of this site's channels or of the article). */
  to: string;
  /** Where the link was: the article's page or the site's home. */
  back: string;
}

export function LeavePage({ site, basePath, theme, stylesheet, to, back }: LeavePageProps) {
  const host = new URL(to).host;
  return (
    <SiteLayout
      site={site}
      basePath={basePath}
      theme={theme}
      stylesheet={stylesheet}
      title="您即将离开本站"
      path="/leave/"
      head={<meta name="robots" content="noindex" />}
    >
      <div className="notice leave-notice">
        <h1>您即将离开本站</h1>
        <p>
          您访问的链接将离开「{site.name}」，前往 <strong>{host}</strong>
          。该网站不由本站管理，其内容、隐私与安全政策请以该网站为准。
        </p>
        <p className="leave-target">{to}</p>
        <p className="actions">
          <a className="button" href={to} rel="noopener noreferrer external">
            继续访问
          </a>
          <a className="button secondary" href={back}>
            返回
          </a>
        </p>
      </div>
    </SiteLayout>
  );
}
