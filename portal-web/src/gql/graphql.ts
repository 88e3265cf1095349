/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 栏目类型：列表、单页、外部链接。 */
export type ChannelKind =
  | 'LINK'
  | 'LIST'
  | 'PAGE';

export type CitizenLoginInput = {
  password: string;
  phone: string;
};

/** 站内通知类型 */
export type CitizenNotificationKind =
  /** 办理单位请写信人补充材料 */
  | 'INFO_REQUESTED'
  /** 来信已答复 */
  | 'REPLY_PUBLISHED';

export type CitizenPasswordResetInput = {
  /** 新密码（规则与注册相同） */
  newPassword: string;
  phone: string;
  /** 发送到该手机号的 6 位找回密码验证码（requestCitizenPasswordResetCode） */
  phoneCode: string;
};

export type CitizenProfileInput = {
  displayName: string;
};

export type CitizenRegisterInput = {
  /** 法人：统一社会信用代码 */
  creditCode?: string | null | undefined;
  displayName: string;
  password: string;
  phone: string;
  /** 发送到该手机号的 6 位注册验证码（requestCitizenRegisterCode） */
  phoneCode: string;
  type: CitizenType;
};

/** 市民类型：自然人、法人 */
export type CitizenType =
  | 'LEGAL_PERSON'
  | 'PERSON';

/** 首页区块类型：头条、图片新闻、置顶、栏目、专题 */
export type HomeBlockKind =
  | 'CAROUSEL'
  | 'CHANNEL'
  | 'HEADLINE'
  | 'PINNED'
  | 'TOPICS';

/** 智库条目来源 */
export type KnowledgeSource =
  /** 单位整理的问答 */
  | 'CURATED'
  /** 写信人同意公开的已答复信件（已隐去个人信息） */
  | 'LETTER';

/** 满意度评价 */
export type LetterRating =
  | 'BASICALLY_SATISFIED'
  | 'SATISFIED'
  | 'UNSATISFIED';

/** 信件状态 */
export type LetterStatus =
  /** 已受理，待交办 */
  | 'ACCEPTED'
  /** 待写信人补充材料（计时暂停） */
  | 'AWAITING_INFO'
  /** 已办结 */
  | 'CLOSED'
  /** 办理中 */
  | 'HANDLING'
  /** 已并入其他信件合并办理，随主信件一并答复 */
  | 'MERGED'
  /** 不予受理（理由向写信人公开） */
  | 'NOT_ACCEPTED'
  /** 已评价 */
  | 'RATED'
  /** 已收到，待分办 */
  | 'RECEIVED'
  /** 已答复，待评价 */
  | 'REPLIED'
  /** 答复已审核，待发布 */
  | 'REPLY_APPROVED'
  /** 答复待审核 */
  | 'REPLY_REVIEW';

export type LoginStatus =
  /** 登录成功，已签发令牌 */
  | 'SUCCESS'
  /** 需要输入动态口令 */
  | 'TOTP_REQUIRED'
  /** 按策略必须先绑定动态口令：扫描二维码后带口令再次登录 */
  | 'TOTP_SETUP_REQUIRED';

/** 站点状态：建设中、已上线、已下线 */
export type SiteStatus =
  | 'BUILDING'
  | 'OFFLINE'
  | 'ONLINE';

/** 采纳情况 */
export type SolicitationAdoption =
  | 'ADOPTED'
  | 'NOT_ADOPTED'
  | 'PARTLY_ADOPTED';

export type SolicitationAnswerInput = {
  choices?: Array<string> | null | undefined;
  questionId: string | number;
  text?: string | null | undefined;
};

/** 问题类型 */
export type SolicitationQuestionKind =
  /** 多选 */
  | 'MULTIPLE'
  /** 单选 */
  | 'SINGLE'
  /** 填空（自由文字） */
  | 'TEXT';

/** 意见征集的状态（按时间计算：已发布但未到开始时间为 SCHEDULED，过了截止时间为 CLOSED） */
export type SolicitationStatus =
  /** 已结束（到期或提前结束） */
  | 'CLOSED'
  /** 草稿，未发布 */
  | 'DRAFT'
  /** 已公布采纳情况 */
  | 'FEEDBACK_PUBLISHED'
  /** 正在征集 */
  | 'OPEN'
  /** 已发布，尚未开始 */
  | 'SCHEDULED';

/** 登录主体类型 */
export type SubjectKind =
  | 'CITIZEN'
  | 'CLIENT'
  | 'STAFF';

export type SubmitLetterInput = {
  attachmentIds?: Array<string | number> | null | undefined;
  category?: string | null | undefined;
  /** 联系电话：未登录时必填，并须填写发送到该号码的验证码（信箱须允许匿名来信） */
  contactPhone?: string | null | undefined;
  content: string;
  /** 每次打开写信表单时生成；重复提交同一键只产生一封信 */
  idempotencyKey?: string | null | undefined;
  mailboxId: string | number;
  /** 发送到联系电话的 6 位验证码（未登录时必填） */
  phoneCode?: string | null | undefined;
  publishable?: boolean | null | undefined;
  siteId?: string | number | null | undefined;
  title: string;
};

export type SubmitSolicitationInput = {
  answers: Array<SolicitationAnswerInput>;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** 每次打开表单时生成；重复提交同一键只产生一条意见 */
  idempotencyKey?: string | null | undefined;
  /** 提交所在站点 */
  siteId?: string | number | null | undefined;
  solicitationId: string | number;
};

/** 单位类别 */
export type UnitKind =
  /** 政协 */
  | 'CPPCC'
  /** 民主党派 */
  | 'DEMOCRATIC_PARTY'
  /** 区县党委 */
  | 'DISTRICT_COMMITTEE'
  /** 群团组织 */
  | 'MASS_ORGANIZATION'
  /** 其他 */
  | 'OTHER'
  /** 党委部门 */
  | 'PARTY_COMMITTEE'
  /** 人大 */
  | 'PEOPLES_CONGRESS';

/** 更新频率分类：动态类 14 天，通知公告/政策文件类 6 个月，其他 1 年。 */
export type UpdateClass =
  | 'DYNAMIC'
  | 'NOTICE'
  | 'OTHER';

export type PublishedArticleItemFragment = { id: string, title: string, summary: string | null, coverImageUrl: string | null, pinned: boolean, headline: boolean, carousel: boolean, publishedAt: string, updatedAt: string, channel: { id: string, name: string, path: string } };

export type PublishedArticleDetailFragment = { subtitle: string | null, source: string | null, author: string | null, body: string, keywords: Array<string>, tags: Array<string>, id: string, title: string, summary: string | null, coverImageUrl: string | null, pinned: boolean, headline: boolean, carousel: boolean, publishedAt: string, updatedAt: string, attachments: Array<{ mediaId: string, name: string, url: string | null }>, site: { id: string }, origin: { siteName: string, url: string | null } | null, channel: { id: string, name: string, path: string, kind: ChannelKind, updateClass: UpdateClass } };

