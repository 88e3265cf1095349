// The HTML document every page shares: language, viewport, one stylesheet, skip link. No scripts.
import type { ReactNode } from "react";

export interface DocumentProps {
  title: string;
  description?: string | null;
  /** Hashed stylesheet URL of the site's theme. */
  stylesheet: string;
  themeColor: string;
  /** More elements for <head>: feed links, canonical link, meta tags. */
  head?: ReactNode;
  children: ReactNode;
}

export function Document({ title, description, stylesheet, themeColor, head, children }: DocumentProps) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="format-detection" content="telephone=no" />
        <title>{title}</title>
        {description ? <meta name="description" content={description} /> : null}
        <meta name="theme-color" content={themeColor} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href={stylesheet} />
        {head}
      </head>
      <body>
        <a className="skip-link" href="#main">
          跳到主要内容
        </a>
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
