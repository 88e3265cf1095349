// Layout of pages that belong to no site: the platform index and the platform's error pages.
import type { ReactNode } from "react";
import { SearchForm } from "../components/SearchForm";
import type { Theme } from "../themes";
import { Document, Main } from "./Document";

export const PLATFORM_NAME = "党群网站集约化平台";

export function PlatformLayout(props: {
  title?: string;
  theme: Theme;
  stylesheet: string;
  children: ReactNode;
}) {
  return (
    <Document
      title={props.title ? `${props.title} - ${PLATFORM_NAME}` : PLATFORM_NAME}
      description="全市党群单位网站统一入口"
      stylesheet={props.stylesheet}
      themeColor={props.theme.primary}
      greyMode={props.theme.greyMode}
    >
      <header className="site-header">
        <div className="container">
          <p className="site-title">
            <a href="/">{PLATFORM_NAME}</a>
          </p>
          <p className="site-subtitle">集约 · 全市党群单位网站统一入口</p>
          <SearchForm action="/search/" />
        </div>
      </header>
      <Main>{props.children}</Main>
      <footer className="site-footer">
        <div className="container">
          <p>集约 · {PLATFORM_NAME}</p>
          <p className="footer-meta">
            <span>ICP备案号：备案信息待补充</span>
          </p>
        </div>
      </footer>
    </Document>
  );
}
