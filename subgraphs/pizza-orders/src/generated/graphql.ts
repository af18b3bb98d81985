// Generated from subgraphs/pizza-orders/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { PizzaOrder as PizzaOrderModel } from '../domain/pizza-order.ts';
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
 * A pizza order a signed-in user requests; the pizza-orders context confirms it once the request is
 * published.
 */
export type PizzaOrder = {
  __typename?: 'PizzaOrder';
  /** PizzaOrder id. */
  id: Scalars['ID']['output'];
  /** What the pizza order is called, 1 to 200 characters. */
  title: Scalars['String']['output'];
  /** Where the pizza order is in its life. */
  status: PizzaOrderStatus;
  /** The user who requested it. */
  owner: User;
  /** When it was requested. */
  requestedAt: Scalars['String']['output'];
  /** When it was confirmed, once it is. */
  confirmedAt?: Maybe<Scalars['String']['output']>;
};

/** Where a pizza order is in its life. */
export const PizzaOrderStatus = {
  /** Requested; confirmed shortly after, once the request is published. */
  REQUESTED: 'REQUESTED',
  /** Confirmed. */
  CONFIRMED: 'CONFIRMED'
} as const;

export type PizzaOrderStatus = typeof PizzaOrderStatus[keyof typeof PizzaOrderStatus];
/** A user of the portal, owned by the identity context. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
};

/** Business failures of the pizza-orders context, returned as `extensions.code` of an error. */
export const PizzaOrdersErrorCode = {
  /** No pizza order with that id. */
  PIZZA_ORDER_NOT_FOUND: 'PIZZA_ORDER_NOT_FOUND',
  /** The title is empty or longer than 200 characters. */
  INVALID_PIZZA_ORDER: 'INVALID_PIZZA_ORDER'
} as const;

export type PizzaOrdersErrorCode = typeof PizzaOrdersErrorCode[keyof typeof PizzaOrdersErrorCode];
/** What a user gives to request a pizza order. */
export type RequestPizzaOrderInput = {
  /** 1 to 200 characters, trimmed. */
  title: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** One pizza order by id: the signed-in user's own, or any for an ADMIN. */
  pizzaOrder?: Maybe<PizzaOrder>;
};


export type QueryPizzaOrderArgs = {
  id: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Requests a pizza order for the signed-in user; it is confirmed shortly after. */
  requestPizzaOrder: PizzaOrder;
};


export type MutationRequestPizzaOrderArgs = {
  input: RequestPizzaOrderInput;
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
  PizzaOrder: PizzaOrder;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  PizzaOrder:
    ( { __typename: 'PizzaOrder' }
    & GraphQLRecursivePick<FederationTypes['PizzaOrder'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  PizzaOrder: ResolverTypeWrapper<PizzaOrderModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  PizzaOrderStatus: PizzaOrderStatus;
  User: ResolverTypeWrapper<User>;
  PizzaOrdersErrorCode: PizzaOrdersErrorCode;
  RequestPizzaOrderInput: RequestPizzaOrderInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  PizzaOrder: PizzaOrderModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  User: User;
  RequestPizzaOrderInput: RequestPizzaOrderInput;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type PizzaOrderResolvers<ContextType = any, ParentType extends ResolversParentTypes['PizzaOrder'] = ResolversParentTypes['PizzaOrder'], FederationReferenceType extends FederationReferenceTypes['PizzaOrder'] = FederationReferenceTypes['PizzaOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PizzaOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PizzaOrderStatus'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  pizzaOrder?: Resolver<Maybe<ResolversTypes['PizzaOrder']>, ParentType, ContextType, RequireFields<QueryPizzaOrderArgs, 'id'>>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  requestPizzaOrder?: Resolver<ResolversTypes['PizzaOrder'], ParentType, ContextType, RequireFields<MutationRequestPizzaOrderArgs, 'input'>>;
};

export type Resolvers<ContextType = any> = {
  PizzaOrder?: PizzaOrderResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

