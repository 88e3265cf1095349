// The platform index shown on "/" of a host that is no site's domain, and its /sitemap.xml: a sitemap index
// naming each online site's sitemap by its canonical URL (never from the request's Host).
import type { GatewayClient } from "../../server/gateway";
import { renderDocument } from "../../server/html";
import type { RenderedPage } from "../../server/render-cache";
import { canonicalUrl } from "../../templates/components/canonical";
import { PlatformIndexPage, type PlatformSite } from "../../templates/pages/PlatformIndexPage";
import type { Theme } from "../../templates/themes";
import { platformSitesQuery } from "./platform.queries";

const PAGE_SIZE = 100;
/** A bound on the pages fetched, whatever `total` says. */
const MAX_SITES = 2_000;

async function onlineSites(gateway: GatewayClient): Promise<PlatformSite[]> {
  const sites: PlatformSite[] = [];
  for (let offset = 0; offset < MAX_SITES; offset += PAGE_SIZE) {
    const { sites: page } = await gateway.request(platformSitesQuery, { offset, limit: PAGE_SIZE });
    sites.push(...page.items.filter((site) => site.status === "ONLINE"));
    if (page.items.length < PAGE_SIZE || offset + PAGE_SIZE >= page.total) break;
  }
  return sites;
}

export async function renderPlatformIndex(options: {
  gateway: GatewayClient;
  theme: Theme;
  stylesheet: string;
}): Promise<RenderedPage> {
  const sites = await onlineSites(options.gateway);
  return {
    status: 200,
    html: renderDocument(
      <PlatformIndexPage sites={sites} theme={options.theme} stylesheet={options.stylesheet} />,
    ),
    // Unit events also invalidate "sites" (unit names appear here).
    tags: ["sites"],
  };
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** The platform host's /sitemap.xml: a sitemap index of the online sites' sitemaps. */
export async function renderPlatformSitemapIndex(options: { gateway: GatewayClient }): Promise<RenderedPage> {
  const sites = await onlineSites(options.gateway);
  const body = sites
    .map((site) => `<sitemap><loc>${escapeXml(canonicalUrl(site, "/sitemap.xml"))}</loc></sitemap>`)
    .join("\n");
  return {
    status: 200,
    html: `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`,
    contentType: "application/xml; charset=utf-8",
    // Sites going online or offline, or changing domains, are site events.
    tags: ["sites"],
  };
}
