// 400: the address asks for something impossible (a page number out of range, an unreadable character in a
// query). Inside the site's layout when the site is known, else inside the platform layout.
import type { SiteShellFragment } from "../../gql/graphql";
import { PlatformLayout } from "../layouts/PlatformLayout";
import { SiteLayout } from "../layouts/SiteLayout";
import type { Theme } from "../themes";

function BadRequestNotice({ home }: { home: string }) {
  return (
    <div className="notice">
      <p className="code" aria-hidden="true">
        400
      </p>
      <h1>无法处理该请求</h1>
      <p>网址中的参数有误，例如页码超出范围或搜索词含有无法识别的字符。请检查后重试。</p>
      <p className="actions">
        <a className="button" href={home}>
          返回首页
        </a>
      </p>
    </div>
  );
}

export function BadRequestPage(props: {
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
        title="无法处理该请求"
        currentChannelId={null}
      >
        <BadRequestNotice home={`${props.basePath}/`} />
      </SiteLayout>
    );
  }
  return (
    <PlatformLayout title="无法处理该请求" theme={props.theme} stylesheet={props.stylesheet}>
      <BadRequestNotice home="/" />
    </PlatformLayout>
  );
}
