// One 意见征集: the description, the draft document, and — while it is open — the form (a plain POST form
// that works without JavaScript; choice questions are fieldsets of radio buttons or checkboxes).
import type { PortalSolicitationFragment, SiteLayoutFragment } from "../../gql/graphql";
import { FormField } from "../components/FormField";
import { formatDateTime } from "../components/format";
import { SOLICITATION_STATUS_LABELS, solicitationFeedbackHref } from "../components/solicitation-links";
import { SiteLayout } from "../layouts/SiteLayout";
import type { Theme } from "../themes";

/** What the visitor typed: free text per question, chosen options per question, contact details. */
export interface SolicitationFormValues {
  texts: Record<string, string>;
  choices: Record<string, string[]>;
  contactName: string;
  contactPhone: string;
}

export const EMPTY_SOLICITATION: SolicitationFormValues = {
  texts: {},
  choices: {},
  contactName: "",
  contactPhone: "",
};

export type SolicitationVisitor = { kind: "citizen"; name: string } | { kind: "anonymous" };

export interface SolicitationPageProps {
  site: SiteLayoutFragment;
  basePath: string;
  theme: Theme;
  stylesheet: string;
  path: string;
  campaign: PortalSolicitationFragment;
  action: string;
  loginHref: string;
  csrfField: string;
  csrfToken: string;
  formKey: string;
  visitor: SolicitationVisitor;
  values: SolicitationFormValues;
  fieldErrors: Record<string, string>;
  error?: string;
}

/** Paragraphs of a plain-text description (blank lines separate them). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
}

function QuestionField(props: {
  question: PortalSolicitationFragment["questions"][number];
  index: number;
  values: SolicitationFormValues;
  error?: string;
}) {
  const { question, index, values, error } = props;
  const name = `q_${question.id}`;
  const id = `solicitation-${question.id}`;
  const label = `${index + 1}. ${question.title}`;
  if (question.kind === "TEXT")
    return (
      <FormField id={id} label={label} required={question.required} error={error}>
        <textarea
          name={name}
          rows={5}
          maxLength={5000}
          defaultValue={values.texts[question.id] ?? ""}
          required={question.required}
        />
      </FormField>
    );
  const chosen = values.choices[question.id] ?? [];
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={error ? "solicitation-question has-error" : "solicitation-question"}
      aria-describedby={errorId}
    >
      <legend>
        {label}
        {question.kind === "MULTIPLE" ? "（可多选）" : ""}
        {question.required ? (
          <span className="required" aria-hidden="true">
            {" "}
            *
          </span>
        ) : null}
      </legend>
      {error ? (
        <p className="form-error-text" id={errorId}>
          {error}
        </p>
      ) : null}
      {question.options.map((option, optionIndex) => (
        <label key={option} className="checkbox" htmlFor={`${id}-${optionIndex}`}>
          <input
            type={question.kind === "SINGLE" ? "radio" : "checkbox"}
            id={`${id}-${optionIndex}`}
            name={name}
            value={option}
            defaultChecked={chosen.includes(option)}
            required={question.kind === "SINGLE" && question.required}
          />{" "}
          {option}
        </label>
      ))}
    </fieldset>
  );
}

export function SolicitationPage(props: SolicitationPageProps) {
  const { campaign, values, fieldErrors, visitor, basePath } = props;
  const canSubmit = visitor.kind === "citizen" || campaign.allowAnonymous;
  return (
    <SiteLayout
      site={props.site}
      basePath={basePath}
      theme={props.theme}
      stylesheet={props.stylesheet}
      title={campaign.title}
      path={props.path}
    >
      <article className="panel solicitation-page">
        <h1>{campaign.title}</h1>
        <dl className="letter-facts">
          <dt>状态</dt>
          <dd>{SOLICITATION_STATUS_LABELS[campaign.status] ?? campaign.status}</dd>
          <dt>征集时间</dt>
          <dd>
            <time dateTime={campaign.startsAt}>{formatDateTime(campaign.startsAt)}</time> 至{" "}
            <time dateTime={campaign.endsAt}>{formatDateTime(campaign.endsAt)}</time>
          </dd>
          {campaign.closedReason ? (
            <>
              <dt>提前结束</dt>
              <dd>{campaign.closedReason}</dd>
            </>
          ) : null}
        </dl>
        {paragraphs(campaign.description).map((text) => (
          <p key={text}>{text}</p>
        ))}
        {campaign.documentUrl ? (
          <p>
            征求意见稿：<a href={campaign.documentUrl}>{campaign.documentName || "下载征求意见稿"}</a>
          </p>
        ) : null}
        {campaign.feedback ? (
          <p className="form-notice">
            采纳情况已公布：<a href={solicitationFeedbackHref(basePath, campaign.id)}>查看采纳情况</a>
          </p>
        ) : null}
        {!campaign.acceptingSubmissions ? (
          <p className="form-notice" role="status">
            {campaign.status === "SCHEDULED"
              ? "征集尚未开始，开始后即可提交意见。"
              : "本次征集已结束，感谢您的关注。"}
          </p>
        ) : (
          <section aria-labelledby="solicitation-form-title">
            <h2 id="solicitation-form-title">提交意见</h2>
            {props.error ? (
              <div className="form-alert" role="alert">
                <p>{props.error}</p>
              </div>
            ) : null}
            {canSubmit ? (
              <form className="letter-form" method="post" action={props.action}>
                <input type="hidden" name={props.csrfField} value={props.csrfToken} />
                <input type="hidden" name="formKey" value={props.formKey} />
                {campaign.questions.map((question, index) => (
                  <QuestionField
                    key={question.id}
                    question={question}
                    index={index}
                    values={values}
                    error={fieldErrors[question.id]}
                  />
                ))}
                <fieldset className="letter-writer">
                  <legend>提交人</legend>
                  <p>
                    {visitor.kind === "citizen" ? (
                      <>
                        以 <strong>{visitor.name}</strong> 的身份提交，可在个人中心查看。
                      </>
                    ) : (
                      "未登录时匿名提交。"
                    )}
                    联系方式选填，仅征集单位可见，不会公开。
                  </p>
                  <FormField id="solicitation-name" label="姓名" error={fieldErrors.contactName}>
                    <input type="text" name="contactName" maxLength={50} defaultValue={values.contactName} />
                  </FormField>
                  <FormField id="solicitation-phone" label="联系电话" error={fieldErrors.contactPhone}>
                    <input
                      type="tel"
                      name="contactPhone"
                      maxLength={20}
                      autoComplete="tel"
                      defaultValue={values.contactPhone}
                    />
                  </FormField>
                </fieldset>
                <p className="form-actions">
                  <button type="submit" className="button">
                    提交意见
                  </button>
                </p>
              </form>
            ) : (
              <p>
                本次征集须登录后提交意见。<a href={props.loginHref}>登录</a>
              </p>
            )}
          </section>
        )}
      </article>
    </SiteLayout>
  );
}
