import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MailboxRow as MailboxRowModel } from '../modules/mailbox/mailbox.sql';
import type { SiteReference as SiteReferenceModel } from '../modules/mailbox/mailbox.types';
import type { CalendarDayRow as CalendarDayRowModel } from '../modules/calendar/calendar.sql';
import type { CalendarYearView as CalendarYearViewModel } from '../modules/calendar/calendar.service';
import type { LetterRow as LetterRowModel, LetterUnitRow as LetterUnitRowModel, LetterActionRow as LetterActionRowModel, LetterCheckResult as LetterCheckResultModel } from '../modules/letter/letter.sql';
import type { LetterFindingModel as LetterFindingModelModel } from '../modules/letter/letter.types';
import type { RoutingSuggestionView as RoutingSuggestionViewModel, RoutingMappingView as RoutingMappingViewModel, SimilarLetterView as SimilarLetterViewModel } from '../modules/routing/routing.types';
import type { RoutingModelInfo as RoutingModelInfoModel } from '../modules/routing/routing.sql';
import type { InteractionContext } from '../context';
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

/** 与普通周历不同的日子：法定节假日、调休上班日及管理员的调整 */
export type CalendarDay = {
  __typename?: 'CalendarDay';
  /** 日期 YYYY-MM-DD */
  date: Scalars['String']['output'];
  kind: CalendarDayKind;
  /** 名称，如“春节” */
  name: Scalars['String']['output'];
  /** 来源：chinese-days（内置）或 admin（管理员修改） */
  source: Scalars['String']['output'];
};

/** 日历日类型：工作日（覆盖调整）、节假日、调休上班日 */
export type CalendarDayKind =
  | 'holiday'
  | 'makeup_workday'
  | 'workday';

/** 某年的工作日历 */
export type CalendarYear = {
  __typename?: 'CalendarYear';
  /** 该年的节假日安排是否已录入；未录入的年份按普通周历计算，期限须提示核对 */
  covered: Scalars['Boolean']['output'];
  days: Array<CalendarDay>;
  year: Scalars['Int']['output'];
};

export type CreateMailboxInput = {
  deadlineWorkdays?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  isPublic?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<MailboxKind>;
  /** 不填时按信箱类型推定（投诉信箱为投诉，其余为咨询） */
  letterKind?: InputMaybe<LetterKind>;
  maxReworks?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  recipientRole?: InputMaybe<MailboxRecipientRole>;
  recipientUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 只在此站点展示（须属于该单位）；不填表示单位所有站点 */
  siteId?: InputMaybe<Scalars['ID']['input']>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  unitId: Scalars['ID']['input'];
};

/** 信件 */
export type Letter = {
  __typename?: 'Letter';
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  /** 是否匿名写信（以手机号联系） */
  anonymous: Scalars['Boolean']['output'];
  attachmentIds: Array<Scalars['ID']['output']>;
  category: Maybe<Scalars['String']['output']>;
  /** 提交时的内容校验结果（仅工作人员可见） */
  checkResult: Maybe<LetterCheckResult>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** 联系电话（已脱敏） */
  contactPhone: Maybe<Scalars['String']['output']>;
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  deadline: LetterDeadline;
  /** 答复草稿（仅办理单位可见） */
  draftReply: Maybe<Scalars['String']['output']>;
  /** 内容校验发现阻断级问题，待分办人员人工确认后受理（信件不会被退回；仅工作人员可见，写信人看到的始终为 false） */
  held: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** 请写信人补充的内容 */
  infoRequest: Maybe<Scalars['String']['output']>;
  mailbox: Mailbox;
  /** 不予受理的理由 */
  notAcceptedReason: Maybe<Scalars['String']['output']>;
  /** 当前负责单位（受理前为信箱所属单位，之后为主办单位），永不为空 */
  ownerUnitId: Scalars['ID']['output'];
  phoneVerified: Scalars['Boolean']['output'];
  /** 写信人是否同意公开 */
  publishable: Scalars['Boolean']['output'];
  rating: Maybe<LetterRating>;
  ratingComment: Maybe<Scalars['String']['output']>;
  repliedAt: Maybe<Scalars['DateTime']['output']>;
  /** 已发布的答复 */
  reply: Maybe<Scalars['String']['output']>;
  reworkCount: Scalars['Int']['output'];
  /** 分办建议（分办人员可见，其他人为空） */
  routingSuggestion: Maybe<RoutingSuggestion>;
  /** 同一单位范围内的相似信件（疑似重复） */
  similarLetters: Array<SimilarLetter>;
  siteId: Maybe<Scalars['ID']['output']>;
  status: LetterStatus;
  timeline: Array<LetterAction>;
  title: Scalars['String']['output'];
  /** 办理单位（当前及历史） */
  units: Array<LetterUnit>;
};

