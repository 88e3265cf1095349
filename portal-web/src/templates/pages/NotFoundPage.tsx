// 404: inside the site's layout when the site is known, else inside the platform layout.
import type { SiteShellFragment } from "../../gql/graphql";
import { PlatformLayout } from "../layouts/PlatformLayout";
import { SiteLayout } from "../layouts/SiteLayout";
import type { Theme } from "../themes";

/** `home` is the site's home; the platform's navigation is offered unless home already is "/". */
function NotFoundNotice({ home }: { home: string }) {
  return (
    <div className="notice">
      <p className="code" aria-hidden="true">
        404
      </p>
      <h1>您访问的页面不存在</h1>
      <p>页面可能已被删除、更名，或网站暂未开通。请检查网址是否正确。</p>
      <p className="actions">
        <a className="button" href={home}>
          返回首页
        </a>
        {home === "/" ? null : (
          <a className="button secondary" href="/">
            党群网站导航
          </a>
        )}
      </p>
    </div>
  );
}

export function NotFoundPage(props: {
  site?: SiteShellFragment;
  basePath: string;
  theme: Theme;
  stylesheet: string;
}) {
  if (props.site) {
    return (
      <SiteLayout
        site={props.site}
        basePath={props.basePath}
        theme={props.theme}
        stylesheet={props.stylesheet}
        title="页面不存在"
        currentChannelId={null}
      >
        <NotFoundNotice home={`${props.basePath}/`} />
      </SiteLayout>
    );
  }
  return (
    <PlatformLayout title="页面不存在" theme={props.theme} stylesheet={props.stylesheet}>
      <NotFoundNotice home="/" />
    </PlatformLayout>
  );
}
