// The platform index shown on "/" of a host that is no site's domain.
import type { GatewayClient } from "../../server/gateway";
import { renderDocument } from "../../server/html";
import type { RenderedPage } from "../../server/render-cache";
import { PlatformIndexPage, type PlatformSite } from "../../templates/pages/PlatformIndexPage";
import type { Theme } from "../../templates/themes";
import { platformSitesQuery } from "./platform.queries";

const PAGE_SIZE = 100;
/** A bound on the pages fetched, whatever `total` says. */
const MAX_SITES = 2_000;

export async function renderPlatformIndex(options: {
  gateway: GatewayClient;
  theme: Theme;
  stylesheet: string;
}): Promise<RenderedPage> {
  const sites: PlatformSite[] = [];
  for (let offset = 0; offset < MAX_SITES; offset += PAGE_SIZE) {
    const { sites: page } = await options.gateway.request(platformSitesQuery, { offset, limit: PAGE_SIZE });
    sites.push(...page.items.filter((site) => site.status === "ONLINE"));
    if (page.items.length < PAGE_SIZE || offset + PAGE_SIZE >= page.total) break;
  }
  return {
    status: 200,
    html: renderDocument(
      <PlatformIndexPage sites={sites} theme={options.theme} stylesheet={options.stylesheet} />,
    ),
    // Unit events also invalidate "sites" (unit names appear here).
    tags: ["sites"],
  };
}
