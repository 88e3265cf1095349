import type { PublishedArticleModel } from "../publishing/publishing.types";
import type { HighlightedText } from "./highlight";

export interface SearchHitModel {
  article: PublishedArticleModel;
  titleHighlight: HighlightedText;
  snippet: HighlightedText;
  score: number;
}
export interface SearchResultPageModel {
  items: SearchHitModel[];
  total: number;
}
