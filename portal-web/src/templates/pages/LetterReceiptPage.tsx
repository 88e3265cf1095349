// After a letter was taken: its query code, shown this once (it came in a short-lived cookie, now cleared).
import type { SiteLayoutFragment } from "../../gql/graphql";
import { SiteLayout } from "../layouts/SiteLayout";
import type { Theme } from "../themes";

export interface LetterReceiptPageProps {
  site: SiteLayoutFragment;
  basePath: string;
  theme: Theme;
  stylesheet: string;
  /** Null when the code was shown already (reload, or another browser). */
  queryCode: string | null;
  queryHref: string;
  mailboxesHref: string;
}

export function LetterReceiptPage(props: LetterReceiptPageProps) {
  return (
    <SiteLayout
      site={props.site}
      basePath={props.basePath}
      theme={props.theme}
      stylesheet={props.stylesheet}
      title="信件已提交"
    >
      <section className="panel letter-page">
        <h1>信件已提交</h1>
        {props.queryCode ? (
          <>
            <p>您的信件已收到，我们会尽快分办。您的查询码是：</p>
            <p className="query-code">
              <code>{props.queryCode}</code>
            </p>
            <p className="form-notice" role="status">
              请立即抄写或保存查询码：凭查询码可以查询办理进度和答复。查询码只显示这一次，丢失后无法找回。
            </p>
          </>
        ) : (
          <p>查询码只显示一次，已不能再次查看。如已保存查询码，可凭它查询办理进度。</p>
        )}
        <p className="form-actions">
          <a className="button" href={props.queryHref}>
            查询办理进度
          </a>
          <a className="button secondary" href={props.mailboxesHref}>
            返回互动交流
          </a>
        </p>
      </section>
    </SiteLayout>
  );
}
