// Generated from subgraphs/ticket-deliveries/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { TicketDelivery as TicketDeliveryModel } from '../domain/ticket-delivery.ts';
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
 * A daily parking ticket to hand to an employee (to stick on the car): made when the lot gives
 * a reservation a space, delivered by the parking manager, canceled when the reservation is.
 */
export type TicketDelivery = {
  __typename?: 'TicketDelivery';
  /** Ticket delivery id. */
  id: Scalars['ID']['output'];
  /** The reservation the ticket is for. */
  reservation: TicketReservation;
  /** The employee the ticket is for. */
  employee: User;
  /** The day the ticket is for (ISO date, YYYY-MM-DD). */
  date: Scalars['String']['output'];
  /** The lot's allocation the ticket stands for. */
  parkingLotId: Scalars['ID']['output'];
  /** Where the ticket is in its life. */
  status: TicketDeliveryStatus;
  /** When it was handed to the parking manager's list (ISO-8601). */
  createdAt: Scalars['String']['output'];
  /** When the parking manager delivered it (ISO-8601). */
  shippedAt?: Maybe<Scalars['String']['output']>;
  /** The parking manager who delivered it. */
  shippedBy?: Maybe<User>;
  /** When it was canceled (ISO-8601): the ticket is void. */
  canceledAt?: Maybe<Scalars['String']['output']>;
};

/** Where a ticket delivery is in its life. */
export const TicketDeliveryStatus = {
  /** In the parking manager's list, not delivered yet. */
  TO_DELIVER: 'TO_DELIVER',
  /** Delivered to the employee (Shipped). */
  SHIPPED: 'SHIPPED',
  /** Canceled with its reservation: the ticket is void and its space may be given out again. */
  CANCELED: 'CANCELED'
} as const;

export type TicketDeliveryStatus = typeof TicketDeliveryStatus[keyof typeof TicketDeliveryStatus];
/** Business failures of the ticket-deliveries context, returned as `extensions.code` of an error. */
export const TicketDeliveriesErrorCode = {
  /** No ticket delivery with that id that you may see. */
  TICKET_DELIVERY_NOT_FOUND: 'TICKET_DELIVERY_NOT_FOUND',
  /** The ticket was already delivered. */
  TICKET_ALREADY_DELIVERED: 'TICKET_ALREADY_DELIVERED',
  /** The ticket delivery was canceled with its reservation: there is nothing to deliver. */
  TICKET_DELIVERY_CANCELED: 'TICKET_DELIVERY_CANCELED',
  /** The date is not a calendar date written YYYY-MM-DD. */
  INVALID_DATE: 'INVALID_DATE',
  /** The cancel-delivery call was not a valid request (a caller's bug). */
  INVALID_CANCEL_DELIVERY: 'INVALID_CANCEL_DELIVERY'
} as const;

export type TicketDeliveriesErrorCode = typeof TicketDeliveriesErrorCode[keyof typeof TicketDeliveriesErrorCode];
/** A ticket reservation, owned by the parking-reservations context; ticket deliveries adds its ticket. */
export type TicketReservation = {
  __typename?: 'TicketReservation';
  /** Reservation id. */
  id: Scalars['ID']['output'];
  /** The reservation's ticket delivery, once the lot gave it a space: seen by its employee, the parking manager or an ADMIN. */
  ticketDelivery?: Maybe<TicketDelivery>;
};

/** A user of the portal, owned by the identity context. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * The parking manager's list: tickets still to deliver, by date then age, the first 500; only
   * those of `date` (YYYY-MM-DD) when it is given. Needs role PARKING_MANAGER or ADMIN.
   */
  ticketsToDeliver: Array<TicketDelivery>;
  /** One ticket delivery: the employee's own, or any for PARKING_MANAGER or ADMIN. */
  ticketDelivery?: Maybe<TicketDelivery>;
};


export type QueryTicketsToDeliverArgs = {
  date?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTicketDeliveryArgs = {
  id: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Marks a ticket delivered to its employee (Shipped). Needs role PARKING_MANAGER. */
  deliverTicket: TicketDelivery;
};


export type MutationDeliverTicketArgs = {
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
  TicketDelivery: TicketDelivery;
  TicketReservation: TicketReservation;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  TicketDelivery:
    ( { __typename: 'TicketDelivery' }
    & GraphQLRecursivePick<FederationTypes['TicketDelivery'], {"id":true}> );
  TicketReservation:
    ( { __typename: 'TicketReservation' }
    & GraphQLRecursivePick<FederationTypes['TicketReservation'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  TicketDelivery: ResolverTypeWrapper<TicketDeliveryModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TicketDeliveryStatus: TicketDeliveryStatus;
  TicketDeliveriesErrorCode: TicketDeliveriesErrorCode;
  TicketReservation: ResolverTypeWrapper<{ id: string }>;
  User: ResolverTypeWrapper<User>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  TicketDelivery: TicketDeliveryModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  TicketReservation: { id: string };
  User: User;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type TicketDeliveryResolvers<ContextType = any, ParentType extends ResolversParentTypes['TicketDelivery'] = ResolversParentTypes['TicketDelivery'], FederationReferenceType extends FederationReferenceTypes['TicketDelivery'] = FederationReferenceTypes['TicketDelivery']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TicketDelivery']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reservation?: Resolver<ResolversTypes['TicketReservation'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parkingLotId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketDeliveryStatus'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shippedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shippedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  canceledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TicketReservationResolvers<ContextType = any, ParentType extends ResolversParentTypes['TicketReservation'] = ResolversParentTypes['TicketReservation'], FederationReferenceType extends FederationReferenceTypes['TicketReservation'] = FederationReferenceTypes['TicketReservation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TicketReservation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ticketDelivery?: Resolver<Maybe<ResolversTypes['TicketDelivery']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  ticketsToDeliver?: Resolver<Array<ResolversTypes['TicketDelivery']>, ParentType, ContextType, Partial<QueryTicketsToDeliverArgs>>;
  ticketDelivery?: Resolver<Maybe<ResolversTypes['TicketDelivery']>, ParentType, ContextType, RequireFields<QueryTicketDeliveryArgs, 'id'>>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  deliverTicket?: Resolver<ResolversTypes['TicketDelivery'], ParentType, ContextType, RequireFields<MutationDeliverTicketArgs, 'id'>>;
};

export type Resolvers<ContextType = any> = {
  TicketDelivery?: TicketDeliveryResolvers<ContextType>;
  TicketReservation?: TicketReservationResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

