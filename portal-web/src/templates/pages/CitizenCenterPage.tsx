// 个人中心: the citizen's letters (status, timeline, reply; rating when replied, supplementing when asked),
// solicitation submissions, notifications, profile, data export and account deletion. Forms post back to
// /my/ (Post/Redirect/Get); everything works without JavaScript.
import type {
  LetterRating,
  LetterStatus,
  PortalMyAccountQuery,
  PortalMyCenterQuery,
  PortalMySubmissionsQuery,
  SolicitationAdoption,
} from "../../gql/graphql";
import { formatDateTime } from "../components/format";
import { SiteLayout } from "../layouts/SiteLayout";
import type { FormProblem } from "./CitizenLoginPage";
import type { SitePageProps } from "./SiteHomePage";

export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = {
  RECEIVED: "已收到，待分办",
  NOT_ACCEPTED: "不予受理",
  ACCEPTED: "已受理",
  HANDLING: "办理中",
  AWAITING_INFO: "待补充材料",
  REPLY_REVIEW: "办理中",
  REPLY_APPROVED: "办理中",
  REPLIED: "已答复，待评价",
  RATED: "已评价",
  CLOSED: "已办结",
  MERGED: "与同类来信合并办理中",
};

export const RATING_LABELS: Record<LetterRating, string> = {
  SATISFIED: "满意",
  BASICALLY_SATISFIED: "基本满意",
  UNSATISFIED: "不满意",
};

const ACTION_LABELS: Record<string, string> = {
  submit: "提交来信",
  accept: "已受理",
  not_accept: "不予受理",
  assign: "交办承办单位",
  transfer: "转办",
  co_handle: "协办",
  request_info: "请您补充材料",
  info_provided: "已补充材料",
  draft_reply: "起草答复",
  approve_reply: "答复审核通过",
  reject_reply: "答复退回修改",
  publish_reply: "答复已发布",
  rate: "评价",
  close: "已办结",
  rework: "重新办理",
  merge: "与同类来信合并办理",
  unmerge: "取消合并办理",
  supervise: "督办",
  remind: "催办",
};

const ADOPTION_LABELS: Record<SolicitationAdoption, string> = {
  ADOPTED: "已采纳",
  PARTLY_ADOPTED: "部分采纳",
  NOT_ADOPTED: "未采纳",
};

type Letter = PortalMyCenterQuery["myLetters"][number];
type Citizen = NonNullable<NonNullable<PortalMyAccountQuery["me"]>["citizen"]>;

export interface CitizenCenterPageProps extends SitePageProps {
  csrfToken: string;
  citizen: Citizen;
  center: PortalMyCenterQuery;
  /** null: the submissions could not be loaded (the section says so). */
  submissions: PortalMySubmissionsQuery["mySolicitationSubmissions"] | null;
  /** A completed action (after the redirect). */
  done: string | null;
  /** A refused action: which form (letter id, "profile") and why. */
  problem: (FormProblem & { target: string }) | null;
}

const DONE_MESSAGES: Record<string, string> = {
  rated: "感谢您的评价。",
  info: "补充材料已提交，办理单位将继续办理。",
  read: "通知已标为已读。",
  profile: "资料已保存。",
  login: "您已登录。",
};

