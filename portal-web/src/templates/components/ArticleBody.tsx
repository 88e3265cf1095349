// The reading part of an article: title block, body and attachments (shared by article and single-page channels).
import type { PublishedArticleDetailFragment } from "../../gql/graphql";
import { formatDateTime } from "./format";
import { withLeaveNotice } from "./leave";

export function ArticleBody({
  article,
  basePath,
}: {
  article: PublishedArticleDetailFragment;
  /** The site's base path: external links in the body go through the leave notice. */
  basePath: string;
}) {
  return (
    <>
      <header className="article-header">
        <h1 className="article-title">{article.title}</h1>
        {article.subtitle ? <p className="article-subtitle">{article.subtitle}</p> : null}
        <p className="article-meta">
          <span>
            发布时间：<time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt)}</time>
          </span>
          <Source article={article} />
          {article.author ? <span>作者：{article.author}</span> : null}
        </p>
      </header>
      <div
        className="article-body"
        // Sanitised with an allowlist by the content subgraph before it is stored: the only HTML inserted as is.
        dangerouslySetInnerHTML={{ __html: withLeaveNotice(article.body, basePath, article.id) }}
      />
      {article.attachments.length > 0 ? (
        <section className="attachments" aria-labelledby={`attachments-${article.id}`}>
          <h2 id={`attachments-${article.id}`}>附件</h2>
          <ul className="link-list">
            {article.attachments.map((attachment) => (
              <li key={attachment.mediaId}>
                {attachment.url ? (
                  <a href={attachment.url} download>
                    {attachment.name}
                  </a>
                ) : (
                  <span>{attachment.name}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** 来源; an adopted copy (信息报送) links to its origin's page. */
function Source({ article }: { article: PublishedArticleDetailFragment }) {
  const name = article.source || article.origin?.siteName;
  if (!name) return null;
  return article.origin?.url ? (
    <span>
      来源：<a href={article.origin.url}>{name}</a>
    </span>
  ) : (
    <span>来源：{name}</span>
  );
}
