// Generated from subgraphs/evaluations/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { EvaluationSheet as EvaluationSheetModel, Evaluation as EvaluationModel } from '../domain/evaluation-sheet.ts';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * The evaluation record of one learning: opened when its learning manager starts the learning
 * (learning's LearningStarted, so it exists even when evaluations was down meanwhile), holding
 * the interim evaluations and the one final evaluation. FINAL once the final evaluation is
 * registered (its score recorded in the course order first), CANCELED with its learning.
 */
export type EvaluationSheet = {
  __typename?: 'EvaluationSheet';
  /** Sheet id. */
  id: Scalars['ID']['output'];
  /** The learning record it evaluates (learning's `LearningRecord.id`). */
  learningId: Scalars['ID']['output'];
  /** The course order of the learning (course-orders' `CourseOrder.id`), the online study's case. */
  orderId: Scalars['ID']['output'];
  /** The student evaluated. */
  student: User;
  /** The learning manager assigned; null for a learning canceled before evaluations heard it started. */
  manager?: Maybe<User>;
  /** Where the sheet is in its life. */
  status: EvaluationSheetStatus;
  /** Its evaluations, oldest first (interim ones, then the final one). */
  evaluations: Array<Evaluation>;
  /** The final evaluation, once it is registered. */
  finalEvaluation?: Maybe<Evaluation>;
  /** When the sheet was opened (ISO-8601). */
  openedAt: Scalars['String']['output'];
  /** When it was canceled with its learning (ISO-8601). */
  canceledAt?: Maybe<Scalars['String']['output']>;
};

/** Where an evaluation sheet is: OPEN, then FINAL or CANCELED. */
export const EvaluationSheetStatus = {
  /** The learning is in progress: interim evaluations and the final one may be registered. */
  OPEN: 'OPEN',
  /** The final evaluation is registered (its score is the course order's final score); nothing more is registered. */
  FINAL: 'FINAL',
  /** The learning was canceled with its course order; its evaluations are canceled. */
  CANCELED: 'CANCELED'
} as const;

export type EvaluationSheetStatus = typeof EvaluationSheetStatus[keyof typeof EvaluationSheetStatus];
/**
 * One evaluation of a learning by its learning manager: an interim one (score and note) or the
 * final one (whose score course-orders recorded before it was stored).
 */
export type Evaluation = {
  __typename?: 'Evaluation';
  /** Evaluation id (the final one's is the id course-orders records the final score with). */
  id: Scalars['ID']['output'];
  /** The learning record evaluated. */
  learningId: Scalars['ID']['output'];
  /** The course order of the learning. */
  orderId: Scalars['ID']['output'];
  /** INTERIM or FINAL. */
  kind: EvaluationKind;
  /** The score, an integer 0 to 100. */
  score: Scalars['Int']['output'];
  /** The manager's note (interim evaluations; empty when none was given). */
  note: Scalars['String']['output'];
  /** Who registered it: the learning's manager (or an ADMIN). */
  manager: User;
  /** REGISTERED, or CANCELED with its learning. */
  status: EvaluationStatus;
  /** When it was registered (ISO-8601). */
  registeredAt: Scalars['String']['output'];
};

/** What kind of evaluation it is. */
export const EvaluationKind = {
  /** An evaluation while learning is in progress; any number of them. */
  INTERIM: 'INTERIM',
  /** The one final evaluation: its score is the course order's final score. */
  FINAL: 'FINAL'
} as const;

export type EvaluationKind = typeof EvaluationKind[keyof typeof EvaluationKind];
/** Where an evaluation is. */
export const EvaluationStatus = {
  /** Registered and standing. */
  REGISTERED: 'REGISTERED',
  /** Canceled with its learning (the course order was canceled). */
  CANCELED: 'CANCELED'
} as const;

export type EvaluationStatus = typeof EvaluationStatus[keyof typeof EvaluationStatus];
/** A learning record, owned by the learning context; evaluations adds its sheet. */
export type LearningRecord = {
  __typename?: 'LearningRecord';
  /** Learning record id. */
  id: Scalars['ID']['output'];
  /** The learning's evaluation sheet, once the learning started: for its student, a LEARNING_MANAGER or an ADMIN (null otherwise). */
  evaluationSheet?: Maybe<EvaluationSheet>;
};

/** A user of the portal, owned by the identity context. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
};

/** Business failures of the evaluations context, returned as `extensions.code` of an error. */
export const EvaluationsErrorCode = {
  /** No evaluation sheet for that learning that you may see: unknown, not started yet, or evaluations has not heard it started yet (retry shortly). */
  EVALUATION_SHEET_NOT_FOUND: 'EVALUATION_SHEET_NOT_FOUND',
  /** Only the learning's assigned learning manager (or an ADMIN) registers its evaluations. */
  NOT_ASSIGNED_MANAGER: 'NOT_ASSIGNED_MANAGER',
  /** The score is not an integer 0 to 100. */
  INVALID_SCORE: 'INVALID_SCORE',
  /** The note is longer than 1000 characters. */
  INVALID_NOTE: 'INVALID_NOTE',
  /** The learning was canceled: nothing can be evaluated any more. */
  LEARNING_CANCELED: 'LEARNING_CANCELED',
  /** The final evaluation is registered already (with another score): the learning is evaluated. */
  FINAL_EVALUATION_ALREADY_REGISTERED: 'FINAL_EVALUATION_ALREADY_REGISTERED',
  /** course-orders knows no such course order: the final evaluation was not stored. */
  COURSE_ORDER_NOT_FOUND: 'COURSE_ORDER_NOT_FOUND',
  /** The course order was canceled: the final evaluation was not stored. */
  COURSE_ORDER_CANCELED: 'COURSE_ORDER_CANCELED',
  /** The course order holds another evaluation's final score: the final evaluation was not stored. */
  FINAL_SCORE_ALREADY_RECORDED: 'FINAL_SCORE_ALREADY_RECORDED',
  /** Retryable: course-orders is down, slower than the timeout or held off by its breaker; the final evaluation was not stored. `extensions.retryAfterMs` may say when. Retrying registers the same evaluation (idempotent). */
  COURSE_ORDERS_UNAVAILABLE: 'COURSE_ORDERS_UNAVAILABLE',
  /** Retryable: too many final evaluations at once; nothing was stored. */
  EVALUATIONS_BUSY: 'EVALUATIONS_BUSY'
} as const;

export type EvaluationsErrorCode = typeof EvaluationsErrorCode[keyof typeof EvaluationsErrorCode];
/** What the learning manager gives for an interim evaluation. */
export type RegisterInterimEvaluationInput = {
  /** The learning record (learning's `LearningRecord.id`), in progress. */
  learningId: Scalars['ID']['input'];
  /** An integer 0 to 100. */
  score: Scalars['Int']['input'];
  /** Up to 1000 characters, trimmed; empty when omitted. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** What the learning manager gives for the final evaluation. */
export type RegisterFinalEvaluationInput = {
  /** The learning record (learning's `LearningRecord.id`), in progress. */
  learningId: Scalars['ID']['input'];
  /** An integer 0 to 100: the course order's final score. */
  score: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** The evaluation sheet of a learning: its student's own, or any for a LEARNING_MANAGER or an ADMIN (null otherwise, or before the learning started). */
  evaluationSheet?: Maybe<EvaluationSheet>;
  /** The evaluations of a learning, oldest first, for the same readers as `evaluationSheet` (empty otherwise). */
  evaluations: Array<Evaluation>;
};


export type QueryEvaluationSheetArgs = {
  learningId: Scalars['ID']['input'];
};


export type QueryEvaluationsArgs = {
  learningId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Registers an interim evaluation (score 0-100 and a note) of a learning in progress. Needs the
   * learning's assigned LEARNING_MANAGER or an ADMIN. Refused once the final evaluation is
   * registered or the learning canceled.
   */
  registerInterimEvaluation: Evaluation;
  /**
   * Registers the one final evaluation of a learning in progress: course-orders records the
   * score in the course order first (a sync call, 1,000 ms timeout, behind a breaker); only when
   * it agreed is the evaluation stored (and the learning completes by events). Refused by
   * course-orders (COURSE_ORDER_CANCELED, ...), or course-orders unavailable
   * (COURSE_ORDERS_UNAVAILABLE, retryable): nothing stored. Needs the learning's assigned
   * LEARNING_MANAGER or an ADMIN; the same final evaluation again answers as the first time.
   */
  registerFinalEvaluation: Evaluation;
};


export type MutationRegisterInterimEvaluationArgs = {
  input: RegisterInterimEvaluationInput;
};


export type MutationRegisterFinalEvaluationArgs = {
  input: RegisterFinalEvaluationInput;
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
  EvaluationSheet: EvaluationSheet;
  Evaluation: Evaluation;
  LearningRecord: LearningRecord;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  EvaluationSheet:
    ( { __typename: 'EvaluationSheet' }
    & GraphQLRecursivePick<FederationTypes['EvaluationSheet'], {"id":true}> );
  Evaluation:
    ( { __typename: 'Evaluation' }
    & GraphQLRecursivePick<FederationTypes['Evaluation'], {"id":true}> );
  LearningRecord:
    ( { __typename: 'LearningRecord' }
    & GraphQLRecursivePick<FederationTypes['LearningRecord'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  EvaluationSheet: ResolverTypeWrapper<EvaluationSheetModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  EvaluationSheetStatus: EvaluationSheetStatus;
  Evaluation: ResolverTypeWrapper<EvaluationModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  EvaluationKind: EvaluationKind;
  EvaluationStatus: EvaluationStatus;
  LearningRecord: ResolverTypeWrapper<{ id: string }>;
  User: ResolverTypeWrapper<User>;
  EvaluationsErrorCode: EvaluationsErrorCode;
  RegisterInterimEvaluationInput: RegisterInterimEvaluationInput;
  RegisterFinalEvaluationInput: RegisterFinalEvaluationInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  EvaluationSheet: EvaluationSheetModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Evaluation: EvaluationModel;
  Int: Scalars['Int']['output'];
  LearningRecord: { id: string };
  User: User;
  RegisterInterimEvaluationInput: RegisterInterimEvaluationInput;
  RegisterFinalEvaluationInput: RegisterFinalEvaluationInput;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type EvaluationSheetResolvers<ContextType = any, ParentType extends ResolversParentTypes['EvaluationSheet'] = ResolversParentTypes['EvaluationSheet'], FederationReferenceType extends FederationReferenceTypes['EvaluationSheet'] = FederationReferenceTypes['EvaluationSheet']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EvaluationSheet']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  learningId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EvaluationSheetStatus'], ParentType, ContextType>;
  evaluations?: Resolver<Array<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  finalEvaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  canceledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EvaluationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Evaluation'] = ResolversParentTypes['Evaluation'], FederationReferenceType extends FederationReferenceTypes['Evaluation'] = FederationReferenceTypes['Evaluation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Evaluation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  learningId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EvaluationKind'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  manager?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EvaluationStatus'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LearningRecordResolvers<ContextType = any, ParentType extends ResolversParentTypes['LearningRecord'] = ResolversParentTypes['LearningRecord'], FederationReferenceType extends FederationReferenceTypes['LearningRecord'] = FederationReferenceTypes['LearningRecord']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LearningRecord']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  evaluationSheet?: Resolver<Maybe<ResolversTypes['EvaluationSheet']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  evaluationSheet?: Resolver<Maybe<ResolversTypes['EvaluationSheet']>, ParentType, ContextType, RequireFields<QueryEvaluationSheetArgs, 'learningId'>>;
  evaluations?: Resolver<Array<ResolversTypes['Evaluation']>, ParentType, ContextType, RequireFields<QueryEvaluationsArgs, 'learningId'>>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  registerInterimEvaluation?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType, RequireFields<MutationRegisterInterimEvaluationArgs, 'input'>>;
  registerFinalEvaluation?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType, RequireFields<MutationRegisterFinalEvaluationArgs, 'input'>>;
};

export type Resolvers<ContextType = any> = {
  EvaluationSheet?: EvaluationSheetResolvers<ContextType>;
  Evaluation?: EvaluationResolvers<ContextType>;
  LearningRecord?: LearningRecordResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

