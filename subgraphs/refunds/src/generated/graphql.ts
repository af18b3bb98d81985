// Generated from subgraphs/refunds/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { PizzaRefund as PizzaRefundModel } from '../domain/pizza-refund.ts';
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
 * A customer's refund of a delivered pizza order, with its reason. It exists only once deliveries
 * agreed to turn the order's delivery into a refund delivery (the courier's return run): then it
 * is PENDING. The courier either cancels the return run (CANCELED: nothing is given back) or
 * completes it (COMPLETED). A refund is FINAL when the courier completed the return run (the
 * pizza is back): only then does the money go back (payments refunds the order's payment).
 */
export type PizzaRefund = {
  __typename?: 'PizzaRefund';
  /** Refund id (one refund per order at a time; derived from the order id, so a retried request names the same refund). */
  id: Scalars['ID']['output'];
  /** The pizza order refunded (the pizza system's correlation key). */
  order: PizzaOrder;
  /** The customer who asked for it. */
  customer: User;
  /** The delivery turned into the refund delivery (its return run). */
  delivery: Delivery;
  /** The reason the customer gave, 1 to 500 characters (a note saying it was lost, for a refund whose request timed out, was never retried, and whose return run the courier completed). */
  reason: Scalars['String']['output'];
  /** Where the refund is in its life. */
  status: PizzaRefundStatus;
  /** Whether the refund is final (COMPLETED: the courier completed the return run, and the money goes back). */
  final: Scalars['Boolean']['output'];
  /** When it was taken (ISO-8601). */
  requestedAt: Scalars['String']['output'];
  /** When the courier canceled the return run (ISO-8601). */
  canceledAt?: Maybe<Scalars['String']['output']>;
  /** When the courier completed the return run, making the refund final (ISO-8601). */
  completedAt?: Maybe<Scalars['String']['output']>;
};

/** Where a pizza refund is: PENDING, then COMPLETED (final) or CANCELED. */
export const PizzaRefundStatus = {
  /** Taken: the delivery is the courier's return run; nothing is given back yet. */
  PENDING: 'PENDING',
  /** Final: the courier completed the return run (the pizza is back) and the order's payment is refunded. */
  COMPLETED: 'COMPLETED',
  /** The courier canceled the return run: the delivery is DELIVERED again and nothing is given back. */
  CANCELED: 'CANCELED'
} as const;

export type PizzaRefundStatus = typeof PizzaRefundStatus[keyof typeof PizzaRefundStatus];
/** A pizza order, owned by the pizza-orders context. */
export type PizzaOrder = {
  __typename?: 'PizzaOrder';
  /** Order id. */
  id: Scalars['ID']['output'];
  /** The order's latest refund (pending, final or canceled): visible to its customer or an ADMIN (null otherwise, or when there is none). */
  refund?: Maybe<PizzaRefund>;
};

/** A delivery, owned by the deliveries context. */
export type Delivery = {
  __typename?: 'Delivery';
  /** Delivery id. */
  id: Scalars['ID']['output'];
};

/** A user of the portal, owned by the identity context. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
};

/** Business failures of the refunds context, returned as `extensions.code` of an error. */
export const RefundsErrorCode = {
  /** No pizza order with that id that is yours (the id is malformed, unknown, another customer's, or not paid yet: deliveries knows only paid orders). */
  ORDER_NOT_FOUND: 'ORDER_NOT_FOUND',
  /** The order is not delivered (still on its way, or canceled): only a delivered order is refunded; nothing was stored. */
  ORDER_NOT_DELIVERED: 'ORDER_NOT_DELIVERED',
  /** The order has a refund already (pending or final); nothing was stored. */
  REFUND_ALREADY_EXISTS: 'REFUND_ALREADY_EXISTS',
  /** The reason is empty or longer than 500 characters. */
  INVALID_REFUND_REASON: 'INVALID_REFUND_REASON',
  /** Retryable: deliveries is down, slow or held off by its breaker; no refund was stored. `extensions.retryAfterMs` may say when. */
  DELIVERIES_UNAVAILABLE: 'DELIVERIES_UNAVAILABLE',
  /** Retryable: too many refunds at once; no refund was stored. */
  REFUNDS_BUSY: 'REFUNDS_BUSY'
} as const;

export type RefundsErrorCode = typeof RefundsErrorCode[keyof typeof RefundsErrorCode];
/** What a customer gives to ask for a refund. */
export type RequestPizzaRefundInput = {
  /** The delivered pizza order to refund. */
  orderId: Scalars['ID']['input'];
  /** Why, 1 to 500 characters (trimmed); shown with the refund. */
  reason: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** One pizza refund by id: the customer's own, or any for an ADMIN (null otherwise). */
  pizzaRefund?: Maybe<PizzaRefund>;
  /** The signed-in customer's pizza refunds, newest first. */
  myPizzaRefunds: Array<PizzaRefund>;
};


export type QueryPizzaRefundArgs = {
  id: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Asks for a refund of one of your delivered orders, with a reason. Deliveries first turns the
   * delivery into a refund delivery (a sync call, 500 ms): refused (ORDER_NOT_DELIVERED,
   * ORDER_NOT_FOUND, REFUND_ALREADY_EXISTS) or unable to answer (DELIVERIES_UNAVAILABLE,
   * retryable), no refund is stored. Then the refund is PENDING; the money goes back only when
   * it is final (the courier completed the return run). Retrying the same request is safe: it
   * names the same refund. Needs role CUSTOMER.
   */
  requestPizzaRefund: PizzaRefund;
};


export type MutationRequestPizzaRefundArgs = {
  input: RequestPizzaRefundInput;
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
  PizzaRefund: PizzaRefund;
  PizzaOrder: PizzaOrder;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  PizzaRefund:
    ( { __typename: 'PizzaRefund' }
    & GraphQLRecursivePick<FederationTypes['PizzaRefund'], {"id":true}> );
  PizzaOrder:
    ( { __typename: 'PizzaOrder' }
    & GraphQLRecursivePick<FederationTypes['PizzaOrder'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  PizzaRefund: ResolverTypeWrapper<PizzaRefundModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PizzaRefundStatus: PizzaRefundStatus;
  PizzaOrder: ResolverTypeWrapper<{ id: string }>;
  Delivery: ResolverTypeWrapper<Delivery>;
  User: ResolverTypeWrapper<User>;
  RefundsErrorCode: RefundsErrorCode;
  RequestPizzaRefundInput: RequestPizzaRefundInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  PizzaRefund: PizzaRefundModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  PizzaOrder: { id: string };
  Delivery: Delivery;
  User: User;
  RequestPizzaRefundInput: RequestPizzaRefundInput;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
};

export type PizzaRefundResolvers<ContextType = any, ParentType extends ResolversParentTypes['PizzaRefund'] = ResolversParentTypes['PizzaRefund'], FederationReferenceType extends FederationReferenceTypes['PizzaRefund'] = FederationReferenceTypes['PizzaRefund']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PizzaRefund']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['PizzaOrder'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  delivery?: Resolver<ResolversTypes['Delivery'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PizzaRefundStatus'], ParentType, ContextType>;
  final?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  canceledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PizzaOrderResolvers<ContextType = any, ParentType extends ResolversParentTypes['PizzaOrder'] = ResolversParentTypes['PizzaOrder'], FederationReferenceType extends FederationReferenceTypes['PizzaOrder'] = FederationReferenceTypes['PizzaOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PizzaOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  refund?: Resolver<Maybe<ResolversTypes['PizzaRefund']>, ParentType, ContextType>;
};

export type DeliveryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Delivery'] = ResolversParentTypes['Delivery']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  pizzaRefund?: Resolver<Maybe<ResolversTypes['PizzaRefund']>, ParentType, ContextType, RequireFields<QueryPizzaRefundArgs, 'id'>>;
  myPizzaRefunds?: Resolver<Array<ResolversTypes['PizzaRefund']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  requestPizzaRefund?: Resolver<ResolversTypes['PizzaRefund'], ParentType, ContextType, RequireFields<MutationRequestPizzaRefundArgs, 'input'>>;
};

export type Resolvers<ContextType = any> = {
  PizzaRefund?: PizzaRefundResolvers<ContextType>;
  PizzaOrder?: PizzaOrderResolvers<ContextType>;
  Delivery?: DeliveryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

