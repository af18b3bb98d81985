// Generated from subgraphs/parking-availability/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
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
 * The company car park's spaces on one day, as residents may see them after hours: public (no
 * sign-in), built only from the parking lot's events (Occupied, Vacated, FullyOccupied and the
 * capacity each carries), so it trails the lot by the events still in flight and knows nothing
 * of who reserved.
 */
export type ParkingDayAvailability = {
  __typename?: 'ParkingDayAvailability';
  /** The day, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  /**
   * Spaces of the day: what the lot's events of that day carried, or for a day without any, the
   * capacity of the lot's latest event. Null while no event of the lot has arrived at all.
   */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** Spaces taken on the day: allocated and not released. */
  occupied: Scalars['Int']['output'];
  /** Free spaces: capacity minus occupied, never below 0. Null while the capacity is unknown. */
  freeSpaces?: Maybe<Scalars['Int']['output']>;
};

/** Business failures of the parking-availability context, returned as `extensions.code` of an error. */
export const ParkingAvailabilityErrorCode = {
  /** A date is not a calendar day written YYYY-MM-DD. */
  INVALID_DATE: 'INVALID_DATE',
  /** The range ends before it starts, or spans more than 62 days. */
  INVALID_DATE_RANGE: 'INVALID_DATE_RANGE'
} as const;

export type ParkingAvailabilityErrorCode = typeof ParkingAvailabilityErrorCode[keyof typeof ParkingAvailabilityErrorCode];
export type Query = {
  __typename?: 'Query';
  /** Free spaces of the car park on one day. Public: needs no token. */
  parkingAvailability: ParkingDayAvailability;
  /** Free spaces of each day from `from` to `to` (both included, at most 62 days), earliest first. Public: needs no token. */
  freeParkingSpaces: Array<ParkingDayAvailability>;
};


export type QueryParkingAvailabilityArgs = {
  date: Scalars['String']['input'];
};


export type QueryFreeParkingSpacesArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ParkingDayAvailability: ResolverTypeWrapper<ParkingDayAvailability>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ParkingAvailabilityErrorCode: ParkingAvailabilityErrorCode;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ParkingDayAvailability: ParkingDayAvailability;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Query: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type ParkingDayAvailabilityResolvers<ContextType = any, ParentType extends ResolversParentTypes['ParkingDayAvailability'] = ResolversParentTypes['ParkingDayAvailability']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  occupied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  freeSpaces?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  parkingAvailability?: Resolver<ResolversTypes['ParkingDayAvailability'], ParentType, ContextType, RequireFields<QueryParkingAvailabilityArgs, 'date'>>;
  freeParkingSpaces?: Resolver<Array<ResolversTypes['ParkingDayAvailability']>, ParentType, ContextType, RequireFields<QueryFreeParkingSpacesArgs, 'from' | 'to'>>;
};

export type Resolvers<ContextType = any> = {
  ParkingDayAvailability?: ParkingDayAvailabilityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

