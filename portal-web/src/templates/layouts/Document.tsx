// The HTML document every page shares: language, viewport, one stylesheet, skip link, and the accessibility
// toolbar — its one external script only enhances; without JavaScript the toolbar stays hidden.
import type { ReactNode } from "react";
import { toolbarScript } from "../assets";

export interface DocumentProps {
  title: string;
  description?: string | null;
  /** Hashed stylesheet URL of the site's theme. */
  stylesheet: string;
  themeColor: string;
  /** The site's own stylesheet, after the base one (colours from 站点外观). */
  siteStylesheet?: string;
  /** City-wide grey mode: a class on <html> the stylesheet turns grey. */
  greyMode?: boolean;
  /** More elements for <head>: feed links, canonical link, meta tags. */
  head?: ReactNode;
  children: ReactNode;
}

export function Document({
  title,
  description,
  stylesheet,
  themeColor,
  siteStylesheet,
  greyMode,
  head,
  children,
}: DocumentProps) {
  return (
    <html lang="zh-CN" className={greyMode ? "grey-mode" : undefined}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="format-detection" content="telephone=no" />
        <title>{title}</title>
        {description ? <meta name="description" content={description} /> : null}
        <meta name="theme-color" content={themeColor} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href={stylesheet} />
        {siteStylesheet ? <link rel="stylesheet" href={siteStylesheet} /> : null}
        <script src={toolbarScript.href} />
        {head}
      </head>
      <body>
        <a className="skip-link" href="#main">
          跳到主要内容
        </a>
        <A11yToolbar />
        {children}
      </body>
    </html>
  );
}

/** The `<main>` landmark the skip link targets. */
export function Main({ children }: { children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1}>
      <div className="container">{children}</div>
    </main>
  );
}

/** Shown by the toolbar script; each button toggles a setting kept in the visitor's browser. */
function A11yToolbar() {
  return (
    <fieldset id="a11y-toolbar" className="a11y-toolbar" aria-label="无障碍工具" hidden>
      <div className="container">
        <button type="button" data-a11y="large" aria-pressed="false">
          大字
        </button>
        <button type="button" data-a11y="contrast" aria-pressed="false">
          高对比度
        </button>
        <button type="button" data-a11y="line" aria-pressed="false">
          阅读线
        </button>
        <button type="button" data-a11y="reset">
          恢复默认
        </button>
      </div>
    </fieldset>
  );
}