export function CitizenCenterPage(props: CitizenCenterPageProps) {
  const { basePath, center, citizen, problem } = props;
  const action = `${basePath}/my/`;
  const hidden = <input type="hidden" name="_csrf" value={props.csrfToken} />;
  const doneMessage = props.done ? DONE_MESSAGES[props.done] : undefined;
  return (
    <SiteLayout
      site={props.site}
      basePath={basePath}
      theme={props.theme}
      stylesheet={props.stylesheet}
      title="个人中心"
      head={<meta name="robots" content="noindex" />}
    >
      <div className="citizen-center">
        <header className="citizen-center-head">
          <h1>个人中心</h1>
          <div className="citizen-greeting">
            <p>{citizen.displayName}，您好。</p>
            <form method="post" action={`${basePath}/logout/`}>
              {hidden}
              <button className="button secondary" type="submit">
                退出登录
              </button>
            </form>
          </div>
          {doneMessage ? (
            <p className="form-notice" role="status">
              {doneMessage}
            </p>
          ) : null}
          {problem && problem.target === "page" ? (
            <div className="form-problem" role="alert">
              {problem.message}
            </div>
          ) : null}
        </header>

        <section aria-labelledby="my-notifications">
          <h2 id="my-notifications">
            我的通知
            {center.myUnreadNotificationCount > 0 ? (
              <span className="count-badge">{center.myUnreadNotificationCount} 条未读</span>
            ) : null}
          </h2>
          {center.myNotifications.length === 0 ? (
            <p>暂无通知。</p>
          ) : (
            <>
              <ul className="notification-list">
                {center.myNotifications.map((notification) => (
                  <li key={notification.id} className={notification.read ? "read" : "unread"}>
                    <span className="status-tag">{notification.read ? "已读" : "未读"}</span>{" "}
                    {notification.kind === "REPLY_PUBLISHED" ? (
                      <>
                        您的来信《<a href={`#letter-${notification.letterId}`}>{notification.letterTitle}</a>
                        》已答复，欢迎评价。
                      </>
                    ) : (
                      <>
                        办理单位请您为来信《
                        <a href={`#letter-${notification.letterId}`}>{notification.letterTitle}</a>
                        》补充材料：{notification.detail}
                      </>
                    )}{" "}
                    <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
                  </li>
                ))}
              </ul>
              {center.myUnreadNotificationCount > 0 ? (
                <form method="post" action={action}>
                  {hidden}
                  <input type="hidden" name="action" value="read" />
                  <button className="button secondary" type="submit">
                    全部标为已读
                  </button>
                </form>
              ) : null}
            </>
          )}
        </section>

        <section aria-labelledby="my-letters">
          <h2 id="my-letters">我的来信</h2>
          {center.myLetters.length === 0 ? <p>您还没有写过信。</p> : null}
          {center.myLetters.map((letter) => (
            <LetterItem
              key={letter.id}
              letter={letter}
              action={action}
              csrfToken={props.csrfToken}
              problem={problem && problem.target === letter.id ? problem : null}
            />
          ))}
        </section>

        <section aria-labelledby="my-submissions">
          <h2 id="my-submissions">我的意见征集</h2>
          {props.submissions === null ? (
            <p>意见征集记录暂时无法显示，请稍后再试。</p>
          ) : props.submissions.length === 0 ? (
            <p>您还没有参与意见征集。</p>
          ) : (
            <ul className="submission-list">
              {props.submissions.map((submission) => (
                <li key={submission.id}>
                  《{submission.solicitation.title}》 提交于{" "}
                  <time dateTime={submission.createdAt}>{formatDateTime(submission.createdAt)}</time>
                  {submission.adoption ? (
                    <>
                      {" "}
                      <span className="status-tag">{ADOPTION_LABELS[submission.adoption]}</span>
                      {submission.adoptionReason ? `：${submission.adoptionReason}` : null}
                    </>
                  ) : (
                    <>
                      {" "}
                      <span className="status-tag">待处理</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="my-profile">
          <h2 id="my-profile">我的资料</h2>
          <dl className="profile-list">
            <dt>账号类型</dt>
            <dd>{citizen.type === "LEGAL_PERSON" ? "法人" : "自然人"}</dd>
            <dt>登录手机号</dt>
            <dd>{citizen.maskedPhone ?? "未绑定（统一身份认证账号）"}</dd>
          </dl>
          <form className="account-form" method="post" action={action}>
            {hidden}
            <input type="hidden" name="action" value="profile" />
            <p className="form-field">
              <label htmlFor="profile-name">姓名或单位名称</label>
              <input
                id="profile-name"
                name="displayName"
                type="text"
                required
                maxLength={100}
                defaultValue={citizen.displayName}
                aria-describedby={problem?.target === "profile" ? "profile-error" : undefined}
              />
              {problem?.target === "profile" ? (
                <span className="field-error" id="profile-error">
                  {problem.message}
                </span>
              ) : null}
            </p>
            <p className="actions">
              <button className="button" type="submit">
                保存资料
              </button>
            </p>
          </form>
        </section>

        <section aria-labelledby="my-data">
          <h2 id="my-data">个人信息管理</h2>
          <p>您可以下载本平台保存的您的全部个人信息（账号、来信、意见征集、通知），或注销账号。</p>
          <p className="actions">
            <a className="button secondary" href={`${basePath}/my/export.json`} download="my-data.json">
              导出我的数据
            </a>
            <a className="button secondary" href={`${basePath}/my/delete/`}>
              注销账号
            </a>
          </p>
        </section>
      </div>
    </SiteLayout>
  );
}

function LetterItem(props: {
  letter: Letter;
  action: string;
  csrfToken: string;
  problem: FormProblem | null;
}) {
  const { letter, problem } = props;
  const idBase = `letter-${letter.id}`;
  return (
    <article className="letter-item" id={idBase} aria-labelledby={`${idBase}-title`}>
      <h3 id={`${idBase}-title`}>{letter.title}</h3>
      <p className="letter-meta">
        <span className="status-tag">{LETTER_STATUS_LABELS[letter.status]}</span> 写给 {letter.mailbox.name}，
        <time dateTime={letter.createdAt}>{formatDateTime(letter.createdAt)}</time>
      </p>
      {letter.notAcceptedReason ? <p>不予受理的理由：{letter.notAcceptedReason}</p> : null}
      {letter.reply ? (
        <div className="letter-reply">
          <h4>答复</h4>
          <p>{letter.reply}</p>
          {letter.repliedAt ? (
            <p className="letter-meta">
              答复时间 <time dateTime={letter.repliedAt}>{formatDateTime(letter.repliedAt)}</time>
            </p>
          ) : null}
        </div>
      ) : null}
      {letter.rating ? (
        <p>
          您的评价：{RATING_LABELS[letter.rating]}
          {letter.ratingComment ? `（${letter.ratingComment}）` : null}
        </p>
      ) : null}
      {problem ? (
        <div className="form-problem" role="alert">
          {problem.message}
        </div>
      ) : null}
      {letter.status === "REPLIED" ? (
        <form className="account-form" method="post" action={props.action}>
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <input type="hidden" name="action" value="rate" />
          <input type="hidden" name="letterId" value={letter.id} />
          <fieldset className="form-field">
            <legend>对答复的评价</legend>
            {(Object.keys(RATING_LABELS) as LetterRating[]).map((rating) => (
              <label key={rating}>
                <input type="radio" name="rating" value={rating} required /> {RATING_LABELS[rating]}
              </label>
            ))}
          </fieldset>
          <p className="form-field">
            <label htmlFor={`${idBase}-comment`}>评价意见（选填）</label>
            <textarea id={`${idBase}-comment`} name="comment" rows={3} maxLength={2000} />
          </p>
          <p className="actions">
            <button className="button" type="submit">
              提交评价
            </button>
          </p>
        </form>
      ) : null}
      {letter.status === "AWAITING_INFO" ? (
        <form className="account-form" method="post" action={props.action}>
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <input type="hidden" name="action" value="info" />
          <input type="hidden" name="letterId" value={letter.id} />
          <p>办理单位请您补充：{letter.infoRequest}</p>
          <p className="form-field">
            <label htmlFor={`${idBase}-info`}>补充材料</label>
            <textarea id={`${idBase}-info`} name="info" rows={4} required maxLength={2000} />
          </p>
          <p className="actions">
            <button className="button" type="submit">
              提交补充材料
            </button>
          </p>
        </form>
      ) : null}
      <details className="letter-timeline">
        <summary>办理记录</summary>
        <ol>
          {letter.timeline.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>{" "}
              {ACTION_LABELS[entry.action] ?? entry.action}
              {entry.comment ? `：${entry.comment}` : null}
            </li>
          ))}
        </ol>
      </details>
    </article>
  );
}