export type PortalSiteHomeQueryVariables = Exact<{
  siteId: string | number;
  recent: number;
  perChannel: number;
}>;


export type PortalSiteHomeQuery = { publishedArticles: { items: Array<{ id: string, title: string, summary: string | null, coverImageUrl: string | null, pinned: boolean, headline: boolean, carousel: boolean, publishedAt: string, updatedAt: string, channel: { id: string, name: string, path: string } }> }, site: { id: string, topics: Array<{ id: string, name: string, slug: string }>, channels: Array<{ id: string, kind: ChannelKind, publishedArticles: { items: Array<{ id: string, title: string, summary: string | null, coverImageUrl: string | null, pinned: boolean, headline: boolean, carousel: boolean, publishedAt: string, updatedAt: string, channel: { id: string, name: string, path: string } }> }, children: Array<{ id: string, kind: ChannelKind, publishedArticles: { items: Array<{ id: string, title: string, summary: string | null, coverImageUrl: string | null, pinned: boolean, headline: boolean, carousel: boolean, publishedAt: string, updatedAt: string, channel: { id: string, name: string, path: string } }> } }> }> } | null };

export type PortalChannelArticlesQueryVariables = Exact<{
  channelId: string | number;
  offset: number;
  limit: number;
}>;


export type PortalChannelArticlesQuery = { channel: { id: string, publishedArticles: { total: number, items: Array<{ id: string, title: string, summary: string | null, coverImageUrl: string | null, pinned: boolean, headline: boolean, carousel: boolean, publishedAt: string, updatedAt: string, channel: { id: string, name: string, path: string } }> } } | null };

export type PortalChannelSinglePageQueryVariables = Exact<{
  channelId: string | number;
}>;


export type PortalChannelSinglePageQuery = { channel: { id: string, publishedArticles: { items: Array<{ subtitle: string | null, source: string | null, author: string | null, body: string, keywords: Array<string>, tags: Array<string>, id: string, title: string, summary: string | null, coverImageUrl: string | null, pinned: boolean, headline: boolean, carousel: boolean, publishedAt: string, updatedAt: string, attachments: Array<{ mediaId: string, name: string, url: string | null }>, site: { id: string }, origin: { siteName: string, url: string | null } | null, channel: { id: string, name: string, path: string, kind: ChannelKind, updateClass: UpdateClass } }> } } | null };

export type PortalArticleQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalArticleQuery = { publishedArticle: { subtitle: string | null, source: string | null, author: string | null, body: string, keywords: Array<string>, tags: Array<string>, id: string, title: string, summary: string | null, coverImageUrl: string | null, pinned: boolean, headline: boolean, carousel: boolean, publishedAt: string, updatedAt: string, attachments: Array<{ mediaId: string, name: string, url: string | null }>, site: { id: string }, origin: { siteName: string, url: string | null } | null, channel: { id: string, name: string, path: string, kind: ChannelKind, updateClass: UpdateClass } } | null };

export type PortalFeedArticlesQueryVariables = Exact<{
  siteId: string | number;
  channelId?: string | number | null | undefined;
  limit: number;
}>;


export type PortalFeedArticlesQuery = { publishedArticles: { items: Array<{ subtitle: string | null, source: string | null, author: string | null, body: string, keywords: Array<string>, tags: Array<string>, id: string, title: string, summary: string | null, coverImageUrl: string | null, pinned: boolean, headline: boolean, carousel: boolean, publishedAt: string, updatedAt: string, attachments: Array<{ mediaId: string, name: string, url: string | null }>, site: { id: string }, origin: { siteName: string, url: string | null } | null, channel: { id: string, name: string, path: string, kind: ChannelKind, updateClass: UpdateClass } }> } };

export type PortalSitemapArticlesQueryVariables = Exact<{
  siteId: string | number;
  offset: number;
  limit: number;
}>;


export type PortalSitemapArticlesQuery = { publishedArticles: { total: number, items: Array<{ id: string, updatedAt: string, channel: { id: string, path: string } }> } };

export type PortalLoginMethodsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalLoginMethodsQuery = { loginMethods: { local: boolean, oidc: boolean, oidcName: string | null } };

export type PortalCitizenLoginMutationVariables = Exact<{
  input: CitizenLoginInput;
}>;


export type PortalCitizenLoginMutation = { citizenLogin: { status: LoginStatus, accessToken: string | null, refreshToken: string | null, expiresIn: number | null } };

export type PortalRequestCitizenRegisterCodeMutationVariables = Exact<{
  phone: string;
}>;


export type PortalRequestCitizenRegisterCodeMutation = { requestCitizenRegisterCode: { maskedPhone: string, expiresInSeconds: number } };

export type PortalCitizenRegisterMutationVariables = Exact<{
  input: CitizenRegisterInput;
}>;


export type PortalCitizenRegisterMutation = { citizenRegister: { status: LoginStatus, accessToken: string | null, refreshToken: string | null, expiresIn: number | null } };

export type PortalRequestCitizenPasswordResetCodeMutationVariables = Exact<{
  phone: string;
}>;


export type PortalRequestCitizenPasswordResetCodeMutation = { requestCitizenPasswordResetCode: { maskedPhone: string, expiresInSeconds: number } };

export type PortalResetCitizenPasswordMutationVariables = Exact<{
  input: CitizenPasswordResetInput;
}>;


export type PortalResetCitizenPasswordMutation = { resetCitizenPassword: boolean };

export type PortalExchangeLoginTicketMutationVariables = Exact<{
  ticket: string;
}>;


export type PortalExchangeLoginTicketMutation = { exchangeLoginTicket: { status: LoginStatus, accessToken: string | null, refreshToken: string | null, expiresIn: number | null, me: { kind: SubjectKind } | null } };

export type PortalLogoutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type PortalLogoutMutation = { logout: boolean };

export type PortalMyAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMyAccountQuery = { me: { id: string, kind: SubjectKind, displayName: string, citizen: { id: string, type: CitizenType, displayName: string, maskedPhone: string | null, hasPassword: boolean } | null } | null };

export type PortalMyCenterQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMyCenterQuery = { myUnreadNotificationCount: number, myLetters: Array<{ id: string, title: string, content: string, status: LetterStatus, createdAt: string, reply: string | null, repliedAt: string | null, rating: LetterRating | null, ratingComment: string | null, infoRequest: string | null, notAcceptedReason: string | null, mailbox: { id: string, name: string }, timeline: Array<{ id: string, action: string, comment: string | null, at: string }> }>, myNotifications: Array<{ id: string, kind: CitizenNotificationKind, letterId: string, letterTitle: string, detail: string | null, read: boolean, createdAt: string }> };

