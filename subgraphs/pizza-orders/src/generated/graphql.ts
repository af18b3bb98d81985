// Generated from subgraphs/pizza-orders/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { PizzaOrder as PizzaOrderModel, PizzaOrderLine as PizzaOrderLineModel } from '../domain/pizza-order.ts';
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

/** A pizza type on the menu, with its price (seeded with the context; the menu is not edited through the graph). */
export type Pizza = {
  __typename?: 'Pizza';
  /** Pizza type id. */
  id: Scalars['ID']['output'];
  /** Its name on the menu. */
  name: Scalars['String']['output'];
  /** What is on it. */
  description: Scalars['String']['output'];
  /** Price of one, in cents. */
  price: Scalars['Int']['output'];
};

/**
 * A customer's pizza order: lines of pizza type and quantity priced when it was placed. It is
 * PLACED, then PAID once `payments` charged it (the pay command, a sync call), and CANCELED when
 * the customer cancels before its delivery (the payment is then refunded, or voided, by events).
 * The order id is the pizza system's correlation key (payment reference, delivery, coupon, refund).
 */
export type PizzaOrder = {
  __typename?: 'PizzaOrder';
  /** Order id. */
  id: Scalars['ID']['output'];
  /** The customer who ordered. */
  customer: User;
  /** What was ordered, one line per pizza type (repeated types merged when placed). */
  lines: Array<PizzaOrderLine>;
  /** The sum of quantity x unit price over the lines, in cents. */
  amount: Scalars['Int']['output'];
  /** Where the order is in its life. */
  status: PizzaOrderStatus;
  /** Its payment in the payments context, once it is paid. */
  payment?: Maybe<Payment>;
  /** When it was placed (ISO-8601). */
  placedAt: Scalars['String']['output'];
  /** When it was paid (ISO-8601). */
  paidAt?: Maybe<Scalars['String']['output']>;
  /** When the customer canceled it (ISO-8601). */
  canceledAt?: Maybe<Scalars['String']['output']>;
  /** When deliveries reported it delivered (ISO-8601): from then on it cannot be canceled. */
  deliveredAt?: Maybe<Scalars['String']['output']>;
};

/** One line of an order: a pizza type, how many, and its price when the order was placed. */
export type PizzaOrderLine = {
  __typename?: 'PizzaOrderLine';
  /** The pizza type. */
  pizza: Pizza;
  /** The pizza type's name when the order was placed. */
  name: Scalars['String']['output'];
  /** How many, 1 to 20. */
  quantity: Scalars['Int']['output'];
  /** Price of one in cents when the order was placed. */
  unitPrice: Scalars['Int']['output'];
};

/** Where a pizza order is: PLACED, then PAID; CANCELED from either, before the delivery. */
export const PizzaOrderStatus = {
  /** Placed and priced; waiting to be paid. */
  PLACED: 'PLACED',
  /** Paid: payments charged it (reference = the order id); its delivery starts. */
  PAID: 'PAID',
  /** Canceled by the customer before the delivery; any charge is refunded (or voided) by events. */
  CANCELED: 'CANCELED'
} as const;

export type PizzaOrderStatus = typeof PizzaOrderStatus[keyof typeof PizzaOrderStatus];
/** A payment, owned by the payments context. */
export type Payment = {
  __typename?: 'Payment';
  /** Payment id. */
  id: Scalars['ID']['output'];
};

/** A user of the portal, owned by the identity context. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
  /** The user's pizza orders, newest first (as `myPizzaOrders`), each with its `payment` once paid: only the user themself or an ADMIN sees them (empty otherwise). */
  pizzaOrders: Array<PizzaOrder>;
};

/** Business failures of the pizza-orders context, returned as `extensions.code` of an error. */
export const PizzaOrdersErrorCode = {
  /** An order needs at least one line. */
  EMPTY_ORDER: 'EMPTY_ORDER',
  /** A line's quantity is not a whole number from 1 to 20 (lines of one pizza type merged count together). */
  INVALID_QUANTITY: 'INVALID_QUANTITY',
  /** A line names no pizza type on the menu (the id is malformed or unknown). */
  PIZZA_NOT_FOUND: 'PIZZA_NOT_FOUND',
  /** No pizza order with that id that you may see. */
  PIZZA_ORDER_NOT_FOUND: 'PIZZA_ORDER_NOT_FOUND',
  /** Only a PLACED order can be paid (it is paid or canceled already). */
  ORDER_NOT_PLACED: 'ORDER_NOT_PLACED',
  /** The order is canceled already. */
  ORDER_ALREADY_CANCELED: 'ORDER_ALREADY_CANCELED',
  /** The order was delivered: it can no longer be canceled. */
  ORDER_ALREADY_DELIVERED: 'ORDER_ALREADY_DELIVERED',
  /** The payment processor declined the charge; the order stays PLACED and may be paid again. */
  PAYMENT_DECLINED: 'PAYMENT_DECLINED',
  /** Retryable: payments is down, slow or held off by its breaker; the order stays PLACED and was not charged twice. `extensions.retryAfterMs` may say when. */
  PAYMENT_UNAVAILABLE: 'PAYMENT_UNAVAILABLE',
  /** Retryable: too many payments at once; the order stays PLACED. */
  PIZZA_ORDERS_BUSY: 'PIZZA_ORDERS_BUSY'
} as const;

