// 智库: answered questions (letters the citizens allowed to publish, and units' curated Q&A), searchable by
// words and filtered by category with plain GET forms and links.
import type { PortalKnowledgeListQuery, SiteLayoutFragment } from "../../gql/graphql";
import { formatDate } from "../components/format";
import { Pagination } from "../components/Pagination";
import { SiteLayout } from "../layouts/SiteLayout";
import type { Theme } from "../themes";

export interface KnowledgeListResults {
  query: string;
  category: string | null;
  data: PortalKnowledgeListQuery;
  page: number;
  pageCount: number;
  error?: string;
}

export function knowledgeHref(basePath: string): string {
  return `${basePath}/zhiku/`;
}

export function knowledgeEntryHref(basePath: string, id: string): string {
  return `${basePath}/zhiku/${id}.html`;
}

/** The list address with the given search and category (page 1). */
export function knowledgeListHref(basePath: string, query: string, category: string | null): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (category) params.set("category", category);
  const search = params.toString();
  return `${knowledgeHref(basePath)}${search ? `?${search}` : ""}`;
}

const excerpt = (text: string, length = 120) =>
  [...text].length > length ? `${[...text].slice(0, length).join("")}…` : text;

export function KnowledgeListPage(props: {
  site: SiteLayoutFragment;
  basePath: string;
  theme: Theme;
  stylesheet: string;
  results: KnowledgeListResults;
}) {
  const { basePath, results } = props;
  const { knowledgeEntries: entries, knowledgeCategories: categories } = results.data;
  const title = results.query ? `智库：${results.query}` : "智库";
  return (
    <SiteLayout
      site={props.site}
      basePath={basePath}
      theme={props.theme}
      stylesheet={props.stylesheet}
      currentChannelId={null}
      title={title}
      description="群众来信的公开答复和各单位整理的常见问题解答"
      path="/zhiku/"
      head={results.query ? <meta name="robots" content="noindex" /> : undefined}
    >
      <section className="panel knowledge-list" aria-labelledby="knowledge-title">
        <h1 id="knowledge-title">智库</h1>
        <p>群众来信的公开答复和各单位整理的常见问题解答。写信之前，不妨先查一查是否已有答复。</p>
        <form className="search-form" method="get" action={knowledgeHref(basePath)}>
          <label htmlFor="knowledge-q">搜索问题</label>
          <input
            id="knowledge-q"
            type="search"
            name="q"
            defaultValue={results.query}
            maxLength={100}
            placeholder="输入关键词，如：公租房、社保"
          />
          {results.category ? <input type="hidden" name="category" value={results.category} /> : null}
          <button type="submit">搜索</button>
        </form>
        {results.error ? <p className="search-error">{results.error}</p> : null}
        {categories.length > 0 ? (
          <nav className="knowledge-categories" aria-label="问题类别">
            <h2>类别</h2>
            <ul>
              <li>
                {results.category ? (
                  <a href={knowledgeListHref(basePath, results.query, null)}>全部</a>
                ) : (
                  <strong aria-current="page">全部</strong>
                )}
              </li>
              {categories.map((item) => (
                <li key={item.category}>
                  {item.category === results.category ? (
                    <strong aria-current="page">
                      {item.category}（{item.count}）
                    </strong>
                  ) : (
                    <a href={knowledgeListHref(basePath, results.query, item.category)}>
                      {item.category}（{item.count}）
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <h2>{results.query ? `与“${results.query}”相关的问题` : "最新答复"}</h2>
        {entries.nodes.length === 0 ? (
          <p className="search-empty">
            {results.query ? "没有找到相关问题，您可以写信咨询。" : "暂无公开的答复。"}
          </p>
        ) : (
          <>
            <ol className="search-hits">
              {entries.nodes.map((entry) => (
                <li key={entry.id}>
                  <h3>
                    <a href={knowledgeEntryHref(basePath, entry.id)}>{entry.title}</a>
                  </h3>
                  <p className="search-snippet">{excerpt(entry.question)}</p>
                  <p className="search-meta">
                    {entry.category ? <span>{entry.category}</span> : null}
                    <span>
                      答复于 <time dateTime={entry.answeredAt}>{formatDate(entry.answeredAt)}</time>
                    </span>
                  </p>
                </li>
              ))}
            </ol>
            <Pagination
              href={knowledgeListHref(basePath, results.query, results.category)}
              page={results.page}
              pageCount={results.pageCount}
              total={entries.totalCount}
            />
          </>
        )}
      </section>
    </SiteLayout>
  );
}
