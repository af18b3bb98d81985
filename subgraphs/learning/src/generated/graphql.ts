// Generated from subgraphs/learning/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { LearningRecord as LearningRecordModel } from '../domain/learning-record.ts';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * The learning of one course order: opened when the course is ordered (AWAITING_MANAGER),
 * started once by a learning manager (IN_PROGRESS), scored by the evaluations context's interim
 * evaluations and COMPLETED by its final one, or CANCELED with the order.
 */
export type LearningRecord = {
  __typename?: 'LearningRecord';
  /** Learning record id. */
  id: Scalars['ID']['output'];
  /** The course order it belongs to. */
  order: CourseOrder;
  /** The order's human-readable number, e.g. `CO-2026-000123`. */
  orderNumber: Scalars['String']['output'];
  /** The course's title as it was ordered. */
  courseTitle: Scalars['String']['output'];
  /** The student who ordered the course. */
  student: User;
  /** Where the learning is in its life. */
  status: LearningStatus;
  /** The learning manager running it, once one started it. */
  manager?: Maybe<User>;
  /** The learning manager's name as they gave it when starting (shown to the student). */
  managerName?: Maybe<Scalars['String']['output']>;
  /** How many interim evaluations were applied. */
  interimEvaluations: Scalars['Int']['output'];
  /** The latest interim evaluation's score, once there is one. */
  lastInterimScore?: Maybe<Scalars['Int']['output']>;
  /** The final evaluation's score, once it COMPLETED. */
  finalScore?: Maybe<Scalars['Int']['output']>;
  /** When it was opened (the order's time of ordering, ISO-8601). */
  openedAt: Scalars['String']['output'];
  /** When a learning manager started it. */
  startedAt?: Maybe<Scalars['String']['output']>;
  /** When the final evaluation completed it. */
  completedAt?: Maybe<Scalars['String']['output']>;
  /** When it was canceled with its order. */
  canceledAt?: Maybe<Scalars['String']['output']>;
};

/** Where a learning record is in its life. */
export const LearningStatus = {
  /** Opened with its order: waiting for a learning manager to start it. */
  AWAITING_MANAGER: 'AWAITING_MANAGER',
  /** Started by its learning manager; interim evaluations may be registered. */
  IN_PROGRESS: 'IN_PROGRESS',
  /** The final evaluation is registered (its score recorded in the order). */
  COMPLETED: 'COMPLETED',
  /** The order was canceled; so is its learning. */
  CANCELED: 'CANCELED'
} as const;

export type LearningStatus = typeof LearningStatus[keyof typeof LearningStatus];
/** A course order, owned by the course-orders context; learning adds its learning record. */
export type CourseOrder = {
  __typename?: 'CourseOrder';
  /** CourseOrder id. */
  id: Scalars['ID']['output'];
  /** The order's learning record, once learning has it (shortly after ordering); visible to whoever may read the record. */
  learning?: Maybe<LearningRecord>;
};

/** A user of the portal, owned by the identity context. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
};

/** Business failures of the learning context, returned as `extensions.code` of an error. */
export const LearningErrorCode = {
  /** No learning record with that id (or not one you may see). */
  LEARNING_RECORD_NOT_FOUND: 'LEARNING_RECORD_NOT_FOUND',
  /** The learning was started already (it starts once). */
  LEARNING_ALREADY_STARTED: 'LEARNING_ALREADY_STARTED',
  /** The learning was canceled with its order. */
  LEARNING_CANCELED: 'LEARNING_CANCELED',
  /** The manager's name is empty or longer than 100 characters, or an ADMIN named no manager (managerId). */
  INVALID_MANAGER: 'INVALID_MANAGER',
  /** Learning has too many mutations in hand: nothing was done; try again shortly (retryable). */
  LEARNING_OVERLOADED: 'LEARNING_OVERLOADED'
} as const;

