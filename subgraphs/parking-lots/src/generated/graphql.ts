// Generated from subgraphs/parking-lots/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { ParkingLot as ParkingLotModel, ParkingDay as ParkingDayModel } from '../domain/parking-lot.ts';
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
 * The car park's decision on one ticket reservation (the original's ParkingLot): a space of its
 * date, or a refusal because the day was full; released once the reservation is canceled and
 * its ticket delivery canceled first.
 */
export type ParkingLot = {
  __typename?: 'ParkingLot';
  /** Allocation id. */
  id: Scalars['ID']['output'];
  /** The reservation it decides on. */
  reservation: TicketReservation;
  /** The employee who reserved. */
  employee: User;
  /** The day (ISO date, YYYY-MM-DD). */
  date: Scalars['String']['output'];
  /** What the lot decided, and whether the space was released since. */
  status: ParkingLotStatus;
  /** When the lot decided (ISO-8601). */
  decidedAt: Scalars['String']['output'];
  /** When the space was released (ISO-8601), after the ticket delivery was canceled. */
  vacatedAt?: Maybe<Scalars['String']['output']>;
};

/** What the lot decided on a reservation. */
export const ParkingLotStatus = {
  /** A space of the day is the reservation's. */
  OCCUPIED: 'OCCUPIED',
  /** The day was full when the reservation came: no space. */
  FULLY_OCCUPIED: 'FULLY_OCCUPIED',
  /** Its space was released: the reservation was canceled and its ticket delivery canceled first. */
  VACATED: 'VACATED',
  /** The reservation was canceled before the lot saw it: no space was ever given, none will be. */
  WITHDRAWN: 'WITHDRAWN'
} as const;

export type ParkingLotStatus = typeof ParkingLotStatus[keyof typeof ParkingLotStatus];
/** The car park on one day: its spaces and how many are taken. */
export type ParkingDay = {
  __typename?: 'ParkingDay';
  /** The day (ISO date, YYYY-MM-DD). */
  date: Scalars['String']['output'];
  /** Spaces of the day: PARKING_SPACES_PER_DAY as it was at the day's first reservation (as it is now for a day without any). */
  capacity: Scalars['Int']['output'];
  /** Spaces allocated and not released. */
  occupied: Scalars['Int']['output'];
  /** Spaces still free: capacity - occupied. */
  free: Scalars['Int']['output'];
};

/** Business failures of the parking-lots context, returned as `extensions.code` of an error. */
export const ParkingLotsErrorCode = {
  /** The date is not a calendar date written YYYY-MM-DD. */
  INVALID_DATE: 'INVALID_DATE'
} as const;

export type ParkingLotsErrorCode = typeof ParkingLotsErrorCode[keyof typeof ParkingLotsErrorCode];
/** A ticket reservation, owned by the parking-reservations context. */
export type TicketReservation = {
  __typename?: 'TicketReservation';
  /** Reservation id. */
  id: Scalars['ID']['output'];
};

/** A user of the portal, owned by the identity context. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The car park on a day (YYYY-MM-DD). Needs role PARKING_MANAGER or ADMIN. */
  parkingDay: ParkingDay;
  /** The lot's decision on a reservation, by the reservation's id: the employee's own, or any for PARKING_MANAGER or ADMIN. */
  parkingLotOfReservation?: Maybe<ParkingLot>;
};


export type QueryParkingDayArgs = {
  date: Scalars['String']['input'];
};


export type QueryParkingLotOfReservationArgs = {
  reservationId: Scalars['ID']['input'];
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
  ParkingLot: ParkingLot;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  ParkingLot:
    ( { __typename: 'ParkingLot' }
    & GraphQLRecursivePick<FederationTypes['ParkingLot'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ParkingLot: ResolverTypeWrapper<ParkingLotModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ParkingLotStatus: ParkingLotStatus;
  ParkingDay: ResolverTypeWrapper<ParkingDayModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ParkingLotsErrorCode: ParkingLotsErrorCode;
  TicketReservation: ResolverTypeWrapper<TicketReservation>;
  User: ResolverTypeWrapper<User>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ParkingLot: ParkingLotModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  ParkingDay: ParkingDayModel;
  Int: Scalars['Int']['output'];
  TicketReservation: TicketReservation;
  User: User;
  Query: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type ParkingLotResolvers<ContextType = any, ParentType extends ResolversParentTypes['ParkingLot'] = ResolversParentTypes['ParkingLot'], FederationReferenceType extends FederationReferenceTypes['ParkingLot'] = FederationReferenceTypes['ParkingLot']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ParkingLot']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reservation?: Resolver<ResolversTypes['TicketReservation'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ParkingLotStatus'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vacatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParkingDayResolvers<ContextType = any, ParentType extends ResolversParentTypes['ParkingDay'] = ResolversParentTypes['ParkingDay']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  occupied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  free?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TicketReservationResolvers<ContextType = any, ParentType extends ResolversParentTypes['TicketReservation'] = ResolversParentTypes['TicketReservation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  parkingDay?: Resolver<ResolversTypes['ParkingDay'], ParentType, ContextType, RequireFields<QueryParkingDayArgs, 'date'>>;
  parkingLotOfReservation?: Resolver<Maybe<ResolversTypes['ParkingLot']>, ParentType, ContextType, RequireFields<QueryParkingLotOfReservationArgs, 'reservationId'>>;
};

export type Resolvers<ContextType = any> = {
  ParkingLot?: ParkingLotResolvers<ContextType>;
  ParkingDay?: ParkingDayResolvers<ContextType>;
  TicketReservation?: TicketReservationResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

