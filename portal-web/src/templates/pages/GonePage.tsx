// 410: an article that was published here and has been taken down. Says only that — never its title.
import type { SiteShellFragment } from "../../gql/graphql";
import { SiteLayout } from "../layouts/SiteLayout";
import type { Theme } from "../themes";

export function GonePage(props: {
  site: SiteShellFragment;
  basePath: string;
  theme: Theme;
  stylesheet: string;
}) {
  const home = `${props.basePath}/`;
  return (
    <SiteLayout
      site={props.site}
      basePath={props.basePath}
      theme={props.theme}
      stylesheet={props.stylesheet}
      title="信息已撤下"
      currentChannelId={null}
      head={<meta name="robots" content="noindex" />}
    >
      <div className="notice">
        <p className="code" aria-hidden="true">
          410
        </p>
        <h1>该信息已撤下</h1>
        <p>您访问的信息已由发布单位撤下，不再公开。您可以返回首页浏览其他信息，或使用站内搜索。</p>
        <p className="actions">
          <a className="button" href={home}>
            返回首页
          </a>
          <a className="button secondary" href={`${props.basePath}/search/`}>
            站内搜索
          </a>
        </p>
      </div>
    </SiteLayout>
  );
}
