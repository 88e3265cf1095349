// 采纳情况: the published feedback of a campaign — counts per tag, the written summary and selected opinions
// (without personal data).
import type { PortalSolicitationFragment, SiteLayoutFragment } from "../../gql/graphql";
import { formatDate } from "../components/format";
import { ADOPTION_LABELS } from "../components/solicitation-links";
import { SiteLayout } from "../layouts/SiteLayout";
import type { Theme } from "../themes";
import { paragraphs } from "./SolicitationPage";

export interface SolicitationFeedbackPageProps {
  site: SiteLayoutFragment;
  basePath: string;
  theme: Theme;
  stylesheet: string;
  path: string;
  campaign: PortalSolicitationFragment;
  feedback: NonNullable<PortalSolicitationFragment["feedback"]>;
  campaignHref: string;
}

export function SolicitationFeedbackPage(props: SolicitationFeedbackPageProps) {
  const { campaign, feedback } = props;
  const title = `${campaign.title}：意见采纳情况`;
  return (
    <SiteLayout
      site={props.site}
      basePath={props.basePath}
      theme={props.theme}
      stylesheet={props.stylesheet}
      title={title}
      path={props.path}
    >
      <article className="panel solicitation-page">
        <h1>{title}</h1>
        <p className="solicitation-meta">
          公布日期：<time dateTime={feedback.publishedAt}>{formatDate(feedback.publishedAt)}</time> ·{" "}
          <a href={props.campaignHref}>查看征集内容</a>
        </p>
        <table className="solicitation-tally">
          <caption>意见采纳统计</caption>
          <thead>
            <tr>
              <th scope="col">收到意见</th>
              <th scope="col">采纳</th>
              <th scope="col">部分采纳</th>
              <th scope="col">未采纳</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{feedback.total}</td>
              <td>{feedback.adopted}</td>
              <td>{feedback.partlyAdopted}</td>
              <td>{feedback.notAdopted}</td>
            </tr>
          </tbody>
        </table>
        <h2>采纳情况说明</h2>
        {paragraphs(feedback.summary).map((text) => (
          <p key={text}>{text}</p>
        ))}
        {feedback.highlights.length > 0 ? (
          <>
            <h2>部分意见摘录</h2>
            <ul className="solicitation-highlights">
              {feedback.highlights.map((highlight, index) => (
                <li key={index}>
                  <span className="tag">{ADOPTION_LABELS[highlight.adoption] ?? highlight.adoption}</span>{" "}
                  {highlight.text}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </article>
    </SiteLayout>
  );
}
