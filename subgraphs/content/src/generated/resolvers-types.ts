import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ChannelRow as ChannelRowModel } from '../modules/channel/channel.sql';
import type { SiteReference as SiteReferenceModel, UserReference as UserReferenceModel } from '../modules/channel/channel.types';
import type { ArticleRow as ArticleRowModel, RevisionRow as RevisionRowModel } from '../modules/article/article.sql';
import type { AttachmentModel as AttachmentModelModel, RevisionDiffModel as RevisionDiffModelModel, ArticlePageModel as ArticlePageModelModel } from '../modules/article/article.types';
import type { PublishedArticleModel as PublishedArticleModelModel, PublishedArticlePageModel as PublishedArticlePageModelModel } from '../modules/publishing/publishing.types';
import type { ReviewTransitionRow as ReviewTransitionRowModel } from '../modules/workflow/workflow.sql';
import type { WorkflowDefinitionModel as WorkflowDefinitionModelModel, ReviewSheetModel as ReviewSheetModelModel } from '../modules/workflow/workflow.types';
import type { MediaAssetRow as MediaAssetRowModel } from '../modules/media/media.sql';
import type { MediaAssetPageModel as MediaAssetPageModelModel } from '../modules/media/media.types';
import type { DistributionTargetRow as DistributionTargetRowModel, DeliveryRow as DeliveryRowModel } from '../modules/distribution/distribution.sql';
import type { DeliveryPageModel as DeliveryPageModelModel } from '../modules/distribution/distribution.types';
import type { PublishedChangeModel as PublishedChangeModelModel, PublishedChangePageModel as PublishedChangePageModelModel } from '../modules/changefeed/changefeed.types';
import type { WritingAssistModel as WritingAssistModelModel, NearDuplicateModel as NearDuplicateModelModel } from '../modules/assist/assist.types';
import type { ArticlePushRow as ArticlePushRowModel } from '../modules/syndication/syndication.sql';
import type { ArticlePushPageModel as ArticlePushPageModelModel, ArticleOriginModel as ArticleOriginModelModel, PushTargetSiteModel as PushTargetSiteModelModel } from '../modules/syndication/syndication.types';
import type { TopicRow as TopicRowModel } from '../modules/topic/topic.sql';
import type { CheckOverrideRow as CheckOverrideRowModel } from '../modules/textcheck/textcheck.sql';
import type { TextCheckModel as TextCheckModelModel, CheckResultModel as CheckResultModelModel, StoredFinding as StoredFindingModel } from '../modules/textcheck/textcheck.types';
import type { RecheckRunRow as RecheckRunRowModel, RecheckItemRow as RecheckItemRowModel } from '../modules/recheck/recheck.sql';
import type { RecheckItemPageModel as RecheckItemPageModelModel } from '../modules/recheck/recheck.types';
import type { ContentContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** 稿件（站内）。草稿与未发布的修订只对有权限的工作人员可见；公众只能看到 PublishedArticle。 */
export type Article = {
  __typename?: 'Article';
  /** 当前用户能否在当前环节通过或退回（持有该环节的审核角色、不是自己撰写或送审的、本轮未在其他环节审核过） */
  canReview: Scalars['Boolean']['output'];
  carousel: Scalars['Boolean']['output'];
  /** 主栏目 */
  channel: Channel;
  /** 当前修订的检查结果（需要查看稿件的权限） */
  checkResult: ArticleCheckResult;
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  /** 当前（最新）修订 */
  currentRevision: Revision;
  /** 在回收站中（删除时间） */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 本稿件发往新媒体的推送记录，最新在前 */
  deliveries: Array<Delivery>;
  headline: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** 采用稿的原稿；原创稿件为 null */
  origin: Maybe<ArticleOrigin>;
  pinned: Scalars['Boolean']['output'];
  pinnedUntil: Maybe<Scalars['DateTime']['output']>;
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** 已发布的修订（不可变快照） */
  publishedRevision: Maybe<Revision>;
  /** 本稿件的报送记录（每个目标一条，最新在前） */
  pushes: Array<ArticlePush>;
  /** 当前所处审核环节（1 起），不在审核中为 null */
  reviewStage: Maybe<Scalars['Int']['output']>;
  revisionCount: Scalars['Int']['output'];
  revisions: Array<Revision>;
  scheduledPublishAt: Maybe<Scalars['DateTime']['output']>;
  scheduledUnpublishAt: Maybe<Scalars['DateTime']['output']>;
  site: Site;
  status: ArticleStatus;
  /** 最近一次撤稿时一并撤下的采用稿与撤回的报送 */
  takedownReport: Array<TakedownTarget>;
  /** 审核流转记录（时间线） */
  timeline: Array<ReviewTransition>;
  updatedAt: Scalars['DateTime']['output'];
  /** 撤稿原因 */
  withdrawReason: Maybe<Scalars['String']['output']>;
  /** 按当前修订计算的辅助写作建议（列表中请求时按请求批量查询） */
  writingAssist: WritingAssist;
};

/** 附件（媒体库中的文件） */
export type ArticleAttachment = {
  __typename?: 'ArticleAttachment';
  mediaId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
};

/** 稿件某一修订的检查结果（按当前生效的词库） */
export type ArticleCheckResult = {
  __typename?: 'ArticleCheckResult';
  blockCount: Scalars['Int']['output'];
  checkedAt: Scalars['DateTime']['output'];
  findings: Array<TextCheckFinding>;
  hintCount: Scalars['Int']['output'];
  /** 编辑忽略的提醒和提示（含理由），供审核人员查看 */
  ignores: Array<TextCheckOverride>;
  lexiconVersion: Scalars['Int']['output'];
  overrides: Array<TextCheckOverride>;
  /** 尚未修改也未放行的阻断级问题数；大于 0 时不能终审通过或发布 */
  unresolvedBlockCount: Scalars['Int']['output'];
  warnCount: Scalars['Int']['output'];
};

export type ArticleContentInput = {
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  author?: InputMaybe<Scalars['String']['input']>;
  body: Scalars['String']['input'];
  channelId: Scalars['ID']['input'];
  coverImageId?: InputMaybe<Scalars['ID']['input']>;
  editorOfRecord?: InputMaybe<Scalars['String']['input']>;
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  source?: InputMaybe<Scalars['String']['input']>;
  subtitle?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
};

export type ArticleFilter = {
  channelId?: InputMaybe<Scalars['ID']['input']>;
  /** true：只看回收站 */
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  /** 标题关键字 */
  search?: InputMaybe<Scalars['String']['input']>;
  siteId: Scalars['ID']['input'];
  status?: InputMaybe<ArticleStatus>;
};

export type ArticleFlagsInput = {
  carousel?: InputMaybe<Scalars['Boolean']['input']>;
  headline?: InputMaybe<Scalars['Boolean']['input']>;
  pinned?: InputMaybe<Scalars['Boolean']['input']>;
  pinnedUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** 采用稿的原稿 */
export type ArticleOrigin = {
  __typename?: 'ArticleOrigin';
  articleId: Scalars['ID']['output'];
  site: Site;
  siteName: Scalars['String']['output'];
  /** 原稿在门户的地址（/s/<站点代码>/<栏目路径>/<id>.html），原稿未发布时为 null */
  url: Maybe<Scalars['String']['output']>;
};

export type ArticlePage = {
  __typename?: 'ArticlePage';
  items: Array<Article>;
  total: Scalars['Int']['output'];
};

/** 信息报送：把已发布稿件报送到其他站点的栏目，由目标站点审核人员采用或退回 */
export type ArticlePush = {
  __typename?: 'ArticlePush';
  /** 目标站点的采用稿（采用后；原稿更新后的再次报送也带上已有的采用稿） */
  copyArticleId: Maybe<Scalars['ID']['output']>;
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  decidedBy: Maybe<User>;
  decidedByName: Maybe<Scalars['String']['output']>;
  /** 退回原因 */
  declineReason: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 原稿更新后的再次报送：目标站点已有采用稿，采用后采用稿更新为新内容 */
  isUpdate: Scalars['Boolean']['output'];
  /** 报送说明 */
  note: Maybe<Scalars['String']['output']>;
  originArticleId: Scalars['ID']['output'];
  originSite: Site;
  originSiteName: Scalars['String']['output'];
  pushedAt: Scalars['DateTime']['output'];
  pushedBy: User;
  pushedByName: Scalars['String']['output'];
  snapshot: PushSnapshot;
  status: PushStatus;
  targetChannel: Channel;
  targetSite: Site;
  targetSiteName: Scalars['String']['output'];
};

export type ArticlePushPage = {
  __typename?: 'ArticlePushPage';
  items: Array<ArticlePush>;
  total: Scalars['Int']['output'];
};

/** 稿件状态 */
export type ArticleStatus =
  /** 已通过终审，待发布（或已定时） */
  | 'approved'
  /** 草稿（含被退回修改） */
  | 'draft'
  /** 审核中 */
  | 'in_review'
  /** 已发布 */
  | 'published'
  /** 已撤稿 */
  | 'withdrawn';

/** 栏目 */
export type Channel = {
  __typename?: 'Channel';
  children: Array<Channel>;
  id: Scalars['ID']['output'];
  kind: ChannelKind;
  linkUrl: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  parent: Maybe<Channel>;
  /** 站内路径，如 gzdt 或 dwgk/zzjs */
  path: Scalars['String']['output'];
  /** 栏目下已发布稿件（置顶优先，按发布时间倒序） */
  publishedArticles: PublishedArticlePage;
  site: Site;
  sortOrder: Scalars['Int']['output'];
  updateClass: UpdateClass;
};


/** 栏目 */
export type ChannelPublishedArticlesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** 栏目类型：列表、单页、外部链接。 */
export type ChannelKind =
  | 'link'
  | 'list'
  | 'page';

export type CreateArticleInput = {
  content: ArticleContentInput;
  note?: InputMaybe<Scalars['String']['input']>;
  siteId: Scalars['ID']['input'];
};

export type CreateChannelInput = {
  kind?: InputMaybe<ChannelKind>;
  linkUrl?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  siteId: Scalars['ID']['input'];
  /** 路径段（小写字母、数字、连字符） */
  slug: Scalars['String']['input'];
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  updateClass?: InputMaybe<UpdateClass>;
};

export type CreateDistributionTargetInput = {
  draftOnly?: InputMaybe<Scalars['Boolean']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  events?: InputMaybe<Array<DeliveryKind>>;
  format: DistributionFormat;
  name: Scalars['String']['input'];
  siteId: Scalars['ID']['input'];
  url: Scalars['String']['input'];
};

export type CreateTopicInput = {
  bannerImageId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  pinnedArticleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  siteId: Scalars['ID']['input'];
  /** 路径段（小写字母、数字、连字符） */
  slug: Scalars['String']['input'];
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  sourceChannelIds: Array<Scalars['ID']['input']>;
};

/** 一次推送：一篇稿件的一次变更发往一个目标 */
export type Delivery = {
  __typename?: 'Delivery';
  article: Maybe<Article>;
  /** 累计尝试次数 */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: DeliveryKind;
  lastAttemptAt: Maybe<Scalars['DateTime']['output']>;
  lastError: Maybe<Scalars['String']['output']>;
  /** 最近一次响应的 HTTP 状态码（网络错误或超时为空） */
  lastResponseStatus: Maybe<Scalars['Int']['output']>;
  /** 下次尝试时间（待推送、重试中） */
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** 实际发送的 JSON 原文（每次尝试逐字节相同） */
  payload: Scalars['String']['output'];
  /** 生成推送内容的已发布修订（撤稿时为撤下前的修订） */
  revisionId: Scalars['ID']['output'];
  status: DeliveryStatus;
  target: DistributionTarget;
};

/** 推送的变更类型 */
export type DeliveryKind =
  /** 发布 */
  | 'publish'
  /** 撤稿 */
  | 'retract'
  /** 更新 */
  | 'update';

export type DeliveryPage = {
  __typename?: 'DeliveryPage';
  items: Array<Delivery>;
  total: Scalars['Int']['output'];
};

/** 推送状态 */
export type DeliveryStatus =
  /** 已作废（内容已更新或撤稿、目标已删除） */
  | 'cancelled'
  /** 失败（重试用尽，可重新推送） */
  | 'failed'
  /** 待推送 */
  | 'pending'
  /** 重试中 */
  | 'retrying'
  /** 成功 */
  | 'succeeded';

export type DiffPart = {
  __typename?: 'DiffPart';
  kind: DiffPartKind;
  text: Scalars['String']['output'];
};

/** 修订对比中的一段 */
export type DiffPartKind =
  | 'delete'
  | 'equal'
  | 'insert';

/** 新媒体分发目标的推送格式 */
export type DistributionFormat =
  /** 移动客户端：完整 JSON */
  | 'app'
  /** 通用：完整 JSON */
  | 'generic'
  /** 类公众号：草稿 / 发布（articles 数组） */
  | 'wechat_mp'
  /** 类微博：不超过 2000 字的文本加链接 */
  | 'weibo';

/** 新媒体分发目标：接收签名推送（HMAC-SHA256）的 Webhook 地址 */
export type DistributionTarget = {
  __typename?: 'DistributionTarget';
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  deleted: Scalars['Boolean']['output'];
  /** 类公众号格式：只存为草稿（action 为 draft），不直接发布 */
  draftOnly: Scalars['Boolean']['output'];
  enabled: Scalars['Boolean']['output'];
  /** 推送哪些变更 */
  events: Array<DeliveryKind>;
  format: DistributionFormat;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 签名密钥（十六进制），仅“管理新媒体分发”权限可读，否则 FORBIDDEN */
  secret: Scalars['String']['output'];
  site: Site;
  updatedAt: Scalars['DateTime']['output'];
  /** 接收地址（http / https） */
  url: Scalars['String']['output'];
};

/** 某字段的对比（正文按纯文本、以词为单位） */
export type FieldDiff = {
  __typename?: 'FieldDiff';
  changed: Scalars['Boolean']['output'];
  field: Scalars['String']['output'];
  parts: Array<DiffPart>;
};

/** 纯文本及其命中位置；客户端先转义文本，再把命中位置包上 <mark> */
export type HighlightedText = {
  __typename?: 'HighlightedText';
  highlights: Array<TextRange>;
  text: Scalars['String']['output'];
};

/** 资源库中的图片或文件。上传走 POST /media（multipart），读取走 GET /media/{id} */
export type MediaAsset = {
  __typename?: 'MediaAsset';
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  height: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: MediaKind;
  /** 按内容识别的类型 */
  mimeType: Scalars['String']['output'];
  /** 原始文件名 */
  name: Scalars['String']['output'];
  site: Site;
  /** 字节数 */
  size: Scalars['Int']['output'];
  /** 缩略图（仅图片） */
  thumbUrl: Maybe<Scalars['String']['output']>;
  url: Scalars['String']['output'];
  /** 使用该资源的稿件（最新或已发布修订中作为封面、附件或正文图片） */
  usedBy: Array<Article>;
  visibility: MediaVisibility;
  width: Maybe<Scalars['Int']['output']>;
};

export type MediaAssetPage = {
  __typename?: 'MediaAssetPage';
  items: Array<MediaAsset>;
  total: Scalars['Int']['output'];
};

/** 资源类型 */
export type MediaKind =
  /** 文件（PDF、Word、Excel、PowerPoint、ZIP、TXT） */
  | 'file'
  /** 图片（JPEG、PNG、GIF、WebP） */
  | 'image';

/** 资源可见范围 */
export type MediaVisibility =
  /** 全市共享（各单位均可复用） */
  | 'city'
  /** 仅本站点 */
  | 'private'
  /** 本单位各站点 */
  | 'unit';

export type Mutation = {
  __typename?: 'Mutation';
  /** 采用：在目标站点生成（或更新）采用稿并发布 */
  acceptPush: ArticlePush;
  approveArticle: Article;
  cancelScheduledAction: Article;
  createArticle: Article;
  createChannel: Channel;
  createDistributionTarget: DistributionTarget;
  createTopic: Topic;
  /** 退回，必须填写原因 */
  declinePush: ArticlePush;
  /** 删除到回收站 */
  deleteArticle: Article;
  deleteChannel: Scalars['Boolean']['output'];
  deleteDistributionTarget: DistributionTarget;
  /** 删除资源；仍被稿件使用时返回 CONFLICT */
  deleteMediaAsset: MediaAsset;
  deleteTopic: Scalars['Boolean']['output'];
  /** 忽略当前修订的提醒或提示并说明理由（需要编辑稿件权限）：随修订保存，审核人员在送审检查和审签单中可见 */
  ignoreCheckFindings: Article;
  /** 放行当前修订的阻断级问题（需要“错敏词放行”权限）：findingKeys 为空时放行全部未处理的阻断级问题 */
  overrideCheckFindings: Article;
  /** 立即发布；at 在将来则定时发布 */
  publishArticle: Article;
  /** 信息报送：把已发布稿件（其已发布的版本）报送到其他站点的栏目 */
  pushArticle: Array<ArticlePush>;
  /** 退回修改，必须填写意见 */
  rejectArticle: Article;
  /** 重新推送失败或已成功的推送，开始新一轮尝试 */
  resendDelivery: Delivery;
  /** 从回收站恢复（单位管理员） */
  restoreArticle: Article;
  /** 更换签名密钥（旧密钥立即失效） */
  rotateDistributionSecret: DistributionTarget;
  /** 保存为新修订；基于的修订不是最新时返回 CONFLICT（extensions.currentRevisionId） */
  saveArticle: Article;
  setArticleFlags: Article;
  /** 开始全量复查：不指定站点为全市（需巡检权限），指定站点需该站点的发布权限 */
  startRecheck: RecheckRun;
  submitArticle: Article;
  /** 撤稿（必须填写原因）；at 在将来则定时撤稿 */
  unpublishArticle: Article;
  updateChannel: Channel;
  updateDistributionTarget: DistributionTarget;
  updateMediaVisibility: MediaAsset;
  updateTopic: Topic;
  updateWorkflow: WorkflowDefinition;
  /** 送审人撤回 */
  withdrawArticle: Article;
};


export type MutationAcceptPushArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveArticleArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationCancelScheduledActionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateArticleArgs = {
  input: CreateArticleInput;
};


export type MutationCreateChannelArgs = {
  input: CreateChannelInput;
};


export type MutationCreateDistributionTargetArgs = {
  input: CreateDistributionTargetInput;
};


export type MutationCreateTopicArgs = {
  input: CreateTopicInput;
};


export type MutationDeclinePushArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDeleteArticleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteChannelArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDistributionTargetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMediaAssetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTopicArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIgnoreCheckFindingsArgs = {
  articleId: Scalars['ID']['input'];
  findingKeys: Array<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationOverrideCheckFindingsArgs = {
  articleId: Scalars['ID']['input'];
  findingKeys?: InputMaybe<Array<Scalars['ID']['input']>>;
  reason: Scalars['String']['input'];
};


export type MutationPublishArticleArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationPushArticleArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  targets: Array<PushTargetInput>;
};


export type MutationRejectArticleArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationResendDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreArticleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateDistributionSecretArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveArticleArgs = {
  id: Scalars['ID']['input'];
  input: SaveArticleInput;
};


export type MutationSetArticleFlagsArgs = {
  id: Scalars['ID']['input'];
  input: ArticleFlagsInput;
};


export type MutationStartRecheckArgs = {
  siteId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSubmitArticleArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUnpublishArticleArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUpdateChannelArgs = {
  id: Scalars['ID']['input'];
  input: UpdateChannelInput;
};


export type MutationUpdateDistributionTargetArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDistributionTargetInput;
};


export type MutationUpdateMediaVisibilityArgs = {
  id: Scalars['ID']['input'];
  visibility: MediaVisibility;
};


export type MutationUpdateTopicArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTopicInput;
};


export type MutationUpdateWorkflowArgs = {
  siteId: Scalars['ID']['input'];
  stages: Array<WorkflowStageInput>;
};


export type MutationWithdrawArticleArgs = {
  id: Scalars['ID']['input'];
};

/** 与平台上已有稿件高度相似的稿件（SimHash） */
export type NearDuplicate = {
  __typename?: 'NearDuplicate';
  articleId: Scalars['ID']['output'];
  /** 匹配到的是该稿件已发布的版本 */
  published: Scalars['Boolean']['output'];
  /** 已发布时的公开稿件 */
  publishedArticle: Maybe<PublishedArticle>;
  /** 当前用户可在后台查看该稿件 */
  readable: Scalars['Boolean']['output'];
  /** 相似度（0–1） */
  similarity: Scalars['Float']['output'];
  siteId: Scalars['ID']['output'];
  siteName: Maybe<Scalars['String']['output']>;
  /** 相似稿件的标题（匹配到的修订） */
  title: Scalars['String']['output'];
};

/** 公开的已发布稿件：仅由已发布修订（不可变快照）生成 */
export type PublishedArticle = {
  __typename?: 'PublishedArticle';
  attachments: Array<ArticleAttachment>;
  author: Maybe<Scalars['String']['output']>;
  body: Scalars['String']['output'];
  carousel: Scalars['Boolean']['output'];
  channel: Channel;
  coverImageUrl: Maybe<Scalars['String']['output']>;
  headline: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  keywords: Array<Scalars['String']['output']>;
  /** 采用稿的原稿（门户显示“来源：XX网站”并链接到原稿） */
  origin: Maybe<ArticleOrigin>;
  pinned: Scalars['Boolean']['output'];
  publishedAt: Scalars['DateTime']['output'];
  site: Site;
  source: Maybe<Scalars['String']['output']>;
  subtitle: Maybe<Scalars['String']['output']>;
  summary: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type PublishedArticlePage = {
  __typename?: 'PublishedArticlePage';
  items: Array<PublishedArticle>;
  total: Scalars['Int']['output'];
};

/** 变更流中的一条：只记录发布、更新和撤稿，草稿与待审修订从不出现 */
export type PublishedChange = {
  __typename?: 'PublishedChange';
  /** 稿件当前的已发布版本；已撤稿或已不在线时为 null */
  article: Maybe<PublishedArticle>;
  articleId: Scalars['ID']['output'];
  at: Scalars['DateTime']['output'];
  channelId: Scalars['ID']['output'];
  /** 此条之后继续读取时传给 after 的游标 */
  cursor: Scalars['String']['output'];
  kind: PublishedChangeKind;
  siteId: Scalars['ID']['output'];
};

/** 发布变更类型 */
export type PublishedChangeKind =
  /** 首次发布 */
  | 'published'
  /** 已发布稿件更新为新的修订 */
  | 'updated'
  /** 撤稿 */
  | 'withdrawn';

export type PublishedChangePage = {
  __typename?: 'PublishedChangePage';
  /** 本页最后一条的游标（无新变更时为传入的游标） */
  endCursor: Maybe<Scalars['String']['output']>;
  hasMore: Scalars['Boolean']['output'];
  items: Array<PublishedChange>;
};

/** 报送的内容：原稿报送时已发布修订的快照（只读，不含草稿） */
export type PushSnapshot = {
  __typename?: 'PushSnapshot';
  author: Maybe<Scalars['String']['output']>;
  /** 正文（已净化的 HTML） */
  body: Scalars['String']['output'];
  keywords: Array<Scalars['String']['output']>;
  /** 原稿的修订号 */
  revisionNumber: Scalars['Int']['output'];
  /** 原稿自己的来源（为空时采用稿的来源为原稿站点名称） */
  source: Maybe<Scalars['String']['output']>;
  subtitle: Maybe<Scalars['String']['output']>;
  summary: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** 报送状态 */
export type PushStatus =
  /** 已采用 */
  | 'accepted'
  /** 已退回 */
  | 'declined'
  /** 待采用 */
  | 'pending'
  /** 已被更新的报送取代 */
  | 'superseded'
  /** 原稿撤稿，报送随之撤回 */
  | 'withdrawn';

export type PushTargetInput = {
  channelId: Scalars['ID']['input'];
  siteId: Scalars['ID']['input'];
};

/** 可接收报送的站点（全市任一站点） */
export type PushTargetSite = {
  __typename?: 'PushTargetSite';
  /** 顶层栏目（子栏目见 Channel.children） */
  channels: Array<Channel>;
  name: Scalars['String']['output'];
  parentSiteId: Maybe<Scalars['ID']['output']>;
  site: Site;
  siteId: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** 工作人员查看稿件（含草稿），需要该站点的“查看稿件”权限 */
  article: Maybe<Article>;
  articles: ArticlePage;
  channel: Maybe<Channel>;
  /** 检查一段文字或 HTML（编辑器“检查”按钮与保存后自动检查）；需要该站点的查看或编辑稿件权限 */
  checkText: TextCheckReport;
  /** 推送日志：本站点的推送，最新在前 */
  deliveries: DeliveryPage;
  distributionTarget: Maybe<DistributionTarget>;
  /** 目标站点的报送（待采用列表），需要该站点的“采用报送稿件”权限 */
  incomingPushes: ArticlePushPage;
  mediaAsset: Maybe<MediaAsset>;
  /** 资源库：本站点的资源，includeShared 时另含本单位共享与全市共享的资源 */
  mediaAssets: MediaAssetPage;
  /** 我的待办：等待我所在环节审核的稿件（跨站点） */
  myReviewTasks: Array<Article>;
  /** 公众：已发布稿件 */
  publishedArticle: Maybe<PublishedArticle>;
  publishedArticles: PublishedArticlePage;
  /**
   * 第三方 API 变更流：自游标 after 之后的发布、更新、撤稿，按发生顺序。
   * API 客户端默认读取其授权的全部站点；工作人员需要相应站点的“查看稿件”权限。
   */
  publishedChanges: PublishedChangePage;
  /** 可报送的站点与栏目 */
  pushTargets: Array<PushTargetSite>;
  /** 一次全量复查（进度与结果） */
  recheckRun: Maybe<RecheckRun>;
  /** 最近的全量复查 */
  recheckRuns: Array<RecheckRun>;
  /** 回收站保留天数：删除超过该天数的稿件将被永久清除（JIYUE_RECYCLE_RETENTION_DAYS，默认 30） */
  recycleBinRetentionDays: Scalars['Int']['output'];
  reviewSheet: ReviewSheet;
  revision: Maybe<Revision>;
  revisionDiff: RevisionDiff;
  /** 全文检索已发布稿件：全平台在线站点，或限定站点 / 栏目。搜索词 1–100 字，中英文混合均可 */
  searchPublished: SearchResultPage;
  /** 对编辑器中尚未保存的标题与正文给出辅助写作建议 */
  suggestWriting: WritingAssist;
  /** 专题；停用的专题只对栏目管理者可见 */
  topic: Maybe<Topic>;
  topicBySlug: Maybe<Topic>;
  workflow: WorkflowDefinition;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  filter: ArticleFilter;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChannelArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCheckTextArgs = {
  html?: InputMaybe<Scalars['String']['input']>;
  siteId: Scalars['ID']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDeliveriesArgs = {
  articleId?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  siteId: Scalars['ID']['input'];
  status?: InputMaybe<DeliveryStatus>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDistributionTargetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIncomingPushesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  siteId: Scalars['ID']['input'];
  status?: InputMaybe<PushStatus>;
};


export type QueryMediaAssetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMediaAssetsArgs = {
  includeShared?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<MediaKind>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  siteId: Scalars['ID']['input'];
};


export type QueryPublishedArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublishedArticlesArgs = {
  channelId?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  siteId: Scalars['ID']['input'];
};


export type QueryPublishedChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  siteIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type QueryRecheckRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRecheckRunsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReviewSheetArgs = {
  articleId: Scalars['ID']['input'];
};


export type QueryRevisionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRevisionDiffArgs = {
  fromId: Scalars['ID']['input'];
  toId: Scalars['ID']['input'];
};


export type QuerySearchPublishedArgs = {
  channelId?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  siteId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySuggestWritingArgs = {
  body: Scalars['String']['input'];
  title: Scalars['String']['input'];
};


export type QueryTopicArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTopicBySlugArgs = {
  siteId: Scalars['ID']['input'];
  slug: Scalars['String']['input'];
};


export type QueryWorkflowArgs = {
  siteId: Scalars['ID']['input'];
};

export type RecheckFinding = {
  __typename?: 'RecheckFinding';
  category: Scalars['String']['output'];
  explanation: Scalars['String']['output'];
  severity: TextCheckSeverity;
  suggestion: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

/** 一篇已发布稿件的复查结果（只含阻断级和提醒级发现） */
export type RecheckItem = {
  __typename?: 'RecheckItem';
  articleId: Scalars['ID']['output'];
  blockCount: Scalars['Int']['output'];
  checkedAt: Scalars['DateTime']['output'];
  findings: Array<RecheckFinding>;
  lexiconVersion: Scalars['Int']['output'];
  site: Site;
  title: Scalars['String']['output'];
  warnCount: Scalars['Int']['output'];
};

export type RecheckItemPage = {
  __typename?: 'RecheckItemPage';
  items: Array<RecheckItem>;
  total: Scalars['Int']['output'];
};

/** 全量复查：用当前生效的词库重新检查已发布的稿件（全市或一个站点），边检查边记录结果 */
export type RecheckRun = {
  __typename?: 'RecheckRun';
  /** 含阻断级问题的稿件数 */
  articlesWithBlock: Scalars['Int']['output'];
  blockCount: Scalars['Int']['output'];
  /** 已检查稿件数 */
  checked: Scalars['Int']['output'];
  error: Maybe<Scalars['String']['output']>;
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** 检查结果：含阻断级问题的在前 */
  items: RecheckItemPage;
  lexiconVersion: Maybe<Scalars['Int']['output']>;
  /** 进度 0–1 */
  progress: Scalars['Float']['output'];
  /** 为空表示全市所有在线站点 */
  site: Maybe<Site>;
  startedAt: Scalars['DateTime']['output'];
  startedByName: Scalars['String']['output'];
  status: RecheckStatus;
  /** 开始时范围内已发布稿件数 */
  total: Scalars['Int']['output'];
  warnCount: Scalars['Int']['output'];
};


/** 全量复查：用当前生效的词库重新检查已发布的稿件（全市或一个站点），边检查边记录结果 */
export type RecheckRunItemsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  onlyWithFindings?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 全量复查的状态 */
export type RecheckStatus =
  | 'done'
  | 'failed'
  | 'running';

/** 审核动作 */
export type ReviewAction =
  | 'approve'
  /** 错敏词放行 */
  | 'check_override'
  | 'publish'
  | 'reject'
  | 'restart'
  | 'schedule'
  | 'submit'
  | 'unpublish'
  | 'withdraw';

/** 审签单（可打印） */
export type ReviewSheet = {
  __typename?: 'ReviewSheet';
  article: Article;
  /** 审签单所涉修订的检查结果与放行记录 */
  checkResult: ArticleCheckResult;
  entries: Array<ReviewTransition>;
  revision: Revision;
};

/** 一次审核流转 */
export type ReviewTransition = {
  __typename?: 'ReviewTransition';
  action: ReviewAction;
  /** 操作人（定时任务等系统动作为 null，见 actorName） */
  actor: Maybe<User>;
  /** 操作人姓名（记录时） */
  actorName: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  comment: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  revision: Revision;
  /** 动作发生时的环节（1 起） */
  stage: Maybe<Scalars['Int']['output']>;
  stageName: Maybe<Scalars['String']['output']>;
};

/** 稿件的一次保存（不可变） */
export type Revision = {
  __typename?: 'Revision';
  article: Article;
  attachments: Array<ArticleAttachment>;
  author: Maybe<Scalars['String']['output']>;
  /** 基于哪一次修订保存 */
  basedOn: Maybe<Revision>;
  /** 正文（服务器端按白名单净化后的 HTML） */
  body: Scalars['String']['output'];
  channel: Channel;
  coverImageId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  /** 责任编辑 */
  editorOfRecord: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  keywords: Array<Scalars['String']['output']>;
  /** 保存说明 */
  note: Maybe<Scalars['String']['output']>;
  /** 第几次修订（1 起） */
  number: Scalars['Int']['output'];
  /** 来源 */
  source: Maybe<Scalars['String']['output']>;
  subtitle: Maybe<Scalars['String']['output']>;
  summary: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type RevisionDiff = {
  __typename?: 'RevisionDiff';
  fields: Array<FieldDiff>;
  from: Revision;
  to: Revision;
};

export type SaveArticleInput = {
  /** 保存所基于的修订；若期间他人已保存，返回 CONFLICT */
  baseRevisionId: Scalars['ID']['input'];
  content: ArticleContentInput;
  note?: InputMaybe<Scalars['String']['input']>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  article: PublishedArticle;
  score: Scalars['Float']['output'];
  /** 正文摘录（标出命中词） */
  snippet: HighlightedText;
  /** 标题（标出命中词） */
  titleHighlight: HighlightedText;
};

export type SearchResultPage = {
  __typename?: 'SearchResultPage';
  items: Array<SearchHit>;
  total: Scalars['Int']['output'];
};

export type Site = {
  __typename?: 'Site';
  /** 顶层栏目，按排序；子栏目见 Channel.children。 */
  channels: Array<Channel>;
  /** 本站点的新媒体分发目标（查看需稿件查看或分发管理权限） */
  distributionTargets: Array<DistributionTarget>;
  id: Scalars['ID']['output'];
  /** 站点专题（按排序）；includeDisabled 需要栏目管理权限 */
  topics: Array<Topic>;
};


export type SiteTopicsArgs = {
  includeDisabled?: InputMaybe<Scalars['Boolean']['input']>;
};

export type TakedownTarget = {
  __typename?: 'TakedownTarget';
  at: Scalars['DateTime']['output'];
  channel: Channel;
  /** 采用稿（kind 为 COPY 时） */
  copyArticleId: Maybe<Scalars['ID']['output']>;
  kind: TakedownTargetKind;
  site: Site;
  siteName: Scalars['String']['output'];
};

/** 撤稿时一并撤下的位置 */
export type TakedownTargetKind =
  /** 目标站点的采用稿已撤下 */
  | 'COPY'
  /** 待采用的报送已撤回 */
  | 'PENDING_PUSH';

/** 一处检查发现（错敏词、规范表述、标点、日期等） */
export type TextCheckFinding = {
  __typename?: 'TextCheckFinding';
  /** 附件中的问题：所在附件 */
  attachmentName: Maybe<Scalars['String']['output']>;
  /** 类别：sensitive、typo、wording、name、punctuation、date、number、accessibility */
  category: Scalars['String']['output'];
  end: Scalars['Int']['output'];
  explanation: Scalars['String']['output'];
  /** TITLE、BODY 或 ATTACHMENT（附件文档的文字，位置以附件文字为准） */
  field: Scalars['String']['output'];
  htmlEnd: Maybe<Scalars['Int']['output']>;
  /** 在 HTML 源码中的起止位置（正文） */
  htmlStart: Maybe<Scalars['Int']['output']>;
  /** 编辑已说明理由忽略（仅提醒和提示） */
  ignore: Maybe<TextCheckOverride>;
  /** 在同一修订的多次检查中保持不变的标识（放行时使用） */
  key: Scalars['ID']['output'];
  /** 已由有权人员放行（仅阻断级） */
  override: Maybe<TextCheckOverride>;
  ruleId: Scalars['String']['output'];
  severity: TextCheckSeverity;
  /** 在纯文本（正文为 HTML 的文字内容）中的起止位置 */
  start: Scalars['Int']['output'];
  suggestion: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

/** 对一处发现的处置：阻断级问题的放行（错敏词放行权限），或提醒、提示的忽略（编辑稿件权限） */
export type TextCheckOverride = {
  __typename?: 'TextCheckOverride';
  actorId: Maybe<Scalars['ID']['output']>;
  actorName: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  findingKey: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** 放行时的词库版本 */
  lexiconVersion: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
  revisionId: Scalars['ID']['output'];
  ruleId: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** 对编辑器内容的即时检查结果 */
export type TextCheckReport = {
  __typename?: 'TextCheckReport';
  blockCount: Scalars['Int']['output'];
  findings: Array<TextCheckFinding>;
  hintCount: Scalars['Int']['output'];
  /** 所用词库版本 */
  lexiconVersion: Scalars['Int']['output'];
  /** 检查所用的纯文本（位置以此为准） */
  text: Scalars['String']['output'];
  warnCount: Scalars['Int']['output'];
};

/** 检查结果的处置级别：阻断（须修改或由有权人员放行）、提醒、提示 */
export type TextCheckSeverity =
  | 'block'
  | 'hint'
  | 'warn';

/** 文本中的一段（UTF-16 下标，end 不含） */
export type TextRange = {
  __typename?: 'TextRange';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

/** 专题：汇集本单位若干栏目的已发布稿件 */
export type Topic = {
  __typename?: 'Topic';
  bannerImageId: Maybe<Scalars['ID']['output']>;
  bannerImageUrl: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 手动置顶的稿件（按顺序排在最前，仅在已发布时显示） */
  pinnedArticleIds: Array<Scalars['ID']['output']>;
  /** 专题下已发布稿件：置顶稿件在前，其余按发布时间倒序；草稿与待审修订永不出现 */
  publishedArticles: PublishedArticlePage;
  site: Site;
  /** 站内路径 /zt/<slug>/ */
  slug: Scalars['String']['output'];
  sortOrder: Scalars['Int']['output'];
  /** 来源栏目（本站或本单位其他站点的栏目） */
  sourceChannels: Array<Channel>;
  updatedAt: Scalars['DateTime']['output'];
};


/** 专题：汇集本单位若干栏目的已发布稿件 */
export type TopicPublishedArticlesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateChannelInput = {
  kind?: InputMaybe<ChannelKind>;
  linkUrl?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  updateClass?: InputMaybe<UpdateClass>;
};

/** 更新频率分类：动态类 14 天，通知公告/政策文件类 6 个月，其他 1 年。 */
export type UpdateClass =
  | 'dynamic'
  | 'notice'
  | 'other';

export type UpdateDistributionTargetInput = {
  draftOnly?: InputMaybe<Scalars['Boolean']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  events?: InputMaybe<Array<DeliveryKind>>;
  format?: InputMaybe<DistributionFormat>;
  name?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTopicInput = {
  bannerImageId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  pinnedArticleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  sourceChannelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

/** 站点的审核流程定义 */
export type WorkflowDefinition = {
  __typename?: 'WorkflowDefinition';
  site: Site;
  stages: Array<WorkflowStage>;
};

/** 审核流程中的一个环节 */
export type WorkflowStage = {
  __typename?: 'WorkflowStage';
  /** 如：初审、复审、终审 */
  name: Scalars['String']['output'];
  /** 顺序（1 起） */
  order: Scalars['Int']['output'];
  /** 可在此环节操作的审核角色代码，如 reviewer_1 */
  roleCode: Scalars['String']['output'];
};

export type WorkflowStageInput = {
  name: Scalars['String']['input'];
  roleCode: Scalars['String']['input'];
};

/** 辅助写作：自动摘要、关键词建议与疑似重复提醒 */
export type WritingAssist = {
  __typename?: 'WritingAssist';
  /** 疑似重复稿件：全平台已发布稿件，以及本人可查看站点的草稿 */
  nearDuplicates: Array<NearDuplicate>;
  /** 关键词建议（TF-IDF） */
  suggestedKeywords: Array<Scalars['String']['output']>;
  /** 抽取式摘要建议 */
  suggestedSummary: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Article: Article;
  Channel: Channel;
  Delivery: Delivery;
  DistributionTarget: DistributionTarget;
  MediaAsset: MediaAsset;
  PublishedArticle: PublishedArticle;
  Revision: Revision;
  Site: Site;
  Topic: Topic;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Article:
    ( { __typename: 'Article' }
    & GraphQLRecursivePick<FederationTypes['Article'], {"id":true}> );
  Channel:
    ( { __typename: 'Channel' }
    & GraphQLRecursivePick<FederationTypes['Channel'], {"id":true}> );
  Delivery:
    ( { __typename: 'Delivery' }
    & GraphQLRecursivePick<FederationTypes['Delivery'], {"id":true}> );
  DistributionTarget:
    ( { __typename: 'DistributionTarget' }
    & GraphQLRecursivePick<FederationTypes['DistributionTarget'], {"id":true}> );
  MediaAsset:
    ( { __typename: 'MediaAsset' }
    & GraphQLRecursivePick<FederationTypes['MediaAsset'], {"id":true}> );
  PublishedArticle:
    ( { __typename: 'PublishedArticle' }
    & GraphQLRecursivePick<FederationTypes['PublishedArticle'], {"id":true}> );
  Revision:
    ( { __typename: 'Revision' }
    & GraphQLRecursivePick<FederationTypes['Revision'], {"id":true}> );
  Site:
    ( { __typename: 'Site' }
    & GraphQLRecursivePick<FederationTypes['Site'], {"id":true}> );
  Topic:
    ( { __typename: 'Topic' }
    & GraphQLRecursivePick<FederationTypes['Topic'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Article: ResolverTypeWrapper<ArticleRowModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ArticleAttachment: ResolverTypeWrapper<AttachmentModelModel>;
  ArticleCheckResult: ResolverTypeWrapper<CheckResultModelModel>;
  ArticleContentInput: ArticleContentInput;
  ArticleFilter: ArticleFilter;
  ArticleFlagsInput: ArticleFlagsInput;
  ArticleOrigin: ResolverTypeWrapper<ArticleOriginModelModel>;
  ArticlePage: ResolverTypeWrapper<ArticlePageModelModel>;
  ArticlePush: ResolverTypeWrapper<ArticlePushRowModel>;
  ArticlePushPage: ResolverTypeWrapper<ArticlePushPageModelModel>;
  ArticleStatus: null;
  Channel: ResolverTypeWrapper<ChannelRowModel>;
  ChannelKind: null;
  CreateArticleInput: CreateArticleInput;
  CreateChannelInput: CreateChannelInput;
  CreateDistributionTargetInput: CreateDistributionTargetInput;
  CreateTopicInput: CreateTopicInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Delivery: ResolverTypeWrapper<DeliveryRowModel>;
  DeliveryKind: null;
  DeliveryPage: ResolverTypeWrapper<DeliveryPageModelModel>;
  DeliveryStatus: null;
  DiffPart: ResolverTypeWrapper<DiffPart>;
  DiffPartKind: null;
  DistributionFormat: null;
  DistributionTarget: ResolverTypeWrapper<DistributionTargetRowModel>;
  FieldDiff: ResolverTypeWrapper<FieldDiff>;
  HighlightedText: ResolverTypeWrapper<HighlightedText>;
  MediaAsset: ResolverTypeWrapper<MediaAssetRowModel>;
  MediaAssetPage: ResolverTypeWrapper<MediaAssetPageModelModel>;
  MediaKind: null;
  MediaVisibility: null;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NearDuplicate: ResolverTypeWrapper<NearDuplicateModelModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PublishedArticle: ResolverTypeWrapper<PublishedArticleModelModel>;
  PublishedArticlePage: ResolverTypeWrapper<PublishedArticlePageModelModel>;
  PublishedChange: ResolverTypeWrapper<PublishedChangeModelModel>;
  PublishedChangeKind: null;
  PublishedChangePage: ResolverTypeWrapper<PublishedChangePageModelModel>;
  PushSnapshot: ResolverTypeWrapper<RevisionRowModel>;
  PushStatus: null;
  PushTargetInput: PushTargetInput;
  PushTargetSite: ResolverTypeWrapper<PushTargetSiteModelModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecheckFinding: ResolverTypeWrapper<StoredFindingModel>;
  RecheckItem: ResolverTypeWrapper<RecheckItemRowModel>;
  RecheckItemPage: ResolverTypeWrapper<RecheckItemPageModelModel>;
  RecheckRun: ResolverTypeWrapper<RecheckRunRowModel>;
  RecheckStatus: null;
  ReviewAction: null;
  ReviewSheet: ResolverTypeWrapper<ReviewSheetModelModel>;
  ReviewTransition: ResolverTypeWrapper<ReviewTransitionRowModel>;
  Revision: ResolverTypeWrapper<RevisionRowModel>;
  RevisionDiff: ResolverTypeWrapper<RevisionDiffModelModel>;
  SaveArticleInput: SaveArticleInput;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'article'> & { article: ResolversTypes['PublishedArticle'] }>;
  SearchResultPage: ResolverTypeWrapper<Omit<SearchResultPage, 'items'> & { items: Array<ResolversTypes['SearchHit']> }>;
  Site: ResolverTypeWrapper<SiteReferenceModel>;
  TakedownTarget: ResolverTypeWrapper<ArticlePushRowModel>;
  TakedownTargetKind: TakedownTargetKind;
  TextCheckFinding: ResolverTypeWrapper<Omit<TextCheckFinding, 'ignore' | 'override'> & { ignore?: Maybe<ResolversTypes['TextCheckOverride']>, override?: Maybe<ResolversTypes['TextCheckOverride']> }>;
  TextCheckOverride: ResolverTypeWrapper<CheckOverrideRowModel>;
  TextCheckReport: ResolverTypeWrapper<TextCheckModelModel>;
  TextCheckSeverity: null;
  TextRange: ResolverTypeWrapper<TextRange>;
  Topic: ResolverTypeWrapper<TopicRowModel>;
  UpdateChannelInput: UpdateChannelInput;
  UpdateClass: null;
  UpdateDistributionTargetInput: UpdateDistributionTargetInput;
  UpdateTopicInput: UpdateTopicInput;
  User: ResolverTypeWrapper<UserReferenceModel>;
  WorkflowDefinition: ResolverTypeWrapper<WorkflowDefinitionModelModel>;
  WorkflowStage: ResolverTypeWrapper<WorkflowStage>;
  WorkflowStageInput: WorkflowStageInput;
  WritingAssist: ResolverTypeWrapper<WritingAssistModelModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Article: ArticleRowModel;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  ArticleAttachment: AttachmentModelModel;
  ArticleCheckResult: CheckResultModelModel;
  ArticleContentInput: ArticleContentInput;
  ArticleFilter: ArticleFilter;
  ArticleFlagsInput: ArticleFlagsInput;
  ArticleOrigin: ArticleOriginModelModel;
  ArticlePage: ArticlePageModelModel;
  ArticlePush: ArticlePushRowModel;
  ArticlePushPage: ArticlePushPageModelModel;
  Channel: ChannelRowModel;
  CreateArticleInput: CreateArticleInput;
  CreateChannelInput: CreateChannelInput;
  CreateDistributionTargetInput: CreateDistributionTargetInput;
  CreateTopicInput: CreateTopicInput;
  DateTime: Scalars['DateTime']['output'];
  Delivery: DeliveryRowModel;
  DeliveryPage: DeliveryPageModelModel;
  DiffPart: DiffPart;
  DistributionTarget: DistributionTargetRowModel;
  FieldDiff: FieldDiff;
  HighlightedText: HighlightedText;
  MediaAsset: MediaAssetRowModel;
  MediaAssetPage: MediaAssetPageModelModel;
  Mutation: Record<PropertyKey, never>;
  NearDuplicate: NearDuplicateModelModel;
  Float: Scalars['Float']['output'];
  PublishedArticle: PublishedArticleModelModel;
  PublishedArticlePage: PublishedArticlePageModelModel;
  PublishedChange: PublishedChangeModelModel;
  PublishedChangePage: PublishedChangePageModelModel;
  PushSnapshot: RevisionRowModel;
  PushTargetInput: PushTargetInput;
  PushTargetSite: PushTargetSiteModelModel;
  Query: Record<PropertyKey, never>;
  RecheckFinding: StoredFindingModel;
  RecheckItem: RecheckItemRowModel;
  RecheckItemPage: RecheckItemPageModelModel;
  RecheckRun: RecheckRunRowModel;
  ReviewSheet: ReviewSheetModelModel;
  ReviewTransition: ReviewTransitionRowModel;
  Revision: RevisionRowModel;
  RevisionDiff: RevisionDiffModelModel;
  SaveArticleInput: SaveArticleInput;
  SearchHit: Omit<SearchHit, 'article'> & { article: ResolversParentTypes['PublishedArticle'] };
  SearchResultPage: Omit<SearchResultPage, 'items'> & { items: Array<ResolversParentTypes['SearchHit']> };
  Site: SiteReferenceModel;
  TakedownTarget: ArticlePushRowModel;
  TextCheckFinding: Omit<TextCheckFinding, 'ignore' | 'override'> & { ignore?: Maybe<ResolversParentTypes['TextCheckOverride']>, override?: Maybe<ResolversParentTypes['TextCheckOverride']> };
  TextCheckOverride: CheckOverrideRowModel;
  TextCheckReport: TextCheckModelModel;
  TextRange: TextRange;
  Topic: TopicRowModel;
  UpdateChannelInput: UpdateChannelInput;
  UpdateDistributionTargetInput: UpdateDistributionTargetInput;
  UpdateTopicInput: UpdateTopicInput;
  User: UserReferenceModel;
  WorkflowDefinition: WorkflowDefinitionModelModel;
  WorkflowStage: WorkflowStage;
  WorkflowStageInput: WorkflowStageInput;
  WritingAssist: WritingAssistModelModel;
}>;

export type ArticleResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article'], FederationReferenceType extends FederationReferenceTypes['Article'] = FederationReferenceTypes['Article']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Article']> | FederationReferenceType, FederationReferenceType, ContextType>;
  canReview?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  carousel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  checkResult?: Resolver<ResolversTypes['ArticleCheckResult'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  currentRevision?: Resolver<ResolversTypes['Revision'], ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deliveries?: Resolver<Array<ResolversTypes['Delivery']>, ParentType, ContextType>;
  headline?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['ArticleOrigin']>, ParentType, ContextType>;
  pinned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pinnedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishedRevision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  pushes?: Resolver<Array<ResolversTypes['ArticlePush']>, ParentType, ContextType>;
  reviewStage?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  revisionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
  scheduledPublishAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scheduledUnpublishAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ArticleStatus'], ParentType, ContextType>;
  takedownReport?: Resolver<Array<ResolversTypes['TakedownTarget']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['ReviewTransition']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  withdrawReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  writingAssist?: Resolver<ResolversTypes['WritingAssist'], ParentType, ContextType>;
}>;

export type ArticleAttachmentResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ArticleAttachment'] = ResolversParentTypes['ArticleAttachment']> = ResolversObject<{
  mediaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ArticleCheckResultResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ArticleCheckResult'] = ResolversParentTypes['ArticleCheckResult']> = ResolversObject<{
  blockCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['TextCheckFinding']>, ParentType, ContextType>;
  hintCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ignores?: Resolver<Array<ResolversTypes['TextCheckOverride']>, ParentType, ContextType>;
  lexiconVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overrides?: Resolver<Array<ResolversTypes['TextCheckOverride']>, ParentType, ContextType>;
  unresolvedBlockCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ArticleOriginResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ArticleOrigin'] = ResolversParentTypes['ArticleOrigin']> = ResolversObject<{
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  siteName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ArticlePageResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ArticlePage'] = ResolversParentTypes['ArticlePage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ArticlePushResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ArticlePush'] = ResolversParentTypes['ArticlePush']> = ResolversObject<{
  copyArticleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  decidedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isUpdate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  originArticleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  originSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  originSiteName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pushedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  pushedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  pushedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  snapshot?: Resolver<ResolversTypes['PushSnapshot'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PushStatus'], ParentType, ContextType>;
  targetChannel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  targetSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  targetSiteName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ArticlePushPageResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ArticlePushPage'] = ResolversParentTypes['ArticlePushPage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['ArticlePush']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ArticleStatusResolvers = { APPROVED: 'approved', DRAFT: 'draft', IN_REVIEW: 'in_review', PUBLISHED: 'published', WITHDRAWN: 'withdrawn' };

export type ChannelResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Channel'] = ResolversParentTypes['Channel'], FederationReferenceType extends FederationReferenceTypes['Channel'] = FederationReferenceTypes['Channel']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Channel']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Channel']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChannelKind'], ParentType, ContextType>;
  linkUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedArticles?: Resolver<ResolversTypes['PublishedArticlePage'], ParentType, ContextType, RequireFields<ChannelPublishedArticlesArgs, 'limit' | 'offset'>>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updateClass?: Resolver<ResolversTypes['UpdateClass'], ParentType, ContextType>;
}>;

export type ChannelKindResolvers = { LINK: 'link', LIST: 'list', PAGE: 'page' };

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeliveryResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Delivery'] = ResolversParentTypes['Delivery'], FederationReferenceType extends FederationReferenceTypes['Delivery'] = FederationReferenceTypes['Delivery']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Delivery']> | FederationReferenceType, FederationReferenceType, ContextType>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DeliveryKind'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastResponseStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revisionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeliveryStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['DistributionTarget'], ParentType, ContextType>;
}>;

export type DeliveryKindResolvers = { PUBLISH: 'publish', RETRACT: 'retract', UPDATE: 'update' };

export type DeliveryPageResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['DeliveryPage'] = ResolversParentTypes['DeliveryPage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['Delivery']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeliveryStatusResolvers = { CANCELLED: 'cancelled', FAILED: 'failed', PENDING: 'pending', RETRYING: 'retrying', SUCCEEDED: 'succeeded' };

export type DiffPartResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['DiffPart'] = ResolversParentTypes['DiffPart']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['DiffPartKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DiffPartKindResolvers = { DELETE: 'delete', EQUAL: 'equal', INSERT: 'insert' };

export type DistributionFormatResolvers = { APP: 'app', GENERIC: 'generic', WECHAT_MP: 'wechat_mp', WEIBO: 'weibo' };

export type DistributionTargetResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['DistributionTarget'] = ResolversParentTypes['DistributionTarget'], FederationReferenceType extends FederationReferenceTypes['DistributionTarget'] = FederationReferenceTypes['DistributionTarget']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DistributionTarget']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  draftOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['DeliveryKind']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['DistributionFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FieldDiffResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['FieldDiff'] = ResolversParentTypes['FieldDiff']> = ResolversObject<{
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['DiffPart']>, ParentType, ContextType>;
}>;

export type HighlightedTextResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['HighlightedText'] = ResolversParentTypes['HighlightedText']> = ResolversObject<{
  highlights?: Resolver<Array<ResolversTypes['TextRange']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MediaAssetResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['MediaAsset'] = ResolversParentTypes['MediaAsset'], FederationReferenceType extends FederationReferenceTypes['MediaAsset'] = FederationReferenceTypes['MediaAsset']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MediaAsset']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  height?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MediaKind'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  thumbUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usedBy?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['MediaVisibility'], ParentType, ContextType>;
  width?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type MediaAssetPageResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['MediaAssetPage'] = ResolversParentTypes['MediaAssetPage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['MediaAsset']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MediaKindResolvers = { FILE: 'file', IMAGE: 'image' };

export type MediaVisibilityResolvers = { CITY: 'city', PRIVATE: 'private', UNIT: 'unit' };

export type MutationResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptPush?: Resolver<ResolversTypes['ArticlePush'], ParentType, ContextType, RequireFields<MutationAcceptPushArgs, 'id'>>;
  approveArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationApproveArticleArgs, 'id'>>;
  cancelScheduledAction?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationCancelScheduledActionArgs, 'id'>>;
  createArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationCreateArticleArgs, 'input'>>;
  createChannel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType, RequireFields<MutationCreateChannelArgs, 'input'>>;
  createDistributionTarget?: Resolver<ResolversTypes['DistributionTarget'], ParentType, ContextType, RequireFields<MutationCreateDistributionTargetArgs, 'input'>>;
  createTopic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType, RequireFields<MutationCreateTopicArgs, 'input'>>;
  declinePush?: Resolver<ResolversTypes['ArticlePush'], ParentType, ContextType, RequireFields<MutationDeclinePushArgs, 'id' | 'reason'>>;
  deleteArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationDeleteArticleArgs, 'id'>>;
  deleteChannel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteChannelArgs, 'id'>>;
  deleteDistributionTarget?: Resolver<ResolversTypes['DistributionTarget'], ParentType, ContextType, RequireFields<MutationDeleteDistributionTargetArgs, 'id'>>;
  deleteMediaAsset?: Resolver<ResolversTypes['MediaAsset'], ParentType, ContextType, RequireFields<MutationDeleteMediaAssetArgs, 'id'>>;
  deleteTopic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteTopicArgs, 'id'>>;
  ignoreCheckFindings?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationIgnoreCheckFindingsArgs, 'articleId' | 'findingKeys' | 'reason'>>;
  overrideCheckFindings?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationOverrideCheckFindingsArgs, 'articleId' | 'reason'>>;
  publishArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationPublishArticleArgs, 'id'>>;
  pushArticle?: Resolver<Array<ResolversTypes['ArticlePush']>, ParentType, ContextType, RequireFields<MutationPushArticleArgs, 'id' | 'targets'>>;
  rejectArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationRejectArticleArgs, 'comment' | 'id'>>;
  resendDelivery?: Resolver<ResolversTypes['Delivery'], ParentType, ContextType, RequireFields<MutationResendDeliveryArgs, 'id'>>;
  restoreArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationRestoreArticleArgs, 'id'>>;
  rotateDistributionSecret?: Resolver<ResolversTypes['DistributionTarget'], ParentType, ContextType, RequireFields<MutationRotateDistributionSecretArgs, 'id'>>;
  saveArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationSaveArticleArgs, 'id' | 'input'>>;
  setArticleFlags?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationSetArticleFlagsArgs, 'id' | 'input'>>;
  startRecheck?: Resolver<ResolversTypes['RecheckRun'], ParentType, ContextType, Partial<MutationStartRecheckArgs>>;
  submitArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationSubmitArticleArgs, 'id'>>;
  unpublishArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationUnpublishArticleArgs, 'id' | 'reason'>>;
  updateChannel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType, RequireFields<MutationUpdateChannelArgs, 'id' | 'input'>>;
  updateDistributionTarget?: Resolver<ResolversTypes['DistributionTarget'], ParentType, ContextType, RequireFields<MutationUpdateDistributionTargetArgs, 'id' | 'input'>>;
  updateMediaVisibility?: Resolver<ResolversTypes['MediaAsset'], ParentType, ContextType, RequireFields<MutationUpdateMediaVisibilityArgs, 'id' | 'visibility'>>;
  updateTopic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType, RequireFields<MutationUpdateTopicArgs, 'id' | 'input'>>;
  updateWorkflow?: Resolver<ResolversTypes['WorkflowDefinition'], ParentType, ContextType, RequireFields<MutationUpdateWorkflowArgs, 'siteId' | 'stages'>>;
  withdrawArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationWithdrawArticleArgs, 'id'>>;
}>;

export type NearDuplicateResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['NearDuplicate'] = ResolversParentTypes['NearDuplicate']> = ResolversObject<{
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishedArticle?: Resolver<Maybe<ResolversTypes['PublishedArticle']>, ParentType, ContextType>;
  readable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  similarity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  siteId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  siteName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PublishedArticleResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['PublishedArticle'] = ResolversParentTypes['PublishedArticle'], FederationReferenceType extends FederationReferenceTypes['PublishedArticle'] = FederationReferenceTypes['PublishedArticle']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PublishedArticle']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['ArticleAttachment']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  carousel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  coverImageUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  headline?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['ArticleOrigin']>, ParentType, ContextType>;
  pinned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type PublishedArticlePageResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['PublishedArticlePage'] = ResolversParentTypes['PublishedArticlePage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['PublishedArticle']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PublishedChangeResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['PublishedChange'] = ResolversParentTypes['PublishedChange']> = ResolversObject<{
  article?: Resolver<Maybe<ResolversTypes['PublishedArticle']>, ParentType, ContextType>;
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  channelId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PublishedChangeKind'], ParentType, ContextType>;
  siteId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PublishedChangeKindResolvers = { PUBLISHED: 'published', UPDATED: 'updated', WITHDRAWN: 'withdrawn' };

export type PublishedChangePageResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['PublishedChangePage'] = ResolversParentTypes['PublishedChangePage']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['PublishedChange']>, ParentType, ContextType>;
}>;

export type PushSnapshotResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['PushSnapshot'] = ResolversParentTypes['PushSnapshot']> = ResolversObject<{
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  revisionNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PushStatusResolvers = { ACCEPTED: 'accepted', DECLINED: 'declined', PENDING: 'pending', SUPERSEDED: 'superseded', WITHDRAWN: 'withdrawn' };

export type PushTargetSiteResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['PushTargetSite'] = ResolversParentTypes['PushTargetSite']> = ResolversObject<{
  channels?: Resolver<Array<ResolversTypes['Channel']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentSiteId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  siteId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticlePage'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'filter' | 'limit' | 'offset'>>;
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType, RequireFields<QueryChannelArgs, 'id'>>;
  checkText?: Resolver<ResolversTypes['TextCheckReport'], ParentType, ContextType, RequireFields<QueryCheckTextArgs, 'siteId'>>;
  deliveries?: Resolver<ResolversTypes['DeliveryPage'], ParentType, ContextType, RequireFields<QueryDeliveriesArgs, 'limit' | 'offset' | 'siteId'>>;
  distributionTarget?: Resolver<Maybe<ResolversTypes['DistributionTarget']>, ParentType, ContextType, RequireFields<QueryDistributionTargetArgs, 'id'>>;
  incomingPushes?: Resolver<ResolversTypes['ArticlePushPage'], ParentType, ContextType, RequireFields<QueryIncomingPushesArgs, 'limit' | 'offset' | 'siteId'>>;
  mediaAsset?: Resolver<Maybe<ResolversTypes['MediaAsset']>, ParentType, ContextType, RequireFields<QueryMediaAssetArgs, 'id'>>;
  mediaAssets?: Resolver<ResolversTypes['MediaAssetPage'], ParentType, ContextType, RequireFields<QueryMediaAssetsArgs, 'includeShared' | 'limit' | 'offset' | 'siteId'>>;
  myReviewTasks?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  publishedArticle?: Resolver<Maybe<ResolversTypes['PublishedArticle']>, ParentType, ContextType, RequireFields<QueryPublishedArticleArgs, 'id'>>;
  publishedArticles?: Resolver<ResolversTypes['PublishedArticlePage'], ParentType, ContextType, RequireFields<QueryPublishedArticlesArgs, 'limit' | 'offset' | 'siteId'>>;
  publishedChanges?: Resolver<ResolversTypes['PublishedChangePage'], ParentType, ContextType, RequireFields<QueryPublishedChangesArgs, 'limit'>>;
  pushTargets?: Resolver<Array<ResolversTypes['PushTargetSite']>, ParentType, ContextType>;
  recheckRun?: Resolver<Maybe<ResolversTypes['RecheckRun']>, ParentType, ContextType, RequireFields<QueryRecheckRunArgs, 'id'>>;
  recheckRuns?: Resolver<Array<ResolversTypes['RecheckRun']>, ParentType, ContextType, RequireFields<QueryRecheckRunsArgs, 'limit'>>;
  recycleBinRetentionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewSheet?: Resolver<ResolversTypes['ReviewSheet'], ParentType, ContextType, RequireFields<QueryReviewSheetArgs, 'articleId'>>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<QueryRevisionArgs, 'id'>>;
  revisionDiff?: Resolver<ResolversTypes['RevisionDiff'], ParentType, ContextType, RequireFields<QueryRevisionDiffArgs, 'fromId' | 'toId'>>;
  searchPublished?: Resolver<ResolversTypes['SearchResultPage'], ParentType, ContextType, RequireFields<QuerySearchPublishedArgs, 'limit' | 'offset' | 'query'>>;
  suggestWriting?: Resolver<ResolversTypes['WritingAssist'], ParentType, ContextType, RequireFields<QuerySuggestWritingArgs, 'body' | 'title'>>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType, RequireFields<QueryTopicArgs, 'id'>>;
  topicBySlug?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType, RequireFields<QueryTopicBySlugArgs, 'siteId' | 'slug'>>;
  workflow?: Resolver<ResolversTypes['WorkflowDefinition'], ParentType, ContextType, RequireFields<QueryWorkflowArgs, 'siteId'>>;
}>;

export type RecheckFindingResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['RecheckFinding'] = ResolversParentTypes['RecheckFinding']> = ResolversObject<{
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['TextCheckSeverity'], ParentType, ContextType>;
  suggestion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RecheckItemResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['RecheckItem'] = ResolversParentTypes['RecheckItem']> = ResolversObject<{
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  blockCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['RecheckFinding']>, ParentType, ContextType>;
  lexiconVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warnCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecheckItemPageResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['RecheckItemPage'] = ResolversParentTypes['RecheckItemPage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['RecheckItem']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecheckRunResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['RecheckRun'] = ResolversParentTypes['RecheckRun']> = ResolversObject<{
  articlesWithBlock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  blockCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['RecheckItemPage'], ParentType, ContextType, RequireFields<RecheckRunItemsArgs, 'limit' | 'offset' | 'onlyWithFindings'>>;
  lexiconVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecheckStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecheckStatusResolvers = { DONE: 'done', FAILED: 'failed', RUNNING: 'running' };

export type ReviewActionResolvers = { APPROVE: 'approve', CHECK_OVERRIDE: 'check_override', PUBLISH: 'publish', REJECT: 'reject', RESTART: 'restart', SCHEDULE: 'schedule', SUBMIT: 'submit', UNPUBLISH: 'unpublish', WITHDRAW: 'withdraw' };

export type ReviewSheetResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ReviewSheet'] = ResolversParentTypes['ReviewSheet']> = ResolversObject<{
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  checkResult?: Resolver<ResolversTypes['ArticleCheckResult'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['ReviewTransition']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Revision'], ParentType, ContextType>;
}>;

export type ReviewTransitionResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ReviewTransition'] = ResolversParentTypes['ReviewTransition']> = ResolversObject<{
  action?: Resolver<ResolversTypes['ReviewAction'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Revision'], ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  stageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RevisionResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Revision'] = ResolversParentTypes['Revision'], FederationReferenceType extends FederationReferenceTypes['Revision'] = FederationReferenceTypes['Revision']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Revision']> | FederationReferenceType, FederationReferenceType, ContextType>;
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['ArticleAttachment']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  basedOn?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  coverImageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  editorOfRecord?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RevisionDiffResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['RevisionDiff'] = ResolversParentTypes['RevisionDiff']> = ResolversObject<{
  fields?: Resolver<Array<ResolversTypes['FieldDiff']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Revision'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Revision'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  article?: Resolver<ResolversTypes['PublishedArticle'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['HighlightedText'], ParentType, ContextType>;
  titleHighlight?: Resolver<ResolversTypes['HighlightedText'], ParentType, ContextType>;
}>;

export type SearchResultPageResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['SearchResultPage'] = ResolversParentTypes['SearchResultPage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SiteResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site'], FederationReferenceType extends FederationReferenceTypes['Site'] = FederationReferenceTypes['Site']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Site']> | FederationReferenceType, FederationReferenceType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['Channel']>, ParentType, ContextType>;
  distributionTargets?: Resolver<Array<ResolversTypes['DistributionTarget']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType, RequireFields<SiteTopicsArgs, 'includeDisabled'>>;
}>;

export type TakedownTargetResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['TakedownTarget'] = ResolversParentTypes['TakedownTarget']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  copyArticleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TakedownTargetKind'], ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  siteName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TextCheckFindingResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['TextCheckFinding'] = ResolversParentTypes['TextCheckFinding']> = ResolversObject<{
  attachmentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  htmlEnd?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  htmlStart?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ignore?: Resolver<Maybe<ResolversTypes['TextCheckOverride']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  override?: Resolver<Maybe<ResolversTypes['TextCheckOverride']>, ParentType, ContextType>;
  ruleId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['TextCheckSeverity'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suggestion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TextCheckOverrideResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['TextCheckOverride'] = ResolversParentTypes['TextCheckOverride']> = ResolversObject<{
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  findingKey?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lexiconVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revisionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ruleId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TextCheckReportResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['TextCheckReport'] = ResolversParentTypes['TextCheckReport']> = ResolversObject<{
  blockCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['TextCheckFinding']>, ParentType, ContextType>;
  hintCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lexiconVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warnCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TextCheckSeverityResolvers = { BLOCK: 'block', HINT: 'hint', WARN: 'warn' };

export type TextRangeResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['TextRange'] = ResolversParentTypes['TextRange']> = ResolversObject<{
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TopicResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic'], FederationReferenceType extends FederationReferenceTypes['Topic'] = FederationReferenceTypes['Topic']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Topic']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bannerImageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  bannerImageUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pinnedArticleIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  publishedArticles?: Resolver<ResolversTypes['PublishedArticlePage'], ParentType, ContextType, RequireFields<TopicPublishedArticlesArgs, 'limit' | 'offset'>>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceChannels?: Resolver<Array<ResolversTypes['Channel']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type UpdateClassResolvers = { DYNAMIC: 'dynamic', NOTICE: 'notice', OTHER: 'other' };

export type UserResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WorkflowDefinitionResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['WorkflowDefinition'] = ResolversParentTypes['WorkflowDefinition']> = ResolversObject<{
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['WorkflowStage']>, ParentType, ContextType>;
}>;

export type WorkflowStageResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['WorkflowStage'] = ResolversParentTypes['WorkflowStage']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roleCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WritingAssistResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['WritingAssist'] = ResolversParentTypes['WritingAssist']> = ResolversObject<{
  nearDuplicates?: Resolver<Array<ResolversTypes['NearDuplicate']>, ParentType, ContextType>;
  suggestedKeywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  suggestedSummary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ContentContext> = ResolversObject<{
  Article?: ArticleResolvers<ContextType>;
  ArticleAttachment?: ArticleAttachmentResolvers<ContextType>;
  ArticleCheckResult?: ArticleCheckResultResolvers<ContextType>;
  ArticleOrigin?: ArticleOriginResolvers<ContextType>;
  ArticlePage?: ArticlePageResolvers<ContextType>;
  ArticlePush?: ArticlePushResolvers<ContextType>;
  ArticlePushPage?: ArticlePushPageResolvers<ContextType>;
  ArticleStatus?: ArticleStatusResolvers;
  Channel?: ChannelResolvers<ContextType>;
  ChannelKind?: ChannelKindResolvers;
  DateTime?: GraphQLScalarType;
  Delivery?: DeliveryResolvers<ContextType>;
  DeliveryKind?: DeliveryKindResolvers;
  DeliveryPage?: DeliveryPageResolvers<ContextType>;
  DeliveryStatus?: DeliveryStatusResolvers;
  DiffPart?: DiffPartResolvers<ContextType>;
  DiffPartKind?: DiffPartKindResolvers;
  DistributionFormat?: DistributionFormatResolvers;
  DistributionTarget?: DistributionTargetResolvers<ContextType>;
  FieldDiff?: FieldDiffResolvers<ContextType>;
  HighlightedText?: HighlightedTextResolvers<ContextType>;
  MediaAsset?: MediaAssetResolvers<ContextType>;
  MediaAssetPage?: MediaAssetPageResolvers<ContextType>;
  MediaKind?: MediaKindResolvers;
  MediaVisibility?: MediaVisibilityResolvers;
  Mutation?: MutationResolvers<ContextType>;
  NearDuplicate?: NearDuplicateResolvers<ContextType>;
  PublishedArticle?: PublishedArticleResolvers<ContextType>;
  PublishedArticlePage?: PublishedArticlePageResolvers<ContextType>;
  PublishedChange?: PublishedChangeResolvers<ContextType>;
  PublishedChangeKind?: PublishedChangeKindResolvers;
  PublishedChangePage?: PublishedChangePageResolvers<ContextType>;
  PushSnapshot?: PushSnapshotResolvers<ContextType>;
  PushStatus?: PushStatusResolvers;
  PushTargetSite?: PushTargetSiteResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecheckFinding?: RecheckFindingResolvers<ContextType>;
  RecheckItem?: RecheckItemResolvers<ContextType>;
  RecheckItemPage?: RecheckItemPageResolvers<ContextType>;
  RecheckRun?: RecheckRunResolvers<ContextType>;
  RecheckStatus?: RecheckStatusResolvers;
  ReviewAction?: ReviewActionResolvers;
  ReviewSheet?: ReviewSheetResolvers<ContextType>;
  ReviewTransition?: ReviewTransitionResolvers<ContextType>;
  Revision?: RevisionResolvers<ContextType>;
  RevisionDiff?: RevisionDiffResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResultPage?: SearchResultPageResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  TakedownTarget?: TakedownTargetResolvers<ContextType>;
  TextCheckFinding?: TextCheckFindingResolvers<ContextType>;
  TextCheckOverride?: TextCheckOverrideResolvers<ContextType>;
  TextCheckReport?: TextCheckReportResolvers<ContextType>;
  TextCheckSeverity?: TextCheckSeverityResolvers;
  TextRange?: TextRangeResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  UpdateClass?: UpdateClassResolvers;
  User?: UserResolvers<ContextType>;
  WorkflowDefinition?: WorkflowDefinitionResolvers<ContextType>;
  WorkflowStage?: WorkflowStageResolvers<ContextType>;
  WritingAssist?: WritingAssistResolvers<ContextType>;
}>;

