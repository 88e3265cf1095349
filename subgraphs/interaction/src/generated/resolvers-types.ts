import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MailboxRow as MailboxRowModel } from '../modules/mailbox/mailbox.sql';
import type { SiteReference as SiteReferenceModel } from '../modules/mailbox/mailbox.types';
import type { InteractionContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

export type CreateMailboxInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  isPublic?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<MailboxKind>;
  name: Scalars['String']['input'];
  /** 只在此站点展示（须属于该单位）；不填表示单位所有站点 */
  siteId?: InputMaybe<Scalars['ID']['input']>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  unitId: Scalars['ID']['input'];
};

/** 信箱 */
export type Mailbox = {
  __typename?: 'Mailbox';
  createdAt: Scalars['DateTime']['output'];
  /** 信箱说明 */
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 是否公开（在门户展示） */
  isPublic: Scalars['Boolean']['output'];
  kind: MailboxKind;
  name: Scalars['String']['output'];
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

export type Mutation = {
  __typename?: 'Mutation';
  createMailbox: Mailbox;
  deleteMailbox: Scalars['Boolean']['output'];
  updateMailbox: Mailbox;
};


export type MutationCreateMailboxArgs = {
  input: CreateMailboxInput;
};


export type MutationDeleteMailboxArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateMailboxArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMailboxInput;
};

export type Query = {
  __typename?: 'Query';
  /** 信箱：公开信箱人人可见，非公开信箱仅其管理者可见 */
  mailbox: Maybe<Mailbox>;
};


export type QueryMailboxArgs = {
  id: Scalars['ID']['input'];
};

export type Site = {
  __typename?: 'Site';
  id: Scalars['ID']['output'];
  /** 在该站点展示的公开信箱：站点所属单位的通用信箱，加上只属于该站点的信箱，按排序。 */
  mailboxes: Array<Mailbox>;
};

export type UpdateMailboxInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  isPublic?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<MailboxKind>;
  name?: InputMaybe<Scalars['String']['input']>;
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
  Mailbox: Mailbox;
  Site: Site;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Mailbox:
    ( { __typename: 'Mailbox' }
    & GraphQLRecursivePick<FederationTypes['Mailbox'], {"id":true}> );
  Site:
    ( { __typename: 'Site' }
    & GraphQLRecursivePick<FederationTypes['Site'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CreateMailboxInput: CreateMailboxInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mailbox: ResolverTypeWrapper<MailboxRowModel>;
  MailboxKind: null;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Site: ResolverTypeWrapper<SiteReferenceModel>;
  UpdateMailboxInput: UpdateMailboxInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CreateMailboxInput: CreateMailboxInput;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  DateTime: Scalars['DateTime']['output'];
  Mailbox: MailboxRowModel;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  Site: SiteReferenceModel;
  UpdateMailboxInput: UpdateMailboxInput;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MailboxResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['Mailbox'] = ResolversParentTypes['Mailbox'], FederationReferenceType extends FederationReferenceTypes['Mailbox'] = FederationReferenceTypes['Mailbox']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Mailbox']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPublic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MailboxKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type MailboxKindResolvers = { COMPLAINT: 'complaint', CONSULT: 'consult', GENERAL: 'general', LEADER: 'leader' };

export type MutationResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createMailbox?: Resolver<ResolversTypes['Mailbox'], ParentType, ContextType, RequireFields<MutationCreateMailboxArgs, 'input'>>;
  deleteMailbox?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteMailboxArgs, 'id'>>;
  updateMailbox?: Resolver<ResolversTypes['Mailbox'], ParentType, ContextType, RequireFields<MutationUpdateMailboxArgs, 'id' | 'input'>>;
}>;

export type QueryResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  mailbox?: Resolver<Maybe<ResolversTypes['Mailbox']>, ParentType, ContextType, RequireFields<QueryMailboxArgs, 'id'>>;
}>;

export type SiteResolvers<ContextType = InteractionContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site'], FederationReferenceType extends FederationReferenceTypes['Site'] = FederationReferenceTypes['Site']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Site']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mailboxes?: Resolver<Array<ResolversTypes['Mailbox']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = InteractionContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Mailbox?: MailboxResolvers<ContextType>;
  MailboxKind?: MailboxKindResolvers;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
}>;

