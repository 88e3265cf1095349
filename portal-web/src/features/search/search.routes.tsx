// /search/?q=…&page=N on a site (its own articles) and on the platform host (every online site).
// Not cached: the query is free visitor input, so caching by (site, q, page) would let anyone fill the page
// store with one entry per made-up query; the search itself is one indexed statement behind the gateway.
import type { GatewayClient } from "../../server/gateway";
import { renderDocument } from "../../server/html";
import type { RenderedPage } from "../../server/render-cache";
import type { SiteRoute } from "../../server/routing";
import { PlatformSearchPage, type SearchResults, SiteSearchPage } from "../../templates/pages/SearchPage";
import type { Theme } from "../../templates/themes";
import { siteArticlesTag } from "../article/article.tags";
import { searchQuery } from "./search.queries";

export const SEARCH_PAGE_SIZE = 10;
const MAX_QUERY = 100;
const PAGE_NUMBER = /^[1-9]\d{0,3}$/;

async function runSearch(
  gateway: GatewayClient,
  params: URLSearchParams,
  siteId: string | null,
): Promise<SearchResults | null> {
  const query = (params.get("q") ?? "").replace(/\s+/g, " ").trim();
  const rawPage = params.get("page");
  if (rawPage !== null && !PAGE_NUMBER.test(rawPage)) return null;
  const page = rawPage === null ? 1 : Number(rawPage);
  if (query === "") return { query, hits: null, page: 1, pageCount: 1 };
  if ([...query].length > MAX_QUERY)
    return { query, hits: null, page: 1, pageCount: 1, error: `搜索词不能超过 ${MAX_QUERY} 个字` };
  const data = await gateway.request(searchQuery, {
    query,
    siteId,
    offset: (page - 1) * SEARCH_PAGE_SIZE,
    limit: SEARCH_PAGE_SIZE,
  });
  const hits = data.searchPublished;
  const pageCount = Math.max(1, Math.ceil(hits.total / SEARCH_PAGE_SIZE));
  if (page > pageCount && page > 1) return null;
  return { query, hits, page, pageCount };
}

export const searchRoute: SiteRoute = {
  name: "search",
  cacheable: false,
  queryParams: ["q", "page"],
  match: (sitePath) =>
    sitePath === "/search/"
      ? async ({ site, basePath, theme, stylesheet, gateway, query, notFound }) => {
          const results = await runSearch(gateway, query, site.id);
          if (!results) return notFound();
          return {
            status: 200,
            html: renderDocument(
              <SiteSearchPage
                site={site}
                basePath={basePath}
                theme={theme}
                stylesheet={stylesheet}
                results={results}
              />,
            ),
            tags: [siteArticlesTag(site.id)],
            persist: false,
          };
        }
      : null,
};

/** The platform-wide search on a host that is no site's domain. Null: no such page. */
export async function renderPlatformSearch(options: {
  gateway: GatewayClient;
  query: URLSearchParams;
  theme: Theme;
  stylesheet: string;
}): Promise<RenderedPage | null> {
  const results = await runSearch(options.gateway, options.query, null);
  if (!results) return null;
  return {
    status: 200,
    html: renderDocument(
      <PlatformSearchPage theme={options.theme} stylesheet={options.stylesheet} results={results} />,
    ),
    tags: ["sites"],
    persist: false,
  };
}
