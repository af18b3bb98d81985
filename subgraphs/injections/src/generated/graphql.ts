// Generated from subgraphs/injections/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { Injection as InjectionModel } from '../domain/injection.ts';
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
 * The injection of one vaccination booking: scheduled when the booking is taken (from its event,
 * so bookings are taken while this context is down), given by the injection manager when the
 * customer visits, canceled with its booking.
 */
export type Injection = {
  __typename?: 'Injection';
  /** Injection id (the key a certificate application names). */
  id: Scalars['ID']['output'];
  /** The booking it is for. */
  booking: VaccinationBooking;
  /** The customer to inject. */
  customer: User;
  /** The vaccine booked. */
  vaccine: Vaccine;
  /** The booked day (ISO date, YYYY-MM-DD). */
  date: Scalars['String']['output'];
  /** Where the injection is. */
  status: InjectionStatus;
  /** When the booking's record was made here (ISO-8601). */
  scheduledAt: Scalars['String']['output'];
  /** When the injection manager gave it (ISO-8601). */
  completedAt?: Maybe<Scalars['String']['output']>;
  /** The injection manager who gave it. */
  completedBy?: Maybe<User>;
  /** When its booking was canceled (ISO-8601). */
  canceledAt?: Maybe<Scalars['String']['output']>;
};

/** Where an injection is: SCHEDULED, then COMPLETED (given) or CANCELED (its booking was). */
export const InjectionStatus = {
  /** Waiting for the customer's visit. */
  SCHEDULED: 'SCHEDULED',
  /** Given by the injection manager. */
  COMPLETED: 'COMPLETED',
  /** Its booking was canceled before the visit. */
  CANCELED: 'CANCELED'
} as const;

export type InjectionStatus = typeof InjectionStatus[keyof typeof InjectionStatus];
/** A vaccination booking, owned by vaccination-bookings; this context adds its injection. */
export type VaccinationBooking = {
  __typename?: 'VaccinationBooking';
  /** Booking id. */
  id: Scalars['ID']['output'];
  /** The booking's injection, once its record is here: for its customer, the INJECTION_MANAGER or an ADMIN. */
  injection?: Maybe<Injection>;
};

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
};

/** Business failures of the injections context, returned as `extensions.code` of an error. */
export const InjectionsErrorCode = {
  /** No injection with that id that you may see. */
  INJECTION_NOT_FOUND: 'INJECTION_NOT_FOUND',
  /** The injection was given already. */
  INJECTION_ALREADY_COMPLETED: 'INJECTION_ALREADY_COMPLETED',
  /** The booking was canceled: there is nothing to give. */
  INJECTION_CANCELED: 'INJECTION_CANCELED',
  /** The date is not a calendar date written YYYY-MM-DD. */
  INVALID_DATE: 'INVALID_DATE'
} as const;

export type InjectionsErrorCode = typeof InjectionsErrorCode[keyof typeof InjectionsErrorCode];
export type Query = {
  __typename?: 'Query';
  /** Injections waiting for their customer (SCHEDULED), by day, the first 500; those of `date` when given. Needs role INJECTION_MANAGER or ADMIN. */
  injectionsToGive: Array<Injection>;
  /** One injection: the customer's own, or any for the INJECTION_MANAGER or an ADMIN. */
  injection?: Maybe<Injection>;
};


export type QueryInjectionsToGiveArgs = {
  date?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInjectionArgs = {
  id: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Marks an injection given when its customer visits (InjectionCompleted). Needs role INJECTION_MANAGER. */
  completeInjection: Injection;
};


export type MutationCompleteInjectionArgs = {
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
  Injection: Injection;
  VaccinationBooking: VaccinationBooking;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Injection:
    ( { __typename: 'Injection' }
    & GraphQLRecursivePick<FederationTypes['Injection'], {"id":true}> );
  VaccinationBooking:
    ( { __typename: 'VaccinationBooking' }
    & GraphQLRecursivePick<FederationTypes['VaccinationBooking'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Injection: ResolverTypeWrapper<InjectionModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  InjectionStatus: InjectionStatus;
  VaccinationBooking: ResolverTypeWrapper<{ id: string }>;
  Vaccine: ResolverTypeWrapper<Vaccine>;
  User: ResolverTypeWrapper<User>;
  InjectionsErrorCode: InjectionsErrorCode;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Injection: InjectionModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  VaccinationBooking: { id: string };
  Vaccine: Vaccine;
  User: User;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type InjectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Injection'] = ResolversParentTypes['Injection'], FederationReferenceType extends FederationReferenceTypes['Injection'] = FederationReferenceTypes['Injection']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Injection']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  booking?: Resolver<ResolversTypes['VaccinationBooking'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  vaccine?: Resolver<ResolversTypes['Vaccine'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InjectionStatus'], ParentType, ContextType>;
  scheduledAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  canceledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type VaccinationBookingResolvers<ContextType = any, ParentType extends ResolversParentTypes['VaccinationBooking'] = ResolversParentTypes['VaccinationBooking'], FederationReferenceType extends FederationReferenceTypes['VaccinationBooking'] = FederationReferenceTypes['VaccinationBooking']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VaccinationBooking']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  injection?: Resolver<Maybe<ResolversTypes['Injection']>, ParentType, ContextType>;
};

export type VaccineResolvers<ContextType = any, ParentType extends ResolversParentTypes['Vaccine'] = ResolversParentTypes['Vaccine']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  injectionsToGive?: Resolver<Array<ResolversTypes['Injection']>, ParentType, ContextType, Partial<QueryInjectionsToGiveArgs>>;
  injection?: Resolver<Maybe<ResolversTypes['Injection']>, ParentType, ContextType, RequireFields<QueryInjectionArgs, 'id'>>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  completeInjection?: Resolver<ResolversTypes['Injection'], ParentType, ContextType, RequireFields<MutationCompleteInjectionArgs, 'id'>>;
};

export type Resolvers<ContextType = any> = {
  Injection?: InjectionResolvers<ContextType>;
  VaccinationBooking?: VaccinationBookingResolvers<ContextType>;
  Vaccine?: VaccineResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

