// Search results of one site or of the whole platform: highlighted title and snippet, date, pagination.
import type { ReactNode } from "react";
import type { PortalSearchQuery, SiteLayoutFragment } from "../../gql/graphql";
import { articleHref } from "../components/ArticleList";
import { formatDate } from "../components/format";
import { Highlighted } from "../components/Highlighted";
import { Pagination } from "../components/Pagination";
import { SearchForm } from "../components/SearchForm";
import { PlatformLayout } from "../layouts/PlatformLayout";
import { SiteLayout } from "../layouts/SiteLayout";
import type { Theme } from "../themes";

export type SearchHits = PortalSearchQuery["searchPublished"];

export interface SearchResults {
  query: string;
  /** Null when the query was refused (empty or too long). */
  hits: SearchHits | null;
  page: number;
  pageCount: number;
  error?: string;
}

export function searchHref(action: string, query: string): string {
  return `${action}?${new URLSearchParams({ q: query }).toString()}`;
}

function Results({
  results,
  action,
  siteBase,
}: {
  results: SearchResults;
  action: string;
  /** The site's base path; null on the platform search, where each hit links to its own site. */
  siteBase: string | null;
}) {
  const { query, hits } = results;
  return (
    <section className="search-results">
      <h1>搜索</h1>
      <SearchForm action={action} query={query} />
      {results.error ? <p className="search-error">{results.error}</p> : null}
      {hits && hits.items.length === 0 ? (
        <p className="search-empty">没有找到与“{query}”相关的文章。</p>
      ) : null}
      {hits && hits.items.length > 0 ? (
        <>
          <ol className="search-hits">
            {hits.items.map(({ article, titleHighlight, snippet }) => {
              const base = siteBase ?? `/s/${article.site.code}`;
              return (
                <li key={article.id}>
                  <h2>
                    <a href={articleHref(base, article.channel.path, article.id)}>
                      <Highlighted value={titleHighlight} />
                    </a>
                  </h2>
                  <p className="search-snippet">
                    <Highlighted value={snippet} />
                  </p>
                  <p className="search-meta">
                    {siteBase === null ? <span>{article.site.name}</span> : null}
                    <span>{article.channel.name}</span>
                    <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
                  </p>
                </li>
              );
            })}
          </ol>
          <Pagination
            href={searchHref(action, query)}
            page={results.page}
            pageCount={results.pageCount}
            total={hits.total}
          />
        </>
      ) : null}
    </section>
  );
}

export function SiteSearchPage(props: {
  site: SiteLayoutFragment;
  basePath: string;
  theme: Theme;
  stylesheet: string;
  results: SearchResults;
}): ReactNode {
  const action = `${props.basePath}/search/`;
  return (
    <SiteLayout
      site={props.site}
      basePath={props.basePath}
      theme={props.theme}
      stylesheet={props.stylesheet}
      title={props.results.query ? `搜索：${props.results.query}` : "搜索"}
      currentChannelId={null}
      path="/search/"
      head={<meta name="robots" content="noindex" />}
    >
      <Results results={props.results} action={action} siteBase={props.basePath} />
    </SiteLayout>
  );
}

export function PlatformSearchPage(props: { theme: Theme; stylesheet: string; results: SearchResults }) {
  return (
    <PlatformLayout title="全站搜索" theme={props.theme} stylesheet={props.stylesheet}>
      <Results results={props.results} action="/search/" siteBase={null} />
    </PlatformLayout>
  );
}
