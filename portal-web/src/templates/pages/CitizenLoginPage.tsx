// 市民登录, 市民注册 and 忘记密码: plain HTML forms posting back to the portal (no JavaScript); errors shown
// above the form and next to the fields; the unified identity system (统一身份认证) as a link when it is on.
// Registering and resetting a password prove the phone with an SMS code: "获取验证码" posts the same form
// back, keeping what was typed.
import type { InputHTMLAttributes } from "react";
import { SiteLayout } from "../layouts/SiteLayout";
import type { SitePageProps } from "./SiteHomePage";

export interface FormProblem {
  /** Shown above the form (role=alert). */
  message: string;
  /** Per field name, shown next to it. */
  fields: Record<string, string>;
}

interface AccountFormProps extends SitePageProps {
  csrfToken: string;
  /** Same-site path to go to after signing in. */
  returnTo: string;
  problem: FormProblem | null;
  /** A notice that is not an error (e.g. the account was deleted, signed out). */
  notice?: string | null;
}

export interface CitizenLoginPageProps extends AccountFormProps {
  phone: string;
  /** Link to identity's /oidc/login (through the portal), or null when OIDC is off. */
  oidcHref: string | null;
  oidcName: string | null;
}

function Problem({ problem }: { problem: FormProblem | null }) {
  if (!problem) return null;
  return (
    <div className="form-problem" role="alert">
      {problem.message}
    </div>
  );
}

function FieldError({ problem, name }: { problem: FormProblem | null; name: string }) {
  const message = problem?.fields[name];
  return message ? (
    <span className="field-error" id={`${name}-error`}>
      {message}
    </span>
  ) : null;
}

function describedBy(problem: FormProblem | null, name: string): string | undefined {
  return problem?.fields[name] ? `${name}-error` : undefined;
}

/** One labelled input of an account form, with its hint and its error (ids prefixed by the form). */
function accountField(form: string, problem: FormProblem | null) {
  return (
    name: string,
    label: string,
    input: Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name">,
    hint?: string,
  ) => (
    <p className="form-field">
      <label htmlFor={`${form}-${name}`}>{label}</label>
      <input
        id={`${form}-${name}`}
        name={name}
        aria-describedby={
          [describedBy(problem, name), hint ? `${name}-hint` : undefined].filter(Boolean).join(" ") ||
          undefined
        }
        {...input}
      />
      {hint ? (
        <span className="field-hint" id={`${name}-hint`}>
          {hint}
        </span>
      ) : null}
      <FieldError problem={problem} name={name} />
    </p>
  );
}

export function CitizenLoginPage(props: CitizenLoginPageProps) {
  const { basePath, problem } = props;
  return (
    <SiteLayout
      site={props.site}
      basePath={basePath}
      theme={props.theme}
      stylesheet={props.stylesheet}
      title="市民登录"
      head={<meta name="robots" content="noindex" />}
    >
      <section className="account-panel" aria-labelledby="login-title">
        <h1 id="login-title">市民登录</h1>
        {props.notice ? (
          <p className="form-notice" role="status">
            {props.notice}
          </p>
        ) : null}
        <Problem problem={problem} />
        {props.oidcHref ? (
          <p className="account-oidc">
            <a className="button" href={props.oidcHref}>
              {props.oidcName ? `${props.oidcName}登录` : "统一身份认证登录"}
            </a>
          </p>
        ) : null}
        <form className="account-form" method="post" action={`${basePath}/login/`}>
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <input type="hidden" name="return" value={props.returnTo} />
          <p className="form-field">
            <label htmlFor="login-phone">手机号</label>
            <input
              id="login-phone"
              name="phone"
              type="tel"
              inputMode="numeric"
              autoComplete="tel"
              required
              maxLength={20}
              defaultValue={props.phone}
              aria-describedby={describedBy(problem, "phone")}
            />
            <FieldError problem={problem} name="phone" />
          </p>
          <p className="form-field">
            <label htmlFor="login-password">密码</label>
            <input
              id="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              maxLength={256}
              aria-describedby={describedBy(problem, "password")}
            />
            <FieldError problem={problem} name="password" />
          </p>
          <p className="actions">
            <button className="button" type="submit">
              登录
            </button>
          </p>
        </form>
        <p>
          <a href={`${basePath}/forgot-password/?return=${encodeURIComponent(props.returnTo)}`}>忘记密码？</a>
        </p>
        <p>
          还没有账号？
          <a href={`${basePath}/register/?return=${encodeURIComponent(props.returnTo)}`}>注册市民账号</a>
        </p>
      </section>
    </SiteLayout>
  );
}

