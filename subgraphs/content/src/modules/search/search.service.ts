// Public full-text search over published articles (anyone may search what the portal shows).
import { searchQueryTokens } from "@jiyue/content-text";
import { isUuid, parseInput } from "@jiyue/server-kit";
import type { ContentDb } from "../../context";
import type { PublishedArticleModel } from "../publishing/publishing.types";
import { highlight, snippet, termMatcher } from "./highlight";
import { SearchRepository } from "./search.repository";
import type { SearchHitModel, SearchResultPageModel } from "./search.types";
import { searchInput } from "./search.validation";

export class SearchService {
  constructor(
    private readonly db: ContentDb,
    private readonly publishedById: (id: string) => Promise<PublishedArticleModel | null>,
  ) {}

  async searchPublished(raw: {
    query: unknown;
    siteId?: string | null;
    channelId?: string | null;
    offset?: number | null;
    limit?: number | null;
  }): Promise<SearchResultPageModel> {
    const input = parseInput(searchInput, {
      query: raw.query,
      offset: raw.offset ?? undefined,
      limit: raw.limit ?? undefined,
    });
    if ((raw.siteId && !isUuid(raw.siteId)) || (raw.channelId && !isUuid(raw.channelId)))
      return { items: [], total: 0 };
    const tokens = searchQueryTokens(input.query);
    const { rows, total } = await new SearchRepository(this.db).search(
      { tokens, phrase: input.query, siteId: raw.siteId, channelId: raw.channelId },
      input.offset,
      input.limit,
    );
    const matcher = termMatcher([...tokens, input.query, ...input.query.split(" ")]);
    const models = await Promise.all(rows.map((row) => this.publishedById(row.articleId)));
    const items: SearchHitModel[] = [];
    rows.forEach((row, index) => {
      const article = models[index];
      // Taken down between the two reads: leave it out.
      if (!article) return;
      items.push({
        article,
        titleHighlight: highlight(row.title, matcher),
        snippet: snippet([row.bodyText, row.summary], matcher),
        score: row.score,
      });
    });
    return { items, total };
  }
}
