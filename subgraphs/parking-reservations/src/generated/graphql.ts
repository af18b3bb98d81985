// Generated from subgraphs/parking-reservations/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { TicketReservation as TicketReservationModel } from '../domain/ticket-reservation.ts';
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
 * An employee's reservation of a daily parking ticket for the company car park, for one date.
 * Its status follows the parking lot's decision and the ticket's delivery, by their events.
 */
export type TicketReservation = {
  __typename?: 'TicketReservation';
  /** Reservation id: the case's key, carried by the lot's allocation and the ticket delivery. */
  id: Scalars['ID']['output'];
  /** The day the ticket is for (ISO date, YYYY-MM-DD). */
  date: Scalars['String']['output'];
  /** Where the reservation is in its life. */
  status: TicketReservationStatus;
  /** The employee who reserved it. */
  employee: User;
  /** The lot's allocation for it (the original's ParkingLot id), once the lot has decided: a space or a refusal. */
  parkingLotId?: Maybe<Scalars['ID']['output']>;
  /** The ticket delivery, once its ticket was delivered. */
  deliveryId?: Maybe<Scalars['ID']['output']>;
  /** When it was reserved (ISO-8601). */
  reservedAt: Scalars['String']['output'];
  /** When the lot gave it a space (ISO-8601). */
  allocatedAt?: Maybe<Scalars['String']['output']>;
  /** When the lot refused it, the day being full (ISO-8601). */
  refusedAt?: Maybe<Scalars['String']['output']>;
  /** When the parking manager delivered its ticket (ISO-8601). */
  deliveredAt?: Maybe<Scalars['String']['output']>;
  /** When the employee canceled it (ISO-8601). */
  canceledAt?: Maybe<Scalars['String']['output']>;
};

/**
 * Where a ticket reservation is in its life: RESERVED, then ALLOCATED or REFUSED_FULL (the lot's
 * decision), then TICKET_DELIVERED (the parking manager handed the ticket over); CANCELED from
 * any of them when the employee cancels.
 */
export const TicketReservationStatus = {
  /** Taken; the parking lot has not decided yet (it decides even when it was down at the time, once back). */
  RESERVED: 'RESERVED',
  /** The lot gave it a space for the day; its ticket is in the parking manager's list. */
  ALLOCATED: 'ALLOCATED',
  /** The day's spaces were all taken: no space, no ticket. It no longer counts as the employee's reservation of the day. */
  REFUSED_FULL: 'REFUSED_FULL',
  /** The parking manager delivered the ticket. */
  TICKET_DELIVERED: 'TICKET_DELIVERED',
  /** Canceled by the employee; its ticket delivery is canceled before its space is released. */
  CANCELED: 'CANCELED'
} as const;

export type TicketReservationStatus = typeof TicketReservationStatus[keyof typeof TicketReservationStatus];
/** Business failures of the parking-reservations context, returned as `extensions.code` of an error. */
export const ParkingReservationsErrorCode = {
  /** The date is not a calendar date written YYYY-MM-DD. */
  INVALID_DATE: 'INVALID_DATE',
  /** The date is before today (UTC): tickets are reserved for today or later. */
  DATE_IN_PAST: 'DATE_IN_PAST',
  /** You already have a live reservation (reserved, allocated or delivered) for that date. */
  ALREADY_RESERVED: 'ALREADY_RESERVED',
  /** No ticket reservation with that id that you may see. */
  TICKET_RESERVATION_NOT_FOUND: 'TICKET_RESERVATION_NOT_FOUND',
  /** The reservation is already canceled. */
  TICKET_RESERVATION_ALREADY_CANCELED: 'TICKET_RESERVATION_ALREADY_CANCELED'
} as const;

export type ParkingReservationsErrorCode = typeof ParkingReservationsErrorCode[keyof typeof ParkingReservationsErrorCode];
/** A user of the portal, owned by the identity context. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
  /** The user's ticket reservations, newest date first: only the user themself or an ADMIN sees them (empty otherwise). */
  ticketReservations: Array<TicketReservation>;
};

export type Query = {
  __typename?: 'Query';
  /** The signed-in employee's ticket reservations, newest date first. */
  myTicketReservations: Array<TicketReservation>;
  /** One ticket reservation by id: the signed-in employee's own, or any for the PARKING_MANAGER or an ADMIN. */
  ticketReservation?: Maybe<TicketReservation>;
};


export type QueryTicketReservationArgs = {
  id: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Reserves a daily parking ticket for a date (today or later, YYYY-MM-DD) for the signed-in
   * employee; the parking lot allocates a space or refuses shortly after. Needs role EMPLOYEE.
   */
  reserveParkingTicket: TicketReservation;
  /**
   * Cancels one of your ticket reservations at once; the lot then cancels its ticket delivery and
   * only after that releases its space (a refused one is canceled without either).
   */
  cancelTicketReservation: TicketReservation;
};


export type MutationReserveParkingTicketArgs = {
  date: Scalars['String']['input'];
};


export type MutationCancelTicketReservationArgs = {
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
  TicketReservation: TicketReservation;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  TicketReservation:
    ( { __typename: 'TicketReservation' }
    & GraphQLRecursivePick<FederationTypes['TicketReservation'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  TicketReservation: ResolverTypeWrapper<TicketReservationModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TicketReservationStatus: TicketReservationStatus;
  ParkingReservationsErrorCode: ParkingReservationsErrorCode;
  User: ResolverTypeWrapper<{ id: string }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  TicketReservation: TicketReservationModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  User: { id: string };
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type TicketReservationResolvers<ContextType = any, ParentType extends ResolversParentTypes['TicketReservation'] = ResolversParentTypes['TicketReservation'], FederationReferenceType extends FederationReferenceTypes['TicketReservation'] = FederationReferenceTypes['TicketReservation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TicketReservation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketReservationStatus'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  parkingLotId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  deliveryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reservedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  allocatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refusedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  canceledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ticketReservations?: Resolver<Array<ResolversTypes['TicketReservation']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  myTicketReservations?: Resolver<Array<ResolversTypes['TicketReservation']>, ParentType, ContextType>;
  ticketReservation?: Resolver<Maybe<ResolversTypes['TicketReservation']>, ParentType, ContextType, RequireFields<QueryTicketReservationArgs, 'id'>>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  reserveParkingTicket?: Resolver<ResolversTypes['TicketReservation'], ParentType, ContextType, RequireFields<MutationReserveParkingTicketArgs, 'date'>>;
  cancelTicketReservation?: Resolver<ResolversTypes['TicketReservation'], ParentType, ContextType, RequireFields<MutationCancelTicketReservationArgs, 'id'>>;
};

export type Resolvers<ContextType = any> = {
  TicketReservation?: TicketReservationResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

