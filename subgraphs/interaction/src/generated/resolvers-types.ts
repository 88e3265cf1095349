import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MailboxRow as MailboxRowModel } from '../modules/mailbox/mailbox.sql';
import type { SiteReference as SiteReferenceModel } from '../modules/mailbox/mailbox.types';
import type { CalendarDayRow as CalendarDayRowModel } from '../modules/calendar/calendar.sql';
import type { CalendarYearView as CalendarYearViewModel } from '../modules/calendar/calendar.service';
import type { LetterRow as LetterRowModel, LetterUnitRow as LetterUnitRowModel, LetterActionRow as LetterActionRowModel, LetterCheckResult as LetterCheckResultModel } from '../modules/letter/letter.sql';
import type { LetterFindingModel as LetterFindingModelModel } from '../modules/letter/letter.types';
import type { RoutingSuggestionView as RoutingSuggestionViewModel, RoutingMappingView as RoutingMappingViewModel, SimilarLetterView as SimilarLetterViewModel, LetterHotTopicView as LetterHotTopicViewModel } from '../modules/routing/routing.types';
import type { RoutingModelInfo as RoutingModelInfoModel } from '../modules/routing/routing.sql';
import type { KnowledgeEntryRow as KnowledgeEntryRowModel } from '../modules/knowledge/knowledge.sql';
import type { SimilarReplyView as SimilarReplyViewModel } from '../modules/knowledge/knowledge.service';
import type { SolicitationRow as SolicitationRowModel, SubmissionRow as SubmissionRowModel, SolicitationQuestion as SolicitationQuestionModel, SolicitationAnswer as SolicitationAnswerModel, SolicitationFeedback as SolicitationFeedbackModel, SubmissionCheckResult as SubmissionCheckResultModel } from '../modules/solicitation/solicitation.sql';
import type { SolicitationSettingsView as SolicitationSettingsViewModel, ChoiceStatsView as ChoiceStatsViewModel, SolicitationPhase as SolicitationPhaseModel } from '../modules/solicitation/solicitation.service';
import type { CitizenNotificationRow as CitizenNotificationRowModel } from '../modules/notification/notification.sql';
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

/** 市民的站内通知（关于本人的来信） */
export type CitizenNotification = {
  __typename?: 'CitizenNotification';
  createdAt: Scalars['DateTime']['output'];
  /** 请补充的内容（INFO_REQUESTED） */
  detail: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: CitizenNotificationKind;
  letterId: Scalars['ID']['output'];
  /** 来信标题 */
  letterTitle: Scalars['String']['output'];
  read: Scalars['Boolean']['output'];
};

/** 站内通知类型 */
export type CitizenNotificationKind =
  /** 办理单位请写信人补充材料 */
  | 'info_requested'
  /** 来信已答复 */
  | 'reply_published';

