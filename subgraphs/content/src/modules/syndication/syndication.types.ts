import type { ArticlePushRow } from "./syndication.sql";

export interface ArticlePushPageModel {
  items: ArticlePushRow[];
  total: number;
}
/** Article.origin / PublishedArticle.origin: the ids; name and URL come through loaders. */
export interface ArticleOriginModel {
  articleId: string;
  siteId: string;
}
/** A site of the city as content's directory projection knows it. */
export interface PushTargetSiteModel {
  siteId: string;
  name: string;
  parentSiteId: string | null;
}
