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

/**
 * A course order a signed-in user requests; the course-orders context confirms it once the request is
 * published.
 */
export type CourseOrder = {
  __typename?: 'CourseOrder';
  /** CourseOrder id. */
  id: Scalars['ID']['output'];
  /** What the course order is called, 1 to 200 characters. */
  title: Scalars['String']['output'];
  /** Where the course order is in its life. */
  status: CourseOrderStatus;
  /** The user who requested it. */
  owner: User;
  /** When it was requested. */
  requestedAt: Scalars['String']['output'];
  /** When it was confirmed, once it is. */
  confirmedAt?: Maybe<Scalars['String']['output']>;
};

/** Where a course order is in its life. */
export const CourseOrderStatus = {
  /** Requested; confirmed shortly after, once the request is published. */
  REQUESTED: 'REQUESTED',
  /** Confirmed. */
  CONFIRMED: 'CONFIRMED'
} as const;

export type CourseOrderStatus = typeof CourseOrderStatus[keyof typeof CourseOrderStatus];
/** A user of the portal, owned by the identity context. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
};

/** Business failures of the course-orders context, returned as `extensions.code` of an error. */
export const CourseOrdersErrorCode = {
  /** No course order with that id. */
  COURSE_ORDER_NOT_FOUND: 'COURSE_ORDER_NOT_FOUND',
  /** The title is empty or longer than 200 characters. */
  INVALID_COURSE_ORDER: 'INVALID_COURSE_ORDER'
} as const;

export type CourseOrdersErrorCode = typeof CourseOrdersErrorCode[keyof typeof CourseOrdersErrorCode];
/** What a user gives to request a course order. */
export type RequestCourseOrderInput = {
  /** 1 to 200 characters, trimmed. */
  title: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** One course order by id: the signed-in user's own, or any for an ADMIN. */
  courseOrder?: Maybe<CourseOrder>;
};


export type QueryCourseOrderArgs = {
  id: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Requests a course order for the signed-in user; it is confirmed shortly after. */
  requestCourseOrder: CourseOrder;
};


export type MutationRequestCourseOrderArgs = {
  input: RequestCourseOrderInput;
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
  CourseOrder: CourseOrder;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  CourseOrder:
    ( { __typename: 'CourseOrder' }
    & GraphQLRecursivePick<FederationTypes['CourseOrder'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CourseOrder: ResolverTypeWrapper<CourseOrderModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CourseOrderStatus: CourseOrderStatus;
  User: ResolverTypeWrapper<User>;
  CourseOrdersErrorCode: CourseOrdersErrorCode;
  RequestCourseOrderInput: RequestCourseOrderInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CourseOrder: CourseOrderModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  User: User;
  RequestCourseOrderInput: RequestCourseOrderInput;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type CourseOrderResolvers<ContextType = any, ParentType extends ResolversParentTypes['CourseOrder'] = ResolversParentTypes['CourseOrder'], FederationReferenceType extends FederationReferenceTypes['CourseOrder'] = FederationReferenceTypes['CourseOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CourseOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CourseOrderStatus'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  courseOrder?: Resolver<Maybe<ResolversTypes['CourseOrder']>, ParentType, ContextType, RequireFields<QueryCourseOrderArgs, 'id'>>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  requestCourseOrder?: Resolver<ResolversTypes['CourseOrder'], ParentType, ContextType, RequireFields<MutationRequestCourseOrderArgs, 'input'>>;
};

export type Resolvers<ContextType = any> = {
  CourseOrder?: CourseOrderResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

