// Generated from subgraphs/course-orders/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { CourseOrder as CourseOrderModel } from '../domain/course-order.ts';
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

/** A course of the catalog a student may order (seeded with the context). */
export type Course = {
  __typename?: 'Course';
  /** Course id. */
  id: Scalars['ID']['output'];
  /** The course code (the original's course number), e.g. `TS-101`; unique. */
  code: Scalars['String']['output'];
  /** What the course is called. */
  title: Scalars['String']['output'];
  /** How many days the course takes. */
  durationDays: Scalars['Int']['output'];
};

/**
 * A student's order of a course: from ORDERED (its learning opened in the learning context) to
 * CANCELED, with the final score the final evaluation records through the sync call
 * `course-orders.recordFinalScore`.
 */
export type CourseOrder = {
  __typename?: 'CourseOrder';
  /** CourseOrder id. */
  id: Scalars['ID']['output'];
  /** The human-readable order number, unique, e.g. `CO-2026-000123`: the case's label in SMS and screens. */
  orderNumber: Scalars['String']['output'];
  /** The course ordered. */
  course: Course;
  /** The course's code as it was when ordered. */
  courseCode: Scalars['String']['output'];
  /** The course's title as it was when ordered. */
  courseTitle: Scalars['String']['output'];
  /** The student who ordered it. */
  student: User;
  /** Where the student gets SMS about this order, as given (spaces and dashes removed). */
  phoneNumber: Scalars['String']['output'];
  /** When it was ordered (ISO-8601). */
  orderedAt: Scalars['String']['output'];
  /** The first day of the course, YYYY-MM-DD. */
  beginDate: Scalars['String']['output'];
  /** The last day of the course, YYYY-MM-DD (not before beginDate). */
  endDate: Scalars['String']['output'];
  /** Where the order is in its life. */
  status: CourseOrderStatus;
  /** The final score (0-100), once the final evaluation recorded it; null until then. */
  finalScore?: Maybe<Scalars['Int']['output']>;
  /** When the final score was recorded, once it was. */
  finalScoreRecordedAt?: Maybe<Scalars['String']['output']>;
  /** When it was canceled, once it was. */
  canceledAt?: Maybe<Scalars['String']['output']>;
};

/** Where a course order is in its life. */
export const CourseOrderStatus = {
  /** Ordered: its learning is opened, then started by a learning manager. */
  ORDERED: 'ORDERED',
  /** Canceled by the student; its learning and evaluations are canceled in turn. */
  CANCELED: 'CANCELED'
} as const;

export type CourseOrderStatus = typeof CourseOrderStatus[keyof typeof CourseOrderStatus];
/** A user of the portal, owned by the identity context. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
  /** The user's course orders, newest first (as `myCourseOrders`): only the user themself or an ADMIN sees them (empty otherwise). */
  courseOrders: Array<CourseOrder>;
};

/** Business failures of the course-orders context, returned as `extensions.code` of an error. */
export const CourseOrdersErrorCode = {
  /** No course with that id. */
  COURSE_NOT_FOUND: 'COURSE_NOT_FOUND',
  /** No course order with that id (or not yours). */
  COURSE_ORDER_NOT_FOUND: 'COURSE_ORDER_NOT_FOUND',
  /** The phone number is not 8 to 15 digits, optionally after a +. */
  INVALID_PHONE_NUMBER: 'INVALID_PHONE_NUMBER',
  /** A date is not a real YYYY-MM-DD day, the begin date is in the past, or the end date is before the begin date. */
  INVALID_DATES: 'INVALID_DATES',
  /** The order was canceled already. */
  COURSE_ORDER_ALREADY_CANCELED: 'COURSE_ORDER_ALREADY_CANCELED',
  /** The order's final score is recorded: it can no longer be canceled. */
  FINAL_SCORE_RECORDED: 'FINAL_SCORE_RECORDED',
  /** The order was canceled: no final score can be recorded for it (record-final-score call). */
  COURSE_ORDER_CANCELED: 'COURSE_ORDER_CANCELED',
  /** Another evaluation's final score is recorded for the order (record-final-score call). */
  FINAL_SCORE_ALREADY_RECORDED: 'FINAL_SCORE_ALREADY_RECORDED',
  /** The score is not a whole number from 0 to 100 (record-final-score call). */
  INVALID_SCORE: 'INVALID_SCORE',
  /** The record-final-score call's request was malformed. */
  INVALID_RECORD_FINAL_SCORE_REQUEST: 'INVALID_RECORD_FINAL_SCORE_REQUEST'
} as const;

