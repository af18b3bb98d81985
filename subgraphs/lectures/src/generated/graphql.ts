// Generated from subgraphs/lectures/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { Lecture as LectureModel } from '../domain/lecture.ts';
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

/** A lecture an instructor opens on the portal; students register for it while it is open. */
export type Lecture = {
  __typename?: 'Lecture';
  /** Lecture id. */
  id: Scalars['ID']['output'];
  /** Title shown to students. */
  title: Scalars['String']['output'];
  /** Price of one registration, in cents. */
  price: Scalars['Int']['output'];
  /** Most students that may be registered at once. */
  capacity: Scalars['Int']['output'];
  /** Whether the lecture takes registrations. */
  status: LectureStatus;
  /** Students registered and not canceled. Follows registration events, so it may lag a moment behind. */
  enrolledCount: Scalars['Int']['output'];
  /** The instructor who opened the lecture. */
  instructor: User;
  /** When the lecture was opened. */
  openedAt: Scalars['String']['output'];
  /** When the lecture was canceled, if it was. */
  canceledAt?: Maybe<Scalars['String']['output']>;
};

/** Whether a lecture takes registrations. */
export const LectureStatus = {
  /** Open for registration. */
  OPEN: 'OPEN',
  /** Canceled by its instructor; its registrations are canceled. */
  CANCELED: 'CANCELED'
} as const;

export type LectureStatus = typeof LectureStatus[keyof typeof LectureStatus];
/** A user of the portal, owned by the identity context. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
};

/** Business failures of the lectures context, returned as `extensions.code` of an error. */
export const LectureErrorCode = {
  /** No lecture with that id. */
  LECTURE_NOT_FOUND: 'LECTURE_NOT_FOUND',
  /** Only the lecture's instructor (or an admin) may do this. */
  NOT_LECTURE_OWNER: 'NOT_LECTURE_OWNER',
  /** The lecture is already canceled. */
  LECTURE_ALREADY_CANCELED: 'LECTURE_ALREADY_CANCELED',
  /** Title, price or capacity out of range. */
  INVALID_LECTURE: 'INVALID_LECTURE'
} as const;

export type LectureErrorCode = typeof LectureErrorCode[keyof typeof LectureErrorCode];
/** What an instructor gives to open a lecture. */
export type OpenLectureInput = {
  /** Title, 3 to 200 characters. */
  title: Scalars['String']['input'];
  /** Price in cents, 0 or more. */
  price: Scalars['Int']['input'];
  /** Seats, 1 to 10000. */
  capacity: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Lectures on the portal, newest first; all of them, or those with the given status. */
  lectures: Array<Lecture>;
  /** One lecture by id. */
  lecture?: Maybe<Lecture>;
  /** The lectures the signed-in instructor opened, with their enrolment. Needs role INSTRUCTOR. */
  myLectures: Array<Lecture>;
};


export type QueryLecturesArgs = {
  status?: InputMaybe<LectureStatus>;
};


export type QueryLectureArgs = {
  id: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Opens a lecture for registration. Needs role INSTRUCTOR. */
  openLecture: Lecture;
  /** Cancels an open lecture; its registrations and their payments are canceled. Needs the lecture's instructor or ADMIN. */
  cancelLecture: Lecture;
};


export type MutationOpenLectureArgs = {
  input: OpenLectureInput;
};


export type MutationCancelLectureArgs = {
  id: Scalars['ID']['input'];
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
  Lecture: Lecture;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Lecture:
    ( { __typename: 'Lecture' }
    & GraphQLRecursivePick<FederationTypes['Lecture'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Lecture: ResolverTypeWrapper<LectureModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LectureStatus: LectureStatus;
  User: ResolverTypeWrapper<User>;
  LectureErrorCode: LectureErrorCode;
  OpenLectureInput: OpenLectureInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Lecture: LectureModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  User: User;
  OpenLectureInput: OpenLectureInput;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type LectureResolvers<ContextType = any, ParentType extends ResolversParentTypes['Lecture'] = ResolversParentTypes['Lecture'], FederationReferenceType extends FederationReferenceTypes['Lecture'] = FederationReferenceTypes['Lecture']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Lecture']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LectureStatus'], ParentType, ContextType>;
  enrolledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  instructor?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  canceledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  lectures?: Resolver<Array<ResolversTypes['Lecture']>, ParentType, ContextType, Partial<QueryLecturesArgs>>;
  lecture?: Resolver<Maybe<ResolversTypes['Lecture']>, ParentType, ContextType, RequireFields<QueryLectureArgs, 'id'>>;
  myLectures?: Resolver<Array<ResolversTypes['Lecture']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  openLecture?: Resolver<ResolversTypes['Lecture'], ParentType, ContextType, RequireFields<MutationOpenLectureArgs, 'input'>>;
  cancelLecture?: Resolver<ResolversTypes['Lecture'], ParentType, ContextType, RequireFields<MutationCancelLectureArgs, 'id'>>;
};

export type Resolvers<ContextType = any> = {
  Lecture?: LectureResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

