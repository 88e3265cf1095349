// robots.txt per site: everything may be crawled except search results, and the site's sitemap is named by its
// canonical URL (never from the request's Host header). Hosts that are no site get the platform's own file.
import type { RenderedPage } from "../../server/render-cache";
import type { SiteRoute } from "../../server/routing";
import { canonicalUrl, platformPublicUrl } from "../../templates/components/canonical";

const CONTENT_TYPE = "text/plain; charset=utf-8";

export const robotsRoute: SiteRoute = {
  name: "robots",
  cacheable: true,
  match: (sitePath) =>
    sitePath === "/robots.txt"
      ? async ({ site, basePath }) => ({
          status: 200,
          html: robotsText({
            disallow: [`${basePath}/search/`],
            sitemap: canonicalUrl(site, "/sitemap.xml"),
          }),
          contentType: CONTENT_TYPE,
          tags: [],
        })
      : null,
};

/**
 * The platform host's robots.txt: the index and every site by its /s/<code>/ address may be crawled; its sitemap
 * is the index of the sites' sitemaps.
 */
export function platformRobots(): RenderedPage {
  return {
    status: 200,
    html: robotsText({
      disallow: ["/search/", "/s/*/search/"],
      sitemap: `${platformPublicUrl()}/sitemap.xml`,
    }),
    contentType: CONTENT_TYPE,
    tags: ["sites"],
  };
}

function robotsText(options: { disallow: string[]; sitemap?: string }): string {
  const lines = ["User-agent: *", "Allow: /", ...options.disallow.map((path) => `Disallow: ${path}`)];
  if (options.sitemap) lines.push("", `Sitemap: ${options.sitemap}`);
  return `${lines.join("\n")}\n`;
}
