// How a request URL becomes a page: which site (by /s/<code>/ or by Host), which path inside the site, which
// route, and the normalised cache key. Routes are registered by features (site home, channel, later
// articles, letters…); each declares whether its pages may be cached and which query parameters matter.
import { isIP } from "node:net";
import type { SiteShellFragment } from "../gql/graphql";
import type { Theme } from "../templates/themes";
import type { GatewayClient } from "./gateway";
import type { RenderedPage } from "./render-cache";

export interface SiteRenderContext {
  site: SiteShellFragment;
  /** "" on the site's own domain, "/s/<code>" on the fallback address; prefix of every link inside the site. */
  basePath: string;
  /** Only the query parameters the route declared. */
  query: URLSearchParams;
  gateway: GatewayClient;
  /**
   * Scheme and host the request came by, e.g. "https://www.example.org". Never for absolute URLs in a page (a
   * forged Host header would end up in it): those are the site's canonical ones (`canonicalUrl`).
   */
  origin: string;
  theme: Theme;
  stylesheet: string;
  /** The site's 404 page (a route that finds nothing at its path answers with this). */
  notFound(): RenderedPage;
  /** When this site published the article and has taken it down since (its address answers 410). */
  withdrawnArticle(articleId: string): { withdrawnAt: string } | null;
  /** The site's 410 page. */
  gone(): RenderedPage;
}

/** Renders one page; the tags it returns are added to the site's own (site, unit, parent site). */
export type SiteRenderer = (context: SiteRenderContext) => Promise<RenderedPage>;

export interface SiteRoute {
  name: string;
  /** false for pages with forms or per-visitor content: rendered for every request, never stored. */
  cacheable: boolean;
  /** Query parameters that change the page; all others are ignored (and not part of the cache key). */
  queryParams?: readonly string[];
  /** The page holds absolute URLs built from the request's origin, so the origin is part of its cache key. */
  absoluteUrls?: boolean;
  /**
   * The renderer when `sitePath` is this route's, else null. A site path starts with "/" and either ends with
   * "/" (a directory page) or is a file name such as "/gzdt/123.html" or "/rss.xml".
   */
  match(sitePath: string): SiteRenderer | null;
}

export type PageTarget =
  | {
      kind: "page";
      by: "code";
      code: string;
      basePath: string;
      sitePath: string;
      /**
       * The Host it was asked on when that could be a site's own domain (else ""): a site's domain serves that
       * site only, so /s/<other>/ there is a 404 (see `createPortal`), and the page is cached per such host.
       */
      host: string;
    }
  | { kind: "page"; by: "host"; host: string; basePath: ""; sitePath: string }
  | { kind: "redirect"; location: string }
  /** A path that can never be a page (a file name, a malformed site code): 404 without asking the gateway. */
  | { kind: "missing" };

const SITE_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
/** File names a route may serve (articles, feeds, sitemaps, robots.txt); any other file name is never a page. */
const PAGE_FILE = /^[A-Za-z0-9_-]{1,80}\.(?:html|xml|json|txt|css)$/;

export function parseTarget(hostname: string, rawPath: string, search: string): PageTarget {
  const path = rawPath.replace(/\/{2,}/g, "/");
  const lastSegment = path.slice(path.lastIndexOf("/") + 1);
  if (lastSegment.includes(".")) {
    if (!PAGE_FILE.test(lastSegment)) return { kind: "missing" };
  } else if (!path.endsWith("/")) return { kind: "redirect", location: `${path}/${search}` };
  if (path !== rawPath) return { kind: "redirect", location: `${path}${search}` };

  const fallback = /^\/s\/([^/]+)(\/.*)$/.exec(path);
  if (fallback) {
    const [, code = "", sitePath = "/"] = fallback;
    if (!SITE_CODE.test(code)) return { kind: "missing" };
    const host = normaliseHost(hostname);
    return {
      kind: "page",
      by: "code",
      code,
      basePath: `/s/${code}`,
      sitePath,
      host: couldBeSiteDomain(host) ? host : "",
    };
  }
  if (path === "/s/") return { kind: "redirect", location: "/" };
  return { kind: "page", by: "host", host: normaliseHost(hostname), basePath: "", sitePath: path };
}

export function normaliseHost(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, "");
}

/** Sites are bound to domain names, never to an IP address or a bare machine name such as localhost. */
export function couldBeSiteDomain(host: string): boolean {
  return host.includes(".") && isIP(host.replace(/^\[|\]$/g, "")) === 0;
}

/**
 * The cache key: host and path, plus the route's own query parameters in a fixed order. Pages reached by
 * /s/<code>/ look the same on every host that is no site's domain, so their key has no host then.
 */
export function cacheKeyOf(
  target: Extract<PageTarget, { kind: "page" }>,
  query: URLSearchParams,
  origin?: string,
): string {
  const prefix = origin ?? (target.by === "code" ? target.host || "*" : target.host);
  const path = `${target.basePath}${target.sitePath}`;
  const params = [...query.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return params.length > 0
    ? `${prefix}${path}?${new URLSearchParams(params).toString()}`
    : `${prefix}${path}`;
}

/** The gateway refuses list offsets beyond this (the subgraphs' bound on pagination). */
export const MAX_OFFSET = 10_000;

/**
 * Whether the gateway can list page `page` (1-based) of `pageSize` items at all; a page beyond it is beyond the
 * last page a visitor can reach (404), checked before asking, as the gateway would refuse it as bad input.
 */
export function pageWithinReach(page: number, pageSize: number): boolean {
  return (page - 1) * pageSize <= MAX_OFFSET;
}

export function routeQuery(route: SiteRoute | undefined, search: URLSearchParams): URLSearchParams {
  const kept = new URLSearchParams();
  for (const name of route?.queryParams ?? []) {
    const value = search.get(name);
    if (value !== null && value !== "") kept.set(name, value);
  }
  return kept;
}