export type CourseOrdersErrorCode = typeof CourseOrdersErrorCode[keyof typeof CourseOrdersErrorCode];
/** What a student gives to order a course. */
export type OrderCourseInput = {
  /** The course, from `courses`. */
  courseId: Scalars['ID']['input'];
  /** 8 to 15 digits, optionally after a +; spaces, dashes, dots and parentheses are ignored. */
  phoneNumber: Scalars['String']['input'];
  /** The first day, YYYY-MM-DD, today or later. */
  beginDate: Scalars['String']['input'];
  /** The last day, YYYY-MM-DD, not before beginDate. */
  endDate: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** The course catalog, by title: all of it, or the courses whose title or code contains `search` (case-insensitive). Public. */
  courses: Array<Course>;
  /** One course by id. Public. */
  course?: Maybe<Course>;
  /** One course order by id: the signed-in student's own, or any for a LEARNING_MANAGER or an ADMIN. */
  courseOrder?: Maybe<CourseOrder>;
  /** The signed-in user's course orders, newest first. */
  myCourseOrders: Array<CourseOrder>;
};


export type QueryCoursesArgs = {
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCourseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCourseOrderArgs = {
  id: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Orders a course for the signed-in STUDENT (status ORDERED); an SMS tells the student. */
  orderCourse: CourseOrder;
  /** Cancels the signed-in student's order (an ADMIN: any order); refused once its final score is recorded. An SMS tells the student. */
  cancelCourseOrder: CourseOrder;
};


export type MutationOrderCourseArgs = {
  input: OrderCourseInput;
};


export type MutationCancelCourseOrderArgs = {
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
  Course: Course;
  CourseOrder: CourseOrder;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Course:
    ( { __typename: 'Course' }
    & GraphQLRecursivePick<FederationTypes['Course'], {"id":true}> );
  CourseOrder:
    ( { __typename: 'CourseOrder' }
    & GraphQLRecursivePick<FederationTypes['CourseOrder'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Course: ResolverTypeWrapper<Course>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CourseOrder: ResolverTypeWrapper<CourseOrderModel>;
  CourseOrderStatus: CourseOrderStatus;
  User: ResolverTypeWrapper<{ id: string }>;
  CourseOrdersErrorCode: CourseOrdersErrorCode;
  OrderCourseInput: OrderCourseInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Course: Course | FederationReferenceTypes['Course'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  CourseOrder: CourseOrderModel;
  User: { id: string };
  OrderCourseInput: OrderCourseInput;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type CourseResolvers<ContextType = any, ParentType extends ResolversParentTypes['Course'] = ResolversParentTypes['Course'], FederationReferenceType extends FederationReferenceTypes['Course'] = FederationReferenceTypes['Course']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Course']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  durationDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CourseOrderResolvers<ContextType = any, ParentType extends ResolversParentTypes['CourseOrder'] = ResolversParentTypes['CourseOrder'], FederationReferenceType extends FederationReferenceTypes['CourseOrder'] = FederationReferenceTypes['CourseOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CourseOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  courseCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  courseTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  phoneNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  beginDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CourseOrderStatus'], ParentType, ContextType>;
  finalScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  finalScoreRecordedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  canceledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  courseOrders?: Resolver<Array<ResolversTypes['CourseOrder']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  courses?: Resolver<Array<ResolversTypes['Course']>, ParentType, ContextType, Partial<QueryCoursesArgs>>;
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType, RequireFields<QueryCourseArgs, 'id'>>;
  courseOrder?: Resolver<Maybe<ResolversTypes['CourseOrder']>, ParentType, ContextType, RequireFields<QueryCourseOrderArgs, 'id'>>;
  myCourseOrders?: Resolver<Array<ResolversTypes['CourseOrder']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  orderCourse?: Resolver<ResolversTypes['CourseOrder'], ParentType, ContextType, RequireFields<MutationOrderCourseArgs, 'input'>>;
  cancelCourseOrder?: Resolver<ResolversTypes['CourseOrder'], ParentType, ContextType, RequireFields<MutationCancelCourseOrderArgs, 'id'>>;
};

export type Resolvers<ContextType = any> = {
  Course?: CourseResolvers<ContextType>;
  CourseOrder?: CourseOrderResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

