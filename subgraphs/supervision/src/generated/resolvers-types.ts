import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LexiconEntryRow as LexiconEntryRowModel, LexiconExemptionRow as LexiconExemptionRowModel } from '../modules/lexicon/lexicon.sql';
import type { ImportResult as ImportResultModel, ImportPlanRow as ImportPlanRowModel } from '../modules/lexicon/lexicon.service';
import type { AuditLogRow as AuditLogRowModel } from '../modules/audit/audit.sql';
import type { SiteReference as SiteReferenceModel } from '../modules/lexicon/lexicon.types';
import type { SupervisionContext } from '../context';
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
  JSON: { input: Record<string, unknown>; output: Record<string, unknown>; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** 审计日志条目：平台上发生的一件事（任何子图的任何事件），连同操作人。只追加，不可修改或删除。 */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** 操作人标识 */
  actorId: Maybe<Scalars['String']['output']>;
  /** 来源 IP */
  actorIp: Maybe<Scalars['String']['output']>;
  /** 操作人类别：staff 工作人员、citizen 公众、client 第三方、service 服务、system 系统、anonymous 匿名 */
  actorKind: Scalars['String']['output'];
  /** 操作人姓名 */
  actorName: Maybe<Scalars['String']['output']>;
  /** 操作时持有的角色及范围，如 unit_admin@unit:… */
  actorRoles: Array<Scalars['String']['output']>;
  /** 客户端（User-Agent） */
  actorUserAgent: Maybe<Scalars['String']['output']>;
  /** 对象标识 */
  aggregateId: Scalars['String']['output'];
  /** 对象类别，如 site、channel、mailbox */
  aggregateType: Scalars['String']['output'];
  /** 事件标识（全局唯一） */
  eventId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** 发生时间 */
  occurredAt: Scalars['DateTime']['output'];
  /** 事件内容 */
  payload: Scalars['JSON']['output'];
  /** 产生事件的子图：identity、content、interaction、supervision、evaluation */
  producer: Scalars['String']['output'];
  /** 记入审计日志的时间 */
  recordedAt: Scalars['DateTime']['output'];
  /** 请求标识 */
  requestId: Maybe<Scalars['String']['output']>;
  /** 事件在产生子图中的序号 */
  seq: Scalars['Int']['output'];
  /** 涉及的站点（网关经 identity 解析名称等）；事件不涉及站点时为空 */
  site: Maybe<Site>;
  /** 涉及的站点 */
  siteId: Maybe<Scalars['ID']['output']>;
  /** 事件类型，如 site.updated、channel.created、lexicon.changed */
  type: Scalars['String']['output'];
  /** 涉及的单位（网关经 identity 解析名称等）；事件不涉及单位时为空 */
  unit: Maybe<Unit>;
  /** 涉及的单位 */
  unitId: Maybe<Scalars['ID']['output']>;
};

