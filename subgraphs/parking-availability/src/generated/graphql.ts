// Generated from subgraphs/parking-availability/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { DayAvailability as DayAvailabilityModel } from '../domain/day-availability.ts';
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
 * A day availability a signed-in user requests; the parking-availability context confirms it once the request is
 * published.
 */
export type DayAvailability = {
  __typename?: 'DayAvailability';
  /** DayAvailability id. */
  id: Scalars['ID']['output'];
  /** What the day availability is called, 1 to 200 characters. */
  title: Scalars['String']['output'];
  /** Where the day availability is in its life. */
  status: DayAvailabilityStatus;
  /** The user who requested it. */
  owner: User;
  /** When it was requested. */
  requestedAt: Scalars['String']['output'];
  /** When it was confirmed, once it is. */
  confirmedAt?: Maybe<Scalars['String']['output']>;
};

/** Where a day availability is in its life. */
export const DayAvailabilityStatus = {
  /** Requested; confirmed shortly after, once the request is published. */
  REQUESTED: 'REQUESTED',
  /** Confirmed. */
  CONFIRMED: 'CONFIRMED'
} as const;

export type DayAvailabilityStatus = typeof DayAvailabilityStatus[keyof typeof DayAvailabilityStatus];
/** A user of the portal, owned by the identity context. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
};

/** Business failures of the parking-availability context, returned as `extensions.code` of an error. */
export const ParkingAvailabilityErrorCode = {
  /** No day availability with that id. */
  DAY_AVAILABILITY_NOT_FOUND: 'DAY_AVAILABILITY_NOT_FOUND',
  /** The title is empty or longer than 200 characters. */
  INVALID_DAY_AVAILABILITY: 'INVALID_DAY_AVAILABILITY'
} as const;

export type ParkingAvailabilityErrorCode = typeof ParkingAvailabilityErrorCode[keyof typeof ParkingAvailabilityErrorCode];
/** What a user gives to request a day availability. */
export type RequestDayAvailabilityInput = {
  /** 1 to 200 characters, trimmed. */
  title: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** One day availability by id: the signed-in user's own, or any for an ADMIN. */
  dayAvailability?: Maybe<DayAvailability>;
};


export type QueryDayAvailabilityArgs = {
  id: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Requests a day availability for the signed-in user; it is confirmed shortly after. */
  requestDayAvailability: DayAvailability;
};


export type MutationRequestDayAvailabilityArgs = {
  input: RequestDayAvailabilityInput;
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
  DayAvailability: DayAvailability;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  DayAvailability:
    ( { __typename: 'DayAvailability' }
    & GraphQLRecursivePick<FederationTypes['DayAvailability'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  DayAvailability: ResolverTypeWrapper<DayAvailabilityModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DayAvailabilityStatus: DayAvailabilityStatus;
  User: ResolverTypeWrapper<User>;
  ParkingAvailabilityErrorCode: ParkingAvailabilityErrorCode;
  RequestDayAvailabilityInput: RequestDayAvailabilityInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  DayAvailability: DayAvailabilityModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  User: User;
  RequestDayAvailabilityInput: RequestDayAvailabilityInput;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type DayAvailabilityResolvers<ContextType = any, ParentType extends ResolversParentTypes['DayAvailability'] = ResolversParentTypes['DayAvailability'], FederationReferenceType extends FederationReferenceTypes['DayAvailability'] = FederationReferenceTypes['DayAvailability']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DayAvailability']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DayAvailabilityStatus'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  dayAvailability?: Resolver<Maybe<ResolversTypes['DayAvailability']>, ParentType, ContextType, RequireFields<QueryDayAvailabilityArgs, 'id'>>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  requestDayAvailability?: Resolver<ResolversTypes['DayAvailability'], ParentType, ContextType, RequireFields<MutationRequestDayAvailabilityArgs, 'input'>>;
};

export type Resolvers<ContextType = any> = {
  DayAvailability?: DayAvailabilityResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