export interface CitizenRegisterPageProps extends AccountFormProps {
  values: { type: string; phone: string; displayName: string; creditCode: string; phoneCode: string };
}

export function CitizenRegisterPage(props: CitizenRegisterPageProps) {
  const { basePath, problem, values } = props;
  const field = accountField("register", problem);
  return (
    <SiteLayout
      site={props.site}
      basePath={basePath}
      theme={props.theme}
      stylesheet={props.stylesheet}
      title="注册市民账号"
      head={<meta name="robots" content="noindex" />}
    >
      <section className="account-panel" aria-labelledby="register-title">
        <h1 id="register-title">注册市民账号</h1>
        {props.notice ? (
          <p className="form-notice" role="status">
            {props.notice}
          </p>
        ) : null}
        <Problem problem={problem} />
        <form className="account-form" method="post" action={`${basePath}/register/`}>
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <input type="hidden" name="return" value={props.returnTo} />
          {/* Enter in a text field submits through the form's first submit button (HTML's implicit
              submission); without this one that would be 获取验证码 further down. Hidden from sight, from the
              tab order and from assistive technology, which reach the visible 注册并登录. */}
          <button
            type="submit"
            name="intent"
            value="register"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
          >
            注册并登录
          </button>
          <fieldset className="form-field">
            <legend>账号类型</legend>
            <label>
              <input
                type="radio"
                name="type"
                value="PERSON"
                defaultChecked={values.type !== "LEGAL_PERSON"}
              />{" "}
              自然人
            </label>{" "}
            <label>
              <input
                type="radio"
                name="type"
                value="LEGAL_PERSON"
                defaultChecked={values.type === "LEGAL_PERSON"}
              />{" "}
              法人
            </label>
          </fieldset>
          {field("displayName", "姓名或单位名称", {
            type: "text",
            autoComplete: "name",
            required: true,
            maxLength: 100,
            defaultValue: values.displayName,
          })}
          {field(
            "creditCode",
            "统一社会信用代码",
            { type: "text", maxLength: 18, defaultValue: values.creditCode },
            "法人必填，自然人无需填写",
          )}
          {field("phone", "手机号", {
            type: "tel",
            inputMode: "numeric",
            autoComplete: "tel",
            required: true,
            maxLength: 20,
            defaultValue: values.phone,
          })}
          <p className="form-actions">
            <button type="submit" name="intent" value="code" className="button secondary" formNoValidate>
              获取验证码
            </button>
          </p>
          {field(
            "phoneCode",
            "验证码",
            {
              type: "text",
              inputMode: "numeric",
              autoComplete: "one-time-code",
              required: true,
              maxLength: 6,
              defaultValue: values.phoneCode,
            },
            "短信中的 6 位数字，10 分钟内有效。",
          )}
          {field("password", "密码", {
            type: "password",
            autoComplete: "new-password",
            required: true,
            maxLength: 256,
          })}
          {field("password2", "确认密码", {
            type: "password",
            autoComplete: "new-password",
            required: true,
            maxLength: 256,
          })}
          <p className="actions">
            <button className="button" type="submit" name="intent" value="register">
              注册并登录
            </button>
          </p>
        </form>
        <p>
          已有账号？<a href={`${basePath}/login/?return=${encodeURIComponent(props.returnTo)}`}>登录</a>
        </p>
      </section>
    </SiteLayout>
  );
}

