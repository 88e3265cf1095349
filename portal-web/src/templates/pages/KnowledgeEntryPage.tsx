// One 智库 entry: the question and its answer, and "was this helpful" as a plain GET form leading to the
// (uncached) feedback page, where the vote is confirmed with a POST — the cached page holds no per-visitor token.
import type { PortalKnowledgeEntryQuery, SiteLayoutFragment } from "../../gql/graphql";
import { formatDate } from "../components/format";
import { SiteLayout } from "../layouts/SiteLayout";
import type { Theme } from "../themes";
import { knowledgeHref } from "./KnowledgeListPage";

export type KnowledgeEntry = NonNullable<PortalKnowledgeEntryQuery["knowledgeEntry"]>;

export function knowledgeFeedbackHref(basePath: string): string {
  return `${basePath}/zhiku/feedback/`;
}

export function KnowledgeEntryPage(props: {
  site: SiteLayoutFragment;
  basePath: string;
  theme: Theme;
  stylesheet: string;
  entry: KnowledgeEntry;
}) {
  const { entry, basePath } = props;
  return (
    <SiteLayout
      site={props.site}
      basePath={basePath}
      theme={props.theme}
      stylesheet={props.stylesheet}
      currentChannelId={null}
      title={entry.title}
      path={`/zhiku/${entry.id}.html`}
    >
      <article className="panel knowledge-entry" aria-labelledby="knowledge-entry-title">
        <p className="breadcrumb">
          <a href={knowledgeHref(basePath)}>智库</a>
        </p>
        <h1 id="knowledge-entry-title">{entry.title}</h1>
        <p className="search-meta">
          <span>{entry.source === "LETTER" ? "群众来信" : "常见问题"}</span>
          {entry.category ? <span>{entry.category}</span> : null}
          <span>
            答复于 <time dateTime={entry.answeredAt}>{formatDate(entry.answeredAt)}</time>
          </span>
        </p>
        <section aria-labelledby="knowledge-question">
          <h2 id="knowledge-question">问题</h2>
          {entry.question.split(/\n+/).map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </section>
        <section aria-labelledby="knowledge-answer">
          <h2 id="knowledge-answer">答复</h2>
          {entry.answer.split(/\n+/).map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </section>
        <form className="knowledge-helpful" method="get" action={knowledgeFeedbackHref(basePath)}>
          <input type="hidden" name="id" value={entry.id} />
          <fieldset>
            <legend>这条答复对您有帮助吗？</legend>
            <button className="button" type="submit" name="helpful" value="1">
              有帮助
            </button>
            <button className="button secondary" type="submit" name="helpful" value="0">
              没帮助
            </button>
          </fieldset>
        </form>
      </article>
    </SiteLayout>
  );
}
