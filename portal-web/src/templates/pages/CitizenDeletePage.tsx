// 注销账号: what deletion means, then a confirmation by password (local accounts) or by signing in again
// through the unified identity system (accounts without a password).
import { SiteLayout } from "../layouts/SiteLayout";
import type { FormProblem } from "./CitizenLoginPage";
import type { SitePageProps } from "./SiteHomePage";

export interface CitizenDeletePageProps extends SitePageProps {
  csrfToken: string;
  hasPassword: boolean;
  /** Sign in again through 统一身份认证 and come back here (accounts without a password). */
  reloginHref: string | null;
  problem: FormProblem | null;
}

export function CitizenDeletePage(props: CitizenDeletePageProps) {
  const { basePath, problem } = props;
  return (
    <SiteLayout
      site={props.site}
      basePath={basePath}
      theme={props.theme}
      stylesheet={props.stylesheet}
      title="注销账号"
      head={<meta name="robots" content="noindex" />}
    >
      <section className="account-panel" aria-labelledby="delete-title">
        <h1 id="delete-title">注销账号</h1>
        <p>注销后：</p>
        <ul>
          <li>您的姓名、手机号等账号信息将被清除，账号无法再登录；</li>
          <li>您来信中的联系电话、身份证号、住址等个人信息将被去除，通知将被删除；</li>
          <li>来信的办理记录和已公开的答复将以匿名方式保留，作为公共记录。</li>
        </ul>
        <p>
          注销前您可以先<a href={`${basePath}/my/export.json`}>导出我的数据</a>。此操作不可撤销。
        </p>
        {problem ? (
          <div className="form-problem" role="alert">
            {problem.message}
          </div>
        ) : null}
        <form className="account-form" method="post" action={`${basePath}/my/delete/`}>
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          {props.hasPassword ? (
            <p className="form-field">
              <label htmlFor="delete-password">请输入登录密码确认</label>
              <input
                id="delete-password"
                name="password"
                type="password"
                autoComplete="current-password"
                required
                maxLength={256}
              />
            </p>
          ) : (
            <p>
              为确认是本人操作，统一身份认证账号须在 10 分钟内登录过。
              {props.reloginHref ? (
                <>
                  如已超过，请先<a href={props.reloginHref}>重新登录</a>。
                </>
              ) : null}
            </p>
          )}
          <p className="form-field">
            <label>
              <input type="checkbox" name="confirm" value="yes" required /> 我已了解以上后果，确认注销账号
            </label>
          </p>
          <p className="actions">
            <button className="button danger" type="submit">
              确认注销
            </button>
            <a className="button secondary" href={`${basePath}/my/`}>
              返回个人中心
            </a>
          </p>
        </form>
      </section>
    </SiteLayout>
  );
}
