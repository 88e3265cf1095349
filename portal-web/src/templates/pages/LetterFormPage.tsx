// 写信: the letter form of one mailbox. A plain POST form (works without JavaScript): the writer signed in,
// or anonymous with a phone and a code ("获取验证码" posts the same form back, keeping what was typed).
// While typing, a small external script shows similar answered questions from the knowledge base.
import type { SiteLayoutFragment } from "../../gql/graphql";
import { letterSuggestScript } from "../assets";
import { FormField } from "../components/FormField";
import { SiteLayout } from "../layouts/SiteLayout";
import type { Theme } from "../themes";

/** Common letter categories (the dispatcher may correct it; routing suggests one anyway). */
export const LETTER_CATEGORIES = [
  "城乡建设",
  "交通出行",
  "劳动和社会保障",
  "教育",
  "卫生健康",
  "生态环境",
  "市场监管",
  "公共安全",
  "民政服务",
  "农业农村",
  "文化旅游",
  "党建群团",
  "其他",
] as const;

export interface LetterFormValues {
  title: string;
  category: string;
  content: string;
  publishable: boolean;
  contactPhone: string;
  phoneCode: string;
}

export const EMPTY_LETTER: LetterFormValues = {
  title: "",
  category: "",
  content: "",
  publishable: false,
  contactPhone: "",
  phoneCode: "",
};

export type LetterWriter = { kind: "citizen"; name: string } | { kind: "anonymous"; allowed: boolean };

export interface LetterFormPageProps {
  site: SiteLayoutFragment;
  basePath: string;
  theme: Theme;
  stylesheet: string;
  /** The page's own path inside the site (canonical link). */
  path: string;
  mailbox: { name: string; description: string | null };
  action: string;
  queryHref: string;
  csrfField: string;
  csrfToken: string;
  formKey: string;
  writer: LetterWriter;
  values: LetterFormValues;
  fieldErrors: Record<string, string>;
  error?: string;
  notice?: string;
  suggestUrl: string;
}

export function LetterFormPage(props: LetterFormPageProps) {
  const { values, fieldErrors, writer } = props;
  const title = `写信：${props.mailbox.name}`;
  const canWrite = writer.kind === "citizen" || writer.allowed;
  return (
    <SiteLayout
      site={props.site}
      basePath={props.basePath}
      theme={props.theme}
      stylesheet={props.stylesheet}
      title={title}
      path={props.path}
      head={<script src={letterSuggestScript.href} defer />}
    >
      <section className="panel letter-page">
        <h1>{title}</h1>
        {props.mailbox.description ? <p className="lead">{props.mailbox.description}</p> : null}
        {props.notice ? (
          <p className="form-notice" role="status">
            {props.notice}
          </p>
        ) : null}
        {props.error ? (
          <div className="form-alert" role="alert">
            <p>{props.error}</p>
          </div>
        ) : null}
        {canWrite ? (
          <form className="letter-form" method="post" action={props.action} encType="multipart/form-data">
            <input type="hidden" name={props.csrfField} value={props.csrfToken} />
            <input type="hidden" name="formKey" value={props.formKey} />
            {writer.kind === "citizen" ? null : (
              // Enter in a text field submits through the form's first submit button (HTML's implicit
              // submission); without this one that would be 获取验证码 further down. Hidden from sight,
              // from the tab order and from assistive technology, which reach the visible 提交.
              <button
                type="submit"
                name="intent"
                value="submit"
                className="visually-hidden"
                tabIndex={-1}
                aria-hidden="true"
              >
                提交
              </button>
            )}
            <FormField id="letter-title" label="标题" required error={fieldErrors.title}>
              <input type="text" name="title" defaultValue={values.title} maxLength={100} required />
            </FormField>
            <FormField id="letter-category" label="类别" error={fieldErrors.category}>
              <select name="category" defaultValue={values.category}>
                <option value="">请选择（不确定可不选）</option>
                {LETTER_CATEGORIES.map((category) => (
                  <option key={category} value={category}>
                    {category}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField
              id="letter-content"
              label="内容"
              required
              hint="请写明事情经过、地点和诉求，5 至 5000 字。"
              error={fieldErrors.content}
            >
              <textarea name="content" rows={10} defaultValue={values.content} maxLength={5000} required />
            </FormField>
            <section
              id="letter-suggestions"
              className="letter-suggestions"
              aria-labelledby="letter-suggestions-title"
              aria-live="polite"
              data-suggest-url={props.suggestUrl}
              hidden
            >
              <h2 id="letter-suggestions-title">相似问题的答复</h2>
              <ul />
            </section>
            <FormField
              id="letter-attachments"
              label="附件"
              hint="可不传；最多 5 个，每个不超过 10 MB，限 PDF、JPG、PNG、DOCX 格式。"
              error={fieldErrors.attachmentIds ?? fieldErrors.attachments}
            >
              <input type="file" name="attachments" multiple accept=".pdf,.jpg,.jpeg,.png,.docx" />
            </FormField>
            <div className={fieldErrors.publishable ? "form-field has-error" : "form-field"}>
              <label className="checkbox">
                <input type="checkbox" name="publishable" value="1" defaultChecked={values.publishable} />
                同意在答复后公开本信（公开时隐去姓名、电话等个人信息）
              </label>
            </div>
            <fieldset className="letter-writer">
              <legend>写信人</legend>
              {writer.kind === "citizen" ? (
                <p>
                  以 <strong>{writer.name}</strong> 的身份写信，可在个人中心查看办理情况。
                </p>
              ) : (
                <>
                  <p className="form-hint">
                    未登录时匿名写信：请填写手机号码并获取验证码，办理单位可能通过该号码与您联系。
                  </p>
                  <FormField id="letter-phone" label="手机号码" required error={fieldErrors.contactPhone}>
                    <input
                      type="tel"
                      name="contactPhone"
                      defaultValue={values.contactPhone}
                      autoComplete="tel"
                      inputMode="numeric"
                      maxLength={20}
                    />
                  </FormField>
                  <p className="form-actions">
                    <button
                      type="submit"
                      name="intent"
                      value="code"
                      className="button secondary"
                      formNoValidate
                    >
                      获取验证码
                    </button>
                  </p>
                  <FormField
                    id="letter-code"
                    label="验证码"
                    required
                    hint="6 位数字，10 分钟内有效。"
                    error={fieldErrors.phoneCode}
                  >
                    <input
                      type="text"
                      name="phoneCode"
                      defaultValue={values.phoneCode}
                      autoComplete="one-time-code"
                      inputMode="numeric"
                      maxLength={6}
                    />
                  </FormField>
                </>
              )}
            </fieldset>
            <p className="form-actions">
              <button type="submit" name="intent" value="submit" className="button">
                提交
              </button>
            </p>
          </form>
        ) : (
          <p className="form-alert">该信箱不接受匿名来信，请登录后写信。</p>
        )}
        <p>
          已经写过信？<a href={props.queryHref}>凭查询码查询办理进度</a>
        </p>
      </section>
    </SiteLayout>
  );
}
