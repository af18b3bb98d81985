// Generated from subgraphs/coupons/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { Coupon as CouponModel } from '../domain/coupon.ts';
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
 * A customer's coupon for a delivered pizza order: issued when the order is delivered, revoked
 * when the order is refunded, valid again (restored) when that refund is canceled. Never valid
 * for an order already refunded: when the delivery is applied after the order's refund, the
 * coupon is issued and revoked at once (REVOKED from the start) and restored if that refund is
 * canceled. Whatever order the events arrive in, coupons keeps each order's delivery and refunds
 * and ends with the same coupon, each of its events published once.
 */
export type Coupon = {
  __typename?: 'Coupon';
  /** Coupon id. */
  id: Scalars['ID']['output'];
  /** The code the customer types to use it, e.g. PIZZA-7K3Q-M9XD. */
  code: Scalars['String']['output'];
  /** Whether it can be used. */
  status: CouponStatus;
  /** The delivered pizza order it was issued for (the pizza system's correlation key). */
  order: PizzaOrder;
  /** The customer it belongs to. */
  customer: User;
  /** When it was issued (ISO-8601). */
  issuedAt: Scalars['String']['output'];
  /** When it was revoked, while it is (ISO-8601). */
  revokedAt?: Maybe<Scalars['String']['output']>;
};

/** Whether a coupon can be used. */
export const CouponStatus = {
  /** Valid: the order was delivered and is not refunded (or its refund was canceled). */
  ISSUED: 'ISSUED',
  /** Revoked: the order has a refund (pending or final). */
  REVOKED: 'REVOKED'
} as const;

export type CouponStatus = typeof CouponStatus[keyof typeof CouponStatus];
/** A pizza order, owned by the pizza-orders context. */
export type PizzaOrder = {
  __typename?: 'PizzaOrder';
  /** Order id. */
  id: Scalars['ID']['output'];
  /** The order's coupon, once the order is delivered: visible to its customer or an ADMIN (null otherwise, or when there is none). */
  coupon?: Maybe<Coupon>;
};

/** A user of the portal, owned by the identity context. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The signed-in customer's coupons, newest first. */
  myCoupons: Array<Coupon>;
  /** One coupon by id: the customer's own, or any for an ADMIN (null otherwise). */
  coupon?: Maybe<Coupon>;
};


export type QueryCouponArgs = {
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
  Coupon: Coupon;
  PizzaOrder: PizzaOrder;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Coupon:
    ( { __typename: 'Coupon' }
    & GraphQLRecursivePick<FederationTypes['Coupon'], {"id":true}> );
  PizzaOrder:
    ( { __typename: 'PizzaOrder' }
    & GraphQLRecursivePick<FederationTypes['PizzaOrder'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Coupon: ResolverTypeWrapper<CouponModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CouponStatus: CouponStatus;
  PizzaOrder: ResolverTypeWrapper<{ id: string }>;
  User: ResolverTypeWrapper<User>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Coupon: CouponModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  PizzaOrder: { id: string };
  User: User;
  Query: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type CouponResolvers<ContextType = any, ParentType extends ResolversParentTypes['Coupon'] = ResolversParentTypes['Coupon'], FederationReferenceType extends FederationReferenceTypes['Coupon'] = FederationReferenceTypes['Coupon']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Coupon']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CouponStatus'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['PizzaOrder'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PizzaOrderResolvers<ContextType = any, ParentType extends ResolversParentTypes['PizzaOrder'] = ResolversParentTypes['PizzaOrder'], FederationReferenceType extends FederationReferenceTypes['PizzaOrder'] = FederationReferenceTypes['PizzaOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PizzaOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  coupon?: Resolver<Maybe<ResolversTypes['Coupon']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  myCoupons?: Resolver<Array<ResolversTypes['Coupon']>, ParentType, ContextType>;
  coupon?: Resolver<Maybe<ResolversTypes['Coupon']>, ParentType, ContextType, RequireFields<QueryCouponArgs, 'id'>>;
};

export type Resolvers<ContextType = any> = {
  Coupon?: CouponResolvers<ContextType>;
  PizzaOrder?: PizzaOrderResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