export type LearningErrorCode = typeof LearningErrorCode[keyof typeof LearningErrorCode];
/** What a learning manager gives to start a learning. */
export type StartLearningInput = {
  /** The learning record, from `learningQueue`. */
  learningId: Scalars['ID']['input'];
  /** The name the student sees (the original's `managername`), 1 to 100 characters, trimmed. */
  managerName: Scalars['String']['input'];
  /** The learning manager assigned: only an ADMIN names one; a LEARNING_MANAGER assigns themselves. */
  managerId?: InputMaybe<Scalars['ID']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** One learning record: the student's own, or any for a LEARNING_MANAGER or an ADMIN. */
  learningRecord?: Maybe<LearningRecord>;
  /** The signed-in student's learning records, newest first. */
  myLearningRecords: Array<LearningRecord>;
  /** A LEARNING_MANAGER's (or ADMIN's) queue: the records awaiting a manager, and those the manager runs that are in progress; oldest first. */
  learningQueue: Array<LearningRecord>;
};


export type QueryLearningRecordArgs = {
  id: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Starts a learning (IN_PROGRESS, once): a LEARNING_MANAGER assigns themselves, an ADMIN assigns a manager. An SMS tells the student. */
  startLearning: LearningRecord;
};


export type MutationStartLearningArgs = {
  input: StartLearningInput;
};



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
export type FederationTypes = {
  LearningRecord: LearningRecord;
  CourseOrder: CourseOrder;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  LearningRecord:
    ( { __typename: 'LearningRecord' }
    & GraphQLRecursivePick<FederationTypes['LearningRecord'], {"id":true}> );
  CourseOrder:
    ( { __typename: 'CourseOrder' }
    & GraphQLRecursivePick<FederationTypes['CourseOrder'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  LearningRecord: ResolverTypeWrapper<LearningRecordModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LearningStatus: LearningStatus;
  CourseOrder: ResolverTypeWrapper<Omit<CourseOrder, 'learning'> & { learning?: Maybe<ResolversTypes['LearningRecord']> }>;
  User: ResolverTypeWrapper<User>;
  LearningErrorCode: LearningErrorCode;
  StartLearningInput: StartLearningInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  LearningRecord: LearningRecordModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  CourseOrder: Omit<CourseOrder, 'learning'> & { learning?: Maybe<ResolversParentTypes['LearningRecord']> } | FederationReferenceTypes['CourseOrder'];
  User: User;
  StartLearningInput: StartLearningInput;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type LearningRecordResolvers<ContextType = any, ParentType extends ResolversParentTypes['LearningRecord'] = ResolversParentTypes['LearningRecord'], FederationReferenceType extends FederationReferenceTypes['LearningRecord'] = FederationReferenceTypes['LearningRecord']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LearningRecord']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['CourseOrder'], ParentType, ContextType>;
  orderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  courseTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LearningStatus'], ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  managerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  interimEvaluations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastInterimScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  finalScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  canceledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CourseOrderResolvers<ContextType = any, ParentType extends ResolversParentTypes['CourseOrder'] = ResolversParentTypes['CourseOrder'], FederationReferenceType extends FederationReferenceTypes['CourseOrder'] = FederationReferenceTypes['CourseOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CourseOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  learning?: Resolver<Maybe<ResolversTypes['LearningRecord']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  learningRecord?: Resolver<Maybe<ResolversTypes['LearningRecord']>, ParentType, ContextType, RequireFields<QueryLearningRecordArgs, 'id'>>;
  myLearningRecords?: Resolver<Array<ResolversTypes['LearningRecord']>, ParentType, ContextType>;
  learningQueue?: Resolver<Array<ResolversTypes['LearningRecord']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  startLearning?: Resolver<ResolversTypes['LearningRecord'], ParentType, ContextType, RequireFields<MutationStartLearningArgs, 'input'>>;
};

export type Resolvers<ContextType = any> = {
  LearningRecord?: LearningRecordResolvers<ContextType>;
  CourseOrder?: CourseOrderResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

