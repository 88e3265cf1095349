// /search/?q=…&page=N on a site (its own articles) and on the platform host (every online site).
// Not cached: the query is free visitor input, so caching by (site, q, page) would let anyone fill the page
// store with one entry per made-up query; the search itself is one indexed statement behind the gateway.
import type { GatewayClient } from "../../server/gateway";
import { renderDocument } from "../../server/html";
import type { RenderedPage } from "../../server/render-cache";
import { pageWithinReach, type SiteRoute } from "../../server/routing";
import { PlatformSearchPage, type SearchResults, SiteSearchPage } from "../../templates/pages/SearchPage";
import type { Theme } from "../../templates/themes";
import { siteArticlesTag } from "../article/article.tags";
import { searchQuery } from "./search.queries";

export const SEARCH_PAGE_SIZE = 10;
const MAX_QUERY = 100;
const PAGE_NUMBER = /^[1-9]\d{0,3}$/;
/** Control characters (a NUL, say) are no search term: refused here, the gateway would refuse them anyway. */
const UNREADABLE = /\p{Cc}/u;

/** The results (null: no such page) and the status: 400 for a query no search can take. */
async function runSearch(
  gateway: GatewayClient,
  params: URLSearchParams,
  siteId: string | null,
): Promise<{ results: SearchResults; status: 200 | 400 } | null> {
  const query = (params.get("q") ?? "").replace(/\s+/g, " ").trim();
  const rawPage = params.get("page");
  if (rawPage !== null && !PAGE_NUMBER.test(rawPage)) return null;
  const page = rawPage === null ? 1 : Number(rawPage);
  if (!pageWithinReach(page, SEARCH_PAGE_SIZE)) return null;
  if (UNREADABLE.test(query)) {
    const results = { query: "", hits: null, page: 1, pageCount: 1, error: "搜索词含有无法识别的字符" };
    return { results, status: 400 };
  }
  if (query === "") return { results: { query, hits: null, page: 1, pageCount: 1 }, status: 200 };
  if ([...query].length > MAX_QUERY) {
    const results = { query, hits: null, page: 1, pageCount: 1, error: `搜索词不能超过 ${MAX_QUERY} 个字` };
    return { results, status: 200 };
  }
  const data = await gateway.request(searchQuery, {
    query,
    siteId,
    offset: (page - 1) * SEARCH_PAGE_SIZE,
    limit: SEARCH_PAGE_SIZE,
  });
  const hits = data.searchPublished;
  const pageCount = Math.max(1, Math.ceil(hits.total / SEARCH_PAGE_SIZE));
  if (page > pageCount && page > 1) return null;
  return { results: { query, hits, page, pageCount }, status: 200 };
}

export const searchRoute: SiteRoute = {
  name: "search",
  cacheable: false,
  queryParams: ["q", "page"],
  match: (sitePath) =>
    sitePath === "/search/"
      ? async ({ site, basePath, theme, stylesheet, gateway, query, notFound }) => {
          const found = await runSearch(gateway, query, site.id);
          if (!found) return notFound();
          const { results, status } = found;
          return {
            status,
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
  const found = await runSearch(options.gateway, options.query, null);
  if (!found) return null;
  const { results, status } = found;
  return {
    status,
    html: renderDocument(
      <PlatformSearchPage theme={options.theme} stylesheet={options.stylesheet} results={results} />,
    ),
    tags: ["sites"],
    persist: false,
  };
}
