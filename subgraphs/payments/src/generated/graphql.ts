// Generated from subgraphs/payments/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { Payment as PaymentModel } from '../domain/payment.ts';
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
 * A payment for something a user buys on the portal (a course registration, a pizza order),
 * identified by its reference: the id of the thing paid for. Readable by its payer and by admins.
 */
export type Payment = {
  __typename?: 'Payment';
  /** Payment id. */
  id: Scalars['ID']['output'];
  /** Id of the thing paid for (the registration id, the order id); one payment per reference. */
  reference: Scalars['String']['output'];
  /** What the payment is for. */
  purpose: PaymentPurpose;
  /** Amount charged, in cents (0 for a voided reference). */
  amount: Scalars['Int']['output'];
  /** Whether the money is taken, given back, or was never taken. */
  status: PaymentStatus;
  /** The user who pays. */
  payer: User;
  /** When the payment was charged (or its reference voided). */
  createdAt: Scalars['String']['output'];
  /** When the payment was canceled or its reference voided, if it was. */
  canceledAt?: Maybe<Scalars['String']['output']>;
  /** Why it was canceled or voided, in the words of the context that asked (e.g. `STUDENT_CANCELED`); null before, and for payments canceled by versions that did not say. */
  cancellationReason?: Maybe<Scalars['String']['output']>;
};

/** What a payment is for; its reference is the id of that thing. */
export const PaymentPurpose = {
  /** Registration for a lecture; the reference is the registration id. */
  COURSE_REGISTRATION: 'COURSE_REGISTRATION',
  /** A pizza order; the reference is the order id. */
  PIZZA_ORDER: 'PIZZA_ORDER'
} as const;

export type PaymentPurpose = typeof PaymentPurpose[keyof typeof PaymentPurpose];
/** Whether a payment's money is taken. */
export const PaymentStatus = {
  /** The processor took the money. */
  COMPLETED: 'COMPLETED',
  /** The money was given back, because what it paid for was canceled. */
  CANCELED: 'CANCELED',
  /** Nothing was charged: what it would have paid for was given up first, so a late charge for the reference is refused. */
  VOIDED: 'VOIDED'
} as const;

export type PaymentStatus = typeof PaymentStatus[keyof typeof PaymentStatus];
/** A user of the portal, owned by the identity context. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
};

/**
 * Business failures of payments, returned as `extensions.code` of an error by the operation
 * that charged (payments are charged by other contexts through the `payments.charge` sync call,
 * e.g. `registerForLecture`, and called off by their `PaymentCancellationRequested` events, not by
 * a mutation here).
 */
export const PaymentErrorCode = {
  /** The payment processor declined the charge; nothing was taken. */
  PAYMENT_DECLINED: 'PAYMENT_DECLINED',
  /** The payment for this reference was called off (what it paid for was canceled or given up); it cannot be charged any more. */
  PAYMENT_VOIDED: 'PAYMENT_VOIDED',
  /**
   * Payments is down, slow or overloaded, so its circuit breaker is open: nothing was charged
   * and the operation did not happen. Raised by the calling context; retry shortly.
   * The error then also carries `extensions.retryable: true`.
   */
  PAYMENT_UNAVAILABLE: 'PAYMENT_UNAVAILABLE',
  /** The charge request was malformed (a caller's bug); nothing was charged. */
  INVALID_CHARGE: 'INVALID_CHARGE'
} as const;

export type PaymentErrorCode = typeof PaymentErrorCode[keyof typeof PaymentErrorCode];
export type Query = {
  __typename?: 'Query';
  /** One payment by id: null unless the signed-in viewer is its payer or an ADMIN. */
  payment?: Maybe<Payment>;
  /** The signed-in user's payments, newest first. Needs a signed-in user. */
  myPayments: Array<Payment>;
};


export type QueryPaymentArgs = {
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
  Payment: Payment;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Payment:
    ( { __typename: 'Payment' }
    & GraphQLRecursivePick<FederationTypes['Payment'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Payment: ResolverTypeWrapper<PaymentModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PaymentPurpose: PaymentPurpose;
  PaymentStatus: PaymentStatus;
  User: ResolverTypeWrapper<User>;
  PaymentErrorCode: PaymentErrorCode;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Payment: PaymentModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  User: User;
  Query: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type PaymentResolvers<ContextType = any, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment'], FederationReferenceType extends FederationReferenceTypes['Payment'] = FederationReferenceTypes['Payment']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Payment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['PaymentPurpose'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  payer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  canceledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType, RequireFields<QueryPaymentArgs, 'id'>>;
  myPayments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = any> = {
  Payment?: PaymentResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

