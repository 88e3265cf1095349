// "Was this helpful", step two (never cached): confirm the choice with a POST carrying the form token, then
// (after Post/Redirect/Get) thanks with the current counts and the way back.
import type { SiteLayoutFragment } from "../../gql/graphql";
import { SiteLayout } from "../layouts/SiteLayout";
import type { Theme } from "../themes";
import { knowledgeEntryHref } from "./KnowledgeListPage";

export function KnowledgeFeedbackPage(props: {
  site: SiteLayoutFragment;
  basePath: string;
  theme: Theme;
  stylesheet: string;
  entryId: string;
  title: string;
  helpful: boolean;
  action: string;
  csrfField: string;
  csrfToken: string;
  /** After voting: the counts to show; before: null (the confirmation form). */
  counts: { helpfulCount: number; unhelpfulCount: number } | null;
  error?: string;
}) {
  const back = knowledgeEntryHref(props.basePath, props.entryId);
  return (
    <SiteLayout
      site={props.site}
      basePath={props.basePath}
      theme={props.theme}
      stylesheet={props.stylesheet}
      currentChannelId={null}
      title="答复评价"
      head={<meta name="robots" content="noindex" />}
    >
      <section className="panel knowledge-feedback" aria-labelledby="feedback-title">
        <h1 id="feedback-title">{props.counts ? "感谢您的反馈" : "答复评价"}</h1>
        <p>
          问题：<a href={back}>{props.title}</a>
        </p>
        {props.error ? (
          <p className="form-error" role="alert">
            {props.error}
          </p>
        ) : null}
        {props.counts ? (
          <p>
            已有 {props.counts.helpfulCount} 人认为有帮助，{props.counts.unhelpfulCount} 人认为没帮助。
          </p>
        ) : (
          <form method="post" action={props.action}>
            <input type="hidden" name={props.csrfField} value={props.csrfToken} />
            <input type="hidden" name="id" value={props.entryId} />
            <fieldset>
              <legend>这条答复对您有帮助吗？</legend>
              <p>
                <input
                  type="radio"
                  id="helpful-yes"
                  name="helpful"
                  value="1"
                  defaultChecked={props.helpful}
                />
                <label htmlFor="helpful-yes">有帮助</label>
              </p>
              <p>
                <input
                  type="radio"
                  id="helpful-no"
                  name="helpful"
                  value="0"
                  defaultChecked={!props.helpful}
                />
                <label htmlFor="helpful-no">没帮助</label>
              </p>
            </fieldset>
            <p className="form-actions">
              <button className="button" type="submit">
                提交评价
              </button>
            </p>
          </form>
        )}
        <p className="form-actions">
          <a className="button secondary" href={back}>
            返回答复
          </a>
        </p>
      </section>
    </SiteLayout>
  );
}
