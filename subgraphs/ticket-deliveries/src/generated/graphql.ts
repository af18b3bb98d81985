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
 * A ticket delivery a signed-in user requests; the ticket-deliveries context confirms it once the request is
 * published.
 */
export type TicketDelivery = {
  __typename?: 'TicketDelivery';
  /** TicketDelivery id. */
  id: Scalars['ID']['output'];
  /** What the ticket delivery is called, 1 to 200 characters. */
  title: Scalars['String']['output'];
  /** Where the ticket delivery is in its life. */
  status: TicketDeliveryStatus;
  /** The user who requested it. */
  owner: User;
  /** When it was requested. */
  requestedAt: Scalars['String']['output'];
  /** When it was confirmed, once it is. */
  confirmedAt?: Maybe<Scalars['String']['output']>;
};

/** Where a ticket delivery is in its life. */
export const TicketDeliveryStatus = {
  /** Requested; confirmed shortly after, once the request is published. */
  REQUESTED: 'REQUESTED',
  /** Confirmed. */
  CONFIRMED: 'CONFIRMED'
} as const;

export type TicketDeliveryStatus = typeof TicketDeliveryStatus[keyof typeof TicketDeliveryStatus];
/** A user of the portal, owned by the identity context. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
};

/** Business failures of the ticket-deliveries context, returned as `extensions.code` of an error. */
export const TicketDeliveriesErrorCode = {
  /** No ticket delivery with that id. */
  TICKET_DELIVERY_NOT_FOUND: 'TICKET_DELIVERY_NOT_FOUND',
  /** The title is empty or longer than 200 characters. */
  INVALID_TICKET_DELIVERY: 'INVALID_TICKET_DELIVERY'
} as const;

export type TicketDeliveriesErrorCode = typeof TicketDeliveriesErrorCode[keyof typeof TicketDeliveriesErrorCode];
/** What a user gives to request a ticket delivery. */
export type RequestTicketDeliveryInput = {
  /** 1 to 200 characters, trimmed. */
  title: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** One ticket delivery by id: the signed-in user's own, or any for an ADMIN. */
  ticketDelivery?: Maybe<TicketDelivery>;
};


export type QueryTicketDeliveryArgs = {
  id: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Requests a ticket delivery for the signed-in user; it is confirmed shortly after. */
  requestTicketDelivery: TicketDelivery;
};


export type MutationRequestTicketDeliveryArgs = {
  input: RequestTicketDeliveryInput;
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
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  TicketDelivery:
    ( { __typename: 'TicketDelivery' }
    & GraphQLRecursivePick<FederationTypes['TicketDelivery'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  TicketDelivery: ResolverTypeWrapper<TicketDeliveryModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TicketDeliveryStatus: TicketDeliveryStatus;
  User: ResolverTypeWrapper<User>;
  TicketDeliveriesErrorCode: TicketDeliveriesErrorCode;
  RequestTicketDeliveryInput: RequestTicketDeliveryInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  TicketDelivery: TicketDeliveryModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  User: User;
  RequestTicketDeliveryInput: RequestTicketDeliveryInput;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type TicketDeliveryResolvers<ContextType = any, ParentType extends ResolversParentTypes['TicketDelivery'] = ResolversParentTypes['TicketDelivery'], FederationReferenceType extends FederationReferenceTypes['TicketDelivery'] = FederationReferenceTypes['TicketDelivery']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TicketDelivery']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketDeliveryStatus'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  ticketDelivery?: Resolver<Maybe<ResolversTypes['TicketDelivery']>, ParentType, ContextType, RequireFields<QueryTicketDeliveryArgs, 'id'>>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  requestTicketDelivery?: Resolver<ResolversTypes['TicketDelivery'], ParentType, ContextType, RequireFields<MutationRequestTicketDeliveryArgs, 'input'>>;
};

export type Resolvers<ContextType = any> = {
  TicketDelivery?: TicketDeliveryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

