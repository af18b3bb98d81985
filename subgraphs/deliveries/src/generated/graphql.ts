// Generated from subgraphs/deliveries/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { Delivery as DeliveryModel } from '../domain/delivery.ts';
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
 * The delivery of a paid pizza order. It starts when the order is paid (DELIVERING), a courier
 * marks it DELIVERED; a refund turns it into a refund delivery (REFUNDED: the courier's return
 * run), which the courier either completes (RETURNED: the refund is final) or cancels (DELIVERED
 * again: the refund is canceled). An order canceled before its delivery makes it CANCELED.
 */
export type Delivery = {
  __typename?: 'Delivery';
  /** Delivery id. */
  id: Scalars['ID']['output'];
  /** The pizza order delivered (the pizza system's correlation key). */
  order: PizzaOrder;
  /** The customer who ordered. */
  customer: User;
  /** Where the delivery is in its life. */
  status: DeliveryStatus;
  /** The courier who delivered it, once delivered. */
  courier?: Maybe<User>;
  /** The refund whose return run it is (or was, RETURNED), while REFUNDED or RETURNED. */
  refundId?: Maybe<Scalars['ID']['output']>;
  /** When it started (ISO-8601). */
  startedAt: Scalars['String']['output'];
  /** When the courier delivered it (ISO-8601). */
  deliveredAt?: Maybe<Scalars['String']['output']>;
  /** When a refund turned it into a refund delivery (ISO-8601), while REFUNDED or RETURNED. */
  refundedAt?: Maybe<Scalars['String']['output']>;
  /** When the courier brought the pizza back (ISO-8601), once RETURNED. */
  returnedAt?: Maybe<Scalars['String']['output']>;
  /** When the order's cancellation canceled it (ISO-8601). */
  canceledAt?: Maybe<Scalars['String']['output']>;
};

/** Where a delivery is: DELIVERING -> DELIVERED -> REFUNDED -> RETURNED (or back to DELIVERED); CANCELED before delivery. */
export const DeliveryStatus = {
  /** On its way to the customer. */
  DELIVERING: 'DELIVERING',
  /** Delivered by a courier (again, after a refund delivery was canceled). */
  DELIVERED: 'DELIVERED',
  /** Turned into a refund delivery: the courier is to fetch the pizza back. */
  REFUNDED: 'REFUNDED',
  /** The courier brought the pizza back: the refund is final. */
  RETURNED: 'RETURNED',
  /** The order was canceled before it was delivered. */
  CANCELED: 'CANCELED'
} as const;

export type DeliveryStatus = typeof DeliveryStatus[keyof typeof DeliveryStatus];
/** A pizza order, owned by the pizza-orders context; deliveries adds its delivery. */
export type PizzaOrder = {
  __typename?: 'PizzaOrder';
  /** Order id. */
  id: Scalars['ID']['output'];
  /** The order's delivery, once it is paid: visible to its customer, a COURIER or an ADMIN (null otherwise). */
  delivery?: Maybe<Delivery>;
};

/** A user of the portal, owned by the identity context. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
};

/**
 * Business failures of the deliveries context, returned as `extensions.code` of an error (the
 * first four are also the refusals of the `deliveries.turnIntoRefundDelivery` sync call).
 */
export const DeliveriesErrorCode = {
  /** No delivery with that id (or for that order) that you may see. */
  DELIVERY_NOT_FOUND: 'DELIVERY_NOT_FOUND',
  /** The delivery is not DELIVERED (still on its way, or canceled): it cannot become a refund delivery. */
  DELIVERY_NOT_DELIVERED: 'DELIVERY_NOT_DELIVERED',
  /** Another refund turned the delivery into a refund delivery already. */
  DELIVERY_ALREADY_REFUNDED: 'DELIVERY_ALREADY_REFUNDED',
  /** The delivery was delivered already. */
  DELIVERY_ALREADY_DELIVERED: 'DELIVERY_ALREADY_DELIVERED',
  /** The delivery was canceled with its order. */
  DELIVERY_CANCELED: 'DELIVERY_CANCELED',
  /** The delivery is not a refund delivery (REFUNDED): there is no return run to cancel or complete. */
  DELIVERY_NOT_REFUNDED: 'DELIVERY_NOT_REFUNDED'
} as const;