export interface CitizenPasswordResetPageProps extends AccountFormProps {
  /** phone: ask for a code; code: the code and the new password; done: reset, go and sign in. */
  step: "phone" | "code" | "done";
  values: { phone: string; phoneCode: string };
}

/** 忘记密码: the phone first (获取验证码), then the code and the new password twice; then a link to 登录. */
export function CitizenPasswordResetPage(props: CitizenPasswordResetPageProps) {
  const { basePath, problem, values, step } = props;
  const loginLink = `${basePath}/login/?return=${encodeURIComponent(props.returnTo)}`;
  const field = accountField("reset", problem);
  return (
    <SiteLayout
      site={props.site}
      basePath={basePath}
      theme={props.theme}
      stylesheet={props.stylesheet}
      title="忘记密码"
      head={<meta name="robots" content="noindex" />}
    >
      <section className="account-panel" aria-labelledby="reset-title">
        <h1 id="reset-title">忘记密码</h1>
        {step === "done" ? (
          <>
            <p className="form-notice" role="status">
              密码已重置，该账号原有的登录已全部失效。请使用新密码登录。
            </p>
            <p className="actions">
              <a className="button" href={loginLink}>
                登录
              </a>
            </p>
          </>
        ) : (
          <>
            {props.notice ? (
              <p className="form-notice" role="status">
                {props.notice}
              </p>
            ) : null}
            <Problem problem={problem} />
            <form className="account-form" method="post" action={`${basePath}/forgot-password/`}>
              <input type="hidden" name="_csrf" value={props.csrfToken} />
              <input type="hidden" name="return" value={props.returnTo} />
              {step === "code" ? (
                <>
                  <input type="hidden" name="step" value="code" />
                  {/* Enter in a text field submits through the form's first submit button: without this
                      one that would be 重新获取验证码. Hidden from sight, the tab order and assistive
                      technology, which reach the visible 重置密码. */}
                  <button
                    type="submit"
                    name="intent"
                    value="reset"
                    className="visually-hidden"
                    tabIndex={-1}
                    aria-hidden="true"
                  >
                    重置密码
                  </button>
                </>
              ) : null}
              {field(
                "phone",
                "手机号",
                {
                  type: "tel",
                  inputMode: "numeric",
                  autoComplete: "tel",
                  required: true,
                  maxLength: 20,
                  defaultValue: values.phone,
                },
                "注册市民账号时使用的手机号。",
              )}
              <p className="form-actions">
                <button
                  type="submit"
                  name="intent"
                  value="code"
                  className={step === "code" ? "button secondary" : "button"}
                  formNoValidate
                >
                  {step === "code" ? "重新获取验证码" : "获取验证码"}
                </button>
              </p>
              {step === "code" ? (
                <>
                  {field(
                    "phoneCode",
                    "验证码",
                    {
                      type: "text",
                      inputMode: "numeric",
                      autoComplete: "one-time-code",
                      required: true,
                      maxLength: 6,
                      defaultValue: values.phoneCode,
                    },
                    "短信中的 6 位数字，10 分钟内有效。",
                  )}
                  {field("newPassword", "新密码", {
                    type: "password",
                    autoComplete: "new-password",
                    required: true,
                    maxLength: 256,
                  })}
                  {field("newPassword2", "确认新密码", {
                    type: "password",
                    autoComplete: "new-password",
                    required: true,
                    maxLength: 256,
                  })}
                  <p className="actions">
                    <button className="button" type="submit" name="intent" value="reset">
                      重置密码
                    </button>
                  </p>
                </>
              ) : null}
            </form>
            <p>
              想起密码了？<a href={loginLink}>登录</a>
            </p>
          </>
        )}
      </section>
    </SiteLayout>
  );
}