export type PizzaOrdersErrorCode = typeof PizzaOrdersErrorCode[keyof typeof PizzaOrdersErrorCode];
/** One line of a new order. */
export type PizzaOrderLineInput = {
  /** A pizza type of the menu (see `pizzaMenu`). */
  pizzaId: Scalars['ID']['input'];
  /** How many, 1 to 20. */
  quantity: Scalars['Int']['input'];
};

/** What a customer gives to place an order. */
export type PlacePizzaOrderInput = {
  /** At least one line; lines of the same pizza type are merged (their quantities added, at most 20). */
  lines: Array<PizzaOrderLineInput>;
};

export type Query = {
  __typename?: 'Query';
  /** The menu: every pizza type with its price, by name. Needs no token. */
  pizzaMenu: Array<Pizza>;
  /** One pizza order by id: the customer's own, or any for a COURIER or an ADMIN. */
  pizzaOrder?: Maybe<PizzaOrder>;
  /** The signed-in customer's pizza orders, newest first. */
  myPizzaOrders: Array<PizzaOrder>;
};


export type QueryPizzaOrderArgs = {
  id: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Places an order of pizza types and quantities for the signed-in customer, PLACED with its amount. Needs role CUSTOMER. */
  placePizzaOrder: PizzaOrder;
  /**
   * Pays one of your PLACED orders: payments charges its amount synchronously (reference = the
   * order id, so a retry never charges twice) and the order becomes PAID, its delivery starting.
   * Refused: PAYMENT_DECLINED; PAYMENT_UNAVAILABLE (retryable, payments down, slow or its breaker
   * open; the order stays PLACED, and a charge that completed late still makes it PAID); ORDER_NOT_PLACED.
   */
  payPizzaOrder: PizzaOrder;
  /**
   * Cancels one of your orders before its delivery: CANCELED at once; its payment is refunded (or
   * voided, when it was not charged) and its delivery canceled by events.
   */
  cancelPizzaOrder: PizzaOrder;
};


export type MutationPlacePizzaOrderArgs = {
  input: PlacePizzaOrderInput;
};


export type MutationPayPizzaOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelPizzaOrderArgs = {
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
  Pizza: Pizza;
  PizzaOrder: PizzaOrder;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Pizza:
    ( { __typename: 'Pizza' }
    & GraphQLRecursivePick<FederationTypes['Pizza'], {"id":true}> );
  PizzaOrder:
    ( { __typename: 'PizzaOrder' }
    & GraphQLRecursivePick<FederationTypes['PizzaOrder'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Pizza: ResolverTypeWrapper<Pizza>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PizzaOrder: ResolverTypeWrapper<PizzaOrderModel>;
  PizzaOrderLine: ResolverTypeWrapper<PizzaOrderLineModel>;
  PizzaOrderStatus: PizzaOrderStatus;
  Payment: ResolverTypeWrapper<Payment>;
  User: ResolverTypeWrapper<{ id: string }>;
  PizzaOrdersErrorCode: PizzaOrdersErrorCode;
  PizzaOrderLineInput: PizzaOrderLineInput;
  PlacePizzaOrderInput: PlacePizzaOrderInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Pizza: Pizza | FederationReferenceTypes['Pizza'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  PizzaOrder: PizzaOrderModel;
  PizzaOrderLine: PizzaOrderLineModel;
  Payment: Payment;
  User: { id: string };
  PizzaOrderLineInput: PizzaOrderLineInput;
  PlacePizzaOrderInput: PlacePizzaOrderInput;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type PizzaResolvers<ContextType = any, ParentType extends ResolversParentTypes['Pizza'] = ResolversParentTypes['Pizza'], FederationReferenceType extends FederationReferenceTypes['Pizza'] = FederationReferenceTypes['Pizza']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Pizza']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PizzaOrderResolvers<ContextType = any, ParentType extends ResolversParentTypes['PizzaOrder'] = ResolversParentTypes['PizzaOrder'], FederationReferenceType extends FederationReferenceTypes['PizzaOrder'] = FederationReferenceTypes['PizzaOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PizzaOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['PizzaOrderLine']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PizzaOrderStatus'], ParentType, ContextType>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  canceledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PizzaOrderLineResolvers<ContextType = any, ParentType extends ResolversParentTypes['PizzaOrderLine'] = ResolversParentTypes['PizzaOrderLine']> = {
  pizza?: Resolver<ResolversTypes['Pizza'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PaymentResolvers<ContextType = any, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pizzaOrders?: Resolver<Array<ResolversTypes['PizzaOrder']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  pizzaMenu?: Resolver<Array<ResolversTypes['Pizza']>, ParentType, ContextType>;
  pizzaOrder?: Resolver<Maybe<ResolversTypes['PizzaOrder']>, ParentType, ContextType, RequireFields<QueryPizzaOrderArgs, 'id'>>;
  myPizzaOrders?: Resolver<Array<ResolversTypes['PizzaOrder']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  placePizzaOrder?: Resolver<ResolversTypes['PizzaOrder'], ParentType, ContextType, RequireFields<MutationPlacePizzaOrderArgs, 'input'>>;
  payPizzaOrder?: Resolver<ResolversTypes['PizzaOrder'], ParentType, ContextType, RequireFields<MutationPayPizzaOrderArgs, 'id'>>;
  cancelPizzaOrder?: Resolver<ResolversTypes['PizzaOrder'], ParentType, ContextType, RequireFields<MutationCancelPizzaOrderArgs, 'id'>>;
};

export type Resolvers<ContextType = any> = {
  Pizza?: PizzaResolvers<ContextType>;
  PizzaOrder?: PizzaOrderResolvers<ContextType>;
  PizzaOrderLine?: PizzaOrderLineResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

