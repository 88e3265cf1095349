// Routes of a site: its home page and its channel pages (lists with pagination, single pages, links).
import { renderDocument } from "../../server/html";
import type { RenderedPage } from "../../server/render-cache";
import { pageWithinReach, type SiteRoute } from "../../server/routing";
import { pinnedFirst } from "../../templates/components/ArticleList";
import { ChannelPage } from "../../templates/pages/ChannelPage";
import { type HomeContent, SiteHomePage } from "../../templates/pages/SiteHomePage";
import { channelArticlesQuery, channelSinglePageQuery, siteHomeQuery } from "../article/article.queries";
import { articleTag, channelTag, siteArticlesTag } from "../article/article.tags";
import { MAILBOX_CHANNEL_PATH, siteMailboxesQuery, unitMailboxesTag } from "../mailbox/mailbox.queries";
import { siteTopicsTag } from "../topic/topic.tags";
import { findChannel } from "./channel-tree";

/** The window of the site's latest articles searched for headline, carousel and pinned items. */
const HOME_RECENT = 50;
const HOME_PER_CHANNEL = 6;
const HOME_HEADLINES = 3;
const HOME_CAROUSEL = 5;
const HOME_PINNED = 5;
export const LIST_PAGE_SIZE = 20;

export const siteHomeRoute: SiteRoute = {
  name: "site-home",
  cacheable: true,
  match: (sitePath) =>
    sitePath === "/"
      ? async ({ site, basePath, theme, stylesheet, gateway }) => {
          const data = await gateway.request(siteHomeQuery, {
            siteId: site.id,
            recent: HOME_RECENT,
            perChannel: HOME_PER_CHANNEL,
          });
          const recent = data.publishedArticles.items;
          const latest = new Map(
            (data.site?.channels ?? [])
              .flatMap((channel) => [channel, ...channel.children])
              .filter((channel) => channel.kind === "LIST")
              .map((channel) => [channel.id, pinnedFirst(channel.publishedArticles.items)] as const),
          );
          const content: HomeContent = {
            headlines: recent.filter((item) => item.headline).slice(0, HOME_HEADLINES),
            carousel: recent.filter((item) => item.carousel && item.coverImageUrl).slice(0, HOME_CAROUSEL),
            pinned: recent.filter((item) => item.pinned).slice(0, HOME_PINNED),
            latest,
            topics: data.site?.topics ?? [],
          };
          const shown = [
            ...content.headlines,
            ...content.carousel,
            ...content.pinned,
            ...[...latest.values()].flat(),
          ];
          return {
            status: 200,
            html: renderDocument(
              <SiteHomePage
                site={site}
                basePath={basePath}
                theme={theme}
                stylesheet={stylesheet}
                content={content}
              />,
            ),
            tags: [
              siteArticlesTag(site.id),
              siteTopicsTag(site.id),
              ...site.channels.map((channel) => channelTag(channel.id)),
              ...shown.map((item) => articleTag(item.id)),
            ],
          };
        }
      : null,
};

const CHANNEL_PATH = /^\/([a-z0-9-]+(?:\/[a-z0-9-]+)*)\/$/;
const PAGE_NUMBER = /^[1-9]\d{0,5}$/;

/** /<channel path>/ — the most general pattern, so it is registered last. */
export const channelRoute: SiteRoute = {
  name: "channel",
  cacheable: true,
  queryParams: ["page"],
  match(sitePath) {
    const path = CHANNEL_PATH.exec(sitePath)?.[1];
    if (!path) return null;
    return async (context) => {
      const found = findChannel(context.site.channels, path);
      if (!found) return context.notFound();
      const { site, basePath, theme, stylesheet, gateway, query } = context;
      const { channel, ancestors } = found;
      const href = `${basePath}/${channel.path}/`;
      const listTags = [channelTag(channel.id), siteArticlesTag(site.id)];
      const notFound = (): RenderedPage => ({ ...context.notFound(), tags: listTags });

      if (channel.kind === "LINK") {
        const target = channel.linkUrl && /^https?:\/\//i.test(channel.linkUrl) ? channel.linkUrl : null;
        if (!target) return notFound();
        return { status: 302, html: "", location: target, tags: [channelTag(channel.id)], persist: false };
      }

      const rawPage = query.get("page");
      if (rawPage !== null && !PAGE_NUMBER.test(rawPage)) return notFound();
      const page = rawPage === null ? 1 : Number(rawPage);
      if (!pageWithinReach(page, LIST_PAGE_SIZE)) return notFound();
      // Page 1 has one address: the channel's, without the parameter.
      if (rawPage !== null && page === 1) {
        return { status: 301, html: "", location: href, tags: listTags, persist: false };
      }
      // 互动交流 shows the site's public mailboxes (writing letters online comes with a later issue).
      const mailboxes =
        channel.path === MAILBOX_CHANNEL_PATH
          ? ((await gateway.request(siteMailboxesQuery, { siteId: site.id })).site?.mailboxes ?? [])
          : undefined;
      const mailboxTags = mailboxes ? [unitMailboxesTag(site.unit.id)] : [];
      const render = (content: Parameters<typeof ChannelPage>[0]["content"]) =>
        renderDocument(
          <ChannelPage
            site={site}
            basePath={basePath}
            theme={theme}
            stylesheet={stylesheet}
            channel={channel}
            ancestors={ancestors}
            content={content}
            mailboxes={mailboxes}
          />,
        );

      if (channel.kind === "PAGE") {
        if (page !== 1) return notFound();
        const data = await gateway.request(channelSinglePageQuery, { channelId: channel.id });
        const article = data.channel?.publishedArticles.items[0] ?? null;
        return {
          status: 200,
          html: render({ kind: "single", article }),
          tags: [...listTags, ...mailboxTags, ...(article ? [articleTag(article.id)] : [])],
        };
      }

      const data = await gateway.request(channelArticlesQuery, {
        channelId: channel.id,
        offset: (page - 1) * LIST_PAGE_SIZE,
        limit: LIST_PAGE_SIZE,
      });
      const list = data.channel?.publishedArticles ?? { total: 0, items: [] };
      const pageCount = Math.max(1, Math.ceil(list.total / LIST_PAGE_SIZE));
      if (page > pageCount) return notFound();
      return {
        status: 200,
        html: render({ kind: "list", items: list.items, page, pageCount, total: list.total }),
        tags: [...listTags, ...mailboxTags, ...list.items.map((item) => articleTag(item.id))],
      };
    };
  },
};
