// The reading part of an article: title block, body and attachments (shared by article and single-page channels).
import type { PublishedArticleDetailFragment } from "../../gql/graphql";
import { formatDateTime } from "./format";

export function ArticleBody({ article }: { article: PublishedArticleDetailFragment }) {
  return (
    <>
      <header className="article-header">
        <h1 className="article-title">{article.title}</h1>
        {article.subtitle ? <p className="article-subtitle">{article.subtitle}</p> : null}
        <p className="article-meta">
          <span>
            发布时间：<time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt)}</time>
          </span>
          {article.source ? <span>来源：{article.source}</span> : null}
          {article.author ? <span>作者：{article.author}</span> : null}
        </p>
      </header>
      <div
        className="article-body"
        // Sanitised with an allowlist by the content subgraph before it is stored: the only HTML inserted as is.
        dangerouslySetInnerHTML={{ __html: article.body }}
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