export type PortalMySubmissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMySubmissionsQuery = { mySolicitationSubmissions: Array<{ id: string, createdAt: string, adoption: SolicitationAdoption | null, adoptionReason: string | null, solicitation: { id: string, title: string }, answers: Array<{ questionId: string, text: string | null, choices: Array<string> }> }> };

export type PortalMyDataExportQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMyDataExportQuery = { me: { id: string, kind: SubjectKind, citizen: { id: string, type: CitizenType, displayName: string, phone: string | null, creditCode: string | null, hasPassword: boolean, createdAt: string } | null } | null, myLetters: Array<{ id: string, title: string, content: string, category: string | null, publishable: boolean, anonymous: boolean, status: LetterStatus, createdAt: string, acceptedAt: string | null, infoRequest: string | null, notAcceptedReason: string | null, reply: string | null, repliedAt: string | null, rating: LetterRating | null, ratingComment: string | null, closedAt: string | null, mailbox: { name: string }, timeline: Array<{ action: string, comment: string | null, at: string }> }>, myNotifications: Array<{ kind: CitizenNotificationKind, letterId: string, letterTitle: string, detail: string | null, read: boolean, createdAt: string }> };

export type PortalRateLetterMutationVariables = Exact<{
  id: string | number;
  rating: LetterRating;
  comment?: string | null | undefined;
}>;


export type PortalRateLetterMutation = { rateLetter: { id: string, status: LetterStatus } };

export type PortalProvideLetterInfoMutationVariables = Exact<{
  id: string | number;
  info: string;
}>;


export type PortalProvideLetterInfoMutation = { provideLetterInfo: { id: string, status: LetterStatus } };

export type PortalMarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type PortalMarkNotificationsReadMutation = { markMyNotificationsRead: number };

export type PortalUpdateCitizenProfileMutationVariables = Exact<{
  input: CitizenProfileInput;
}>;


export type PortalUpdateCitizenProfileMutation = { updateMyCitizenProfile: { id: string, displayName: string } };

export type PortalDeleteCitizenAccountMutationVariables = Exact<{
  password?: string | null | undefined;
}>;


export type PortalDeleteCitizenAccountMutation = { deleteMyCitizenAccount: boolean };

export type PortalRefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type PortalRefreshSessionMutation = { refreshToken: { accessToken: string, refreshToken: string, expiresIn: number } };

export type PortalKnowledgeListQueryVariables = Exact<{
  siteId: string | number;
  search?: string | null | undefined;
  category?: string | null | undefined;
  first: number;
  offset: number;
}>;


export type PortalKnowledgeListQuery = { knowledgeEntries: { totalCount: number, nodes: Array<{ id: string, title: string, question: string, category: string | null, answeredAt: string }> }, knowledgeCategories: Array<{ category: string, count: number }> };

export type PortalKnowledgeEntryQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalKnowledgeEntryQuery = { knowledgeEntry: { id: string, source: KnowledgeSource, title: string, question: string, answer: string, category: string | null, answeredAt: string, unitId: string, siteId: string | null } | null };

export type PortalKnowledgeSuggestQueryVariables = Exact<{
  text: string;
}>;


export type PortalKnowledgeSuggestQuery = { knowledgeSuggestions: Array<{ id: string, title: string, unitId: string, siteId: string | null }> };

export type PortalKnowledgeVoteMutationVariables = Exact<{
  id: string | number;
  helpful: boolean;
  visitorId?: string | null | undefined;
}>;


export type PortalKnowledgeVoteMutation = { voteKnowledgeEntry: { id: string, helpfulCount: number, unhelpfulCount: number } };

export type PortalKnowledgeFeedbackQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalKnowledgeFeedbackQuery = { knowledgeEntry: { id: string, title: string, helpfulCount: number, unhelpfulCount: number, unitId: string, siteId: string | null } | null };

export type PortalLetterMailboxFragment = { id: string, name: string, description: string | null, unitId: string, isPublic: boolean, isOneWindow: boolean, allowAnonymous: boolean, site: { id: string } | null };

export type PortalLetterMailboxQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalLetterMailboxQuery = { mailbox: { id: string, name: string, description: string | null, unitId: string, isPublic: boolean, isOneWindow: boolean, allowAnonymous: boolean, site: { id: string } | null } | null };

export type PortalOneWindowMailboxQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalOneWindowMailboxQuery = { oneWindowMailbox: { id: string, name: string, description: string | null, unitId: string, isPublic: boolean, isOneWindow: boolean, allowAnonymous: boolean, site: { id: string } | null } | null };

export type PortalLetterWriterQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalLetterWriterQuery = { me: { kind: SubjectKind, displayName: string } | null };

export type PortalRequestPhoneCodeMutationVariables = Exact<{
  phone: string;
}>;


export type PortalRequestPhoneCodeMutation = { requestPhoneCode: { maskedPhone: string, resendAfterSeconds: number } };

export type PortalSubmitLetterMutationVariables = Exact<{
  input: SubmitLetterInput;
}>;


export type PortalSubmitLetterMutation = { submitLetter: { queryCode: string, letter: { id: string } } };

export type PortalLetterByQueryCodeQueryVariables = Exact<{
  code: string;
}>;


export type PortalLetterByQueryCodeQuery = { letterByQueryCode: { id: string, title: string, content: string, category: string | null, status: LetterStatus, createdAt: string, notAcceptedReason: string | null, infoRequest: string | null, reply: string | null, repliedAt: string | null, mailbox: { id: string, name: string }, timeline: Array<{ id: string, action: string, comment: string | null, at: string }>, deadline: { citizenDueAt: string | null } } | null };

export type PortalSiteMailboxesQueryVariables = Exact<{
  siteId: string | number;
}>;


export type PortalSiteMailboxesQuery = { site: { id: string, mailboxes: Array<{ id: string, name: string, description: string | null }> } | null };

export type PortalPlatformSitesQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type PortalPlatformSitesQuery = { sites: { total: number, items: Array<{ id: string, code: string, name: string, status: SiteStatus, isDemo: boolean, domains: Array<string>, parent: { id: string } | null, unit: { id: string, name: string, kind: UnitKind, sortOrder: number } }> } };

export type PortalPlatformSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalPlatformSettingsQuery = { platformSettings: { greyMode: boolean } };

export type PortalSearchQueryVariables = Exact<{
  query: string;
  siteId?: string | number | null | undefined;
  offset: number;
  limit: number;
}>;


export type PortalSearchQuery = { searchPublished: { total: number, items: Array<{ article: { id: string, publishedAt: string, site: { id: string, code: string, name: string }, channel: { id: string, name: string, path: string } }, titleHighlight: { text: string, highlights: Array<{ start: number, end: number }> }, snippet: { text: string, highlights: Array<{ start: number, end: number }> } }> } };

