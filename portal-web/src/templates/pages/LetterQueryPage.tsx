// 信件查询: the holder of a query code sees the letter's status, the public steps of its handling, the reply
// or why it was not accepted. The code is posted (never in the address, so it stays out of logs and history).
import type { PortalLetterByQueryCodeQuery, SiteLayoutFragment } from "../../gql/graphql";
import { FormField } from "../components/FormField";
import { formatDate, formatDateTime } from "../components/format";
import { SiteLayout } from "../layouts/SiteLayout";
import type { Theme } from "../themes";

export type QueriedLetter = NonNullable<PortalLetterByQueryCodeQuery["letterByQueryCode"]>;

export const LETTER_STATUS_TEXT: Record<QueriedLetter["status"], string> = {
  RECEIVED: "已收到，待分办",
  NOT_ACCEPTED: "不予受理",
  ACCEPTED: "已受理",
  HANDLING: "办理中",
  AWAITING_INFO: "待补充材料",
  REPLY_REVIEW: "办理中（答复审核中）",
  REPLY_APPROVED: "办理中（答复待发布）",
  REPLIED: "已答复",
  RATED: "已评价",
  CLOSED: "已办结",
  MERGED: "与同类来信合并办理中",
};

/** The steps a writer is shown; internal routing and review steps are left out. */
const PUBLIC_STEPS: Record<string, string> = {
  submit: "提交信件",
  accept: "受理",
  not_accept: "不予受理",
  assign: "交承办单位办理",
  transfer: "转其他单位办理",
  request_info: "请写信人补充材料",
  info_provided: "已补充材料",
  publish_reply: "发布答复",
  rate: "写信人评价",
  rework: "重新办理",
  merge: "与同类来信合并办理",
  unmerge: "取消合并办理",
  close: "办结",
};

export interface LetterQueryPageProps {
  site: SiteLayoutFragment;
  basePath: string;
  theme: Theme;
  stylesheet: string;
  path: string;
  action: string;
  csrfField: string;
  csrfToken: string;
  code: string;
  letter: QueriedLetter | null;
  error?: string;
}

export function LetterQueryPage(props: LetterQueryPageProps) {
  const { letter } = props;
  const steps = letter ? letter.timeline.filter((step) => step.action in PUBLIC_STEPS) : [];
  return (
    <SiteLayout
      site={props.site}
      basePath={props.basePath}
      theme={props.theme}
      stylesheet={props.stylesheet}
      title="信件查询"
      path={props.path}
    >
      <section className="panel letter-page">
        <h1>信件查询</h1>
        {props.error ? (
          <div className="form-alert" role="alert">
            <p>{props.error}</p>
          </div>
        ) : null}
        <form className="letter-form" method="post" action={props.action}>
          <input type="hidden" name={props.csrfField} value={props.csrfToken} />
          <FormField id="query-code" label="查询码" required hint="提交信件后得到的查询码。">
            <input
              type="text"
              name="code"
              defaultValue={props.code}
              autoComplete="off"
              spellCheck={false}
              maxLength={64}
              required
            />
          </FormField>
          <p className="form-actions">
            <button type="submit" className="button">
              查询
            </button>
          </p>
        </form>
      </section>
      {letter ? (
        <section className="panel letter-result" aria-labelledby="letter-result-title">
          <h2 id="letter-result-title">{letter.title}</h2>
          <dl className="letter-facts">
            <dt>信箱</dt>
            <dd>{letter.mailbox.name}</dd>
            <dt>提交时间</dt>
            <dd>{formatDateTime(letter.createdAt)}</dd>
            <dt>办理状态</dt>
            <dd className="letter-status">{LETTER_STATUS_TEXT[letter.status]}</dd>
            {letter.deadline.citizenDueAt && !letter.reply ? (
              <>
                <dt>办理期限</dt>
                <dd>{formatDate(`${letter.deadline.citizenDueAt}T12:00:00+08:00`)}</dd>
              </>
            ) : null}
          </dl>
          {letter.notAcceptedReason ? (
            <div className="letter-answer">
              <h3>不予受理的理由</h3>
              <p>{letter.notAcceptedReason}</p>
            </div>
          ) : null}
          {letter.status === "AWAITING_INFO" && letter.infoRequest ? (
            <div className="letter-answer">
              <h3>请补充的材料</h3>
              <p>{letter.infoRequest}</p>
            </div>
          ) : null}
          {letter.reply ? (
            <div className="letter-answer">
              <h3>答复</h3>
              {letter.repliedAt ? <p className="meta">答复时间：{formatDateTime(letter.repliedAt)}</p> : null}
              {letter.reply.split(/\n+/).map((line, index) => (
                <p key={index}>{line}</p>
              ))}
            </div>
          ) : null}
          <h3>办理过程</h3>
          <ol className="letter-timeline">
            {steps.map((step) => (
              <li key={step.id}>
                <time dateTime={step.at}>{formatDateTime(step.at)}</time> {PUBLIC_STEPS[step.action]}
                {step.comment ? `：${step.comment}` : null}
              </li>
            ))}
          </ol>
          <h3>来信内容</h3>
          {letter.content.split(/\n+/).map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </section>
      ) : null}
    </SiteLayout>
  );
}
