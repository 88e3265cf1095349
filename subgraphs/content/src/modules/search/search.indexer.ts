// Keeps search_document in step with an article's live state. Called inside the transaction that changes it
// (publish, re-publish, takedown, delete, restore), so the index never disagrees with the public pages.
import { htmlToText, searchTokens } from "@jiyue/content-text";
import { eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../article/article.repository";
import { articles, revisions } from "../article/article.sql";
import { searchDocuments } from "./search.sql";

export interface SearchSource {
  title: string;
  summary: string | null;
  body: string;
}

/** The tsvector expression of one document (the same for the indexer and tests). */
export function documentTokens(source: { title: string; summary: string; bodyText: string }) {
  return sql`setweight(to_tsvector('simple', ${searchTokens(source.title)}), 'A')
    || setweight(to_tsvector('simple', ${searchTokens(source.summary)}), 'B')
    || setweight(to_tsvector('simple', ${searchTokens(source.bodyText)}), 'C')`;
}

export async function syncSearchDocument(tx: Executor, articleId: string): Promise<void> {
  await syncSearchDocuments(tx, [articleId]);
}

/** Many articles at once (bulk import): one read, one delete, one upsert. */
export async function syncSearchDocuments(tx: Executor, articleIds: readonly string[]): Promise<void> {
  if (articleIds.length === 0) return;
  const rows = await tx
    .select({ article: articles, revision: revisions })
    .from(articles)
    .leftJoin(revisions, eq(revisions.id, articles.publishedRevisionId))
    .where(inArray(articles.id, [...articleIds]));
  const documents = [];
  for (const { article, revision } of rows) {
    const live = !!revision && article.status !== "withdrawn" && !article.deletedAt;
    if (!live) continue;
    const values = {
      title: revision.title,
      summary: revision.summary ?? "",
      bodyText: htmlToText(revision.body),
    };
    documents.push({
      articleId: article.id,
      siteId: article.siteId,
      unitId: article.unitId,
      channelId: revision.channelId,
      ...values,
      publishedAt: article.publishedAt ?? revision.createdAt,
      tokens: documentTokens(values),
    });
  }
  const liveIds = new Set(documents.map((document) => document.articleId));
  const gone = articleIds.filter((id) => !liveIds.has(id));
  if (gone.length) await tx.delete(searchDocuments).where(inArray(searchDocuments.articleId, gone));
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  // Chunks keep a bulk import under PostgreSQL's 65 535 parameters per statement.
  for (let from = 0; from < documents.length; from += 500)
    await tx
      .insert(searchDocuments)
      .values(documents.slice(from, from + 500))
      .onConflictDoUpdate({
        target: searchDocuments.articleId,
        set: {
          siteId: excluded("site_id"),
          unitId: excluded("unit_id"),
          channelId: excluded("channel_id"),
          title: excluded("title"),
          summary: excluded("summary"),
          bodyText: excluded("body_text"),
          publishedAt: excluded("published_at"),
          tokens: excluded("tokens"),
        },
      });
}
