// A list of published articles: title link, 置顶 mark, date.
import type { PublishedArticleItemFragment } from "../../gql/graphql";
import { formatDate, formatShortDate } from "./format";

/** Where an article lives: under its channel's path (the canonical address). */
export function articleHref(basePath: string, channelPath: string, articleId: string): string {
  return `${basePath}/${channelPath}/${encodeURIComponent(articleId)}.html`;
}

export function ArticleList({
  items,
  basePath,
  dates = "full",
}: {
  items: PublishedArticleItemFragment[];
  basePath: string;
  /** "short" (MM-DD) in home blocks, "full" (YYYY-MM-DD) on list pages. */
  dates?: "short" | "full";
}) {
  return (
    <ul className="article-list">
      {items.map((item) => (
        <li key={item.id}>
          <a href={articleHref(basePath, item.channel.path, item.id)}>{item.title}</a>
          {item.pinned ? <span className="tag">置顶</span> : null}
          <time dateTime={item.publishedAt}>
            {dates === "short" ? formatShortDate(item.publishedAt) : formatDate(item.publishedAt)}
          </time>
        </li>
      ))}
    </ul>
  );
}

/** Pinned items first, otherwise in the given order (stable). */
export function pinnedFirst<T extends { pinned: boolean }>(items: readonly T[]): T[] {
  return [...items.filter((item) => item.pinned), ...items.filter((item) => !item.pinned)];
}
