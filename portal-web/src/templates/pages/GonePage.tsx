// 410: an article that was published here and has been taken down. Says only that — never its title.
import type { SiteShellFragment } from "../../gql/graphql";
import { StatusNotice, StatusPage, type StatusShellProps } from "../components/StatusPage";

export function GonePage(props: StatusShellProps & { site: SiteShellFragment }) {
  return (
    <StatusPage
      {...props}
      title="信息已撤下"
      head={<meta name="robots" content="noindex" />}
      notice={(home) => (
        <StatusNotice
          code={410}
          heading="该信息已撤下"
          text="您访问的信息已由发布单位撤下，不再公开。您可以返回首页浏览其他信息，或使用站内搜索。"
        >
          <a className="button" href={home}>
            返回首页
          </a>
          <a className="button secondary" href={`${props.basePath}/search/`}>
            站内搜索
          </a>
        </StatusNotice>
      )}
    />
  );
}
