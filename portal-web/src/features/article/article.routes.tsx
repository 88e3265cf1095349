// Article pages: /<channel path>/<article id>.html — only published articles of this site, else 404.
import { renderDocument } from "../../server/html";
import type { SiteRoute } from "../../server/routing";
import { articleHref } from "../../templates/components/ArticleList";
import { ArticlePage } from "../../templates/pages/ArticlePage";
import { findChannel } from "../site/channel-tree";
import { articleQuery } from "./article.queries";
import { articlePageTag, articleTag, siteArticlesTag } from "./article.tags";

const ARTICLE_PATH =
  /^\/([a-z0-9-]+(?:\/[a-z0-9-]+)*)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.html$/;

export const articleRoute: SiteRoute = {
  name: "article",
  cacheable: true,
  match(sitePath) {
    const matched = ARTICLE_PATH.exec(sitePath);
    if (!matched) return null;
    const [, path = "", id = ""] = matched;
    return async (context) => {
      const { site, basePath, theme, stylesheet, gateway } = context;
      const { publishedArticle: article } = await gateway.request(articleQuery, { id });
      if (!article || article.site.id !== site.id) {
        // Tagged so that publishing this id later replaces the 404 or 410.
        const tags = [articleTag(id), siteArticlesTag(site.id)];
        // Taken down after being published here: 410 Gone. A draft was never public, so it stays a 404.
        if (!article && context.withdrawnArticle(id)) return { ...context.gone(), tags };
        return { ...context.notFound(), tags };
      }
      // The channel's name in the breadcrumb changes only with channel events, which carry the site's tag.
      const tags = [articleTag(article.id), articlePageTag(article.id)];
      if (path !== article.channel.path) {
        return {
          status: 301,
          html: "",
          location: articleHref(basePath, article.channel.path, article.id),
          tags,
          persist: false,
        };
      }
      // The tree holds three levels; a deeper channel is shown without its ancestors.
      const found = findChannel(site.channels, article.channel.path);
      const channel = found?.channel ?? { ...article.channel, linkUrl: null };
      return {
        status: 200,
        html: renderDocument(
          <ArticlePage
            site={site}
            basePath={basePath}
            theme={theme}
            stylesheet={stylesheet}
            article={article}
            channel={channel}
            ancestors={found?.ancestors ?? []}
          />,
        ),
        tags,
      };
    };
  },
};