/** 审计日志查询条件 */
export type AuditLogFilter = {
  /** 操作人标识 */
  actorId?: InputMaybe<Scalars['String']['input']>;
  /** 起始时间（含） */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  siteId?: InputMaybe<Scalars['ID']['input']>;
  /** 截止时间（不含） */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** 事件类型 */
  type?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 审计日志分页结果 */
export type AuditLogPage = {
  __typename?: 'AuditLogPage';
  items: Array<AuditEntry>;
  total: Scalars['Int']['output'];
};

export type CreateLexiconEntryInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  kind: LexiconKind;
  level?: InputMaybe<LexiconLevel>;
  note?: InputMaybe<Scalars['String']['input']>;
  scope?: InputMaybe<LexiconScope>;
  source?: InputMaybe<Scalars['String']['input']>;
  suggestion?: InputMaybe<Scalars['String']['input']>;
  term: Scalars['String']['input'];
  titles?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 单位词条必填；市级词条不填 */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type ImportLexiconInput = {
  /** 文件内容（Base64，解码后不超过 5 MB）。表头：词语、类型、级别、建议用语、说明、来源、启用、职务、规则类别 */
  content: Scalars['String']['input'];
  /** true（默认）：只预览将新增、更新、拒绝的行，不写入 */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  format: LexiconFileFormat;
  scope?: InputMaybe<LexiconScope>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 词库词条 */
export type LexiconEntry = {
  __typename?: 'LexiconEntry';
  /** 规则词条：检查结果的类别（wording、number 等） */
  category: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** 停用的词条保留但不参与检查 */
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: LexiconKind;
  level: LexiconLevel;
  /** 说明（检查结果中显示给编辑） */
  note: Maybe<Scalars['String']['output']>;
  scope: LexiconScope;
  /** 来源（依据、数据集及其许可） */
  source: Maybe<Scalars['String']['output']>;
  /** 建议用语（如错别字的正确写法） */
  suggestion: Maybe<Scalars['String']['output']>;
  /** 词语 */
  term: Scalars['String']['output'];
  /** 人名词条：与之相邻时近似写法按“阻断”处理的职务 */
  titles: Array<Scalars['String']['output']>;
  /** 单位词条所属单位；市级词条为空 */
  unitId: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type LexiconEntryFilter = {
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<LexiconKind>;
  level?: InputMaybe<LexiconLevel>;
  scope?: InputMaybe<LexiconScope>;
  /** 按词语模糊查找 */
  search?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type LexiconEntryPage = {
  __typename?: 'LexiconEntryPage';
  items: Array<LexiconEntry>;
  total: Scalars['Int']['output'];
};

/** 单位对市级词条的豁免 */
export type LexiconExemption = {
  __typename?: 'LexiconExemption';
  createdAt: Scalars['DateTime']['output'];
  entry: LexiconEntry;
  /** 豁免理由 */
  reason: Scalars['String']['output'];
  unitId: Scalars['ID']['output'];
};

export type LexiconExemptionInput = {
  entryId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
};

export type LexiconExport = {
  __typename?: 'LexiconExport';
  /** 文件内容（Base64） */
  content: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
};

/** 词库文件格式 */
export type LexiconFileFormat =
  | 'csv'
  | 'xlsx';

/** 导入预览或结果中的一行 */
export type LexiconImportAction =
  | 'add'
  | 'reject'
  | 'unchanged'
  | 'update';

export type LexiconImportResult = {
  __typename?: 'LexiconImportResult';
  added: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  rejected: Scalars['Int']['output'];
  rows: Array<LexiconImportRow>;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
  /** 导入后的词库版本（预览时为当前版本） */
  version: Scalars['Int']['output'];
};

export type LexiconImportRow = {
  __typename?: 'LexiconImportRow';
  action: LexiconImportAction;
  /** 更新时变化的字段 */
  changes: Array<Scalars['String']['output']>;
  kind: Maybe<LexiconKind>;
  /** 文件中的行号（表头为第 1 行） */
  line: Scalars['Int']['output'];
  /** 拒绝原因 */
  reasons: Array<Scalars['String']['output']>;
  term: Scalars['String']['output'];
};

/** 词条类型：敏感词、错别字、不规范表述、禁用词、受保护人名（含职务）、规则（正则表达式）。 */
export type LexiconKind =
  | 'forbidden'
  | 'name'
  | 'pattern'
  | 'sensitive'
  | 'typo'
  | 'wording';

/** 处置级别：阻断发布、提醒、提示。 */
export type LexiconLevel =
  | 'block'
  | 'info'
  | 'warn';

/** 词条范围：市级（全市生效）或单位（只对本单位站点生效）。 */
export type LexiconScope =
  | 'city'
  | 'unit';

export type Mutation = {
  __typename?: 'Mutation';
  /** 新建词条：市级词条需要全市范围的“管理词库”权限，单位词条需要该单位的 */
  createLexiconEntry: LexiconEntry;
  deleteLexiconEntry: Scalars['Boolean']['output'];
  /** 单位豁免一条市级词条（对本单位站点不再生效） */
  exemptLexiconEntry: LexiconExemption;
  /** 导入 CSV / xlsx：dryRun 为 true 时只预览 */
  importLexicon: LexiconImportResult;
  removeLexiconExemption: Scalars['Boolean']['output'];
  updateLexiconEntry: LexiconEntry;
};


export type MutationCreateLexiconEntryArgs = {
  input: CreateLexiconEntryInput;
};


export type MutationDeleteLexiconEntryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationExemptLexiconEntryArgs = {
  input: LexiconExemptionInput;
};


export type MutationImportLexiconArgs = {
  input: ImportLexiconInput;
};


export type MutationRemoveLexiconExemptionArgs = {
  entryId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
};


export type MutationUpdateLexiconEntryArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLexiconEntryInput;
};

export type Query = {
  __typename?: 'Query';
  /** 审计日志，按发生时间倒序。仅审计管理员可查看。 */
  auditLog: AuditLogPage;
  /** 导出市级词库或某单位的词库 */
  exportLexicon: LexiconExport;
  /** 词库：市级词条和权限范围内单位的词条（需要“查看词库”权限） */
  lexiconEntries: LexiconEntryPage;
  lexiconEntry: Maybe<LexiconEntry>;
  /** 单位对市级词条的豁免 */
  lexiconExemptions: Array<LexiconExemption>;
  /** 词库当前版本（每次变更加一） */
  lexiconVersion: Scalars['Int']['output'];
};


export type QueryAuditLogArgs = {
  filter?: InputMaybe<AuditLogFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExportLexiconArgs = {
  format: LexiconFileFormat;
  scope?: InputMaybe<LexiconScope>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryLexiconEntriesArgs = {
  filter?: InputMaybe<LexiconEntryFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLexiconEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLexiconExemptionsArgs = {
  unitId: Scalars['ID']['input'];
};

export type Site = {
  __typename?: 'Site';
  id: Scalars['ID']['output'];
  /**
   * 对该站点生效的词条：市级词条（扣除本单位豁免的）加上本单位自有词条。需要该站点范围内的“查看词库”权限；
   * 无权限时此字段为空并带 FORBIDDEN/UNAUTHENTICATED 错误，站点的其他字段不受影响。
   */
  lexiconEntries: Maybe<Array<LexiconEntry>>;
};


export type SiteLexiconEntriesArgs = {
  kind?: InputMaybe<LexiconKind>;
  level?: InputMaybe<LexiconLevel>;
};

export type Unit = {
  __typename?: 'Unit';
  id: Scalars['ID']['output'];
};

export type UpdateLexiconEntryInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<LexiconKind>;
  level?: InputMaybe<LexiconLevel>;
  note?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  suggestion?: InputMaybe<Scalars['String']['input']>;
  term?: InputMaybe<Scalars['String']['input']>;
  titles?: InputMaybe<Array<Scalars['String']['input']>>;
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
  LexiconEntry: LexiconEntry;
  Site: Site;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  LexiconEntry:
    ( { __typename: 'LexiconEntry' }
    & GraphQLRecursivePick<FederationTypes['LexiconEntry'], {"id":true}> );
  Site:
    ( { __typename: 'Site' }
    & GraphQLRecursivePick<FederationTypes['Site'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AuditEntry: ResolverTypeWrapper<AuditLogRowModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditLogFilter: AuditLogFilter;
  AuditLogPage: ResolverTypeWrapper<Omit<AuditLogPage, 'items'> & { items: Array<ResolversTypes['AuditEntry']> }>;
  CreateLexiconEntryInput: CreateLexiconEntryInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ImportLexiconInput: ImportLexiconInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LexiconEntry: ResolverTypeWrapper<LexiconEntryRowModel>;
  LexiconEntryFilter: LexiconEntryFilter;
  LexiconEntryPage: ResolverTypeWrapper<Omit<LexiconEntryPage, 'items'> & { items: Array<ResolversTypes['LexiconEntry']> }>;
  LexiconExemption: ResolverTypeWrapper<LexiconExemptionRowModel>;
  LexiconExemptionInput: LexiconExemptionInput;
  LexiconExport: ResolverTypeWrapper<LexiconExport>;
  LexiconFileFormat: null;
  LexiconImportAction: null;
  LexiconImportResult: ResolverTypeWrapper<ImportResultModel>;
  LexiconImportRow: ResolverTypeWrapper<ImportPlanRowModel>;
  LexiconKind: null;
  LexiconLevel: null;
  LexiconScope: null;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Site: ResolverTypeWrapper<SiteReferenceModel>;
  Unit: ResolverTypeWrapper<Unit>;
  UpdateLexiconEntryInput: UpdateLexiconEntryInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuditEntry: AuditLogRowModel;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AuditLogFilter: AuditLogFilter;
  AuditLogPage: Omit<AuditLogPage, 'items'> & { items: Array<ResolversParentTypes['AuditEntry']> };
  CreateLexiconEntryInput: CreateLexiconEntryInput;
  Boolean: Scalars['Boolean']['output'];
  DateTime: Scalars['DateTime']['output'];
  ImportLexiconInput: ImportLexiconInput;
  JSON: Scalars['JSON']['output'];
  LexiconEntry: LexiconEntryRowModel;
  LexiconEntryFilter: LexiconEntryFilter;
  LexiconEntryPage: Omit<LexiconEntryPage, 'items'> & { items: Array<ResolversParentTypes['LexiconEntry']> };
  LexiconExemption: LexiconExemptionRowModel;
  LexiconExemptionInput: LexiconExemptionInput;
  LexiconExport: LexiconExport;
  LexiconImportResult: ImportResultModel;
  LexiconImportRow: ImportPlanRowModel;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  Site: SiteReferenceModel;
  Unit: Unit;
  UpdateLexiconEntryInput: UpdateLexiconEntryInput;
}>;

export type AuditEntryResolvers<ContextType = SupervisionContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  actorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorIp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  actorUserAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aggregateId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aggregateType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  producer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType>;
  siteId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  unitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type AuditLogPageResolvers<ContextType = SupervisionContext, ParentType extends ResolversParentTypes['AuditLogPage'] = ResolversParentTypes['AuditLogPage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LexiconEntryResolvers<ContextType = SupervisionContext, ParentType extends ResolversParentTypes['LexiconEntry'] = ResolversParentTypes['LexiconEntry'], FederationReferenceType extends FederationReferenceTypes['LexiconEntry'] = FederationReferenceTypes['LexiconEntry']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LexiconEntry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LexiconKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['LexiconLevel'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['LexiconScope'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  suggestion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  unitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type LexiconEntryPageResolvers<ContextType = SupervisionContext, ParentType extends ResolversParentTypes['LexiconEntryPage'] = ResolversParentTypes['LexiconEntryPage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['LexiconEntry']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LexiconExemptionResolvers<ContextType = SupervisionContext, ParentType extends ResolversParentTypes['LexiconExemption'] = ResolversParentTypes['LexiconExemption']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entry?: Resolver<ResolversTypes['LexiconEntry'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type LexiconExportResolvers<ContextType = SupervisionContext, ParentType extends ResolversParentTypes['LexiconExport'] = ResolversParentTypes['LexiconExport']> = ResolversObject<{
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LexiconFileFormatResolvers = { CSV: 'csv', XLSX: 'xlsx' };

export type LexiconImportActionResolvers = { ADD: 'add', REJECT: 'reject', UNCHANGED: 'unchanged', UPDATE: 'update' };

export type LexiconImportResultResolvers<ContextType = SupervisionContext, ParentType extends ResolversParentTypes['LexiconImportResult'] = ResolversParentTypes['LexiconImportResult']> = ResolversObject<{
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['LexiconImportRow']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LexiconImportRowResolvers<ContextType = SupervisionContext, ParentType extends ResolversParentTypes['LexiconImportRow'] = ResolversParentTypes['LexiconImportRow']> = ResolversObject<{
  action?: Resolver<ResolversTypes['LexiconImportAction'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['LexiconKind']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LexiconKindResolvers = { FORBIDDEN: 'forbidden', NAME: 'name', PATTERN: 'pattern', SENSITIVE: 'sensitive', TYPO: 'typo', WORDING: 'wording' };

export type LexiconLevelResolvers = { BLOCK: 'block', INFO: 'info', WARN: 'warn' };

export type LexiconScopeResolvers = { CITY: 'city', UNIT: 'unit' };

export type MutationResolvers<ContextType = SupervisionContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createLexiconEntry?: Resolver<ResolversTypes['LexiconEntry'], ParentType, ContextType, RequireFields<MutationCreateLexiconEntryArgs, 'input'>>;
  deleteLexiconEntry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteLexiconEntryArgs, 'id'>>;
  exemptLexiconEntry?: Resolver<ResolversTypes['LexiconExemption'], ParentType, ContextType, RequireFields<MutationExemptLexiconEntryArgs, 'input'>>;
  importLexicon?: Resolver<ResolversTypes['LexiconImportResult'], ParentType, ContextType, RequireFields<MutationImportLexiconArgs, 'input'>>;
  removeLexiconExemption?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveLexiconExemptionArgs, 'entryId' | 'unitId'>>;
  updateLexiconEntry?: Resolver<ResolversTypes['LexiconEntry'], ParentType, ContextType, RequireFields<MutationUpdateLexiconEntryArgs, 'id' | 'input'>>;
}>;

export type QueryResolvers<ContextType = SupervisionContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditLog?: Resolver<ResolversTypes['AuditLogPage'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'limit' | 'offset'>>;
  exportLexicon?: Resolver<ResolversTypes['LexiconExport'], ParentType, ContextType, RequireFields<QueryExportLexiconArgs, 'format' | 'scope'>>;
  lexiconEntries?: Resolver<ResolversTypes['LexiconEntryPage'], ParentType, ContextType, RequireFields<QueryLexiconEntriesArgs, 'limit' | 'offset'>>;
  lexiconEntry?: Resolver<Maybe<ResolversTypes['LexiconEntry']>, ParentType, ContextType, RequireFields<QueryLexiconEntryArgs, 'id'>>;
  lexiconExemptions?: Resolver<Array<ResolversTypes['LexiconExemption']>, ParentType, ContextType, RequireFields<QueryLexiconExemptionsArgs, 'unitId'>>;
  lexiconVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SiteResolvers<ContextType = SupervisionContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site'], FederationReferenceType extends FederationReferenceTypes['Site'] = FederationReferenceTypes['Site']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Site']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lexiconEntries?: Resolver<Maybe<Array<ResolversTypes['LexiconEntry']>>, ParentType, ContextType, Partial<SiteLexiconEntriesArgs>>;
}>;

export type UnitResolvers<ContextType = SupervisionContext, ParentType extends ResolversParentTypes['Unit'] = ResolversParentTypes['Unit']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SupervisionContext> = ResolversObject<{
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditLogPage?: AuditLogPageResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  LexiconEntry?: LexiconEntryResolvers<ContextType>;
  LexiconEntryPage?: LexiconEntryPageResolvers<ContextType>;
  LexiconExemption?: LexiconExemptionResolvers<ContextType>;
  LexiconExport?: LexiconExportResolvers<ContextType>;
  LexiconFileFormat?: LexiconFileFormatResolvers;
  LexiconImportAction?: LexiconImportActionResolvers;
  LexiconImportResult?: LexiconImportResultResolvers<ContextType>;
  LexiconImportRow?: LexiconImportRowResolvers<ContextType>;
  LexiconKind?: LexiconKindResolvers;
  LexiconLevel?: LexiconLevelResolvers;
  LexiconScope?: LexiconScopeResolvers;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  Unit?: UnitResolvers<ContextType>;
}>;

