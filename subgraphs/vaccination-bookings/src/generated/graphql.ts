// Generated from subgraphs/vaccination-bookings/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { VaccinationBooking as VaccinationBookingModel } from '../domain/vaccination-booking.ts';
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
 * A customer's booking of a vaccination on a day. It exists only with a dose reserved for it in
 * vaccines (a sync call made before it is stored); it becomes INJECTED when the injection manager
 * gives the injection, or CANCELED when the customer cancels before that (the dose is released).
 */
export type VaccinationBooking = {
  __typename?: 'VaccinationBooking';
  /** Booking id: the case's key, carried by its dose and its injection. */
  id: Scalars['ID']['output'];
  /** The customer who booked. */
  customer: User;
  /** The vaccine booked. */
  vaccine: Vaccine;
  /** The vaccine's name when it was booked. */
  vaccineName: Scalars['String']['output'];
  /** The day of the vaccination (ISO date, YYYY-MM-DD). */
  date: Scalars['String']['output'];
  /** Where the booking is in its life. */
  status: VaccinationBookingStatus;
  /** The injection given, once it is (the key a certificate application names). */
  injectionId?: Maybe<Scalars['ID']['output']>;
  /** When it was booked (ISO-8601). */
  bookedAt: Scalars['String']['output'];
  /** When the injection was given (ISO-8601). */
  injectedAt?: Maybe<Scalars['String']['output']>;
  /** When the customer canceled it (ISO-8601). */
  canceledAt?: Maybe<Scalars['String']['output']>;
};

/** Where a vaccination booking is: BOOKED, then INJECTED or CANCELED. */
export const VaccinationBookingStatus = {
  /** Booked, its dose reserved; waiting for the visit. */
  BOOKED: 'BOOKED',
  /** The injection was given; its dose left the stock. */
  INJECTED: 'INJECTED',
  /** Canceled by the customer before the injection; its dose is released. */
  CANCELED: 'CANCELED'
} as const;

export type VaccinationBookingStatus = typeof VaccinationBookingStatus[keyof typeof VaccinationBookingStatus];
/** Business failures of the vaccination-bookings context, returned as `extensions.code` of an error. */
export const VaccinationBookingsErrorCode = {
  /** The date is not a calendar date written YYYY-MM-DD. */
  INVALID_DATE: 'INVALID_DATE',
  /** The date is before today (UTC). */
  DATE_IN_PAST: 'DATE_IN_PAST',
  /** No vaccine with that id (the id is malformed, or vaccines knows none). */
  VACCINE_NOT_FOUND: 'VACCINE_NOT_FOUND',
  /** No dose of the vaccine is left to book (stock - booked < 1); nothing was stored. */
  OUT_OF_STOCK: 'OUT_OF_STOCK',
  /** You already have a booking that is not injected or canceled. */
  ALREADY_BOOKED: 'ALREADY_BOOKED',
  /** Retryable: vaccines is down, slow or held off by its breaker; nothing was stored. `extensions.retryAfterMs` may say when. */
  VACCINES_UNAVAILABLE: 'VACCINES_UNAVAILABLE',
  /** Retryable: too many bookings at once; nothing was stored. */
  BOOKINGS_BUSY: 'BOOKINGS_BUSY',
  /** No vaccination booking with that id that you may see. */
  VACCINATION_BOOKING_NOT_FOUND: 'VACCINATION_BOOKING_NOT_FOUND',
  /** The booking is already canceled. */
  BOOKING_ALREADY_CANCELED: 'BOOKING_ALREADY_CANCELED',
  /** The injection was given: the booking can no longer be canceled. */
  BOOKING_ALREADY_INJECTED: 'BOOKING_ALREADY_INJECTED'
} as const;

export type VaccinationBookingsErrorCode = typeof VaccinationBookingsErrorCode[keyof typeof VaccinationBookingsErrorCode];
/** A vaccine, owned by the vaccines context. */
export type Vaccine = {
  __typename?: 'Vaccine';
  /** Vaccine id. */
  id: Scalars['ID']['output'];
};

