// 503: rendered once at start-up, served when a page cannot be rendered and no earlier copy exists.
import { PlatformLayout } from "../layouts/PlatformLayout";
import type { Theme } from "../themes";

export function UnavailablePage(props: { theme: Theme; stylesheet: string }) {
  return (
    <PlatformLayout title="暂时无法访问" theme={props.theme} stylesheet={props.stylesheet}>
      <div className="notice">
        <p className="code" aria-hidden="true">
          503
        </p>
        <h1>网站暂时无法访问</h1>
        <p>系统正在维护或访问量较大，请稍后刷新重试。给您带来不便，敬请谅解。</p>
        <p className="actions">
          <a className="button" href="/">
            返回平台首页
          </a>
        </p>
      </div>
    </PlatformLayout>
  );
}