export type ChannelTreeFragment = { id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null }> }> };

export type SiteShellFragment = { status: SiteStatus, description: string | null, id: string, code: string, name: string, isDemo: boolean, siteIdCode: string | null, domains: Array<string>, theme: { primaryColor: string | null, logoUrl: string | null, bannerUrl: string | null, footerText: string | null, icpNumber: string | null, policeNumber: string | null, showGovMark: boolean }, homeLayout: Array<{ kind: HomeBlockKind, channelId: string | null, title: string | null }> | null, unit: { id: string, name: string, kind: UnitKind }, parent: { id: string, code: string, name: string } | null, children: Array<{ id: string, code: string, name: string }>, channels: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null }> }> }> };

export type PortalSiteByCodeQueryVariables = Exact<{
  code: string;
}>;


export type PortalSiteByCodeQuery = { siteByCode: { status: SiteStatus, description: string | null, id: string, code: string, name: string, isDemo: boolean, siteIdCode: string | null, domains: Array<string>, theme: { primaryColor: string | null, logoUrl: string | null, bannerUrl: string | null, footerText: string | null, icpNumber: string | null, policeNumber: string | null, showGovMark: boolean }, homeLayout: Array<{ kind: HomeBlockKind, channelId: string | null, title: string | null }> | null, unit: { id: string, name: string, kind: UnitKind }, parent: { id: string, code: string, name: string } | null, children: Array<{ id: string, code: string, name: string }>, channels: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null }> }> }> } | null, platformSettings: { greyMode: boolean } };

export type PortalSiteByDomainQueryVariables = Exact<{
  domain: string;
}>;


export type PortalSiteByDomainQuery = { siteByDomain: { status: SiteStatus, description: string | null, id: string, code: string, name: string, isDemo: boolean, siteIdCode: string | null, domains: Array<string>, theme: { primaryColor: string | null, logoUrl: string | null, bannerUrl: string | null, footerText: string | null, icpNumber: string | null, policeNumber: string | null, showGovMark: boolean }, homeLayout: Array<{ kind: HomeBlockKind, channelId: string | null, title: string | null }> | null, unit: { id: string, name: string, kind: UnitKind }, parent: { id: string, code: string, name: string } | null, children: Array<{ id: string, code: string, name: string }>, channels: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null }> }> }> } | null, platformSettings: { greyMode: boolean } };

export type PortalSiteSolicitationsQueryVariables = Exact<{
  siteId: string | number;
  first: number;
  offset: number;
}>;


export type PortalSiteSolicitationsQuery = { siteSolicitations: { totalCount: number, nodes: Array<{ id: string, title: string, status: SolicitationStatus, startsAt: string, endsAt: string, feedback: { publishedAt: string } | null }> } };

export type PortalSolicitationFragment = { id: string, title: string, description: string, documentUrl: string | null, documentName: string | null, siteIds: Array<string>, allowAnonymous: boolean, startsAt: string, endsAt: string, status: SolicitationStatus, acceptingSubmissions: boolean, closedReason: string | null, questions: Array<{ id: string, kind: SolicitationQuestionKind, title: string, options: Array<string>, required: boolean }>, feedback: { summary: string, total: number, adopted: number, partlyAdopted: number, notAdopted: number, publishedAt: string, highlights: Array<{ adoption: SolicitationAdoption, text: string }> } | null };

export type PortalSolicitationQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalSolicitationQuery = { solicitation: { id: string, title: string, description: string, documentUrl: string | null, documentName: string | null, siteIds: Array<string>, allowAnonymous: boolean, startsAt: string, endsAt: string, status: SolicitationStatus, acceptingSubmissions: boolean, closedReason: string | null, questions: Array<{ id: string, kind: SolicitationQuestionKind, title: string, options: Array<string>, required: boolean }>, feedback: { summary: string, total: number, adopted: number, partlyAdopted: number, notAdopted: number, publishedAt: string, highlights: Array<{ adoption: SolicitationAdoption, text: string }> } | null } | null };

export type PortalSolicitationVisitorQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalSolicitationVisitorQuery = { me: { kind: SubjectKind, displayName: string } | null };

export type PortalSubmitSolicitationMutationVariables = Exact<{
  input: SubmitSolicitationInput;
}>;


export type PortalSubmitSolicitationMutation = { submitSolicitation: { id: string } };

export type PortalTopicPageQueryVariables = Exact<{
  siteId: string | number;
  slug: string;
  offset: number;
  limit: number;
}>;


export type PortalTopicPageQuery = { topicBySlug: { id: string, name: string, slug: string, description: string | null, bannerImageUrl: string | null, pinnedArticleIds: Array<string>, sourceChannels: Array<{ id: string, site: { id: string } }>, publishedArticles: { total: number, items: Array<{ id: string, title: string, summary: string | null, coverImageUrl: string | null, pinned: boolean, headline: boolean, carousel: boolean, publishedAt: string, updatedAt: string, site: { id: string, code: string }, channel: { id: string, name: string, path: string } }> } } | null };

export type ChannelLinkFragment = { id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null };