/** A user of the portal, owned by the identity context. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
  /** The user's vaccination bookings, newest first: only the user themself or an ADMIN sees them (empty otherwise). */
  vaccinationBookings: Array<VaccinationBooking>;
};

/** What a customer gives to book a vaccination. */
export type BookVaccinationInput = {
  /** The vaccine to book (see `vaccines`). */
  vaccineId: Scalars['ID']['input'];
  /** The day of the vaccination, today or later (YYYY-MM-DD). */
  date: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** The signed-in customer's vaccination bookings, newest first. */
  myVaccinationBookings: Array<VaccinationBooking>;
  /** One vaccination booking by id: the customer's own, or any for the INJECTION_MANAGER or an ADMIN. */
  vaccinationBooking?: Maybe<VaccinationBooking>;
};


export type QueryVaccinationBookingArgs = {
  id: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Books a vaccination for the signed-in customer: a dose is reserved in vaccines first, so the
   * booking is refused (OUT_OF_STOCK) when none is left, and nothing is stored when vaccines
   * cannot answer (VACCINES_UNAVAILABLE, retryable). Needs role CUSTOMER.
   */
  bookVaccination: VaccinationBooking;
  /** Cancels one of your bookings before its injection; its dose is released shortly after. */
  cancelVaccinationBooking: VaccinationBooking;
};


export type MutationBookVaccinationArgs = {
  input: BookVaccinationInput;
};


export type MutationCancelVaccinationBookingArgs = {
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
  VaccinationBooking: VaccinationBooking;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  VaccinationBooking:
    ( { __typename: 'VaccinationBooking' }
    & GraphQLRecursivePick<FederationTypes['VaccinationBooking'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  VaccinationBooking: ResolverTypeWrapper<VaccinationBookingModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  VaccinationBookingStatus: VaccinationBookingStatus;
  VaccinationBookingsErrorCode: VaccinationBookingsErrorCode;
  Vaccine: ResolverTypeWrapper<Vaccine>;
  User: ResolverTypeWrapper<{ id: string }>;
  BookVaccinationInput: BookVaccinationInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  VaccinationBooking: VaccinationBookingModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Vaccine: Vaccine;
  User: { id: string };
  BookVaccinationInput: BookVaccinationInput;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type VaccinationBookingResolvers<ContextType = any, ParentType extends ResolversParentTypes['VaccinationBooking'] = ResolversParentTypes['VaccinationBooking'], FederationReferenceType extends FederationReferenceTypes['VaccinationBooking'] = FederationReferenceTypes['VaccinationBooking']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VaccinationBooking']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  vaccine?: Resolver<ResolversTypes['Vaccine'], ParentType, ContextType>;
  vaccineName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VaccinationBookingStatus'], ParentType, ContextType>;
  injectionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  bookedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  injectedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  canceledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type VaccineResolvers<ContextType = any, ParentType extends ResolversParentTypes['Vaccine'] = ResolversParentTypes['Vaccine']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  vaccinationBookings?: Resolver<Array<ResolversTypes['VaccinationBooking']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  myVaccinationBookings?: Resolver<Array<ResolversTypes['VaccinationBooking']>, ParentType, ContextType>;
  vaccinationBooking?: Resolver<Maybe<ResolversTypes['VaccinationBooking']>, ParentType, ContextType, RequireFields<QueryVaccinationBookingArgs, 'id'>>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  bookVaccination?: Resolver<ResolversTypes['VaccinationBooking'], ParentType, ContextType, RequireFields<MutationBookVaccinationArgs, 'input'>>;
  cancelVaccinationBooking?: Resolver<ResolversTypes['VaccinationBooking'], ParentType, ContextType, RequireFields<MutationCancelVaccinationBookingArgs, 'id'>>;
};

export type Resolvers<ContextType = any> = {
  VaccinationBooking?: VaccinationBookingResolvers<ContextType>;
  Vaccine?: VaccineResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

