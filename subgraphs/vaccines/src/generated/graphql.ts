// Generated from subgraphs/vaccines/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { Vaccine as VaccineModel } from '../domain/vaccine.ts';
import type { Dose as DoseModel } from '../infra/dose-store.ts';
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
 * A vaccine with its two quantities: the doses in stock, and those booked (reserved by bookings
 * not yet injected). A booking is refused when no dose is left (stock - booked < 1); an injection
 * takes its dose out of both.
 */
export type Vaccine = {
  __typename?: 'Vaccine';
  /** Vaccine id. */
  id: Scalars['ID']['output'];
  /** What the vaccine is called, 1 to 100 characters, unique. */
  name: Scalars['String']['output'];
  /** Doses in stock; an injection takes one out. */
  stock: Scalars['Int']['output'];
  /** Doses reserved by bookings not yet injected; never more than the stock. */
  booked: Scalars['Int']['output'];
  /** Doses left to book: stock - booked. */
  available: Scalars['Int']['output'];
  /** When the vaccine manager registered it (ISO-8601). */
  registeredAt: Scalars['String']['output'];
};

/** The dose of one booking, as the vaccines context keeps it. */
export type Dose = {
  __typename?: 'Dose';
  /** The booking the dose is for. */
  bookingId: Scalars['ID']['output'];
  /** The vaccine it is a dose of. */
  vaccine: Vaccine;
  /** Where the dose is. */
  status: DoseStatus;
  /** When it last changed (ISO-8601). */
  changedAt: Scalars['String']['output'];
};

/** Where a booking's dose is: RESERVED, then RELEASED (booking canceled or never stored) or CONSUMED (injected). */
export const DoseStatus = {
  /** Reserved by the booking: counted in booked. */
  RESERVED: 'RESERVED',
  /** Released: the booking was canceled, or never stored; a reservation arriving after this is refused. */
  RELEASED: 'RELEASED',
  /** Injected: out of the stock and of booked. */
  CONSUMED: 'CONSUMED'
} as const;

export type DoseStatus = typeof DoseStatus[keyof typeof DoseStatus];
/**
 * Business failures of the vaccines context, returned as `extensions.code` of an error (the
 * dose calls' refusals reach the customer through vaccination-bookings, which documents them too).
 */
export const VaccinesErrorCode = {
  /** No vaccine with that id. */
  VACCINE_NOT_FOUND: 'VACCINE_NOT_FOUND',
  /** The name is empty or longer than 100 characters. */
  INVALID_VACCINE_NAME: 'INVALID_VACCINE_NAME',
  /** A vaccine of that name is registered already. */
  VACCINE_ALREADY_REGISTERED: 'VACCINE_ALREADY_REGISTERED',
  /** The quantity is not a whole number from 1 to 1,000,000 (a first stock may be 0). */
  INVALID_QUANTITY: 'INVALID_QUANTITY',
  /** No dose left to book: stock - booked < 1 (reserve-a-dose call). */
  OUT_OF_STOCK: 'OUT_OF_STOCK',
  /** The booking's dose was released before this reservation arrived (reserve-a-dose call). */
  DOSE_RELEASED: 'DOSE_RELEASED',
  /** The dose call's request was malformed. */
  INVALID_DOSE_REQUEST: 'INVALID_DOSE_REQUEST'
} as const;

export type VaccinesErrorCode = typeof VaccinesErrorCode[keyof typeof VaccinesErrorCode];
/** What a vaccine manager gives to register a vaccine. */
export type RegisterVaccineInput = {
  /** 1 to 100 characters, trimmed; unique. */
  name: Scalars['String']['input'];
  /** The first stock, 0 to 1,000,000 doses. */
  stock: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Every vaccine, by name, with its quantities: for any signed-in user (a customer picks one to book). */
  vaccines: Array<Vaccine>;
  /** One vaccine by id, for any signed-in user. */
  vaccine?: Maybe<Vaccine>;
  /** The dose of a booking, by booking id. Needs role VACCINE_MANAGER or ADMIN. */
  dose?: Maybe<Dose>;
};


export type QueryVaccineArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDoseArgs = {
  bookingId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Registers a vaccine with its first stock. Needs role VACCINE_MANAGER. */
  registerVaccine: Vaccine;
  /** Adds doses (1 to 1,000,000) to a vaccine's stock. Needs role VACCINE_MANAGER. */
  addVaccineStock: Vaccine;
};


export type MutationRegisterVaccineArgs = {
  input: RegisterVaccineInput;
};


export type MutationAddVaccineStockArgs = {
  id: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
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
  Vaccine: Vaccine;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Vaccine:
    ( { __typename: 'Vaccine' }
    & GraphQLRecursivePick<FederationTypes['Vaccine'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Vaccine: ResolverTypeWrapper<VaccineModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Dose: ResolverTypeWrapper<DoseModel>;
  DoseStatus: DoseStatus;
  VaccinesErrorCode: VaccinesErrorCode;
  RegisterVaccineInput: RegisterVaccineInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Vaccine: VaccineModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Dose: DoseModel;
  RegisterVaccineInput: RegisterVaccineInput;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type VaccineResolvers<ContextType = any, ParentType extends ResolversParentTypes['Vaccine'] = ResolversParentTypes['Vaccine'], FederationReferenceType extends FederationReferenceTypes['Vaccine'] = FederationReferenceTypes['Vaccine']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Vaccine']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  booked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DoseResolvers<ContextType = any, ParentType extends ResolversParentTypes['Dose'] = ResolversParentTypes['Dose']> = {
  bookingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  vaccine?: Resolver<ResolversTypes['Vaccine'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DoseStatus'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  vaccines?: Resolver<Array<ResolversTypes['Vaccine']>, ParentType, ContextType>;
  vaccine?: Resolver<Maybe<ResolversTypes['Vaccine']>, ParentType, ContextType, RequireFields<QueryVaccineArgs, 'id'>>;
  dose?: Resolver<Maybe<ResolversTypes['Dose']>, ParentType, ContextType, RequireFields<QueryDoseArgs, 'bookingId'>>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  registerVaccine?: Resolver<ResolversTypes['Vaccine'], ParentType, ContextType, RequireFields<MutationRegisterVaccineArgs, 'input'>>;
  addVaccineStock?: Resolver<ResolversTypes['Vaccine'], ParentType, ContextType, RequireFields<MutationAddVaccineStockArgs, 'id' | 'quantity'>>;
};

export type Resolvers<ContextType = any> = {
  Vaccine?: VaccineResolvers<ContextType>;
  Dose?: DoseResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