export type SiteLayoutFragment = { id: string, code: string, name: string, isDemo: boolean, siteIdCode: string | null, domains: Array<string>, theme: { logoUrl: string | null, bannerUrl: string | null, footerText: string | null, icpNumber: string | null, policeNumber: string | null, showGovMark: boolean }, unit: { id: string, name: string, kind: UnitKind }, parent: { id: string, code: string, name: string } | null, channels: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PublishedArticleItemFragmentDoc = new TypedDocumentString(`
    fragment PublishedArticleItem on PublishedArticle {
  id
  title
  summary
  coverImageUrl
  pinned
  headline
  carousel
  publishedAt
  updatedAt
  channel {
    id
    name
    path
  }
}
    `, {"fragmentName":"PublishedArticleItem"}) as unknown as TypedDocumentString<PublishedArticleItemFragment, unknown>;
export const PublishedArticleDetailFragmentDoc = new TypedDocumentString(`
    fragment PublishedArticleDetail on PublishedArticle {
  ...PublishedArticleItem
  subtitle
  source
  author
  body
  keywords
  tags
  attachments {
    mediaId
    name
    url
  }
  site {
    id
  }
  origin {
    siteName
    url
  }
  channel {
    id
    name
    path
    kind
    updateClass
  }
}
    fragment PublishedArticleItem on PublishedArticle {
  id
  title
  summary
  coverImageUrl
  pinned
  headline
  carousel
  publishedAt
  updatedAt
  channel {
    id
    name
    path
  }
}`, {"fragmentName":"PublishedArticleDetail"}) as unknown as TypedDocumentString<PublishedArticleDetailFragment, unknown>;
export const PortalLetterMailboxFragmentDoc = new TypedDocumentString(`
    fragment PortalLetterMailbox on Mailbox {
  id
  name
  description
  unitId
  isPublic
  isOneWindow
  allowAnonymous
  site {
    id
  }
}
    `, {"fragmentName":"PortalLetterMailbox"}) as unknown as TypedDocumentString<PortalLetterMailboxFragment, unknown>;
export const ChannelLinkFragmentDoc = new TypedDocumentString(`
    fragment ChannelLink on Channel {
  id
  name
  path
  kind
  linkUrl
}
    `, {"fragmentName":"ChannelLink"}) as unknown as TypedDocumentString<ChannelLinkFragment, unknown>;
export const SiteLayoutFragmentDoc = new TypedDocumentString(`
    fragment SiteLayout on Site {
  id
  code
  name
  isDemo
  siteIdCode
  domains
  theme {
    logoUrl
    bannerUrl
    footerText
    icpNumber
    policeNumber
    showGovMark
  }
  unit {
    id
    name
    kind
  }
  parent {
    id
    code
    name
  }
  channels {
    ...ChannelLink
  }
}
    fragment ChannelLink on Channel {
  id
  name
  path
  kind
  linkUrl
}`, {"fragmentName":"SiteLayout"}) as unknown as TypedDocumentString<SiteLayoutFragment, unknown>;
export const ChannelTreeFragmentDoc = new TypedDocumentString(`
    fragment ChannelTree on Channel {
  ...ChannelLink
  children {
    ...ChannelLink
    children {
      ...ChannelLink
    }
  }
}
    fragment ChannelLink on Channel {
  id
  name
  path
  kind
  linkUrl
}`, {"fragmentName":"ChannelTree"}) as unknown as TypedDocumentString<ChannelTreeFragment, unknown>;
export const SiteShellFragmentDoc = new TypedDocumentString(`
    fragment SiteShell on Site {
  ...SiteLayout
  status
  description
  theme {
    primaryColor
  }
  homeLayout {
    kind
    channelId
    title
  }
  unit {
    id
    name
    kind
  }
  parent {
    id
  }
  children {
    id
    code
    name
  }
  channels {
    ...ChannelTree
  }
}
    fragment ChannelTree on Channel {
  ...ChannelLink
  children {
    ...ChannelLink
    children {
      ...ChannelLink
    }
  }
}
fragment ChannelLink on Channel {
  id
  name
  path
  kind
  linkUrl
}
fragment SiteLayout on Site {
  id
  code
  name
  isDemo
  siteIdCode
  domains
  theme {
    logoUrl
    bannerUrl
    footerText
    icpNumber
    policeNumber
    showGovMark
  }
  unit {
    id
    name
    kind
  }
  parent {
    id
    code
    name
  }
  channels {
    ...ChannelLink
  }
}`, {"fragmentName":"SiteShell"}) as unknown as TypedDocumentString<SiteShellFragment, unknown>;
export const PortalSolicitationFragmentDoc = new TypedDocumentString(`
    fragment PortalSolicitation on Solicitation {
  id
  title
  description
  documentUrl
  documentName
  siteIds
  allowAnonymous
  startsAt
  endsAt
  status
  acceptingSubmissions
  closedReason
  questions {
    id
    kind
    title
    options
    required
  }
  feedback {
    summary
    total
    adopted
    partlyAdopted
    notAdopted
    publishedAt
    highlights {
      adoption
      text
    }
  }
}
    `, {"fragmentName":"PortalSolicitation"}) as unknown as TypedDocumentString<PortalSolicitationFragment, unknown>;
export const PortalSiteHomeDocument = new TypedDocumentString(`
    query PortalSiteHome($siteId: ID!, $recent: Int!, $perChannel: Int!) {
  publishedArticles(siteId: $siteId, offset: 0, limit: $recent) {
    items {
      ...PublishedArticleItem
    }
  }
  site(id: $siteId) {
    id
    topics {
      id
      name
      slug
    }
    channels {
      id
      kind
      publishedArticles(offset: 0, limit: $perChannel) {
        items {
          ...PublishedArticleItem
        }
      }
      children {
        id
        kind
        publishedArticles(offset: 0, limit: $perChannel) {
          items {
            ...PublishedArticleItem
          }
        }
      }
    }
  }
}
    fragment PublishedArticleItem on PublishedArticle {
  id
  title
  summary
  coverImageUrl
  pinned
  headline
  carousel
  publishedAt
  updatedAt
  channel {
    id
    name
    path
  }
}`) as unknown as TypedDocumentString<PortalSiteHomeQuery, PortalSiteHomeQueryVariables>;
export const PortalChannelArticlesDocument = new TypedDocumentString(`
    query PortalChannelArticles($channelId: ID!, $offset: Int!, $limit: Int!) {
  channel(id: $channelId) {
    id
    publishedArticles(offset: $offset, limit: $limit) {
      total
      items {
        ...PublishedArticleItem
      }
    }
  }
}
    fragment PublishedArticleItem on PublishedArticle {
  id
  title
  summary
  coverImageUrl
  pinned
  headline
  carousel
  publishedAt
  updatedAt
  channel {
    id
    name
    path
  }
}`) as unknown as TypedDocumentString<PortalChannelArticlesQuery, PortalChannelArticlesQueryVariables>;
export const PortalChannelSinglePageDocument = new TypedDocumentString(`
    query PortalChannelSinglePage($channelId: ID!) {
  channel(id: $channelId) {
    id
    publishedArticles(offset: 0, limit: 1) {
      items {
        ...PublishedArticleDetail
      }
    }
  }
}
    fragment PublishedArticleItem on PublishedArticle {
  id
  title
  summary
  coverImageUrl
  pinned
  headline
  carousel
  publishedAt
  updatedAt
  channel {
    id
    name
    path
  }
}
fragment PublishedArticleDetail on PublishedArticle {
  ...PublishedArticleItem
  subtitle
  source
  author
  body
  keywords
  tags
  attachments {
    mediaId
    name
    url
  }
  site {
    id
  }
  origin {
    siteName
    url
  }
  channel {
    id
    name
    path
    kind
    updateClass
  }
}`) as unknown as TypedDocumentString<PortalChannelSinglePageQuery, PortalChannelSinglePageQueryVariables>;
export const PortalArticleDocument = new TypedDocumentString(`
    query PortalArticle($id: ID!) {
  publishedArticle(id: $id) {
    ...PublishedArticleDetail
  }
}
    fragment PublishedArticleItem on PublishedArticle {
  id
  title
  summary
  coverImageUrl
  pinned
  headline
  carousel
  publishedAt
  updatedAt
  channel {
    id
    name
    path
  }
}
fragment PublishedArticleDetail on PublishedArticle {
  ...PublishedArticleItem
  subtitle
  source
  author
  body
  keywords
  tags
  attachments {
    mediaId
    name
    url
  }
  site {
    id
  }
  origin {
    siteName
    url
  }
  channel {
    id
    name
    path
    kind
    updateClass
  }
}`) as unknown as TypedDocumentString<PortalArticleQuery, PortalArticleQueryVariables>;
export const PortalFeedArticlesDocument = new TypedDocumentString(`
    query PortalFeedArticles($siteId: ID!, $channelId: ID, $limit: Int!) {
  publishedArticles(
    siteId: $siteId
    channelId: $channelId
    offset: 0
    limit: $limit
  ) {
    items {
      ...PublishedArticleDetail
    }
  }
}
    fragment PublishedArticleItem on PublishedArticle {
  id
  title
  summary
  coverImageUrl
  pinned
  headline
  carousel
  publishedAt
  updatedAt
  channel {
    id
    name
    path
  }
}
fragment PublishedArticleDetail on PublishedArticle {
  ...PublishedArticleItem
  subtitle
  source
  author
  body
  keywords
  tags
  attachments {
    mediaId
    name
    url
  }
  site {
    id
  }
  origin {
    siteName
    url
  }
  channel {
    id
    name
    path
    kind
    updateClass
  }
}`) as unknown as TypedDocumentString<PortalFeedArticlesQuery, PortalFeedArticlesQueryVariables>;
export const PortalSitemapArticlesDocument = new TypedDocumentString(`
    query PortalSitemapArticles($siteId: ID!, $offset: Int!, $limit: Int!) {
  publishedArticles(siteId: $siteId, offset: $offset, limit: $limit) {
    total
    items {
      id
      updatedAt
      channel {
        id
        path
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalSitemapArticlesQuery, PortalSitemapArticlesQueryVariables>;
export const PortalLoginMethodsDocument = new TypedDocumentString(`
    query PortalLoginMethods {
  loginMethods {
    local
    oidc
    oidcName
  }
}
    `) as unknown as TypedDocumentString<PortalLoginMethodsQuery, PortalLoginMethodsQueryVariables>;
export const PortalCitizenLoginDocument = new TypedDocumentString(`
    mutation PortalCitizenLogin($input: CitizenLoginInput!) {
  citizenLogin(input: $input) {
    status
    accessToken
    refreshToken
    expiresIn
  }
}
    `) as unknown as TypedDocumentString<PortalCitizenLoginMutation, PortalCitizenLoginMutationVariables>;
export const PortalRequestCitizenRegisterCodeDocument = new TypedDocumentString(`
    mutation PortalRequestCitizenRegisterCode($phone: String!) {
  requestCitizenRegisterCode(phone: $phone) {
    maskedPhone
    expiresInSeconds
  }
}
    `) as unknown as TypedDocumentString<PortalRequestCitizenRegisterCodeMutation, PortalRequestCitizenRegisterCodeMutationVariables>;
export const PortalCitizenRegisterDocument = new TypedDocumentString(`
    mutation PortalCitizenRegister($input: CitizenRegisterInput!) {
  citizenRegister(input: $input) {
    status
    accessToken
    refreshToken
    expiresIn
  }
}
    `) as unknown as TypedDocumentString<PortalCitizenRegisterMutation, PortalCitizenRegisterMutationVariables>;
export const PortalRequestCitizenPasswordResetCodeDocument = new TypedDocumentString(`
    mutation PortalRequestCitizenPasswordResetCode($phone: String!) {
  requestCitizenPasswordResetCode(phone: $phone) {
    maskedPhone
    expiresInSeconds
  }
}
    `) as unknown as TypedDocumentString<PortalRequestCitizenPasswordResetCodeMutation, PortalRequestCitizenPasswordResetCodeMutationVariables>;
export const PortalResetCitizenPasswordDocument = new TypedDocumentString(`
    mutation PortalResetCitizenPassword($input: CitizenPasswordResetInput!) {
  resetCitizenPassword(input: $input)
}
    `) as unknown as TypedDocumentString<PortalResetCitizenPasswordMutation, PortalResetCitizenPasswordMutationVariables>;
export const PortalExchangeLoginTicketDocument = new TypedDocumentString(`
    mutation PortalExchangeLoginTicket($ticket: String!) {
  exchangeLoginTicket(ticket: $ticket) {
    status
    accessToken
    refreshToken
    expiresIn
    me {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<PortalExchangeLoginTicketMutation, PortalExchangeLoginTicketMutationVariables>;
export const PortalLogoutDocument = new TypedDocumentString(`
    mutation PortalLogout($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<PortalLogoutMutation, PortalLogoutMutationVariables>;
export const PortalMyAccountDocument = new TypedDocumentString(`
    query PortalMyAccount {
  me {
    id
    kind
    displayName
    citizen {
      id
      type
      displayName
      maskedPhone
      hasPassword
    }
  }
}
    `) as unknown as TypedDocumentString<PortalMyAccountQuery, PortalMyAccountQueryVariables>;
export const PortalMyCenterDocument = new TypedDocumentString(`
    query PortalMyCenter {
  myLetters {
    id
    title
    content
    status
    createdAt
    reply
    repliedAt
    rating
    ratingComment
    infoRequest
    notAcceptedReason
    mailbox {
      id
      name
    }
    timeline {
      id
      action
      comment
      at
    }
  }
  myNotifications(first: 50) {
    id
    kind
    letterId
    letterTitle
    detail
    read
    createdAt
  }
  myUnreadNotificationCount
}
    `) as unknown as TypedDocumentString<PortalMyCenterQuery, PortalMyCenterQueryVariables>;
export const PortalMySubmissionsDocument = new TypedDocumentString(`
    query PortalMySubmissions {
  mySolicitationSubmissions {
    id
    createdAt
    adoption
    adoptionReason
    solicitation {
      id
      title
    }
    answers {
      questionId
      text
      choices
    }
  }
}
    `) as unknown as TypedDocumentString<PortalMySubmissionsQuery, PortalMySubmissionsQueryVariables>;
export const PortalMyDataExportDocument = new TypedDocumentString(`
    query PortalMyDataExport {
  me {
    id
    kind
    citizen {
      id
      type
      displayName
      phone
      creditCode
      hasPassword
      createdAt
    }
  }
  myLetters {
    id
    title
    content
    category
    publishable
    anonymous
    status
    createdAt
    acceptedAt
    infoRequest
    notAcceptedReason
    reply
    repliedAt
    rating
    ratingComment
    closedAt
    mailbox {
      name
    }
    timeline {
      action
      comment
      at
    }
  }
  myNotifications(first: 200) {
    kind
    letterId
    letterTitle
    detail
    read
    createdAt
  }
}
    `) as unknown as TypedDocumentString<PortalMyDataExportQuery, PortalMyDataExportQueryVariables>;
export const PortalRateLetterDocument = new TypedDocumentString(`
    mutation PortalRateLetter($id: ID!, $rating: LetterRating!, $comment: String) {
  rateLetter(id: $id, rating: $rating, comment: $comment) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PortalRateLetterMutation, PortalRateLetterMutationVariables>;
export const PortalProvideLetterInfoDocument = new TypedDocumentString(`
    mutation PortalProvideLetterInfo($id: ID!, $info: String!) {
  provideLetterInfo(id: $id, info: $info) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PortalProvideLetterInfoMutation, PortalProvideLetterInfoMutationVariables>;
export const PortalMarkNotificationsReadDocument = new TypedDocumentString(`
    mutation PortalMarkNotificationsRead($ids: [ID!]) {
  markMyNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<PortalMarkNotificationsReadMutation, PortalMarkNotificationsReadMutationVariables>;
export const PortalUpdateCitizenProfileDocument = new TypedDocumentString(`
    mutation PortalUpdateCitizenProfile($input: CitizenProfileInput!) {
  updateMyCitizenProfile(input: $input) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<PortalUpdateCitizenProfileMutation, PortalUpdateCitizenProfileMutationVariables>;
export const PortalDeleteCitizenAccountDocument = new TypedDocumentString(`
    mutation PortalDeleteCitizenAccount($password: String) {
  deleteMyCitizenAccount(password: $password)
}
    `) as unknown as TypedDocumentString<PortalDeleteCitizenAccountMutation, PortalDeleteCitizenAccountMutationVariables>;
export const PortalRefreshSessionDocument = new TypedDocumentString(`
    mutation PortalRefreshSession($refreshToken: String!) {
  refreshToken(refreshToken: $refreshToken) {
    accessToken
    refreshToken
    expiresIn
  }
}
    `) as unknown as TypedDocumentString<PortalRefreshSessionMutation, PortalRefreshSessionMutationVariables>;
export const PortalKnowledgeListDocument = new TypedDocumentString(`
    query PortalKnowledgeList($siteId: ID!, $search: String, $category: String, $first: Int!, $offset: Int!) {
  knowledgeEntries(
    siteId: $siteId
    search: $search
    category: $category
    first: $first
    offset: $offset
  ) {
    totalCount
    nodes {
      id
      title
      question
      category
      answeredAt
    }
  }
  knowledgeCategories(siteId: $siteId) {
    category
    count
  }
}
    `) as unknown as TypedDocumentString<PortalKnowledgeListQuery, PortalKnowledgeListQueryVariables>;
export const PortalKnowledgeEntryDocument = new TypedDocumentString(`
    query PortalKnowledgeEntry($id: ID!) {
  knowledgeEntry(id: $id) {
    id
    source
    title
    question
    answer
    category
    answeredAt
    unitId
    siteId
  }
}
    `) as unknown as TypedDocumentString<PortalKnowledgeEntryQuery, PortalKnowledgeEntryQueryVariables>;
export const PortalKnowledgeSuggestDocument = new TypedDocumentString(`
    query PortalKnowledgeSuggest($text: String!) {
  knowledgeSuggestions(text: $text, first: 10) {
    id
    title
    unitId
    siteId
  }
}
    `) as unknown as TypedDocumentString<PortalKnowledgeSuggestQuery, PortalKnowledgeSuggestQueryVariables>;
export const PortalKnowledgeVoteDocument = new TypedDocumentString(`
    mutation PortalKnowledgeVote($id: ID!, $helpful: Boolean!, $visitorId: String) {
  voteKnowledgeEntry(id: $id, helpful: $helpful, visitorId: $visitorId) {
    id
    helpfulCount
    unhelpfulCount
  }
}
    `) as unknown as TypedDocumentString<PortalKnowledgeVoteMutation, PortalKnowledgeVoteMutationVariables>;
export const PortalKnowledgeFeedbackDocument = new TypedDocumentString(`
    query PortalKnowledgeFeedback($id: ID!) {
  knowledgeEntry(id: $id) {
    id
    title
    helpfulCount
    unhelpfulCount
    unitId
    siteId
  }
}
    `) as unknown as TypedDocumentString<PortalKnowledgeFeedbackQuery, PortalKnowledgeFeedbackQueryVariables>;
export const PortalLetterMailboxDocument = new TypedDocumentString(`
    query PortalLetterMailbox($id: ID!) {
  mailbox(id: $id) {
    ...PortalLetterMailbox
  }
}
    fragment PortalLetterMailbox on Mailbox {
  id
  name
  description
  unitId
  isPublic
  isOneWindow
  allowAnonymous
  site {
    id
  }
}`) as unknown as TypedDocumentString<PortalLetterMailboxQuery, PortalLetterMailboxQueryVariables>;
export const PortalOneWindowMailboxDocument = new TypedDocumentString(`
    query PortalOneWindowMailbox {
  oneWindowMailbox {
    ...PortalLetterMailbox
  }
}
    fragment PortalLetterMailbox on Mailbox {
  id
  name
  description
  unitId
  isPublic
  isOneWindow
  allowAnonymous
  site {
    id
  }
}`) as unknown as TypedDocumentString<PortalOneWindowMailboxQuery, PortalOneWindowMailboxQueryVariables>;
export const PortalLetterWriterDocument = new TypedDocumentString(`
    query PortalLetterWriter {
  me {
    kind
    displayName
  }
}
    `) as unknown as TypedDocumentString<PortalLetterWriterQuery, PortalLetterWriterQueryVariables>;
export const PortalRequestPhoneCodeDocument = new TypedDocumentString(`
    mutation PortalRequestPhoneCode($phone: String!) {
  requestPhoneCode(phone: $phone, purpose: LETTER) {
    maskedPhone
    resendAfterSeconds
  }
}
    `) as unknown as TypedDocumentString<PortalRequestPhoneCodeMutation, PortalRequestPhoneCodeMutationVariables>;
export const PortalSubmitLetterDocument = new TypedDocumentString(`
    mutation PortalSubmitLetter($input: SubmitLetterInput!) {
  submitLetter(input: $input) {
    queryCode
    letter {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PortalSubmitLetterMutation, PortalSubmitLetterMutationVariables>;
export const PortalLetterByQueryCodeDocument = new TypedDocumentString(`
    query PortalLetterByQueryCode($code: String!) {
  letterByQueryCode(code: $code) {
    id
    title
    content
    category
    status
    createdAt
    notAcceptedReason
    infoRequest
    reply
    repliedAt
    mailbox {
      id
      name
    }
    timeline {
      id
      action
      comment
      at
    }
    deadline {
      citizenDueAt
    }
  }
}
    `) as unknown as TypedDocumentString<PortalLetterByQueryCodeQuery, PortalLetterByQueryCodeQueryVariables>;
export const PortalSiteMailboxesDocument = new TypedDocumentString(`
    query PortalSiteMailboxes($siteId: ID!) {
  site(id: $siteId) {
    id
    mailboxes {
      id
      name
      description
    }
  }
}
    `) as unknown as TypedDocumentString<PortalSiteMailboxesQuery, PortalSiteMailboxesQueryVariables>;
export const PortalPlatformSitesDocument = new TypedDocumentString(`
    query PortalPlatformSites($offset: Int!, $limit: Int!) {
  sites(filter: {status: ONLINE}, offset: $offset, limit: $limit) {
    total
    items {
      id
      code
      name
      status
      isDemo
      domains
      parent {
        id
      }
      unit {
        id
        name
        kind
        sortOrder
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalPlatformSitesQuery, PortalPlatformSitesQueryVariables>;
export const PortalPlatformSettingsDocument = new TypedDocumentString(`
    query PortalPlatformSettings {
  platformSettings {
    greyMode
  }
}
    `) as unknown as TypedDocumentString<PortalPlatformSettingsQuery, PortalPlatformSettingsQueryVariables>;
export const PortalSearchDocument = new TypedDocumentString(`
    query PortalSearch($query: String!, $siteId: ID, $offset: Int!, $limit: Int!) {
  searchPublished(query: $query, siteId: $siteId, offset: $offset, limit: $limit) {
    total
    items {
      article {
        id
        publishedAt
        site {
          id
          code
          name
        }
        channel {
          id
          name
          path
        }
      }
      titleHighlight {
        text
        highlights {
          start
          end
        }
      }
      snippet {
        text
        highlights {
          start
          end
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalSearchQuery, PortalSearchQueryVariables>;
export const PortalSiteByCodeDocument = new TypedDocumentString(`
    query PortalSiteByCode($code: String!) {
  siteByCode(code: $code) {
    ...SiteShell
  }
  platformSettings {
    greyMode
  }
}
    fragment ChannelTree on Channel {
  ...ChannelLink
  children {
    ...ChannelLink
    children {
      ...ChannelLink
    }
  }
}
fragment SiteShell on Site {
  ...SiteLayout
  status
  description
  theme {
    primaryColor
  }
  homeLayout {
    kind
    channelId
    title
  }
  unit {
    id
    name
    kind
  }
  parent {
    id
  }
  children {
    id
    code
    name
  }
  channels {
    ...ChannelTree
  }
}
fragment ChannelLink on Channel {
  id
  name
  path
  kind
  linkUrl
}
fragment SiteLayout on Site {
  id
  code
  name
  isDemo
  siteIdCode
  domains
  theme {
    logoUrl
    bannerUrl
    footerText
    icpNumber
    policeNumber
    showGovMark
  }
  unit {
    id
    name
    kind
  }
  parent {
    id
    code
    name
  }
  channels {
    ...ChannelLink
  }
}`) as unknown as TypedDocumentString<PortalSiteByCodeQuery, PortalSiteByCodeQueryVariables>;
export const PortalSiteByDomainDocument = new TypedDocumentString(`
    query PortalSiteByDomain($domain: String!) {
  siteByDomain(domain: $domain) {
    ...SiteShell
  }
  platformSettings {
    greyMode
  }
}
    fragment ChannelTree on Channel {
  ...ChannelLink
  children {
    ...ChannelLink
    children {
      ...ChannelLink
    }
  }
}
fragment SiteShell on Site {
  ...SiteLayout
  status
  description
  theme {
    primaryColor
  }
  homeLayout {
    kind
    channelId
    title
  }
  unit {
    id
    name
    kind
  }
  parent {
    id
  }
  children {
    id
    code
    name
  }
  channels {
    ...ChannelTree
  }
}
fragment ChannelLink on Channel {
  id
  name
  path
  kind
  linkUrl
}
fragment SiteLayout on Site {
  id
  code
  name
  isDemo
  siteIdCode
  domains
  theme {
    logoUrl
    bannerUrl
    footerText
    icpNumber
    policeNumber
    showGovMark
  }
  unit {
    id
    name
    kind
  }
  parent {
    id
    code
    name
  }
  channels {
    ...ChannelLink
  }
}`) as unknown as TypedDocumentString<PortalSiteByDomainQuery, PortalSiteByDomainQueryVariables>;
export const PortalSiteSolicitationsDocument = new TypedDocumentString(`
    query PortalSiteSolicitations($siteId: ID!, $first: Int!, $offset: Int!) {
  siteSolicitations(siteId: $siteId, first: $first, offset: $offset) {
    totalCount
    nodes {
      id
      title
      status
      startsAt
      endsAt
      feedback {
        publishedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalSiteSolicitationsQuery, PortalSiteSolicitationsQueryVariables>;
export const PortalSolicitationDocument = new TypedDocumentString(`
    query PortalSolicitation($id: ID!) {
  solicitation(id: $id) {
    ...PortalSolicitation
  }
}
    fragment PortalSolicitation on Solicitation {
  id
  title
  description
  documentUrl
  documentName
  siteIds
  allowAnonymous
  startsAt
  endsAt
  status
  acceptingSubmissions
  closedReason
  questions {
    id
    kind
    title
    options
    required
  }
  feedback {
    summary
    total
    adopted
    partlyAdopted
    notAdopted
    publishedAt
    highlights {
      adoption
      text
    }
  }
}`) as unknown as TypedDocumentString<PortalSolicitationQuery, PortalSolicitationQueryVariables>;
export const PortalSolicitationVisitorDocument = new TypedDocumentString(`
    query PortalSolicitationVisitor {
  me {
    kind
    displayName
  }
}
    `) as unknown as TypedDocumentString<PortalSolicitationVisitorQuery, PortalSolicitationVisitorQueryVariables>;
export const PortalSubmitSolicitationDocument = new TypedDocumentString(`
    mutation PortalSubmitSolicitation($input: SubmitSolicitationInput!) {
  submitSolicitation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PortalSubmitSolicitationMutation, PortalSubmitSolicitationMutationVariables>;
export const PortalTopicPageDocument = new TypedDocumentString(`
    query PortalTopicPage($siteId: ID!, $slug: String!, $offset: Int!, $limit: Int!) {
  topicBySlug(siteId: $siteId, slug: $slug) {
    id
    name
    slug
    description
    bannerImageUrl
    pinnedArticleIds
    sourceChannels {
      id
      site {
        id
      }
    }
    publishedArticles(offset: $offset, limit: $limit) {
      total
      items {
        ...PublishedArticleItem
        site {
          id
          code
        }
      }
    }
  }
}
    fragment PublishedArticleItem on PublishedArticle {
  id
  title
  summary
  coverImageUrl
  pinned
  headline
  carousel
  publishedAt
  updatedAt
  channel {
    id
    name
    path
  }
}`) as unknown as TypedDocumentString<PortalTopicPageQuery, PortalTopicPageQueryVariables>;