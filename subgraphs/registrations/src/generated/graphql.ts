// Generated from subgraphs/registrations/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { Registration as RegistrationModel } from '../domain/registration.ts';
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

/** A student's registration for a lecture. It exists only once its payment was charged. */
export type Registration = {
  __typename?: 'Registration';
  /** Registration id; also the reference of its payment. */
  id: Scalars['ID']['output'];
  /** Where the registration stands. */
  status: RegistrationStatus;
  /** The lecture registered for (null only while the lectures context cannot be reached, so a registration still shows). */
  lecture?: Maybe<Lecture>;
  /** The registered student. */
  student: User;
  /** The payment charged for it (null only while the payments context cannot be reached). */
  payment?: Maybe<Payment>;
  /** Amount charged, in cents. */
  amount: Scalars['Int']['output'];
  /** When it was registered (ISO-8601). */
  registeredAt: Scalars['String']['output'];
  /** When its payment was taken (ISO-8601): when it was registered, for it is written once charged. */
  paidAt?: Maybe<Scalars['String']['output']>;
  /** When it was canceled (ISO-8601). */
  canceledAt?: Maybe<Scalars['String']['output']>;
  /** Why it was canceled. */
  cancellationReason?: Maybe<CancellationReason>;
  /**
   * Where the refund of a canceled registration's payment stands: null while the registration is
   * PAID; PENDING from its cancellation (the cancel's answer says so) until payments gave the money
   * back, asynchronously, after which it is REFUNDED (`paymentChanges` of its payment pushes
   * CANCELED then). Read from the payment's status, so null too while payments cannot be reached.
   */
  refund?: Maybe<RefundStatus>;
};

/**
 * Where a registration stands. A registration is written only once its payment was charged, so
 * it is PAID from its first answer and its first live change on: no client ever sees it unpaid.
 */
export const RegistrationStatus = {
  /** Registered and its payment taken. */
  PAID: 'PAID',
  /** Canceled and its seat freed; its payment is refunded after, asynchronously (see `refund`). */
  CANCELED: 'CANCELED'
} as const;

export type RegistrationStatus = typeof RegistrationStatus[keyof typeof RegistrationStatus];
/** Where the refund of a canceled registration stands (the payment's own status is payments'). */
export const RefundStatus = {
  /** Asked of payments with the cancellation; the money is not back yet. `paymentChanges` pushes its payment's CANCELED when it is. */
  PENDING: 'PENDING',
  /** Payments gave the money back: the payment is CANCELED. */
  REFUNDED: 'REFUNDED'
} as const;

export type RefundStatus = typeof RefundStatus[keyof typeof RefundStatus];
/** Why a registration was canceled. */
export const CancellationReason = {
  /** The student canceled it. */
  STUDENT_CANCELED: 'STUDENT_CANCELED',
  /** The instructor canceled the lecture. */
  LECTURE_CANCELED: 'LECTURE_CANCELED'
} as const;

export type CancellationReason = typeof CancellationReason[keyof typeof CancellationReason];
/** Business failures of the registrations context, returned as `extensions.code` of an error. */
export const RegistrationErrorCode = {
  /** No open lecture with that id (unknown to the portal). */
  LECTURE_NOT_FOUND: 'LECTURE_NOT_FOUND',
  /** The lecture was canceled by its instructor. */
  LECTURE_CANCELED: 'LECTURE_CANCELED',
  /** Every seat of the lecture is taken. */
  LECTURE_FULL: 'LECTURE_FULL',
  /** The student already has a live registration for the lecture. */
  ALREADY_REGISTERED: 'ALREADY_REGISTERED',
  /** No registration with that id that you may see. */
  REGISTRATION_NOT_FOUND: 'REGISTRATION_NOT_FOUND',
  /** The registration is already canceled. */
  REGISTRATION_ALREADY_CANCELED: 'REGISTRATION_ALREADY_CANCELED',
  /** Payment is down, slow or overloaded; nothing was registered. Retry shortly (`extensions.retryable` is true). */
  PAYMENT_UNAVAILABLE: 'PAYMENT_UNAVAILABLE',
  /** Too many registrations arrived at once; nothing was registered. Retry shortly (`extensions.retryable` is true). */
  REGISTRATIONS_BUSY: 'REGISTRATIONS_BUSY',
  /** The payment processor declined the charge; nothing was registered. */
  PAYMENT_DECLINED: 'PAYMENT_DECLINED'
} as const;

