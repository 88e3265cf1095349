// 意见征集: the campaigns shown on this site, newest first, with their period and state.
import type { PortalSiteSolicitationsQuery, SiteLayoutFragment } from "../../gql/graphql";
import { formatDate } from "../components/format";
import { Pagination } from "../components/Pagination";
import {
  SOLICITATION_STATUS_LABELS,
  solicitationFeedbackHref,
  solicitationHref,
} from "../components/solicitation-links";
import { SiteLayout } from "../layouts/SiteLayout";
import type { Theme } from "../themes";

export interface SolicitationListPageProps {
  site: SiteLayoutFragment;
  basePath: string;
  theme: Theme;
  stylesheet: string;
  path: string;
  href: string;
  list: PortalSiteSolicitationsQuery["siteSolicitations"];
  page: number;
  pageCount: number;
}

export function SolicitationListPage(props: SolicitationListPageProps) {
  const { basePath, list } = props;
  return (
    <SiteLayout
      site={props.site}
      basePath={basePath}
      theme={props.theme}
      stylesheet={props.stylesheet}
      title="意见征集"
      path={props.path}
    >
      <section className="panel solicitation-page">
        <h1>意见征集</h1>
        {list.nodes.length === 0 ? (
          <p className="empty">暂无意见征集</p>
        ) : (
          <ul className="solicitation-list">
            {list.nodes.map((item) => (
              <li key={item.id}>
                <h2>
                  <a href={solicitationHref(basePath, item.id)}>{item.title}</a>
                </h2>
                <p className="solicitation-meta">
                  <span className="tag">{SOLICITATION_STATUS_LABELS[item.status] ?? item.status}</span>{" "}
                  征集时间：
                  <time dateTime={item.startsAt}>{formatDate(item.startsAt)}</time> 至{" "}
                  <time dateTime={item.endsAt}>{formatDate(item.endsAt)}</time>
                  {item.feedback ? (
                    <>
                      {" "}
                      · <a href={solicitationFeedbackHref(basePath, item.id)}>查看采纳情况</a>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        )}
        <Pagination href={props.href} page={props.page} pageCount={props.pageCount} total={list.totalCount} />
      </section>
    </SiteLayout>
  );
}