export type DeliveriesErrorCode = typeof DeliveriesErrorCode[keyof typeof DeliveriesErrorCode];
export type Query = {
  __typename?: 'Query';
  /** One delivery by id: the customer's own, or any for a COURIER or an ADMIN. */
  delivery?: Maybe<Delivery>;
  /** The signed-in customer's deliveries, newest first. */
  myDeliveries: Array<Delivery>;
  /** The courier's work: deliveries on their way (DELIVERING) and return runs (REFUNDED), oldest first. Needs role COURIER. */
  deliveryQueue: Array<Delivery>;
};


export type QueryDeliveryArgs = {
  id: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Marks a delivery on its way as DELIVERED by the signed-in courier. Needs role COURIER. */
  markDelivered: Delivery;
  /** Cancels a refund delivery (the return run): the delivery is DELIVERED again and its refund canceled. Needs role COURIER. */
  cancelRefundDelivery: Delivery;
  /** Completes a refund delivery: the pizza is back (RETURNED) and the refund final, its money given back. Needs role COURIER. */
  completeRefundDelivery: Delivery;
};


export type MutationMarkDeliveredArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelRefundDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteRefundDeliveryArgs = {
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
  Delivery: Delivery;
  PizzaOrder: PizzaOrder;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Delivery:
    ( { __typename: 'Delivery' }
    & GraphQLRecursivePick<FederationTypes['Delivery'], {"id":true}> );
  PizzaOrder:
    ( { __typename: 'PizzaOrder' }
    & GraphQLRecursivePick<FederationTypes['PizzaOrder'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Delivery: ResolverTypeWrapper<DeliveryModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DeliveryStatus: DeliveryStatus;
  PizzaOrder: ResolverTypeWrapper<{ id: string }>;
  User: ResolverTypeWrapper<User>;
  DeliveriesErrorCode: DeliveriesErrorCode;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Delivery: DeliveryModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  PizzaOrder: { id: string };
  User: User;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type DeliveryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Delivery'] = ResolversParentTypes['Delivery'], FederationReferenceType extends FederationReferenceTypes['Delivery'] = FederationReferenceTypes['Delivery']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Delivery']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['PizzaOrder'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeliveryStatus'], ParentType, ContextType>;
  courier?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  refundId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refundedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  returnedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  canceledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PizzaOrderResolvers<ContextType = any, ParentType extends ResolversParentTypes['PizzaOrder'] = ResolversParentTypes['PizzaOrder'], FederationReferenceType extends FederationReferenceTypes['PizzaOrder'] = FederationReferenceTypes['PizzaOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PizzaOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  delivery?: Resolver<Maybe<ResolversTypes['Delivery']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  delivery?: Resolver<Maybe<ResolversTypes['Delivery']>, ParentType, ContextType, RequireFields<QueryDeliveryArgs, 'id'>>;
  myDeliveries?: Resolver<Array<ResolversTypes['Delivery']>, ParentType, ContextType>;
  deliveryQueue?: Resolver<Array<ResolversTypes['Delivery']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  markDelivered?: Resolver<ResolversTypes['Delivery'], ParentType, ContextType, RequireFields<MutationMarkDeliveredArgs, 'id'>>;
  cancelRefundDelivery?: Resolver<ResolversTypes['Delivery'], ParentType, ContextType, RequireFields<MutationCancelRefundDeliveryArgs, 'id'>>;
  completeRefundDelivery?: Resolver<ResolversTypes['Delivery'], ParentType, ContextType, RequireFields<MutationCompleteRefundDeliveryArgs, 'id'>>;
};

export type Resolvers<ContextType = any> = {
  Delivery?: DeliveryResolvers<ContextType>;
  PizzaOrder?: PizzaOrderResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

