import type { ArticleRow, RevisionRow } from "../article/article.sql";

/** A public article: the live article row with its published (immutable) revision. */
export interface PublishedArticleModel {
  article: ArticleRow;
  revision: RevisionRow;
}
export interface PublishedArticlePageModel {
  items: PublishedArticleModel[];
  total: number;
}
