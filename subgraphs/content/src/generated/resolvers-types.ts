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
  carousel: Scalars['Boolean']['output'];
  /** 主栏目 */
  channel: Channel;
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  /** 当前（最新）修订 */
  currentRevision: Revision;
  /** 在回收站中（删除时间） */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  headline: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  pinned: Scalars['Boolean']['output'];
  pinnedUntil: Maybe<Scalars['DateTime']['output']>;
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** 已发布的修订（不可变快照） */
  publishedRevision: Maybe<Revision>;
  /** 当前所处审核环节（1 起），不在审核中为 null */
  reviewStage: Maybe<Scalars['Int']['output']>;
  revisionCount: Scalars['Int']['output'];
  revisions: Array<Revision>;
  scheduledPublishAt: Maybe<Scalars['DateTime']['output']>;
  scheduledUnpublishAt: Maybe<Scalars['DateTime']['output']>;
  site: Site;
  status: ArticleStatus;
  /** 审核流转记录（时间线） */
  timeline: Array<ReviewTransition>;
  updatedAt: Scalars['DateTime']['output'];
  /** 撤稿原因 */
  withdrawReason: Maybe<Scalars['String']['output']>;
};

/** 附件（媒体库中的文件） */
export type ArticleAttachment = {
  __typename?: 'ArticleAttachment';
  mediaId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
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

export type ArticlePage = {
  __typename?: 'ArticlePage';
  items: Array<Article>;
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
  approveArticle: Article;
  cancelScheduledAction: Article;
  createArticle: Article;
  createChannel: Channel;
  /** 删除到回收站 */
  deleteArticle: Article;
  deleteChannel: Scalars['Boolean']['output'];
  /** 删除资源；仍被稿件使用时返回 CONFLICT */
  deleteMediaAsset: MediaAsset;
  /** 立即发布；at 在将来则定时发布 */
  publishArticle: Article;
  /** 退回修改，必须填写意见 */
  rejectArticle: Article;
  /** 从回收站恢复（单位管理员） */
  restoreArticle: Article;
  /** 保存为新修订；基于的修订不是最新时返回 CONFLICT（extensions.currentRevisionId） */
  saveArticle: Article;
  setArticleFlags: Article;
  submitArticle: Article;
  /** 撤稿（必须填写原因）；at 在将来则定时撤稿 */
  unpublishArticle: Article;
  updateChannel: Channel;
  updateMediaVisibility: MediaAsset;
  updateWorkflow: WorkflowDefinition;
  /** 送审人撤回 */
  withdrawArticle: Article;
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


export type MutationDeleteArticleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteChannelArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMediaAssetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishArticleArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationRejectArticleArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRestoreArticleArgs = {
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


export type MutationUpdateMediaVisibilityArgs = {
  id: Scalars['ID']['input'];
  visibility: MediaVisibility;
};


export type MutationUpdateWorkflowArgs = {
  siteId: Scalars['ID']['input'];
  stages: Array<WorkflowStageInput>;
};


export type MutationWithdrawArticleArgs = {
  id: Scalars['ID']['input'];
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

export type Query = {
  __typename?: 'Query';
  /** 工作人员查看稿件（含草稿），需要该站点的“查看稿件”权限 */
  article: Maybe<Article>;
  articles: ArticlePage;
  channel: Maybe<Channel>;
  mediaAsset: Maybe<MediaAsset>;
  /** 资源库：本站点的资源，includeShared 时另含本单位共享与全市共享的资源 */
  mediaAssets: MediaAssetPage;
  /** 我的待办：等待我所在环节审核的稿件（跨站点） */
  myReviewTasks: Array<Article>;
  /** 公众：已发布稿件 */
  publishedArticle: Maybe<PublishedArticle>;
  publishedArticles: PublishedArticlePage;
  reviewSheet: ReviewSheet;
  revision: Maybe<Revision>;
  revisionDiff: RevisionDiff;
  /** 全文检索已发布稿件：全平台在线站点，或限定站点 / 栏目。搜索词 1–100 字，中英文混合均可 */
  searchPublished: SearchResultPage;
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


export type QueryWorkflowArgs = {
  siteId: Scalars['ID']['input'];
};

/** 审核动作 */
export type ReviewAction =
  | 'approve'
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
  id: Scalars['ID']['output'];
};

/** 文本中的一段（UTF-16 下标，end 不含） */
export type TextRange = {
  __typename?: 'TextRange';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
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
  MediaAsset: MediaAsset;
  PublishedArticle: PublishedArticle;
  Revision: Revision;
  Site: Site;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Article:
    ( { __typename: 'Article' }
    & GraphQLRecursivePick<FederationTypes['Article'], {"id":true}> );
  Channel:
    ( { __typename: 'Channel' }
    & GraphQLRecursivePick<FederationTypes['Channel'], {"id":true}> );
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
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Article: ResolverTypeWrapper<ArticleRowModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ArticleAttachment: ResolverTypeWrapper<AttachmentModelModel>;
  ArticleContentInput: ArticleContentInput;
  ArticleFilter: ArticleFilter;
  ArticleFlagsInput: ArticleFlagsInput;
  ArticlePage: ResolverTypeWrapper<ArticlePageModelModel>;
  ArticleStatus: null;
  Channel: ResolverTypeWrapper<ChannelRowModel>;
  ChannelKind: null;
  CreateArticleInput: CreateArticleInput;
  CreateChannelInput: CreateChannelInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DiffPart: ResolverTypeWrapper<DiffPart>;
  DiffPartKind: null;
  FieldDiff: ResolverTypeWrapper<FieldDiff>;
  HighlightedText: ResolverTypeWrapper<HighlightedText>;
  MediaAsset: ResolverTypeWrapper<MediaAssetRowModel>;
  MediaAssetPage: ResolverTypeWrapper<MediaAssetPageModelModel>;
  MediaKind: null;
  MediaVisibility: null;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PublishedArticle: ResolverTypeWrapper<PublishedArticleModelModel>;
  PublishedArticlePage: ResolverTypeWrapper<PublishedArticlePageModelModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReviewAction: null;
  ReviewSheet: ResolverTypeWrapper<ReviewSheetModelModel>;
  ReviewTransition: ResolverTypeWrapper<ReviewTransitionRowModel>;
  Revision: ResolverTypeWrapper<RevisionRowModel>;
  RevisionDiff: ResolverTypeWrapper<RevisionDiffModelModel>;
  SaveArticleInput: SaveArticleInput;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'article'> & { article: ResolversTypes['PublishedArticle'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  SearchResultPage: ResolverTypeWrapper<Omit<SearchResultPage, 'items'> & { items: Array<ResolversTypes['SearchHit']> }>;
  Site: ResolverTypeWrapper<SiteReferenceModel>;
  TextRange: ResolverTypeWrapper<TextRange>;
  UpdateChannelInput: UpdateChannelInput;
  UpdateClass: null;
  User: ResolverTypeWrapper<UserReferenceModel>;
  WorkflowDefinition: ResolverTypeWrapper<WorkflowDefinitionModelModel>;
  WorkflowStage: ResolverTypeWrapper<WorkflowStage>;
  WorkflowStageInput: WorkflowStageInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Article: ArticleRowModel;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  ArticleAttachment: AttachmentModelModel;
  ArticleContentInput: ArticleContentInput;
  ArticleFilter: ArticleFilter;
  ArticleFlagsInput: ArticleFlagsInput;
  ArticlePage: ArticlePageModelModel;
  Channel: ChannelRowModel;
  CreateArticleInput: CreateArticleInput;
  CreateChannelInput: CreateChannelInput;
  DateTime: Scalars['DateTime']['output'];
  DiffPart: DiffPart;
  FieldDiff: FieldDiff;
  HighlightedText: HighlightedText;
  MediaAsset: MediaAssetRowModel;
  MediaAssetPage: MediaAssetPageModelModel;
  Mutation: Record<PropertyKey, never>;
  PublishedArticle: PublishedArticleModelModel;
  PublishedArticlePage: PublishedArticlePageModelModel;
  Query: Record<PropertyKey, never>;
  ReviewSheet: ReviewSheetModelModel;
  ReviewTransition: ReviewTransitionRowModel;
  Revision: RevisionRowModel;
  RevisionDiff: RevisionDiffModelModel;
  SaveArticleInput: SaveArticleInput;
  SearchHit: Omit<SearchHit, 'article'> & { article: ResolversParentTypes['PublishedArticle'] };
  Float: Scalars['Float']['output'];
  SearchResultPage: Omit<SearchResultPage, 'items'> & { items: Array<ResolversParentTypes['SearchHit']> };
  Site: SiteReferenceModel;
  TextRange: TextRange;
  UpdateChannelInput: UpdateChannelInput;
  User: UserReferenceModel;
  WorkflowDefinition: WorkflowDefinitionModelModel;
  WorkflowStage: WorkflowStage;
  WorkflowStageInput: WorkflowStageInput;
}>;

export type ArticleResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article'], FederationReferenceType extends FederationReferenceTypes['Article'] = FederationReferenceTypes['Article']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Article']> | FederationReferenceType, FederationReferenceType, ContextType>;
  carousel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  currentRevision?: Resolver<ResolversTypes['Revision'], ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  headline?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pinned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pinnedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishedRevision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  reviewStage?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  revisionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
  scheduledPublishAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scheduledUnpublishAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ArticleStatus'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['ReviewTransition']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  withdrawReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ArticleAttachmentResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ArticleAttachment'] = ResolversParentTypes['ArticleAttachment']> = ResolversObject<{
  mediaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ArticlePageResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ArticlePage'] = ResolversParentTypes['ArticlePage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
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

export type DiffPartResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['DiffPart'] = ResolversParentTypes['DiffPart']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['DiffPartKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DiffPartKindResolvers = { DELETE: 'delete', EQUAL: 'equal', INSERT: 'insert' };

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
  approveArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationApproveArticleArgs, 'id'>>;
  cancelScheduledAction?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationCancelScheduledActionArgs, 'id'>>;
  createArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationCreateArticleArgs, 'input'>>;
  createChannel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType, RequireFields<MutationCreateChannelArgs, 'input'>>;
  deleteArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationDeleteArticleArgs, 'id'>>;
  deleteChannel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteChannelArgs, 'id'>>;
  deleteMediaAsset?: Resolver<ResolversTypes['MediaAsset'], ParentType, ContextType, RequireFields<MutationDeleteMediaAssetArgs, 'id'>>;
  publishArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationPublishArticleArgs, 'id'>>;
  rejectArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationRejectArticleArgs, 'comment' | 'id'>>;
  restoreArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationRestoreArticleArgs, 'id'>>;
  saveArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationSaveArticleArgs, 'id' | 'input'>>;
  setArticleFlags?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationSetArticleFlagsArgs, 'id' | 'input'>>;
  submitArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationSubmitArticleArgs, 'id'>>;
  unpublishArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationUnpublishArticleArgs, 'id' | 'reason'>>;
  updateChannel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType, RequireFields<MutationUpdateChannelArgs, 'id' | 'input'>>;
  updateMediaVisibility?: Resolver<ResolversTypes['MediaAsset'], ParentType, ContextType, RequireFields<MutationUpdateMediaVisibilityArgs, 'id' | 'visibility'>>;
  updateWorkflow?: Resolver<ResolversTypes['WorkflowDefinition'], ParentType, ContextType, RequireFields<MutationUpdateWorkflowArgs, 'siteId' | 'stages'>>;
  withdrawArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationWithdrawArticleArgs, 'id'>>;
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

export type QueryResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticlePage'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'filter' | 'limit' | 'offset'>>;
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType, RequireFields<QueryChannelArgs, 'id'>>;
  mediaAsset?: Resolver<Maybe<ResolversTypes['MediaAsset']>, ParentType, ContextType, RequireFields<QueryMediaAssetArgs, 'id'>>;
  mediaAssets?: Resolver<ResolversTypes['MediaAssetPage'], ParentType, ContextType, RequireFields<QueryMediaAssetsArgs, 'includeShared' | 'limit' | 'offset' | 'siteId'>>;
  myReviewTasks?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  publishedArticle?: Resolver<Maybe<ResolversTypes['PublishedArticle']>, ParentType, ContextType, RequireFields<QueryPublishedArticleArgs, 'id'>>;
  publishedArticles?: Resolver<ResolversTypes['PublishedArticlePage'], ParentType, ContextType, RequireFields<QueryPublishedArticlesArgs, 'limit' | 'offset' | 'siteId'>>;
  reviewSheet?: Resolver<ResolversTypes['ReviewSheet'], ParentType, ContextType, RequireFields<QueryReviewSheetArgs, 'articleId'>>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<QueryRevisionArgs, 'id'>>;
  revisionDiff?: Resolver<ResolversTypes['RevisionDiff'], ParentType, ContextType, RequireFields<QueryRevisionDiffArgs, 'fromId' | 'toId'>>;
  searchPublished?: Resolver<ResolversTypes['SearchResultPage'], ParentType, ContextType, RequireFields<QuerySearchPublishedArgs, 'limit' | 'offset' | 'query'>>;
  workflow?: Resolver<ResolversTypes['WorkflowDefinition'], ParentType, ContextType, RequireFields<QueryWorkflowArgs, 'siteId'>>;
}>;

export type ReviewActionResolvers = { APPROVE: 'approve', PUBLISH: 'publish', REJECT: 'reject', RESTART: 'restart', SCHEDULE: 'schedule', SUBMIT: 'submit', UNPUBLISH: 'unpublish', WITHDRAW: 'withdraw' };

export type ReviewSheetResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ReviewSheet'] = ResolversParentTypes['ReviewSheet']> = ResolversObject<{
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
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
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type TextRangeResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['TextRange'] = ResolversParentTypes['TextRange']> = ResolversObject<{
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type Resolvers<ContextType = ContentContext> = ResolversObject<{
  Article?: ArticleResolvers<ContextType>;
  ArticleAttachment?: ArticleAttachmentResolvers<ContextType>;
  ArticlePage?: ArticlePageResolvers<ContextType>;
  ArticleStatus?: ArticleStatusResolvers;
  Channel?: ChannelResolvers<ContextType>;
  ChannelKind?: ChannelKindResolvers;
  DateTime?: GraphQLScalarType;
  DiffPart?: DiffPartResolvers<ContextType>;
  DiffPartKind?: DiffPartKindResolvers;
  FieldDiff?: FieldDiffResolvers<ContextType>;
  HighlightedText?: HighlightedTextResolvers<ContextType>;
  MediaAsset?: MediaAssetResolvers<ContextType>;
  MediaAssetPage?: MediaAssetPageResolvers<ContextType>;
  MediaKind?: MediaKindResolvers;
  MediaVisibility?: MediaVisibilityResolvers;
  Mutation?: MutationResolvers<ContextType>;
  PublishedArticle?: PublishedArticleResolvers<ContextType>;
  PublishedArticlePage?: PublishedArticlePageResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReviewAction?: ReviewActionResolvers;
  ReviewSheet?: ReviewSheetResolvers<ContextType>;
  ReviewTransition?: ReviewTransitionResolvers<ContextType>;
  Revision?: RevisionResolvers<ContextType>;
  RevisionDiff?: RevisionDiffResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResultPage?: SearchResultPageResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  TextRange?: TextRangeResolvers<ContextType>;
  UpdateClass?: UpdateClassResolvers;
  User?: UserResolvers<ContextType>;
  WorkflowDefinition?: WorkflowDefinitionResolvers<ContextType>;
  WorkflowStage?: WorkflowStageResolvers<ContextType>;
}>;

