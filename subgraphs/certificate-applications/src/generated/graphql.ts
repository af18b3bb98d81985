// Generated from subgraphs/certificate-applications/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { CertificateApplication as CertificateApplicationModel } from '../domain/certificate-application.ts';
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
 * A customer's application for the vaccination certificate of one of their bookings. It is taken
 * only once the booking's injection was given (certificate-applications asks injections by a sync
 * call first), and at most one live (APPLIED or ISSUED) application exists per injection.
 * APPLIED, then ISSUED when the certificate manager issued the certificate, or CANCELED when the
 * customer canceled before that. A cancel is refused once the application is ISSUED; a cancel
 * taken just before the issue reached certificate-applications stands (the application stays
 * CANCELED), and certificate-issues keeps a certificate it issued meanwhile.
 */
export type CertificateApplication = {
  __typename?: 'CertificateApplication';
  /** Application id: the key certificate-issues' issue request and certificate carry. */
  id: Scalars['ID']['output'];
  /** The vaccination booking's id. */
  bookingId: Scalars['ID']['output'];
  /** The vaccination booking the certificate is for, as vaccination-bookings shows it (null for a viewer it does not show it to, e.g. the certificate manager). */
  booking?: Maybe<VaccinationBooking>;
  /** The injection the certificate is for (one live application per injection). */
  injectionId: Scalars['ID']['output'];
  /** The customer who applied. */
  customer: User;
  /** The vaccine's name when the customer booked it. */
  vaccineName: Scalars['String']['output'];
  /** Where the application is in its life. */
  status: CertificateApplicationStatus;
  /** When the customer applied (ISO-8601). */
  appliedAt: Scalars['String']['output'];
  /** When the customer canceled it (ISO-8601). */
  canceledAt?: Maybe<Scalars['String']['output']>;
  /** The certificate's number, once it is issued (as certificate-applications learned it). */
  certificateNumber?: Maybe<Scalars['String']['output']>;
  /** When the certificate was issued (ISO-8601), once it is. */
  issuedAt?: Maybe<Scalars['String']['output']>;
};

/** Where a certificate application is: APPLIED, then ISSUED or CANCELED. */
export const CertificateApplicationStatus = {
  /** Applied; the certificate manager has its issue request. */
  APPLIED: 'APPLIED',
  /** The certificate was issued; the application can no longer be canceled. */
  ISSUED: 'ISSUED',
  /** Canceled by the customer before the certificate was issued. */
  CANCELED: 'CANCELED'
} as const;

export type CertificateApplicationStatus = typeof CertificateApplicationStatus[keyof typeof CertificateApplicationStatus];
/** Business failures of the certificate-applications context, returned as `extensions.code` of an error. */
export const CertificateApplicationsErrorCode = {
  /** No vaccination booking with that id that is yours (malformed, unknown, another customer's, or not known here yet). */
  VACCINATION_BOOKING_NOT_FOUND: 'VACCINATION_BOOKING_NOT_FOUND',
  /** The booking's injection has not been given (or was canceled with its booking); nothing was stored. */
  INJECTION_NOT_COMPLETED: 'INJECTION_NOT_COMPLETED',
  /** Retryable: injections is down, slow or held off by its breaker; nothing was stored. `extensions.retryAfterMs` may say when. */
  INJECTIONS_UNAVAILABLE: 'INJECTIONS_UNAVAILABLE',
  /** Retryable: too many applications at once; nothing was stored. */
  APPLICATIONS_BUSY: 'APPLICATIONS_BUSY',
  /** The injection already has a live (APPLIED or ISSUED) certificate application. */
  APPLICATION_ALREADY_EXISTS: 'APPLICATION_ALREADY_EXISTS',
  /** No certificate application with that id that you may see. */
  CERTIFICATE_APPLICATION_NOT_FOUND: 'CERTIFICATE_APPLICATION_NOT_FOUND',
  /** The certificate was issued: the application can no longer be canceled. */
  APPLICATION_ALREADY_ISSUED: 'APPLICATION_ALREADY_ISSUED',
  /** The application is already canceled. */
  APPLICATION_ALREADY_CANCELED: 'APPLICATION_ALREADY_CANCELED'
} as const;