export type CreateMailboxInput = {
  allowAnonymous?: InputMaybe<Scalars['Boolean']['input']>;
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

export type KnowledgeCategoryCount = {
  __typename?: 'KnowledgeCategoryCount';
  category: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

/** 智库条目：问题与答复（均已隐去手机号、身份证号、住址等个人信息） */
export type KnowledgeEntry = {
  __typename?: 'KnowledgeEntry';
  /** 答复内容 */
  answer: Scalars['String']['output'];
  answeredAt: Scalars['DateTime']['output'];
  category: Maybe<Scalars['String']['output']>;
  /** 认为有帮助的人数 */
  helpfulCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** 来源信件（仅维护该单位智库的工作人员可见） */
  letterId: Maybe<Scalars['ID']['output']>;
  /** 问题内容 */
  question: Scalars['String']['output'];
  /** 来源站点 */
  siteId: Maybe<Scalars['ID']['output']>;
  source: KnowledgeSource;
  /** 问题标题 */
  title: Scalars['String']['output'];
  /** 认为没帮助的人数 */
  unhelpfulCount: Scalars['Int']['output'];
  unit: Unit;
  /** 答复单位 */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** 已撤下（信件返工中或被管理员撤下；仅维护人员可见） */
  withdrawn: Scalars['Boolean']['output'];
};

export type KnowledgeEntryConnection = {
  __typename?: 'KnowledgeEntryConnection';
  nodes: Array<KnowledgeEntry>;
  totalCount: Scalars['Int']['output'];
};

export type KnowledgeEntryInput = {
  answer: Scalars['String']['input'];
  category?: InputMaybe<Scalars['String']['input']>;
  question: Scalars['String']['input'];
  siteId?: InputMaybe<Scalars['ID']['input']>;
  /** 发现个人信息时自动隐去（否则拒绝保存） */
  stripPersonalData?: InputMaybe<Scalars['Boolean']['input']>;
  title: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
};

/** 智库条目来源 */
export type KnowledgeSource =
  /** 单位整理的问答 */
  | 'curated'
  /** 写信人同意公开的已答复信件（已隐去个人信息） */
  | 'letter';

/** 信件 */
export type Letter = {
  __typename?: 'Letter';
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  /** 是否匿名写信（以手机号联系） */
  anonymous: Scalars['Boolean']['output'];
  attachmentIds: Array<Scalars['ID']['output']>;
  /** 附件（文件经 interaction 的 /letter-attachments/:id 下载） */
  attachments: Array<LetterAttachment>;
  category: Maybe<Scalars['String']['output']>;
  /** 提交时的内容校验结果（仅工作人员可见） */
  checkResult: Maybe<LetterCheckResult>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** 联系电话（已脱敏，列表中显示） */
  contactPhone: Maybe<Scalars['String']['output']>;
  /** 完整联系电话，供办理单位回访写信人：仅信箱单位、主办和协办单位的办理人员及市级人员可见，其他人为空 */
  contactPhoneFull: Maybe<Scalars['String']['output']>;
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
  /** 已并入的主信件（合并办理；仅工作人员可见，写信人看到的始终为空） */
  mergedInto: Maybe<Letter>;
  /** 并入本信件合并办理的信件（仅工作人员，且只列出可见范围内的） */
  mergedLetters: Array<Letter>;
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
  /** 督办状态（仅工作人员可见，写信人看到的为空） */
  supervision: Maybe<LetterSupervisionState>;
  timeline: Array<LetterAction>;
  title: Scalars['String']['output'];
  /** 办理单位（当前及历史） */
  units: Array<LetterUnit>;
  /** 实名写信人提交时的账号名称：可见范围同 contactPhoneFull；匿名来信为空 */
  writerName: Maybe<Scalars['String']['output']>;
};

/** 办理记录 */
export type LetterAction = {
  __typename?: 'LetterAction';
  /** 动作：submit hold accept not_accept assign transfer co_handle request_info info_provided draft_reply approve_reply reject_reply publish_reply rate close rework merge merge_in unmerge unmerge_out */
  action: Scalars['String']['output'];
  /** 操作人类别 */
  actorKind: LetterActorKind;
  /** 操作人姓名（仅工作人员可见；系统操作为其名称，如“内容校验”） */
  actorName: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  comment: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 写信人评价（rate）时给出的满意度；其他动作为空 */
  rating: Maybe<LetterRating>;
  unitId: Maybe<Scalars['ID']['output']>;
};

/** 办理记录的操作人类别 */
export type LetterActorKind =
  /** 写信人（实名或以手机号联系的匿名写信人） */
  | 'CITIZEN'
  /** 工作人员 */
  | 'STAFF'
  /** 系统（内容校验、逾期催办等） */
  | 'SYSTEM';

/** 信件附件（仅写信人和有权查看该信件的工作人员可以下载） */
export type LetterAttachment = {
  __typename?: 'LetterAttachment';
  createdAt: Scalars['DateTime']['output'];
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 按文件内容识别的类型：PDF、JPEG、PNG、DOCX */
  mediaType: Scalars['String']['output'];
  /** 字节数 */
  size: Scalars['Int']['output'];
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
  /** 距面向写信人期限的剩余工作日（逾期为负数）；答复发布后、办结或不予受理后为空：计时已结束 */
  remainingWorkdays: Maybe<Scalars['Int']['output']>;
  /** 答复发布时超出面向写信人期限的工作日数（0 为按期答复）；尚未发布答复（含退回返工后）为空 */
  repliedLateWorkdays: Maybe<Scalars['Int']['output']>;
  /** 期限跨越了工作日历未录入的年份：按普通周历估算，须人工核对 */
  uncovered: Scalars['Boolean']['output'];
  /** 当前主办单位自己的期限（从该单位收到信件起算） */
  unitDueAt: Maybe<Scalars['String']['output']>;
};

export type LetterFilter = {
  /** 类别 */
  category?: InputMaybe<Scalars['String']['input']>;
  /** 只看今天起这么多个工作日内到期、尚未逾期且仍在办理的信件（0 为今天到期） */
  dueWithinWorkdays?: InputMaybe<Scalars['Int']['input']>;
  /** 只看（或排除）内容校验待人工确认的信件 */
  held?: InputMaybe<Scalars['Boolean']['input']>;
  /** 标题或正文包含的关键字 */
  keyword?: InputMaybe<Scalars['String']['input']>;
  mailboxId?: InputMaybe<Scalars['ID']['input']>;
  /** true：只看已逾期且仍在办理的信件（面向写信人的期限已过）；false：排除这些信件 */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<LetterStatus>>;
  /** 提交日期起（含当日，YYYY-MM-DD，北京时间） */
  submittedFrom?: InputMaybe<Scalars['String']['input']>;
  /** 提交日期止（含当日，YYYY-MM-DD，北京时间） */
  submittedTo?: InputMaybe<Scalars['String']['input']>;
  /** 只看该单位相关的信件（须在可见范围内） */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 热点问题：近一段时间内按文本相似度聚在一起的信件 */
export type LetterHotTopic = {
  __typename?: 'LetterHotTopic';
  count: Scalars['Int']['output'];
  first: Scalars['DateTime']['output'];
  /** 主题关键词 */
  keywords: Array<Scalars['String']['output']>;
  /** 代表性信件的标题（已脱敏） */
  label: Scalars['String']['output'];
  last: Scalars['DateTime']['output'];
  /** 该主题的信件（可见范围内） */
  letters: Array<Letter>;
  /** 示例标题（已脱敏，最多 5 个） */
  sampleTitles: Array<Scalars['String']['output']>;
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
  /** 已并入其他信件合并办理，随主信件一并答复 */
  | 'merged'
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

/** 督办设置：临期预警和催办提醒 */
export type LetterSupervisionSettings = {
  __typename?: 'LetterSupervisionSettings';
  /** 逾期催办提醒的时段（北京时间，仅工作日），如 09:00-17:30 */
  reminderHours: Scalars['String']['output'];
  /** 到期前多少个工作日起预警（临期） */
  warnWorkdays: Scalars['Int']['output'];
};

/** 信件的督办状态 */
export type LetterSupervisionState = {
  __typename?: 'LetterSupervisionState';
  /** 临期：仍在办理，距面向写信人的期限不超过预警工作日数，尚未逾期 */
  dueSoon: Scalars['Boolean']['output'];
  /** 最近一次系统催办提醒的时间 */
  lastRemindedAt: Maybe<Scalars['DateTime']['output']>;
  /** 已逾期：仍在办理，面向写信人的期限已过 */
  overdue: Scalars['Boolean']['output'];
  /** 督办次数（人工督办，不含系统催办提醒） */
  supervisedCount: Scalars['Int']['output'];
};

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
  /** 是否允许未登录的访客匿名写信（须填写经短信验证码验证的联系电话） */
  allowAnonymous: Scalars['Boolean']['output'];
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
  /** 接收新信件的角色（单位内持有该角色的人员，同样收到新来信提醒） */
  recipientRole: Maybe<MailboxRecipientRole>;
  /** 接收新信件的用户：待受理的来信出现在其新来信提醒（myNewLetters）中 */
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
  /** 提前结束（理由在门户公开） */
  closeSolicitation: Solicitation;
  /** 设置协办单位（主办单位或分办人员） */
  coHandleLetter: Letter;
  /** 新增整理的问答（智库维护人员） */
  createKnowledgeEntry: KnowledgeEntry;
  createMailbox: Mailbox;
  createSolicitation: Solicitation;
  /** 删除整理的问答；信件转入的条目改为撤下 */
  deleteKnowledgeEntry: Scalars['ID']['output'];
  deleteMailbox: Scalars['Boolean']['output'];
  /** 起草答复并提交审核（承办人员） */
  draftLetterReply: Letter;
  /** 导出意见为 xlsx（记入审计） */
  exportSolicitationSubmissions: SolicitationExport;
  /** 市民：将通知标为已读（不传 ids 则全部标为已读），返回标记的条数 */
  markMyNotificationsRead: Scalars['Int']['output'];
  /** 合并办理：把尚未答复的重复信件并入主信件，主信件答复发布时同一答复发给每位写信人（分办人员或主信件的承办人员）；返回主信件 */
  mergeLetters: Letter;
  /** 不予受理，理由向写信人公开（分办人员） */
  notAcceptLetter: Letter;
  /** 发布：到开始时间起接受意见 */
  openSolicitation: Solicitation;
  /** 写信人已补充材料（写信人本人或承办单位登记） */
  provideLetterInfo: Letter;
  /** 发布答复（答复审核人员） */
  publishLetterReply: Letter;
  /** 公布（或更新）采纳情况：须全部意见已标注 */
  publishSolicitationFeedback: Solicitation;
  /** 评价答复（写信人） */
  rateLetter: Letter;
  /** 请写信人补充材料（计时暂停） */
  requestLetterInfo: Letter;
  /** 向手机号发送 6 位验证码（10 分钟内有效；同一号码 60 秒内只能获取一次，同一地址每小时有上限） */
  requestPhoneCode: PhoneCodeSent;
  /** 审核答复（答复审核人员） */
  reviewLetterReply: Letter;
  /** 标注采纳情况（征集结束后）；待人工确认的意见标注即视为已确认 */
  reviewSolicitationSubmission: SolicitationSubmission;
  /** 不满意且理由成立时退回返工（分办人员，次数有上限） */
  reworkLetter: Letter;
  /** 设置某日的类型（系统管理员） */
  setCalendarDay: CalendarDay;
  /** 标记某年的节假日安排已录入/未录入（系统管理员） */
  setCalendarYearCovered: CalendarYear;
  /** 设置某类别的承办单位；unitId 为空时删除该对照（分办人员） */
  setRoutingMapping: Maybe<RoutingMapping>;
  /** 设置最短征集期：不给 unitId 为平台设置（须全市范围的征集管理权限） */
  setSolicitationMinOpenDays: SolicitationSettings;
  submitLetter: SubmitLetterPayload;
  /** 提交意见（登录市民，或允许匿名时的访客） */
  submitSolicitation: SolicitationSubmission;
  /** 督办：催促承办单位办理，督办意见记入办理记录并通知承办单位（市级督办人员，或信箱所属单位的分办人员） */
  superviseLetter: Letter;
  /** 用本库已办结的信件（类别和最终承办单位）训练分类模型（市级分办人员、统一窗口分办人员或系统管理员） */
  trainRoutingModel: RoutingModel;
  /** 转办给其他单位（承办单位或分办人员）；面向写信人的期限继续计算 */
  transferLetter: Letter;
  /** 取消合并：答复发布前把已并入的信件恢复为合并前的状态和承办单位；返回该信件 */
  unmergeLetter: Letter;
  updateKnowledgeEntry: KnowledgeEntry;
  updateMailbox: Mailbox;
  /** 修改草稿 */
  updateSolicitation: Solicitation;
  /** “有帮助/没帮助”：每位访客每条一票（再次投票改为新的选择），按地址限制频率 */
  voteKnowledgeEntry: KnowledgeEntry;
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


export type MutationCloseSolicitationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCoHandleLetterArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  unitIds: Array<Scalars['ID']['input']>;
};


export type MutationCreateKnowledgeEntryArgs = {
  input: KnowledgeEntryInput;
};


export type MutationCreateMailboxArgs = {
  input: CreateMailboxInput;
};


export type MutationCreateSolicitationArgs = {
  input: SolicitationInput;
};


export type MutationDeleteKnowledgeEntryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMailboxArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDraftLetterReplyArgs = {
  content: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationExportSolicitationSubmissionsArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMarkMyNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationMergeLettersArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  duplicateIds: Array<Scalars['ID']['input']>;
  primaryId: Scalars['ID']['input'];
};


export type MutationNotAcceptLetterArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationOpenSolicitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationProvideLetterInfoArgs = {
  id: Scalars['ID']['input'];
  info: Scalars['String']['input'];
};


export type MutationPublishLetterReplyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishSolicitationFeedbackArgs = {
  id: Scalars['ID']['input'];
  input: SolicitationFeedbackInput;
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


export type MutationRequestPhoneCodeArgs = {
  phone: Scalars['String']['input'];
  purpose: PhoneCodePurpose;
};


export type MutationReviewLetterReplyArgs = {
  approve: Scalars['Boolean']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationReviewSolicitationSubmissionArgs = {
  adoption: SolicitationAdoption;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
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


export type MutationSetSolicitationMinOpenDaysArgs = {
  days: Scalars['Int']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSubmitLetterArgs = {
  input: SubmitLetterInput;
};


export type MutationSubmitSolicitationArgs = {
  input: SubmitSolicitationInput;
};


export type MutationSuperviseLetterArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationTrainRoutingModelArgs = {
  minSamples?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationTransferLetterArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
};


export type MutationUnmergeLetterArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateKnowledgeEntryArgs = {
  id: Scalars['ID']['input'];
  input: KnowledgeEntryInput;
};


export type MutationUpdateMailboxArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMailboxInput;
};


export type MutationUpdateSolicitationArgs = {
  id: Scalars['ID']['input'];
  input: SolicitationInput;
};


export type MutationVoteKnowledgeEntryArgs = {
  helpful: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  visitorId?: InputMaybe<Scalars['String']['input']>;
};

/** 新来信提醒：等待受理的信件中，当前工作人员是其信箱接收人的那些 */
export type NewLettersInbox = {
  __typename?: 'NewLettersInbox';
  /** 最新的若干封，按提交时间倒序 */
  letters: Array<Letter>;
  /** 待受理的新来信总数 */
  total: Scalars['Int']['output'];
};

/** 短信验证码的用途 */
export type PhoneCodePurpose =
  /** 匿名写信时验证联系电话 */
  | 'letter';

/** 验证码已发送 */
export type PhoneCodeSent = {
  __typename?: 'PhoneCodeSent';
  /** 验证码有效期（秒） */
  expiresInSeconds: Scalars['Int']['output'];
  /** 脱敏后的手机号码 */
  maskedPhone: Scalars['String']['output'];
  /** 多少秒后可以重新获取 */
  resendAfterSeconds: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** 工作日历（公开） */
  calendarYear: CalendarYear;
  knowledgeCategories: Array<KnowledgeCategoryCount>;
  /** 智库：搜索已公开的条目（search 为空时按答复时间倒序）；unitId 供工作人员管理本单位条目 */
  knowledgeEntries: KnowledgeEntryConnection;
  knowledgeEntry: Maybe<KnowledgeEntry>;
  /** 写信时的相似问题提示 */
  knowledgeSuggestions: Array<KnowledgeEntry>;
  /** 信件：写信人本人、相关单位工作人员和市级监管可见 */
  letter: Maybe<Letter>;
  /** 凭查询码查询（按地址限制频率） */
  letterByQueryCode: Maybe<Letter>;
  /** 热点问题（分办人员、督办和监管人员）：可见范围内近 days 天的信件按相似度聚类，至少 minSize 封成为一个热点，大者在前 */
  letterHotTopics: Array<LetterHotTopic>;
  /** 督办设置（市级督办、分办人员） */
  letterSupervisionSettings: LetterSupervisionSettings;
  /** 工作人员：本单位相关的信件 */
  letters: LetterConnection;
  /** 信箱：公开信箱人人可见，非公开信箱仅其管理者可见 */
  mailbox: Maybe<Mailbox>;
  /** 市民：我的信件 */
  myLetters: Array<Letter>;
  /** 新来信提醒（工作人员）：信箱接收人（指定人员，或在信箱所属单位持有接收角色的人员）收到的、尚未受理的信件（含内容校验待确认的），只含本人可查看的 */
  myNewLetters: NewLettersInbox;
  /** 市民：我的通知（新的在前） */
  myNotifications: Array<CitizenNotification>;
  /** 市民：我提交的意见 */
  mySolicitationSubmissions: Array<SolicitationSubmission>;
  /** 市民：未读通知数 */
  myUnreadNotificationCount: Scalars['Int']['output'];
  /** 全市统一窗口信箱 */
  oneWindowMailbox: Maybe<Mailbox>;
  /** 类别→承办单位对照（分办人员） */
  routingMappings: Array<RoutingMapping>;
  /** 当前使用的分类模型（分办人员） */
  routingModel: Maybe<RoutingModel>;
  /** 相似信件的既往答复（能查看该信件的工作人员） */
  similarReplies: Array<SimilarReply>;
  /** 站点上的意见征集（公开） */
  siteSolicitations: SolicitationConnection;
  /** 意见征集：已发布的所有人可见，草稿仅本单位征集管理人员可见 */
  solicitation: Maybe<Solicitation>;
  /** 最短征集期：不给 unitId 为平台设置 */
  solicitationSettings: SolicitationSettings;
  /** 一条意见（提交人本人或本单位工作人员） */
  solicitationSubmission: Maybe<SolicitationSubmission>;
  /** 工作人员：本单位的意见征集 */
  solicitations: SolicitationConnection;
  /** 单位的全部信箱（含不公开的、只在某站点展示的），按排序、创建时间；须有该单位的管理信箱权限 */
  unitMailboxes: Array<Mailbox>;
};


export type QueryCalendarYearArgs = {
  year: Scalars['Int']['input'];
};


export type QueryKnowledgeCategoriesArgs = {
  siteId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryKnowledgeEntriesArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  siteId?: InputMaybe<Scalars['ID']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryKnowledgeEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKnowledgeSuggestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QueryLetterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLetterByQueryCodeArgs = {
  code: Scalars['String']['input'];
};


export type QueryLetterHotTopicsArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
  minSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLettersArgs = {
  filter?: InputMaybe<LetterFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMailboxArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyNewLettersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySimilarRepliesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  letterId: Scalars['ID']['input'];
};


export type QuerySiteSolicitationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  siteId: Scalars['ID']['input'];
};


export type QuerySolicitationArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySolicitationSettingsArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySolicitationSubmissionArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySolicitationsArgs = {
  filter?: InputMaybe<SolicitationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUnitMailboxesArgs = {
  unitId: Scalars['ID']['input'];
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

/** 相似信件的既往答复（起草答复时参考） */
export type SimilarReply = {
  __typename?: 'SimilarReply';
  entry: KnowledgeEntry;
  /** 0–1：关键词重合程度 */
  score: Scalars['Float']['output'];
};

export type Site = {
  __typename?: 'Site';
  id: Scalars['ID']['output'];
  /** 在该站点展示的公开信箱：站点所属单位的通用信箱，加上只属于该站点的信箱，按排序。 */
  mailboxes: Array<Mailbox>;
};

/** 意见征集 */
export type Solicitation = {
  __typename?: 'Solicitation';
  /** 当前是否接受提交 */
  acceptingSubmissions: Scalars['Boolean']['output'];
  /** 是否允许匿名提交 */
  allowAnonymous: Scalars['Boolean']['output'];
  /** 选择题统计（本单位征集管理人员和市级监管） */
  choiceStats: Array<SolicitationChoiceStats>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** 提前结束的理由 */
  closedReason: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** 征集说明（纯文本，空行分段） */
  description: Scalars['String']['output'];
  /** 媒体库中的文件（如有） */
  documentMediaId: Maybe<Scalars['ID']['output']>;
  documentName: Maybe<Scalars['String']['output']>;
  /** 征求意见稿的下载地址 */
  documentUrl: Maybe<Scalars['String']['output']>;
  endsAt: Scalars['DateTime']['output'];
  /** 已公布的采纳情况 */
  feedback: Maybe<SolicitationFeedback>;
  id: Scalars['ID']['output'];
  openedAt: Maybe<Scalars['DateTime']['output']>;
  questions: Array<SolicitationQuestion>;
  /** 发布站点 */
  siteIds: Array<Scalars['ID']['output']>;
  startsAt: Scalars['DateTime']['output'];
  status: SolicitationStatus;
  /** 收到的意见数 */
  submissionCount: Scalars['Int']['output'];
  /** 收到的意见（本单位征集管理人员和市级监管） */
  submissions: SolicitationSubmissionConnection;
  title: Scalars['String']['output'];
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
};


/** 意见征集 */
export type SolicitationSubmissionsArgs = {
  filter?: InputMaybe<SolicitationSubmissionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** 采纳情况 */
export type SolicitationAdoption =
  | 'adopted'
  | 'not_adopted'
  | 'partly_adopted';

export type SolicitationAnswer = {
  __typename?: 'SolicitationAnswer';
  /** 选择题选中的选项 */
  choices: Array<Scalars['String']['output']>;
  questionId: Scalars['ID']['output'];
  /** 填空题的回答 */
  text: Maybe<Scalars['String']['output']>;
};

export type SolicitationAnswerInput = {
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  questionId: Scalars['ID']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
};

/** 意见内容校验发现的一处问题（仅工作人员可见） */
export type SolicitationCheckFinding = {
  __typename?: 'SolicitationCheckFinding';
  category: Scalars['String']['output'];
  end: Scalars['Int']['output'];
  explanation: Scalars['String']['output'];
  key: Scalars['ID']['output'];
  questionId: Maybe<Scalars['ID']['output']>;
  severity: TextCheckSeverity;
  start: Scalars['Int']['output'];
  suggestion: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

/** 提交时对填空回答的内容校验（仅工作人员可见） */
export type SolicitationCheckResult = {
  __typename?: 'SolicitationCheckResult';
  blockCount: Scalars['Int']['output'];
  checkedAt: Scalars['DateTime']['output'];
  findings: Array<SolicitationCheckFinding>;
  hintCount: Scalars['Int']['output'];
  lexiconVersion: Scalars['Int']['output'];
  warnCount: Scalars['Int']['output'];
};

/** 选择题的统计（仅工作人员） */
export type SolicitationChoiceStats = {
  __typename?: 'SolicitationChoiceStats';
  /** 作答人数 */
  answered: Scalars['Int']['output'];
  kind: SolicitationQuestionKind;
  options: Array<SolicitationOptionCount>;
  questionId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type SolicitationConnection = {
  __typename?: 'SolicitationConnection';
  nodes: Array<Solicitation>;
  totalCount: Scalars['Int']['output'];
};

/** 导出文件（base64） */
export type SolicitationExport = {
  __typename?: 'SolicitationExport';
  content: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
};

/** 公布的采纳情况 */
export type SolicitationFeedback = {
  __typename?: 'SolicitationFeedback';
  adopted: Scalars['Int']['output'];
  highlights: Array<SolicitationHighlight>;
  notAdopted: Scalars['Int']['output'];
  partlyAdopted: Scalars['Int']['output'];
  publishedAt: Scalars['DateTime']['output'];
  summary: Scalars['String']['output'];
  /** 收到的意见总数 */
  total: Scalars['Int']['output'];
};

export type SolicitationFeedbackHighlightInput = {
  submissionId: Scalars['ID']['input'];
  /** 选登的文字（个人信息会被遮盖） */
  text: Scalars['String']['input'];
};

export type SolicitationFeedbackInput = {
  highlights?: InputMaybe<Array<SolicitationFeedbackHighlightInput>>;
  summary: Scalars['String']['input'];
};

export type SolicitationFilter = {
  /** 存储状态：DRAFT、OPEN（含未开始和已到期）、CLOSED（提前结束）、FEEDBACK_PUBLISHED */
  status?: InputMaybe<Array<SolicitationStatus>>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 采纳情况中选登的意见（已去除个人信息） */
export type SolicitationHighlight = {
  __typename?: 'SolicitationHighlight';
  adoption: SolicitationAdoption;
  text: Scalars['String']['output'];
};

export type SolicitationInput = {
  allowAnonymous?: InputMaybe<Scalars['Boolean']['input']>;
  description: Scalars['String']['input'];
  documentMediaId?: InputMaybe<Scalars['ID']['input']>;
  documentName?: InputMaybe<Scalars['String']['input']>;
  documentUrl?: InputMaybe<Scalars['String']['input']>;
  endsAt: Scalars['DateTime']['input'];
  questions: Array<SolicitationQuestionInput>;
  siteIds: Array<Scalars['ID']['input']>;
  startsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
};

export type SolicitationOptionCount = {
  __typename?: 'SolicitationOptionCount';
  count: Scalars['Int']['output'];
  option: Scalars['String']['output'];
};

export type SolicitationQuestion = {
  __typename?: 'SolicitationQuestion';
  /** 问题标识（q1、q2……按顺序） */
  id: Scalars['ID']['output'];
  kind: SolicitationQuestionKind;
  options: Array<Scalars['String']['output']>;
  required: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
};

export type SolicitationQuestionInput = {
  kind: SolicitationQuestionKind;
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
  title: Scalars['String']['input'];
};

/** 问题类型 */
export type SolicitationQuestionKind =
  /** 多选 */
  | 'multiple'
  /** 单选 */
  | 'single'
  /** 填空（自由文字） */
  | 'text';

/** 最短征集期设置 */
export type SolicitationSettings = {
  __typename?: 'SolicitationSettings';
  /** 实际适用的最短征集期（天） */
  minOpenDays: Scalars['Int']['output'];
  /** 平台规定的最短征集期（天） */
  platformMinOpenDays: Scalars['Int']['output'];
  unitId: Maybe<Scalars['ID']['output']>;
  /** 单位自定的最短征集期（天，不短于平台规定） */
  unitMinOpenDays: Maybe<Scalars['Int']['output']>;
};

/** 意见征集的状态（按时间计算：已发布但未到开始时间为 SCHEDULED，过了截止时间为 CLOSED） */
export type SolicitationStatus =
  /** 已结束（到期或提前结束） */
  | 'closed'
  /** 草稿，未发布 */
  | 'draft'
  /** 已公布采纳情况 */
  | 'feedback_published'
  /** 正在征集 */
  | 'open'
  /** 已发布，尚未开始 */
  | 'scheduled';

/** 一条意见 */
export type SolicitationSubmission = {
  __typename?: 'SolicitationSubmission';
  adoption: Maybe<SolicitationAdoption>;
  adoptionReason: Maybe<Scalars['String']['output']>;
  /** 是否匿名提交 */
  anonymous: Scalars['Boolean']['output'];
  answers: Array<SolicitationAnswer>;
  checkResult: Maybe<SolicitationCheckResult>;
  /** 姓名（仅本单位征集管理人员和提交人本人可见） */
  contactName: Maybe<Scalars['String']['output']>;
  /** 联系电话（仅本单位征集管理人员和提交人本人可见） */
  contactPhone: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** 内容校验发现阻断级问题，待人工确认（不会被退回；仅工作人员可见） */
  held: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  reviewedAt: Maybe<Scalars['DateTime']['output']>;
  solicitation: Solicitation;
};

export type SolicitationSubmissionConnection = {
  __typename?: 'SolicitationSubmissionConnection';
  nodes: Array<SolicitationSubmission>;
  totalCount: Scalars['Int']['output'];
};

export type SolicitationSubmissionFilter = {
  adoption?: InputMaybe<Array<SolicitationAdoption>>;
  held?: InputMaybe<Scalars['Boolean']['input']>;
  /** true 只看已标注，false 只看未标注 */
  reviewed?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SubmitLetterInput = {
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  category?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话：未登录时必填，并须填写发送到该号码的验证码（信箱须允许匿名来信） */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  content: Scalars['String']['input'];
  /** 每次打开写信表单时生成；重复提交同一键只产生一封信 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  mailboxId: Scalars['ID']['input'];
  /** 发送到联系电话的 6 位验证码（未登录时必填） */
  phoneCode?: InputMaybe<Scalars['String']['input']>;
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

export type SubmitSolicitationInput = {
  answers: Array<SolicitationAnswerInput>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 每次打开表单时生成；重复提交同一键只产生一条意见 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 提交所在站点 */
  siteId?: InputMaybe<Scalars['ID']['input']>;
  solicitationId: Scalars['ID']['input'];
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
  allowAnonymous?: InputMaybe<Scalars['Boolean']['input']>;
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
  KnowledgeEntry: KnowledgeEntry;
  Letter: Letter;
  Mailbox: Mailbox;
  Site: Site;
  Solicitation: Solicitation;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  KnowledgeEntry:
    ( { __typename: 'KnowledgeEntry' }
    & GraphQLRecursivePick<FederationTypes['KnowledgeEntry'], {"id":true}> );
  Letter:
    ( { __typename: 'Letter' }
    & GraphQLRecursivePick<FederationTypes['Letter'], {"id":true}> );
  Mailbox:
    ( { __typename: 'Mailbox' }
    & GraphQLRecursivePick<FederationTypes['Mailbox'], {"id":true}> );
  Site:
    ( { __typename: 'Site' }
    & GraphQLRecursivePick<FederationTypes['Site'], {"id":true}> );
  Solicitation:
    ( { __typename: 'Solicitation' }
    & GraphQLRecursivePick<FederationTypes['Solicitation'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CalendarDay: ResolverTypeWrapper<CalendarDayRowModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CalendarDayKind: null;
  CalendarYear: ResolverTypeWrapper<CalendarYearViewModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CitizenNotification: ResolverTypeWrapper<CitizenNotificationRowModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CitizenNotificationKind: null;
  CreateMailboxInput: CreateMailboxInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  KnowledgeCategoryCount: ResolverTypeWrapper<KnowledgeCategoryCount>;
  KnowledgeEntry: ResolverTypeWrapper<KnowledgeEntryRowModel>;
  KnowledgeEntryConnection: ResolverTypeWrapper<Omit<KnowledgeEntryConnection, 'nodes'> & { nodes: Array<ResolversTypes['KnowledgeEntry']> }>;
  KnowledgeEntryInput: KnowledgeEntryInput;
  KnowledgeSource: null;
  Letter: ResolverTypeWrapper<LetterRowModel>;
  LetterAction: ResolverTypeWrapper<LetterActionRowModel>;
  LetterActorKind: LetterActorKind;
  LetterAttachment: ResolverTypeWrapper<LetterAttachment>;
  LetterCheckFinding: ResolverTypeWrapper<LetterFindingModelModel>;
  LetterCheckResult: ResolverTypeWrapper<LetterCheckResultModel>;
  LetterConnection: ResolverTypeWrapper<Omit<LetterConnection, 'nodes'> & { nodes: Array<ResolversTypes['Letter']> }>;
  LetterDeadline: ResolverTypeWrapper<LetterDeadline>;
  LetterFilter: LetterFilter;
  LetterHotTopic: ResolverTypeWrapper<LetterHotTopicViewModel>;
  LetterKind: null;
  LetterRating: null;
  LetterStatus: null;
  LetterSupervisionSettings: ResolverTypeWrapper<LetterSupervisionSettings>;
  LetterSupervisionState: ResolverTypeWrapper<LetterSupervisionState>;
  LetterUnit: ResolverTypeWrapper<LetterUnitRowModel>;
  Mailbox: ResolverTypeWrapper<MailboxRowModel>;
  MailboxKind: null;
  MailboxRecipientRole: null;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewLettersInbox: ResolverTypeWrapper<Omit<NewLettersInbox, 'letters'> & { letters: Array<ResolversTypes['Letter']> }>;
  PhoneCodePurpose: null;
  PhoneCodeSent: ResolverTypeWrapper<PhoneCodeSent>;
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
  SimilarReply: ResolverTypeWrapper<SimilarReplyViewModel>;
  Site: ResolverTypeWrapper<SiteReferenceModel>;
  Solicitation: ResolverTypeWrapper<SolicitationRowModel>;
  SolicitationAdoption: null;
  SolicitationAnswer: ResolverTypeWrapper<SolicitationAnswerModel>;
  SolicitationAnswerInput: SolicitationAnswerInput;
  SolicitationCheckFinding: ResolverTypeWrapper<LetterFindingModelModel>;
  SolicitationCheckResult: ResolverTypeWrapper<SubmissionCheckResultModel>;
  SolicitationChoiceStats: ResolverTypeWrapper<ChoiceStatsViewModel>;
  SolicitationConnection: ResolverTypeWrapper<Omit<SolicitationConnection, 'nodes'> & { nodes: Array<ResolversTypes['Solicitation']> }>;
  SolicitationExport: ResolverTypeWrapper<SolicitationExport>;
  SolicitationFeedback: ResolverTypeWrapper<SolicitationFeedbackModel>;
  SolicitationFeedbackHighlightInput: SolicitationFeedbackHighlightInput;
  SolicitationFeedbackInput: SolicitationFeedbackInput;
  SolicitationFilter: SolicitationFilter;
  SolicitationHighlight: ResolverTypeWrapper<SolicitationHighlight>;
  SolicitationInput: SolicitationInput;
  SolicitationOptionCount: ResolverTypeWrapper<SolicitationOptionCount>;
  SolicitationQuestion: ResolverTypeWrapper<SolicitationQuestionModel>;
  SolicitationQuestionInput: SolicitationQuestionInput;
  SolicitationQuestionKind: null;
  SolicitationSettings: ResolverTypeWrapper<SolicitationSettingsViewModel>;
  SolicitationStatus: ResolverTypeWrapper<SolicitationPhaseModel>;
  SolicitationSubmission: ResolverTypeWrapper<SubmissionRowModel>;
  SolicitationSubmissionConnection: ResolverTypeWrapper<Omit<SolicitationSubmissionConnection, 'nodes'> & { nodes: Array<ResolversTypes['SolicitationSubmission']> }>;
  SolicitationSubmissionFilter: SolicitationSubmissionFilter;
  SubmitLetterInput: SubmitLetterInput;
  SubmitLetterPayload: ResolverTypeWrapper<Omit<SubmitLetterPayload, 'letter'> & { letter: ResolversTypes['Letter'] }>;
  SubmitSolicitationInput: SubmitSolicitationInput;
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
  CitizenNotification: CitizenNotificationRowModel;
  ID: Scalars['ID']['output'];
  CreateMailboxInput: CreateMailboxInput;
  DateTime: Scalars['DateTime']['output'];
  KnowledgeCategoryCount: KnowledgeCategoryCount;
  KnowledgeEntry: KnowledgeEntryRowModel;
  KnowledgeEntryConnection: Omit<KnowledgeEntryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['KnowledgeEntry']> };
  KnowledgeEntryInput: KnowledgeEntryInput;
  Letter: LetterRowModel;
  LetterAction: LetterActionRowModel;
  LetterAttachment: LetterAttachment;
  LetterCheckFinding: LetterFindingModelModel;
  LetterCheckResult: LetterCheckResultModel;
  LetterConnection: Omit<LetterConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Letter']> };
  LetterDeadline: LetterDeadline;
  LetterFilter: LetterFilter;
  LetterHotTopic: LetterHotTopicViewModel;
  LetterSupervisionSettings: LetterSupervisionSettings;
  LetterSupervisionState: LetterSupervisionState;
  LetterUnit: LetterUnitRowModel;
  Mailbox: MailboxRowModel;
  Mutation: Record<PropertyKey, never>;
  NewLettersInbox: Omit<NewLettersInbox, 'letters'> & { letters: Array<ResolversParentTypes['Letter']> };
  PhoneCodeSent: PhoneCodeSent;
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
  SimilarReply: SimilarReplyViewModel;
  Site: SiteReferenceModel;
  Solicitation: SolicitationRowModel;
  SolicitationAnswer: SolicitationAnswerModel;
  SolicitationAnswerInput: SolicitationAnswerInput;
  SolicitationCheckFinding: LetterFindingModelModel;
  SolicitationCheckResult: SubmissionCheckResultModel;
  SolicitationChoiceStats: ChoiceStatsViewModel;
  SolicitationConnection: Omit<SolicitationConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Solicitation']> };
  SolicitationExport: SolicitationExport;
  SolicitationFeedback: SolicitationFeedbackModel;
  SolicitationFeedbackHighlightInput: SolicitationFeedbackHighlightInput;
  SolicitationFeedbackInput: SolicitationFeedbackInput;
  SolicitationFilter: SolicitationFilter;
  SolicitationHighlight: SolicitationHighlight;
  SolicitationInput: SolicitationInput;
  SolicitationOptionCount: SolicitationOptionCount;
  SolicitationQuestion: SolicitationQuestionModel;
  SolicitationQuestionInput: SolicitationQuestionInput;
  SolicitationSettings: SolicitationSettingsViewModel;
  SolicitationSubmission: SubmissionRowModel;
  SolicitationSubmissionConnection: Omit<SolicitationSubmissionConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['SolicitationSubmission']> };
  SolicitationSubmissionFilter: SolicitationSubmissionFilter;
  SubmitLetterInput: SubmitLetterInput;
  SubmitLetterPayload: Omit<SubmitLetterPayload, 'letter'> & { letter: ResolversParentTypes['Letter'] };
  SubmitSolicitationInput: SubmitSolicitationInput;
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

export type CitizenNotificationResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['CitizenNotification'] = ResolversParentTypes['CitizenNotification']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CitizenNotificationKind'], ParentType, ContextType>;
  letterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  letterTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CitizenNotificationKindResolvers = { INFO_REQUESTED: 'info_requested', REPLY_PUBLISHED: 'reply_published' };

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type KnowledgeCategoryCountResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['KnowledgeCategoryCount'] = ResolversParentTypes['KnowledgeCategoryCount']> = ResolversObject<{
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type KnowledgeEntryResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['KnowledgeEntry'] = ResolversParentTypes['KnowledgeEntry'], FederationReferenceType extends FederationReferenceTypes['KnowledgeEntry'] = FederationReferenceTypes['KnowledgeEntry']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['KnowledgeEntry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  answer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  answeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  helpfulCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  letterId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  siteId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['KnowledgeSource'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unhelpfulCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type KnowledgeEntryConnectionResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['KnowledgeEntryConnection'] = ResolversParentTypes['KnowledgeEntryConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['KnowledgeEntry']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type KnowledgeSourceResolvers = { CURATED: 'curated', LETTER: 'letter' };

export type LetterResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['Letter'] = ResolversParentTypes['Letter'], FederationReferenceType extends FederationReferenceTypes['Letter'] = FederationReferenceTypes['Letter']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Letter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  attachmentIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['LetterAttachment']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkResult?: Resolver<Maybe<ResolversTypes['LetterCheckResult']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPhoneFull?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['LetterDeadline'], ParentType, ContextType>;
  draftReply?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  infoRequest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mailbox?: Resolver<ResolversTypes['Mailbox'], ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['Letter']>, ParentType, ContextType>;
  mergedLetters?: Resolver<Array<ResolversTypes['Letter']>, ParentType, ContextType>;
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
  supervision?: Resolver<Maybe<ResolversTypes['LetterSupervisionState']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['LetterAction']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['LetterUnit']>, ParentType, ContextType>;
  writerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LetterActionResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['LetterAction'] = ResolversParentTypes['LetterAction']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['LetterActorKind'], ParentType, ContextType>;
  actorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['LetterRating']>, ParentType, ContextType>;
  unitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type LetterAttachmentResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['LetterAttachment'] = ResolversParentTypes['LetterAttachment']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  repliedLateWorkdays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  uncovered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unitDueAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LetterHotTopicResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['LetterHotTopic'] = ResolversParentTypes['LetterHotTopic']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  first?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  last?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  letters?: Resolver<Array<ResolversTypes['Letter']>, ParentType, ContextType>;
  sampleTitles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LetterKindResolvers = { COMPLAINT: 'complaint', CONSULTATION: 'consultation', REPORT: 'report', SUGGESTION: 'suggestion' };

export type LetterRatingResolvers = { BASICALLY_SATISFIED: 'basically_satisfied', SATISFIED: 'satisfied', UNSATISFIED: 'unsatisfied' };

export type LetterStatusResolvers = { ACCEPTED: 'accepted', AWAITING_INFO: 'awaiting_info', CLOSED: 'closed', HANDLING: 'handling', MERGED: 'merged', NOT_ACCEPTED: 'not_accepted', RATED: 'rated', RECEIVED: 'received', REPLIED: 'replied', REPLY_APPROVED: 'reply_approved', REPLY_REVIEW: 'reply_review' };

export type LetterSupervisionSettingsResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['LetterSupervisionSettings'] = ResolversParentTypes['LetterSupervisionSettings']> = ResolversObject<{
  reminderHours?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warnWorkdays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LetterSupervisionStateResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['LetterSupervisionState'] = ResolversParentTypes['LetterSupervisionState']> = ResolversObject<{
  dueSoon?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastRemindedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  supervisedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LetterUnitResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['LetterUnit'] = ResolversParentTypes['LetterUnit']> = ResolversObject<{
  dueAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MailboxResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['Mailbox'] = ResolversParentTypes['Mailbox'], FederationReferenceType extends FederationReferenceTypes['Mailbox'] = FederationReferenceTypes['Mailbox']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Mailbox']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allowAnonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  closeSolicitation?: Resolver<ResolversTypes['Solicitation'], ParentType, ContextType, RequireFields<MutationCloseSolicitationArgs, 'id' | 'reason'>>;
  coHandleLetter?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationCoHandleLetterArgs, 'id' | 'unitIds'>>;
  createKnowledgeEntry?: Resolver<ResolversTypes['KnowledgeEntry'], ParentType, ContextType, RequireFields<MutationCreateKnowledgeEntryArgs, 'input'>>;
  createMailbox?: Resolver<ResolversTypes['Mailbox'], ParentType, ContextType, RequireFields<MutationCreateMailboxArgs, 'input'>>;
  createSolicitation?: Resolver<ResolversTypes['Solicitation'], ParentType, ContextType, RequireFields<MutationCreateSolicitationArgs, 'input'>>;
  deleteKnowledgeEntry?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteKnowledgeEntryArgs, 'id'>>;
  deleteMailbox?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteMailboxArgs, 'id'>>;
  draftLetterReply?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationDraftLetterReplyArgs, 'content' | 'id'>>;
  exportSolicitationSubmissions?: Resolver<ResolversTypes['SolicitationExport'], ParentType, ContextType, RequireFields<MutationExportSolicitationSubmissionsArgs, 'id'>>;
  markMyNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<MutationMarkMyNotificationsReadArgs>>;
  mergeLetters?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationMergeLettersArgs, 'duplicateIds' | 'primaryId'>>;
  notAcceptLetter?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationNotAcceptLetterArgs, 'id' | 'reason'>>;
  openSolicitation?: Resolver<ResolversTypes['Solicitation'], ParentType, ContextType, RequireFields<MutationOpenSolicitationArgs, 'id'>>;
  provideLetterInfo?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationProvideLetterInfoArgs, 'id' | 'info'>>;
  publishLetterReply?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationPublishLetterReplyArgs, 'id'>>;
  publishSolicitationFeedback?: Resolver<ResolversTypes['Solicitation'], ParentType, ContextType, RequireFields<MutationPublishSolicitationFeedbackArgs, 'id' | 'input'>>;
  rateLetter?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationRateLetterArgs, 'id' | 'rating'>>;
  requestLetterInfo?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationRequestLetterInfoArgs, 'id' | 'question'>>;
  requestPhoneCode?: Resolver<ResolversTypes['PhoneCodeSent'], ParentType, ContextType, RequireFields<MutationRequestPhoneCodeArgs, 'phone' | 'purpose'>>;
  reviewLetterReply?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationReviewLetterReplyArgs, 'approve' | 'id'>>;
  reviewSolicitationSubmission?: Resolver<ResolversTypes['SolicitationSubmission'], ParentType, ContextType, RequireFields<MutationReviewSolicitationSubmissionArgs, 'adoption' | 'id' | 'reason'>>;
  reworkLetter?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationReworkLetterArgs, 'id' | 'reason'>>;
  setCalendarDay?: Resolver<ResolversTypes['CalendarDay'], ParentType, ContextType, RequireFields<MutationSetCalendarDayArgs, 'input'>>;
  setCalendarYearCovered?: Resolver<ResolversTypes['CalendarYear'], ParentType, ContextType, RequireFields<MutationSetCalendarYearCoveredArgs, 'covered' | 'year'>>;
  setRoutingMapping?: Resolver<Maybe<ResolversTypes['RoutingMapping']>, ParentType, ContextType, RequireFields<MutationSetRoutingMappingArgs, 'category'>>;
  setSolicitationMinOpenDays?: Resolver<ResolversTypes['SolicitationSettings'], ParentType, ContextType, RequireFields<MutationSetSolicitationMinOpenDaysArgs, 'days'>>;
  submitLetter?: Resolver<ResolversTypes['SubmitLetterPayload'], ParentType, ContextType, RequireFields<MutationSubmitLetterArgs, 'input'>>;
  submitSolicitation?: Resolver<ResolversTypes['SolicitationSubmission'], ParentType, ContextType, RequireFields<MutationSubmitSolicitationArgs, 'input'>>;
  superviseLetter?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationSuperviseLetterArgs, 'comment' | 'id'>>;
  trainRoutingModel?: Resolver<ResolversTypes['RoutingModel'], ParentType, ContextType, RequireFields<MutationTrainRoutingModelArgs, 'minSamples'>>;
  transferLetter?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationTransferLetterArgs, 'id' | 'reason' | 'unitId'>>;
  unmergeLetter?: Resolver<ResolversTypes['Letter'], ParentType, ContextType, RequireFields<MutationUnmergeLetterArgs, 'id'>>;
  updateKnowledgeEntry?: Resolver<ResolversTypes['KnowledgeEntry'], ParentType, ContextType, RequireFields<MutationUpdateKnowledgeEntryArgs, 'id' | 'input'>>;
  updateMailbox?: Resolver<ResolversTypes['Mailbox'], ParentType, ContextType, RequireFields<MutationUpdateMailboxArgs, 'id' | 'input'>>;
  updateSolicitation?: Resolver<ResolversTypes['Solicitation'], ParentType, ContextType, RequireFields<MutationUpdateSolicitationArgs, 'id' | 'input'>>;
  voteKnowledgeEntry?: Resolver<ResolversTypes['KnowledgeEntry'], ParentType, ContextType, RequireFields<MutationVoteKnowledgeEntryArgs, 'helpful' | 'id'>>;
}>;

export type NewLettersInboxResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['NewLettersInbox'] = ResolversParentTypes['NewLettersInbox']> = ResolversObject<{
  letters?: Resolver<Array<ResolversTypes['Letter']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PhoneCodePurposeResolvers = { LETTER: 'letter' };

export type PhoneCodeSentResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['PhoneCodeSent'] = ResolversParentTypes['PhoneCodeSent']> = ResolversObject<{
  expiresInSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maskedPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resendAfterSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  calendarYear?: Resolver<ResolversTypes['CalendarYear'], ParentType, ContextType, RequireFields<QueryCalendarYearArgs, 'year'>>;
  knowledgeCategories?: Resolver<Array<ResolversTypes['KnowledgeCategoryCount']>, ParentType, ContextType, Partial<QueryKnowledgeCategoriesArgs>>;
  knowledgeEntries?: Resolver<ResolversTypes['KnowledgeEntryConnection'], ParentType, ContextType, RequireFields<QueryKnowledgeEntriesArgs, 'first' | 'offset'>>;
  knowledgeEntry?: Resolver<Maybe<ResolversTypes['KnowledgeEntry']>, ParentType, ContextType, RequireFields<QueryKnowledgeEntryArgs, 'id'>>;
  knowledgeSuggestions?: Resolver<Array<ResolversTypes['KnowledgeEntry']>, ParentType, ContextType, RequireFields<QueryKnowledgeSuggestionsArgs, 'first' | 'text'>>;
  letter?: Resolver<Maybe<ResolversTypes['Letter']>, ParentType, ContextType, RequireFields<QueryLetterArgs, 'id'>>;
  letterByQueryCode?: Resolver<Maybe<ResolversTypes['Letter']>, ParentType, ContextType, RequireFields<QueryLetterByQueryCodeArgs, 'code'>>;
  letterHotTopics?: Resolver<Array<ResolversTypes['LetterHotTopic']>, ParentType, ContextType, RequireFields<QueryLetterHotTopicsArgs, 'days' | 'minSize'>>;
  letterSupervisionSettings?: Resolver<ResolversTypes['LetterSupervisionSettings'], ParentType, ContextType>;
  letters?: Resolver<ResolversTypes['LetterConnection'], ParentType, ContextType, RequireFields<QueryLettersArgs, 'first' | 'offset'>>;
  mailbox?: Resolver<Maybe<ResolversTypes['Mailbox']>, ParentType, ContextType, RequireFields<QueryMailboxArgs, 'id'>>;
  myLetters?: Resolver<Array<ResolversTypes['Letter']>, ParentType, ContextType>;
  myNewLetters?: Resolver<ResolversTypes['NewLettersInbox'], ParentType, ContextType, RequireFields<QueryMyNewLettersArgs, 'limit'>>;
  myNotifications?: Resolver<Array<ResolversTypes['CitizenNotification']>, ParentType, ContextType, RequireFields<QueryMyNotificationsArgs, 'first'>>;
  mySolicitationSubmissions?: Resolver<Array<ResolversTypes['SolicitationSubmission']>, ParentType, ContextType>;
  myUnreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oneWindowMailbox?: Resolver<Maybe<ResolversTypes['Mailbox']>, ParentType, ContextType>;
  routingMappings?: Resolver<Array<ResolversTypes['RoutingMapping']>, ParentType, ContextType>;
  routingModel?: Resolver<Maybe<ResolversTypes['RoutingModel']>, ParentType, ContextType>;
  similarReplies?: Resolver<Array<ResolversTypes['SimilarReply']>, ParentType, ContextType, RequireFields<QuerySimilarRepliesArgs, 'first' | 'letterId'>>;
  siteSolicitations?: Resolver<ResolversTypes['SolicitationConnection'], ParentType, ContextType, RequireFields<QuerySiteSolicitationsArgs, 'first' | 'offset' | 'siteId'>>;
  solicitation?: Resolver<Maybe<ResolversTypes['Solicitation']>, ParentType, ContextType, RequireFields<QuerySolicitationArgs, 'id'>>;
  solicitationSettings?: Resolver<ResolversTypes['SolicitationSettings'], ParentType, ContextType, Partial<QuerySolicitationSettingsArgs>>;
  solicitationSubmission?: Resolver<Maybe<ResolversTypes['SolicitationSubmission']>, ParentType, ContextType, RequireFields<QuerySolicitationSubmissionArgs, 'id'>>;
  solicitations?: Resolver<ResolversTypes['SolicitationConnection'], ParentType, ContextType, RequireFields<QuerySolicitationsArgs, 'first' | 'offset'>>;
  unitMailboxes?: Resolver<Array<ResolversTypes['Mailbox']>, ParentType, ContextType, RequireFields<QueryUnitMailboxesArgs, 'unitId'>>;
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

export type SimilarReplyResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['SimilarReply'] = ResolversParentTypes['SimilarReply']> = ResolversObject<{
  entry?: Resolver<ResolversTypes['KnowledgeEntry'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SiteResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site'], FederationReferenceType extends FederationReferenceTypes['Site'] = FederationReferenceTypes['Site']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Site']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mailboxes?: Resolver<Array<ResolversTypes['Mailbox']>, ParentType, ContextType>;
}>;

export type SolicitationResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['Solicitation'] = ResolversParentTypes['Solicitation'], FederationReferenceType extends FederationReferenceTypes['Solicitation'] = FederationReferenceTypes['Solicitation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Solicitation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptingSubmissions?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  allowAnonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  choiceStats?: Resolver<Array<ResolversTypes['SolicitationChoiceStats']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentMediaId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  documentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  feedback?: Resolver<Maybe<ResolversTypes['SolicitationFeedback']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['SolicitationQuestion']>, ParentType, ContextType>;
  siteIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SolicitationStatus'], ParentType, ContextType>;
  submissionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submissions?: Resolver<ResolversTypes['SolicitationSubmissionConnection'], ParentType, ContextType, RequireFields<SolicitationSubmissionsArgs, 'first' | 'offset'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type SolicitationAdoptionResolvers = { ADOPTED: 'adopted', NOT_ADOPTED: 'not_adopted', PARTLY_ADOPTED: 'partly_adopted' };

export type SolicitationAnswerResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['SolicitationAnswer'] = ResolversParentTypes['SolicitationAnswer']> = ResolversObject<{
  choices?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  questionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SolicitationCheckFindingResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['SolicitationCheckFinding'] = ResolversParentTypes['SolicitationCheckFinding']> = ResolversObject<{
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  questionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['TextCheckSeverity'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suggestion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SolicitationCheckResultResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['SolicitationCheckResult'] = ResolversParentTypes['SolicitationCheckResult']> = ResolversObject<{
  blockCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['SolicitationCheckFinding']>, ParentType, ContextType>;
  hintCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lexiconVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SolicitationChoiceStatsResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['SolicitationChoiceStats'] = ResolversParentTypes['SolicitationChoiceStats']> = ResolversObject<{
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SolicitationQuestionKind'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['SolicitationOptionCount']>, ParentType, ContextType>;
  questionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SolicitationConnectionResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['SolicitationConnection'] = ResolversParentTypes['SolicitationConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Solicitation']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SolicitationExportResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['SolicitationExport'] = ResolversParentTypes['SolicitationExport']> = ResolversObject<{
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SolicitationFeedbackResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['SolicitationFeedback'] = ResolversParentTypes['SolicitationFeedback']> = ResolversObject<{
  adopted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  highlights?: Resolver<Array<ResolversTypes['SolicitationHighlight']>, ParentType, ContextType>;
  notAdopted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partlyAdopted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SolicitationHighlightResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['SolicitationHighlight'] = ResolversParentTypes['SolicitationHighlight']> = ResolversObject<{
  adoption?: Resolver<ResolversTypes['SolicitationAdoption'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SolicitationOptionCountResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['SolicitationOptionCount'] = ResolversParentTypes['SolicitationOptionCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  option?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SolicitationQuestionResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['SolicitationQuestion'] = ResolversParentTypes['SolicitationQuestion']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SolicitationQuestionKind'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SolicitationQuestionKindResolvers = { MULTIPLE: 'multiple', SINGLE: 'single', TEXT: 'text' };

export type SolicitationSettingsResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['SolicitationSettings'] = ResolversParentTypes['SolicitationSettings']> = ResolversObject<{
  minOpenDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  platformMinOpenDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  unitMinOpenDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type SolicitationStatusResolvers = { CLOSED: 'closed', DRAFT: 'draft', FEEDBACK_PUBLISHED: 'feedback_published', OPEN: 'open', SCHEDULED: 'scheduled' };

export type SolicitationSubmissionResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['SolicitationSubmission'] = ResolversParentTypes['SolicitationSubmission']> = ResolversObject<{
  adoption?: Resolver<Maybe<ResolversTypes['SolicitationAdoption']>, ParentType, ContextType>;
  adoptionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  answers?: Resolver<Array<ResolversTypes['SolicitationAnswer']>, ParentType, ContextType>;
  checkResult?: Resolver<Maybe<ResolversTypes['SolicitationCheckResult']>, ParentType, ContextType>;
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  solicitation?: Resolver<ResolversTypes['Solicitation'], ParentType, ContextType>;
}>;

export type SolicitationSubmissionConnectionResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['SolicitationSubmissionConnection'] = ResolversParentTypes['SolicitationSubmissionConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['SolicitationSubmission']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  CitizenNotification?: CitizenNotificationResolvers<ContextType>;
  CitizenNotificationKind?: CitizenNotificationKindResolvers;
  DateTime?: GraphQLScalarType;
  KnowledgeCategoryCount?: KnowledgeCategoryCountResolvers<ContextType>;
  KnowledgeEntry?: KnowledgeEntryResolvers<ContextType>;
  KnowledgeEntryConnection?: KnowledgeEntryConnectionResolvers<ContextType>;
  KnowledgeSource?: KnowledgeSourceResolvers;
  Letter?: LetterResolvers<ContextType>;
  LetterAction?: LetterActionResolvers<ContextType>;
  LetterAttachment?: LetterAttachmentResolvers<ContextType>;
  LetterCheckFinding?: LetterCheckFindingResolvers<ContextType>;
  LetterCheckResult?: LetterCheckResultResolvers<ContextType>;
  LetterConnection?: LetterConnectionResolvers<ContextType>;
  LetterDeadline?: LetterDeadlineResolvers<ContextType>;
  LetterHotTopic?: LetterHotTopicResolvers<ContextType>;
  LetterKind?: LetterKindResolvers;
  LetterRating?: LetterRatingResolvers;
  LetterStatus?: LetterStatusResolvers;
  LetterSupervisionSettings?: LetterSupervisionSettingsResolvers<ContextType>;
  LetterSupervisionState?: LetterSupervisionStateResolvers<ContextType>;
  LetterUnit?: LetterUnitResolvers<ContextType>;
  Mailbox?: MailboxResolvers<ContextType>;
  MailboxKind?: MailboxKindResolvers;
  MailboxRecipientRole?: MailboxRecipientRoleResolvers;
  Mutation?: MutationResolvers<ContextType>;
  NewLettersInbox?: NewLettersInboxResolvers<ContextType>;
  PhoneCodePurpose?: PhoneCodePurposeResolvers;
  PhoneCodeSent?: PhoneCodeSentResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RoutingCategoryCount?: RoutingCategoryCountResolvers<ContextType>;
  RoutingCategoryGuess?: RoutingCategoryGuessResolvers<ContextType>;
  RoutingCorrectionCount?: RoutingCorrectionCountResolvers<ContextType>;
  RoutingMapping?: RoutingMappingResolvers<ContextType>;
  RoutingModel?: RoutingModelResolvers<ContextType>;
  RoutingSuggestion?: RoutingSuggestionResolvers<ContextType>;
  SimilarLetter?: SimilarLetterResolvers<ContextType>;
  SimilarReply?: SimilarReplyResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  Solicitation?: SolicitationResolvers<ContextType>;
  SolicitationAdoption?: SolicitationAdoptionResolvers;
  SolicitationAnswer?: SolicitationAnswerResolvers<ContextType>;
  SolicitationCheckFinding?: SolicitationCheckFindingResolvers<ContextType>;
  SolicitationCheckResult?: SolicitationCheckResultResolvers<ContextType>;
  SolicitationChoiceStats?: SolicitationChoiceStatsResolvers<ContextType>;
  SolicitationConnection?: SolicitationConnectionResolvers<ContextType>;
  SolicitationExport?: SolicitationExportResolvers<ContextType>;
  SolicitationFeedback?: SolicitationFeedbackResolvers<ContextType>;
  SolicitationHighlight?: SolicitationHighlightResolvers<ContextType>;
  SolicitationOptionCount?: SolicitationOptionCountResolvers<ContextType>;
  SolicitationQuestion?: SolicitationQuestionResolvers<ContextType>;
  SolicitationQuestionKind?: SolicitationQuestionKindResolvers;
  SolicitationSettings?: SolicitationSettingsResolvers<ContextType>;
  SolicitationStatus?: SolicitationStatusResolvers;
  SolicitationSubmission?: SolicitationSubmissionResolvers<ContextType>;
  SolicitationSubmissionConnection?: SolicitationSubmissionConnectionResolvers<ContextType>;
  SubmitLetterPayload?: SubmitLetterPayloadResolvers<ContextType>;
  TextCheckSeverity?: TextCheckSeverityResolvers;
  Unit?: UnitResolvers<ContextType>;
}>;

