// After an opinion was taken (Post/Redirect/Get): a thank-you with the way back.
import type { SiteLayoutFragment } from "../../gql/graphql";
import { SiteLayout } from "../layouts/SiteLayout";
import type { Theme } from "../themes";

export interface SolicitationThanksPageProps {
  site: SiteLayoutFragment;
  basePath: string;
  theme: Theme;
  stylesheet: string;
  title: string;
  campaignHref: string;
  listHref: string;
}

export function SolicitationThanksPage(props: SolicitationThanksPageProps) {
  return (
    <SiteLayout
      site={props.site}
      basePath={props.basePath}
      theme={props.theme}
      stylesheet={props.stylesheet}
      title="意见已提交"
    >
      <section className="panel solicitation-page">
        <h1>意见已提交</h1>
        <p>感谢您对“{props.title}”提出意见。征集结束后，征集单位将公布意见采纳情况。</p>
        <p className="form-actions">
          <a className="button" href={props.campaignHref}>
            返回征集页面
          </a>
          <a className="button secondary" href={props.listHref}>
            更多意见征集
          </a>
        </p>
      </section>
    </SiteLayout>
  );
}