export type CertificateApplicationsErrorCode = typeof CertificateApplicationsErrorCode[keyof typeof CertificateApplicationsErrorCode];
/** A vaccination booking, owned by the vaccination-bookings context. */
export type VaccinationBooking = {
  __typename?: 'VaccinationBooking';
  /** Booking id. */
  id: Scalars['ID']['output'];
  /** The booking's certificate applications, newest first: only its customer or an ADMIN sees them (empty otherwise). */
  certificateApplications: Array<CertificateApplication>;
};

/** A user of the portal, owned by the identity context. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
  /** The user's certificate applications, newest first (as `myCertificateApplications`): only the user themself or an ADMIN sees them (empty otherwise). */
  certificateApplications: Array<CertificateApplication>;
};

export type Query = {
  __typename?: 'Query';
  /** The signed-in customer's certificate applications, newest first. */
  myCertificateApplications: Array<CertificateApplication>;
  /** One certificate application by id: the customer's own, or any for the CERTIFICATE_MANAGER or an ADMIN. */
  certificateApplication?: Maybe<CertificateApplication>;
};


export type QueryCertificateApplicationArgs = {
  id: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Applies for the certificate of one of your bookings (role CUSTOMER). injections is asked
   * first whether the injection was given: refused INJECTION_NOT_COMPLETED before it, and
   * nothing is stored when injections cannot answer (INJECTIONS_UNAVAILABLE, retryable).
   */
  applyForCertificate: CertificateApplication;
  /** Cancels one of your applications until its certificate is issued (role CUSTOMER); its issue request is canceled shortly after. */
  cancelCertificateApplication: CertificateApplication;
};


export type MutationApplyForCertificateArgs = {
  bookingId: Scalars['ID']['input'];
};


export type MutationCancelCertificateApplicationArgs = {
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
  CertificateApplication: CertificateApplication;
  VaccinationBooking: VaccinationBooking;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  CertificateApplication:
    ( { __typename: 'CertificateApplication' }
    & GraphQLRecursivePick<FederationTypes['CertificateApplication'], {"id":true}> );
  VaccinationBooking:
    ( { __typename: 'VaccinationBooking' }
    & GraphQLRecursivePick<FederationTypes['VaccinationBooking'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CertificateApplication: ResolverTypeWrapper<CertificateApplicationModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CertificateApplicationStatus: CertificateApplicationStatus;
  CertificateApplicationsErrorCode: CertificateApplicationsErrorCode;
  VaccinationBooking: ResolverTypeWrapper<{ id: string }>;
  User: ResolverTypeWrapper<{ id: string }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CertificateApplication: CertificateApplicationModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  VaccinationBooking: { id: string };
  User: { id: string };
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type CertificateApplicationResolvers<ContextType = any, ParentType extends ResolversParentTypes['CertificateApplication'] = ResolversParentTypes['CertificateApplication'], FederationReferenceType extends FederationReferenceTypes['CertificateApplication'] = FederationReferenceTypes['CertificateApplication']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CertificateApplication']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  bookingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  booking?: Resolver<Maybe<ResolversTypes['VaccinationBooking']>, ParentType, ContextType>;
  injectionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  vaccineName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CertificateApplicationStatus'], ParentType, ContextType>;
  appliedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  canceledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  certificateNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type VaccinationBookingResolvers<ContextType = any, ParentType extends ResolversParentTypes['VaccinationBooking'] = ResolversParentTypes['VaccinationBooking'], FederationReferenceType extends FederationReferenceTypes['VaccinationBooking'] = FederationReferenceTypes['VaccinationBooking']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VaccinationBooking']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  certificateApplications?: Resolver<Array<ResolversTypes['CertificateApplication']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  certificateApplications?: Resolver<Array<ResolversTypes['CertificateApplication']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  myCertificateApplications?: Resolver<Array<ResolversTypes['CertificateApplication']>, ParentType, ContextType>;
  certificateApplication?: Resolver<Maybe<ResolversTypes['CertificateApplication']>, ParentType, ContextType, RequireFields<QueryCertificateApplicationArgs, 'id'>>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  applyForCertificate?: Resolver<ResolversTypes['CertificateApplication'], ParentType, ContextType, RequireFields<MutationApplyForCertificateArgs, 'bookingId'>>;
  cancelCertificateApplication?: Resolver<ResolversTypes['CertificateApplication'], ParentType, ContextType, RequireFields<MutationCancelCertificateApplicationArgs, 'id'>>;
};

export type Resolvers<ContextType = any> = {
  CertificateApplication?: CertificateApplicationResolvers<ContextType>;
  VaccinationBooking?: VaccinationBookingResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

