// /zt/<slug>/ — a topic page: the published articles of the topic's source channels, paged like channel lists.
import { renderDocument } from "../../server/html";
import type { RenderedPage } from "../../server/render-cache";
import { pageWithinReach, type SiteRoute } from "../../server/routing";
import { TopicPage } from "../../templates/pages/TopicPage";
import { articleTag, channelTag, siteArticlesTag } from "../article/article.tags";
import { LIST_PAGE_SIZE } from "../site/site.routes";
import { topicPageQuery } from "./topic.queries";
import { siteTopicsTag, topicTag } from "./topic.tags";

const TOPIC_PATH = /^\/zt\/([a-z0-9][a-z0-9-]{0,39})\/$/;
const PAGE_NUMBER = /^[1-9]\d{0,5}$/;

export const topicRoute: SiteRoute = {
  name: "topic",
  cacheable: true,
  queryParams: ["page"],
  match(sitePath) {
    const slug = TOPIC_PATH.exec(sitePath)?.[1];
    if (!slug) return null;
    return async (context) => {
      const { site, basePath, theme, stylesheet, gateway, query } = context;
      const href = `${basePath}/zt/${slug}/`;
      const baseTags = [siteTopicsTag(site.id)];
      const notFound = (tags: string[] = baseTags): RenderedPage => ({ ...context.notFound(), tags });

      const rawPage = query.get("page");
      if (rawPage !== null && !PAGE_NUMBER.test(rawPage)) return notFound();
      const page = rawPage === null ? 1 : Number(rawPage);
      if (!pageWithinReach(page, LIST_PAGE_SIZE)) return notFound();
      if (rawPage !== null && page === 1)
        return { status: 301, html: "", location: href, tags: baseTags, persist: false };

      const data = await gateway.request(topicPageQuery, {
        siteId: site.id,
        slug,
        offset: (page - 1) * LIST_PAGE_SIZE,
        limit: LIST_PAGE_SIZE,
      });
      const topic = data.topicBySlug;
      if (!topic) return notFound();
      // A publish or takedown in any source channel (channel tag; site-articles for moves between channels),
      // a pinned article going live, or a change of the topic itself.
      const tags = [
        ...baseTags,
        topicTag(topic.id),
        ...topic.sourceChannels.flatMap((channel) => [
          channelTag(channel.id),
          siteArticlesTag(channel.site.id),
        ]),
        ...topic.pinnedArticleIds.map((id) => articleTag(id)),
        ...topic.publishedArticles.items.map((item) => articleTag(item.id)),
      ];
      const list = topic.publishedArticles;
      const pageCount = Math.max(1, Math.ceil(list.total / LIST_PAGE_SIZE));
      if (page > pageCount) return notFound(tags);
      return {
        status: 200,
        html: renderDocument(
          <TopicPage
            site={site}
            basePath={basePath}
            theme={theme}
            stylesheet={stylesheet}
            topic={topic}
            href={href}
            page={page}
            pageCount={pageCount}
          />,
        ),
        tags,
      };
    };
  },
};
