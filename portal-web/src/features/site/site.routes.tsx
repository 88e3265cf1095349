// Routes of a site: its home page and its channel pages.
import { renderDocument } from "../../server/html";
import type { SiteRoute } from "../../server/routing";
import { ChannelPage } from "../../templates/pages/ChannelPage";
import { SiteHomePage } from "../../templates/pages/SiteHomePage";
import { findChannel } from "./channel-tree";

export const siteHomeRoute: SiteRoute = {
  name: "site-home",
  cacheable: true,
  match: (sitePath) =>
    sitePath === "/"
      ? async ({ site, basePath, theme, stylesheet }) => ({
          status: 200,
          html: renderDocument(
            <SiteHomePage site={site} basePath={basePath} theme={theme} stylesheet={stylesheet} />,
          ),
          tags: site.channels.map((channel) => `channel:${channel.id}`),
        })
      : null,
};

const CHANNEL_PATH = /^\/([a-z0-9-]+(?:\/[a-z0-9-]+)*)\/$/;

/** /<channel path>/ — the most general pattern, so it is registered last. */
export const channelRoute: SiteRoute = {
  name: "channel",
  cacheable: true,
  match(sitePath) {
    const path = CHANNEL_PATH.exec(sitePath)?.[1];
    if (!path) return null;
    return async (context) => {
      const found = findChannel(context.site.channels, path);
      if (!found) return context.notFound();
      const { site, basePath, theme, stylesheet } = context;
      return {
        status: 200,
        html: renderDocument(
          <ChannelPage
            site={site}
            basePath={basePath}
            theme={theme}
            stylesheet={stylesheet}
            channel={found.channel}
            ancestors={found.ancestors}
          />,
        ),
        tags: [`channel:${found.channel.id}`],
      };
    };
  },
};

export const siteRoutes: SiteRoute[] = [siteHomeRoute, channelRoute];