/** 办理记录 */
export type LetterAction = {
  __typename?: 'LetterAction';
  /** 动作：submit accept not_accept assign transfer co_handle request_info info_provided draft_reply approve_reply reject_reply publish_reply rate close rework */
  action: Scalars['String']['output'];
  /** 操作人姓名（仅工作人员可见） */
  actorName: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  comment: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  unitId: Maybe<Scalars['ID']['output']>;
};

/** 信件内容校验发现的一处问题（错敏词、规范表述等） */
export type LetterCheckFinding = {
  __typename?: 'LetterCheckFinding';
  /** 类别：sensitive、typo、wording、name、punctuation、date、number */
  category: Scalars['String']['output'];
  end: Scalars['Int']['output'];
  explanation: Scalars['String']['output'];
  /** TITLE 标题 / BODY 正文 */
  field: Scalars['String']['output'];
  key: Scalars['ID']['output'];
  ruleId: Scalars['String']['output'];
  severity: TextCheckSeverity;
  /** 在标题或正文中的起止位置 */
  start: Scalars['Int']['output'];
  suggestion: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

/** 提交时对标题和正文的内容校验结果（仅工作人员可见） */
export type LetterCheckResult = {
  __typename?: 'LetterCheckResult';
  blockCount: Scalars['Int']['output'];
  checkedAt: Scalars['DateTime']['output'];
  findings: Array<LetterCheckFinding>;
  hintCount: Scalars['Int']['output'];
  /** 所用词库版本 */
  lexiconVersion: Scalars['Int']['output'];
  warnCount: Scalars['Int']['output'];
};

export type LetterConnection = {
  __typename?: 'LetterConnection';
  nodes: Array<Letter>;
  /** 可见范围内符合条件的总数 */
  totalCount: Scalars['Int']['output'];
};

/** 办理期限 */
export type LetterDeadline = {
  __typename?: 'LetterDeadline';
  /** 面向写信人的办理期限（YYYY-MM-DD，转办不重新计时，补充材料期间顺延） */
  citizenDueAt: Maybe<Scalars['String']['output']>;
  /** 正在等待写信人补充材料 */
  paused: Scalars['Boolean']['output'];
  /** 距面向写信人期限的剩余工作日（逾期为负数） */
  remainingWorkdays: Maybe<Scalars['Int']['output']>;
  /** 期限跨越了工作日历未录入的年份：按普通周历估算，须人工核对 */
  uncovered: Scalars['Boolean']['output'];
  /** 当前主办单位自己的期限（从该单位收到信件起算） */
  unitDueAt: Maybe<Scalars['String']['output']>;
};

export type LetterFilter = {
  /** 只看（或排除）内容校验待人工确认的信件 */
  held?: InputMaybe<Scalars['Boolean']['input']>;
  mailboxId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<LetterStatus>>;
  /** 只看该单位相关的信件（须在可见范围内） */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 信件办理类型：咨询、投诉、建议、举报 */
export type LetterKind =
  | 'complaint'
  | 'consultation'
  | 'report'
  | 'suggestion';

/** 满意度评价 */
export type LetterRating =
  | 'basically_satisfied'
  | 'satisfied'
  | 'unsatisfied';

/** 信件状态 */
export type LetterStatus =
  /** 已受理，待交办 */
  | 'accepted'
  /** 待写信人补充材料（计时暂停） */
  | 'awaiting_info'
  /** 已办结 */
  | 'closed'
  /** 办理中 */
  | 'handling'
  /** 不予受理（理由向写信人公开） */
  | 'not_accepted'
  /** 已评价 */
  | 'rated'
  /** 已收到，待分办 */
  | 'received'
  /** 已答复，待评价 */
  | 'replied'
  /** 答复已审核，待发布 */
  | 'reply_approved'
  /** 答复待审核 */
  | 'reply_review';

/** 办理单位：主办或协办 */
export type LetterUnit = {
  __typename?: 'LetterUnit';
  /** 该单位自己的期限 */
  dueAt: Maybe<Scalars['String']['output']>;
  endedAt: Maybe<Scalars['DateTime']['output']>;
  /** LEAD 主办 / CO 协办 */
  role: Scalars['String']['output'];
  startedAt: Scalars['DateTime']['output'];
  unitId: Scalars['ID']['output'];
};

/** 信箱 */
export type Mailbox = {
  __typename?: 'Mailbox';
  createdAt: Scalars['DateTime']['output'];
  /** 办理期限（工作日，受理后下一个工作日起算） */
  deadlineWorkdays: Scalars['Int']['output'];
  /** 信箱说明 */
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 是否为全市统一窗口 */
  isOneWindow: Scalars['Boolean']['output'];
  /** 是否公开（在门户展示） */
  isPublic: Scalars['Boolean']['output'];
  kind: MailboxKind;
  /** 办理类型 */
  letterKind: LetterKind;
  /** 不满意时最多返工次数 */
  maxReworks: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** 接收新信件的角色（单位内持有该角色的人员） */
  recipientRole: Maybe<MailboxRecipientRole>;
  /** 接收新信件的用户 */
  recipientUserIds: Array<Scalars['ID']['output']>;
  /** 只在此站点展示；为空表示在单位的所有站点展示 */
  site: Maybe<Site>;
  sortOrder: Scalars['Int']['output'];
  /** 所属单位 */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** 信箱类型：领导信箱、综合信箱、投诉举报、咨询。 */
export type MailboxKind =
  | 'complaint'
  | 'consult'
  | 'general'
  | 'leader';

/** 接收新信件的角色 */
export type MailboxRecipientRole =
  | 'letter_dispatcher'
  | 'letter_handler'
  | 'unit_admin';

export type Mutation = {
  __typename?: 'Mutation';
  /** 受理（分办人员）；内容校验待确认的信件受理即表示已人工确认 */
  acceptLetter: Letter;
  /** 交办给承办单位（分办人员） */
  assignLetter: Letter;
  /** 办结（分办人员） */
  closeLetter: Letter;
  /** 设置协办单位（主办单位或分办人员） */
  coHandleLetter: Letter;
  createMailbox: Mailbox;
  deleteMailbox: Scalars['Boolean']['output'];
  /** 起草答复并提交审核（承办人员） */
  draftLetterReply: Letter;
  /** 不予受理，理由向写信人公开（分办人员） */
  notAcceptLetter: Letter;
  /** 写信人已补充材料（写信人本人或承办单位登记） */
  provideLetterInfo: Letter;
  /** 发布答复（答复审核人员） */
  publishLetterReply: Letter;
  /** 评价答复（写信人） */
  rateLetter: Letter;
  /** 请写信人补充材料（计时暂停） */
  requestLetterInfo: Letter;
  /** 审核答复（答复审核人员） */
  reviewLetterReply: Letter;
  /** 不满意且理由成立时退回返工（分办人员，次数有上限） */
  reworkLetter: Letter;
  /** 设置某日的类型（系统管理员） */
  setCalendarDay: CalendarDay;
  /** 标记某年的节假日安排已录入/未录入（系统管理员） */
  setCalendarYearCovered: CalendarYear;
  /** 设置某类别的承办单位；unitId 为空时删除该对照（分办人员） */
  setRoutingMapping: Maybe<RoutingMapping>;
  submitLetter: SubmitLetterPayload;
  /** 用本库已办结的信件（类别和最终承办单位）训练分类模型（市级分办人员、统一窗口分办人员或系统管理员） */
  trainRoutingModel: RoutingModel;
  /** 转办给其他单位（承办单位或分办人员）；面向写信人的期限继续计算 */
  transferLetter: Letter;
  updateMailbox: Mailbox;
};


export type MutationAcceptLetterArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationAssignLetterArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
};


export type MutationCloseLetterArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationCoHandleLetterArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  unitIds: Array<Scalars['ID']['input']>;
};


export type MutationCreateMailboxArgs = {
  input: CreateMailboxInput;
};


export type MutationDeleteMailboxArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDraftLetterReplyArgs = {
  content: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationNotAcceptLetterArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationProvideLetterInfoArgs = {
  id: Scalars['ID']['input'];
  info: Scalars['String']['input'];
};


export type MutationPublishLetterReplyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRateLetterArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  rating: LetterRating;
};


export type MutationRequestLetterInfoArgs = {
  id: Scalars['ID']['input'];
  question: Scalars['String']['input'];
};


export type MutationReviewLetterReplyArgs = {
  approve: Scalars['Boolean']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationReworkLetterArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSetCalendarDayArgs = {
  input: SetCalendarDayInput;
};


export type MutationSetCalendarYearCoveredArgs = {
  covered: Scalars['Boolean']['input'];
  year: Scalars['Int']['input'];
};


export type MutationSetRoutingMappingArgs = {
  category: Scalars['String']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSubmitLetterArgs = {
  input: SubmitLetterInput;
};


export type MutationTrainRoutingModelArgs = {
  minSamples?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationTransferLetterArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
};


export type MutationUpdateMailboxArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMailboxInput;
};

export type Query = {
  __typename?: 'Query';
  /** 工作日历（公开） */
  calendarYear: CalendarYear;
  /** 信件：写信人本人、相关单位工作人员和市级监管可见 */
  letter: Maybe<Letter>;
  /** 凭查询码查询（按地址限制频率） */
  letterByQueryCode: Maybe<Letter>;
  /** 工作人员：本单位相关的信件 */
  letters: LetterConnection;
  /** 信箱：公开信箱人人可见，非公开信箱仅其管理者可见 */
  mailbox: Maybe<Mailbox>;
  /** 市民：我的信件 */
  myLetters: Array<Letter>;
  /** 全市统一窗口信箱 */
  oneWindowMailbox: Maybe<Mailbox>;
  /** 类别→承办单位对照（分办人员） */
  routingMappings: Array<RoutingMapping>;
  /** 当前使用的分类模型（分办人员） */
  routingModel: Maybe<RoutingModel>;
};


export type QueryCalendarYearArgs = {
  year: Scalars['Int']['input'];
};


export type QueryLetterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLetterByQueryCodeArgs = {
  code: Scalars['String']['input'];
};


export type QueryLettersArgs = {
  filter?: InputMaybe<LetterFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMailboxArgs = {
  id: Scalars['ID']['input'];
};

export type RoutingCategoryCount = {
  __typename?: 'RoutingCategoryCount';
  category: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

/** 类别建议及其置信度 */
export type RoutingCategoryGuess = {
  __typename?: 'RoutingCategoryGuess';
  category: Scalars['String']['output'];
  /** 0–1 */
  confidence: Scalars['Float']['output'];
};

export type RoutingCorrectionCount = {
  __typename?: 'RoutingCorrectionCount';
  count: Scalars['Int']['output'];
  unit: Unit;
};

/** 类别→承办单位对照 */
export type RoutingMapping = {
  __typename?: 'RoutingMapping';
  category: Scalars['String']['output'];
  /** 分办人员改派到各单位的次数 */
  corrections: Array<RoutingCorrectionCount>;
  /** MANUAL 人工设置 / TRAINED 训练时按已办结信件补全 */
  source: Scalars['String']['output'];
  unit: Unit;
  updatedAt: Scalars['DateTime']['output'];
};

/** 分类模型 */
export type RoutingModel = {
  __typename?: 'RoutingModel';
  categories: Array<RoutingCategoryCount>;
  sampleCount: Scalars['Int']['output'];
  /** LETTERS 本库已办结信件 / CSV 公开数据导入 */
  source: Scalars['String']['output'];
  trainedAt: Scalars['DateTime']['output'];
  trainedByName: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** 分办建议（仅分办人员可见）：按已训练模型建议类别，按类别→单位对照（经分办人员纠正后调整）建议承办单位 */
export type RoutingSuggestion = {
  __typename?: 'RoutingSuggestion';
  categories: Array<RoutingCategoryGuess>;
  /** 据以建议单位的类别 */
  category: Maybe<Scalars['String']['output']>;
  /** 所用模型版本；尚无模型时为空，只按写信人所选类别建议单位 */
  modelVersion: Maybe<Scalars['Int']['output']>;
  unit: Maybe<Unit>;
  /** 建议单位的置信度（指向该单位的建议类别置信度之和）；无模型时为空 */
  unitConfidence: Maybe<Scalars['Float']['output']>;
  /** CORRECTIONS：分办人员纠正最多的单位；CONFIGURED：对照表配置 */
  unitSource: Maybe<Scalars['String']['output']>;
};

export type SetCalendarDayInput = {
  date: Scalars['String']['input'];
  kind: CalendarDayKind;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** 相似信件（疑似重复，可合并办理） */
export type SimilarLetter = {
  __typename?: 'SimilarLetter';
  letter: Letter;
  /** 0–1 的文本相似度 */
  similarity: Scalars['Float']['output'];
};

export type Site = {
  __typename?: 'Site';
  id: Scalars['ID']['output'];
  /** 在该站点展示的公开信箱：站点所属单位的通用信箱，加上只属于该站点的信箱，按排序。 */
  mailboxes: Array<Mailbox>;
};

export type SubmitLetterInput = {
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  category?: InputMaybe<Scalars['String']['input']>;
  content: Scalars['String']['input'];
  /** 每次打开写信表单时生成；重复提交同一键只产生一封信 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  mailboxId: Scalars['ID']['input'];
  publishable?: InputMaybe<Scalars['Boolean']['input']>;
  siteId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

/** 提交信件的结果：查询码只给写信人本人 */
export type SubmitLetterPayload = {
  __typename?: 'SubmitLetterPayload';
  letter: Letter;
  /** 查询码：凭此码查询办理进度和答复，请妥善保存 */
  queryCode: Scalars['String']['output'];
};

/** 内容校验的处置级别：阻断、提醒、提示 */
export type TextCheckSeverity =
  | 'block'
  | 'hint'
  | 'warn';

export type Unit = {
  __typename?: 'Unit';
  id: Scalars['ID']['output'];
};

export type UpdateMailboxInput = {
  deadlineWorkdays?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  isPublic?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<MailboxKind>;
  letterKind?: InputMaybe<LetterKind>;
  maxReworks?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  recipientRole?: InputMaybe<MailboxRecipientRole>;
  recipientUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
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
  Letter: Letter;
  Mailbox: Mailbox;
  Site: Site;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Letter:
    ( { __typename: 'Letter' }
    & GraphQLRecursivePick<FederationTypes['Letter'], {"id":true}> );
  Mailbox:
    ( { __typename: 'Mailbox' }
    & GraphQLRecursivePick<FederationTypes['Mailbox'], {"id":true}> );
  Site:
    ( { __typename: 'Site' }
    & GraphQLRecursivePick<FederationTypes['Site'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CalendarDay: ResolverTypeWrapper<CalendarDayRowModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CalendarDayKind: null;
  CalendarYear: ResolverTypeWrapper<CalendarYearViewModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateMailboxInput: CreateMailboxInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Letter: ResolverTypeWrapper<LetterRowModel>;
  LetterAction: ResolverTypeWrapper<LetterActionRowModel>;
  LetterCheckFinding: ResolverTypeWrapper<LetterFindingModelModel>;
  LetterCheckResult: ResolverTypeWrapper<LetterCheckResultModel>;
  LetterConnection: ResolverTypeWrapper<Omit<LetterConnection, 'nodes'> & { nodes: Array<ResolversTypes['Letter']> }>;
  LetterDeadline: ResolverTypeWrapper<LetterDeadline>;
  LetterFilter: LetterFilter;
  LetterKind: null;
  LetterRating: null;
  LetterStatus: null;
  LetterUnit: ResolverTypeWrapper<LetterUnitRowModel>;
  Mailbox: ResolverTypeWrapper<MailboxRowModel>;
  MailboxKind: null;
  MailboxRecipientRole: null;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RoutingCategoryCount: ResolverTypeWrapper<RoutingCategoryCount>;
  RoutingCategoryGuess: ResolverTypeWrapper<RoutingCategoryGuess>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  RoutingCorrectionCount: ResolverTypeWrapper<RoutingCorrectionCount>;
  RoutingMapping: ResolverTypeWrapper<RoutingMappingViewModel>;
  RoutingModel: ResolverTypeWrapper<RoutingModelInfoModel>;
  RoutingSuggestion: ResolverTypeWrapper<RoutingSuggestionViewModel>;
  SetCalendarDayInput: SetCalendarDayInput;
  SimilarLetter: ResolverTypeWrapper<SimilarLetterViewModel>;
  Site: ResolverTypeWrapper<SiteReferenceModel>;
  SubmitLetterInput: SubmitLetterInput;
  SubmitLetterPayload: ResolverTypeWrapper<Omit<SubmitLetterPayload, 'letter'> & { letter: ResolversTypes['Letter'] }>;
  TextCheckSeverity: null;
  Unit: ResolverTypeWrapper<Unit>;
  UpdateMailboxInput: UpdateMailboxInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CalendarDay: CalendarDayRowModel;
  String: Scalars['String']['output'];
  CalendarYear: CalendarYearViewModel;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  CreateMailboxInput: CreateMailboxInput;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  Letter: LetterRowModel;
  LetterAction: LetterActionRowModel;
  LetterCheckFinding: LetterFindingModelModel;
  LetterCheckResult: LetterCheckResultModel;
  LetterConnection: Omit<LetterConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Letter']> };
  LetterDeadline: LetterDeadline;
  LetterFilter: LetterFilter;
  LetterUnit: LetterUnitRowModel;
  Mailbox: MailboxRowModel;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  RoutingCategoryCount: RoutingCategoryCount;
  RoutingCategoryGuess: RoutingCategoryGuess;
  Float: Scalars['Float']['output'];
  RoutingCorrectionCount: RoutingCorrectionCount;
  RoutingMapping: RoutingMappingViewModel;
  RoutingModel: RoutingModelInfoModel;
  RoutingSuggestion: RoutingSuggestionViewModel;
  SetCalendarDayInput: SetCalendarDayInput;
  SimilarLetter: SimilarLetterViewModel;
  Site: SiteReferenceModel;
  SubmitLetterInput: SubmitLetterInput;
  SubmitLetterPayload: Omit<SubmitLetterPayload, 'letter'> & { letter: ResolversParentTypes['Letter'] };
  Unit: Unit;
  UpdateMailboxInput: UpdateMailboxInput;
}>;

export type CalendarDayResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['CalendarDay'] = ResolversParentTypes['CalendarDay']> = ResolversObject<{
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CalendarDayKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CalendarDayKindResolvers = { HOLIDAY: 'holiday', MAKEUP_WORKDAY: 'makeup_workday', WORKDAY: 'workday' };

export type CalendarYearResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['CalendarYear'] = ResolversParentTypes['CalendarYear']> = ResolversObject<{
  covered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  days?: Resolver<Array<ResolversTypes['CalendarDay']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type LetterResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['Letter'] = ResolversParentTypes['Letter'], FederationReferenceType extends FederationReferenceTypes['Letter'] = FederationReferenceTypes['Letter']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Letter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  attachmentIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkResult?: Resolver<Maybe<ResolversTypes['LetterCheckResult']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['LetterDeadline'], ParentType, ContextType>;
  draftReply?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  infoRequest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mailbox?: Resolver<ResolversTypes['Mailbox'], ParentType, ContextType>;
  notAcceptedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerUnitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  phoneVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['LetterRating']>, ParentType, ContextType>;
  ratingComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repliedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reply?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reworkCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  routingSuggestion?: Resolver<Maybe<ResolversTypes['RoutingSuggestion']>, ParentType, ContextType>;
  similarLetters?: Resolver<Array<ResolversTypes['SimilarLetter']>, ParentType, ContextType>;
  siteId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LetterStatus'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['LetterAction']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['LetterUnit']>, ParentType, ContextType>;
}>;

export type LetterActionResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['LetterAction'] = ResolversParentTypes['LetterAction']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type LetterCheckFindingResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['LetterCheckFinding'] = ResolversParentTypes['LetterCheckFinding']> = ResolversObject<{
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ruleId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['TextCheckSeverity'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suggestion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LetterCheckResultResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['LetterCheckResult'] = ResolversParentTypes['LetterCheckResult']> = ResolversObject<{
  blockCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['LetterCheckFinding']>, ParentType, ContextType>;
  hintCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lexiconVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LetterConnectionResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['LetterConnection'] = ResolversParentTypes['LetterConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Letter']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LetterDeadlineResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['LetterDeadline'] = ResolversParentTypes['LetterDeadline']> = ResolversObject<{
  citizenDueAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  remainingWorkdays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  uncovered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unitDueAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LetterKindResolvers = { COMPLAINT: 'complaint', CONSULTATION: 'consultation', REPORT: 'report', SUGGESTION: 'suggestion' };

export type LetterRatingResolvers = { BASICALLY_SATISFIED: 'basically_satisfied', SATISFIED: 'satisfied', UNSATISFIED: 'unsatisfied' };

export type LetterStatusResolvers = { ACCEPTED: 'accepted', AWAITING_INFO: 'awaiting_info', CLOSED: 'closed', HANDLING: 'handling', NOT_ACCEPTED: 'not_accepted', RATED: 'rated', RECEIVED: 'received', REPLIED: 'replied', REPLY_APPROVED: 'reply_approved', REPLY_REVIEW: 'reply_review' };

export type LetterUnitResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['LetterUnit'] = ResolversParentTypes['LetterUnit']> = ResolversObject<{
  dueAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MailboxResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['Mailbox'] = ResolversParentTypes['Mailbox'], FederationReferenceType extends FederationReferenceTypes['Mailbox'] = FederationReferenceTypes['Mailbox']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Mailbox']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deadlineWorkdays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOneWindow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isPublic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MailboxKind'], ParentType, ContextType>;
  letterKind?: Resolver<ResolversTypes['LetterKind'], ParentType, ContextType>;
  maxReworks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipientRole?: Resolver<Maybe<ResolversTypes['MailboxRecipientRole']>, ParentType, ContextType>;
  recipientUserIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type MailboxKindResolvers = { COMPLAINT: 'complaint', CONSULT: 'consult', GENERAL: 'general', LEADER: 'leader' };

export type MailboxRecipientRoleResolvers = { LETTER_DISPATCHER: 'letter_dispatcher', LETTER_HANDLER: 'letter_handler', UNIT_ADMIN: 'unit_admin' };

export type MutationResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptLetter?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationAcceptLetterArgs, 'id'>>;
  assignLetter?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationAssignLetterArgs, 'id' | 'unitId'>>;
  closeLetter?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationCloseLetterArgs, 'id'>>;
  coHandleLetter?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationCoHandleLetterArgs, 'id' | 'unitIds'>>;
  createMailbox?: Resolver<ResolversTypes['Mailbox'], ParentType, ContextType, RequireFields<MutationCreateMailboxArgs, 'input'>>;
  deleteMailbox?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteMailboxArgs, 'id'>>;
  draftLetterReply?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationDraftLetterReplyArgs, 'content' | 'id'>>;
  notAcceptLetter?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationNotAcceptLetterArgs, 'id' | 'reason'>>;
  provideLetterInfo?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationProvideLetterInfoArgs, 'id' | 'info'>>;
  publishLetterReply?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationPublishLetterReplyArgs, 'id'>>;
  rateLetter?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationRateLetterArgs, 'id' | 'rating'>>;
  requestLetterInfo?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationRequestLetterInfoArgs, 'id' | 'question'>>;
  reviewLetterReply?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationReviewLetterReplyArgs, 'approve' | 'id'>>;
  reworkLetter?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationReworkLetterArgs, 'id' | 'reason'>>;
  setCalendarDay?: Resolver<ResolversTypes['CalendarDay'], ParentType, ContextType, RequireFields<MutationSetCalendarDayArgs, 'input'>>;
  setCalendarYearCovered?: Resolver<ResolversTypes['CalendarYear'], ParentType, ContextType, RequireFields<MutationSetCalendarYearCoveredArgs, 'covered' | 'year'>>;
  setRoutingMapping?: Resolver<Maybe<ResolversTypes['RoutingMapping']>, ParentType, ContextType, RequireFields<MutationSetRoutingMappingArgs, 'category'>>;
  submitLetter?: Resolver<ResolversTypes['SubmitLetterPayload'], ParentType, ContextType, RequireFields<MutationSubmitLetterArgs, 'input'>>;
  trainRoutingModel?: Resolver<ResolversTypes['RoutingModel'], ParentType, ContextType, RequireFields<MutationTrainRoutingModelArgs, 'minSamples'>>;
  transferLetter?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationTransferLetterArgs, 'id' | 'reason' | 'unitId'>>;
  updateMailbox?: Resolver<ResolversTypes['Mailbox'], ParentType, ContextType, RequireFields<MutationUpdateMailboxArgs, 'id' | 'input'>>;
}>;

export type QueryResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  calendarYear?: Resolver<ResolversTypes['CalendarYear'], ParentType, ContextType, RequireFields<QueryCalendarYearArgs, 'year'>>;
  letter?: Resolver<Maybe<ResolversTypes['Letter']>, ParentType, ContextType, RequireFields<QueryLetterArgs, 'id'>>;
  letterByQueryCode?: Resolver<Maybe<ResolversTypes['Letter']>, ParentType, ContextType, RequireFields<QueryLetterByQueryCodeArgs, 'code'>>;
  letters?: Resolver<ResolversTypes['LetterConnection'], ParentType, ContextType, RequireFields<QueryLettersArgs, 'first' | 'offset'>>;
  mailbox?: Resolver<Maybe<ResolversTypes['Mailbox']>, ParentType, ContextType, RequireFields<QueryMailboxArgs, 'id'>>;
  myLetters?: Resolver<Array<ResolversTypes['Letter']>, ParentType, ContextType>;
  oneWindowMailbox?: Resolver<Maybe<ResolversTypes['Mailbox']>, ParentType, ContextType>;
  routingMappings?: Resolver<Array<ResolversTypes['RoutingMapping']>, ParentType, ContextType>;
  routingModel?: Resolver<Maybe<ResolversTypes['RoutingModel']>, ParentType, ContextType>;
}>;

export type RoutingCategoryCountResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['RoutingCategoryCount'] = ResolversParentTypes['RoutingCategoryCount']> = ResolversObject<{
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RoutingCategoryGuessResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['RoutingCategoryGuess'] = ResolversParentTypes['RoutingCategoryGuess']> = ResolversObject<{
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RoutingCorrectionCountResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['RoutingCorrectionCount'] = ResolversParentTypes['RoutingCorrectionCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
}>;

export type RoutingMappingResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['RoutingMapping'] = ResolversParentTypes['RoutingMapping']> = ResolversObject<{
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  corrections?: Resolver<Array<ResolversTypes['RoutingCorrectionCount']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type RoutingModelResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['RoutingModel'] = ResolversParentTypes['RoutingModel']> = ResolversObject<{
  categories?: Resolver<Array<ResolversTypes['RoutingCategoryCount']>, ParentType, ContextType>;
  sampleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trainedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  trainedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RoutingSuggestionResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['RoutingSuggestion'] = ResolversParentTypes['RoutingSuggestion']> = ResolversObject<{
  categories?: Resolver<Array<ResolversTypes['RoutingCategoryGuess']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  modelVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  unitConfidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unitSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SimilarLetterResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['SimilarLetter'] = ResolversParentTypes['SimilarLetter']> = ResolversObject<{
  letter?: Resolver<ResolversTypes['Letter'], ParentType, ContextType>;
  similarity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SiteResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site'], FederationReferenceType extends FederationReferenceTypes['Site'] = FederationReferenceTypes['Site']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Site']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mailboxes?: Resolver<Array<ResolversTypes['Mailbox']>, ParentType, ContextType>;
}>;

export type SubmitLetterPayloadResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['SubmitLetterPayload'] = ResolversParentTypes['SubmitLetterPayload']> = ResolversObject<{
  letter?: Resolver<ResolversTypes['Letter'], ParentType, ContextType>;
  queryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TextCheckSeverityResolvers = { BLOCK: 'block', HINT: 'hint', WARN: 'warn' };

export type UnitResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['Unit'] = ResolversParentTypes['Unit']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = InteractionContext> = ResolversObject<{
  CalendarDay?: CalendarDayResolvers<ContextType>;
  CalendarDayKind?: CalendarDayKindResolvers;
  CalendarYear?: CalendarYearResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Letter?: LetterResolvers<ContextType>;
  LetterAction?: LetterActionResolvers<ContextType>;
  LetterCheckFinding?: LetterCheckFindingResolvers<ContextType>;
  LetterCheckResult?: LetterCheckResultResolvers<ContextType>;
  LetterConnection?: LetterConnectionResolvers<ContextType>;
  LetterDeadline?: LetterDeadlineResolvers<ContextType>;
  LetterKind?: LetterKindResolvers;
  LetterRating?: LetterRatingResolvers;
  LetterStatus?: LetterStatusResolvers;
  LetterUnit?: LetterUnitResolvers<ContextType>;
  Mailbox?: MailboxResolvers<ContextType>;
  MailboxKind?: MailboxKindResolvers;
  MailboxRecipientRole?: MailboxRecipientRoleResolvers;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RoutingCategoryCount?: RoutingCategoryCountResolvers<ContextType>;
  RoutingCategoryGuess?: RoutingCategoryGuessResolvers<ContextType>;
  RoutingCorrectionCount?: RoutingCorrectionCountResolvers<ContextType>;
  RoutingMapping?: RoutingMappingResolvers<ContextType>;
  RoutingModel?: RoutingModelResolvers<ContextType>;
  RoutingSuggestion?: RoutingSuggestionResolvers<ContextType>;
  SimilarLetter?: SimilarLetterResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  SubmitLetterPayload?: SubmitLetterPayloadResolvers<ContextType>;
  TextCheckSeverity?: TextCheckSeverityResolvers;
  Unit?: UnitResolvers<ContextType>;
}>;