export type RegistrationErrorCode = typeof RegistrationErrorCode[keyof typeof RegistrationErrorCode];
/** A lecture, owned by the lectures context. */
export type Lecture = {
  __typename?: 'Lecture';
  /** Lecture id. */
  id: Scalars['ID']['output'];
};

/** A payment, owned by the payments context; its status is read for a registration's `refund`. */
export type Payment = {
  __typename?: 'Payment';
  /** Payment id. */
  id: Scalars['ID']['output'];
  /** Whether the money is taken, given back, or was never taken. */
  status: PaymentStatus;
};

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
  /** The user's registrations, newest first: only the user themself or an ADMIN sees them (empty otherwise). */
  registrations: Array<Registration>;
};

export type Query = {
  __typename?: 'Query';
  /** The signed-in student's registrations, newest first. */
  myRegistrations: Array<Registration>;
  /** One registration, if it is yours (or you are an ADMIN). */
  registration?: Maybe<Registration>;
};


export type QueryRegistrationArgs = {
  id: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Registers the signed-in student for a lecture, charging its price first. Needs role STUDENT. */
  registerForLecture: Registration;
  /**
   * Cancels one of your registrations: it answers CANCELED (its seat is freed at once) with
   * `refund: PENDING`; payments refunds the payment shortly after (`paymentChanges` pushes CANCELED).
   */
  cancelRegistration: Registration;
};


export type MutationRegisterForLectureArgs = {
  lectureId: Scalars['ID']['input'];
};


export type MutationCancelRegistrationArgs = {
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
  Registration: Registration;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Registration:
    ( { __typename: 'Registration' }
    & GraphQLRecursivePick<FederationTypes['Registration'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Registration'], {"payment":{"status":true}}> ) );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Registration: ResolverTypeWrapper<RegistrationModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  RegistrationStatus: RegistrationStatus;
  RefundStatus: RefundStatus;
  CancellationReason: CancellationReason;
  RegistrationErrorCode: RegistrationErrorCode;
  Lecture: ResolverTypeWrapper<Lecture>;
  Payment: ResolverTypeWrapper<{ id: string }>;
  PaymentStatus: PaymentStatus;
  User: ResolverTypeWrapper<{ id: string }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Registration: RegistrationModel;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  Lecture: Lecture;
  Payment: { id: string };
  User: { id: string };
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type RegistrationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Registration'] = ResolversParentTypes['Registration'], FederationReferenceType extends FederationReferenceTypes['Registration'] = FederationReferenceTypes['Registration']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Registration']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RegistrationStatus'], ParentType, ContextType>;
  lecture?: Resolver<Maybe<ResolversTypes['Lecture']>, ParentType, ContextType>;
  student?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  canceledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['CancellationReason']>, ParentType, ContextType>;
  refund?: Resolver<Maybe<ResolversTypes['RefundStatus']>, ParentType, ContextType>;
};

export type LectureResolvers<ContextType = any, ParentType extends ResolversParentTypes['Lecture'] = ResolversParentTypes['Lecture']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PaymentResolvers<ContextType = any, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  registrations?: Resolver<Array<ResolversTypes['Registration']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  myRegistrations?: Resolver<Array<ResolversTypes['Registration']>, ParentType, ContextType>;
  registration?: Resolver<Maybe<ResolversTypes['Registration']>, ParentType, ContextType, RequireFields<QueryRegistrationArgs, 'id'>>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  registerForLecture?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationRegisterForLectureArgs, 'lectureId'>>;
  cancelRegistration?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationCancelRegistrationArgs, 'id'>>;
};

export type Resolvers<ContextType = any> = {
  Registration?: RegistrationResolvers<ContextType>;
  Lecture?: LectureResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

