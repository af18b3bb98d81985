// Generated from subgraphs/certificate-issues/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { CertificateIssue as CertificateIssueModel } from '../domain/certificate-issue.ts';
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
 * The issue request of one certificate application, made when certificate-applications published
 * CertificateApplied (REQUESTED). The certificate manager issues it (ISSUED: a certificate number
 * and when it was issued), or it is CANCELED when its application was canceled first. Issuing a
 * canceled request is refused (ISSUE_REQUEST_CANCELED). An application canceled after its
 * certificate was issued keeps the request ISSUED and the certificate.
 */
export type CertificateIssue = {
  __typename?: 'CertificateIssue';
  /** Issue request id. */
  id: Scalars['ID']['output'];
  /** The application it issues the certificate of. */
  application: CertificateApplication;
  /** The vaccination booking the certificate is for. */
  bookingId: Scalars['ID']['output'];
  /** The customer the certificate is for. */
  customer: User;
  /** Where the issue request is in its life. */
  status: CertificateIssueStatus;
  /** When the request was made (ISO-8601). */
  requestedAt: Scalars['String']['output'];
  /** When it was canceled with its application (ISO-8601). */
  canceledAt?: Maybe<Scalars['String']['output']>;
  /** The certificate, once it is issued. */
  certificate?: Maybe<Certificate>;
};

/** Where an issue request is: REQUESTED, then ISSUED or CANCELED. */
export const CertificateIssueStatus = {
  /** Waiting for the certificate manager. */
  REQUESTED: 'REQUESTED',
  /** The certificate manager issued the certificate. */
  ISSUED: 'ISSUED',
  /** Its application was canceled before the certificate was issued. */
  CANCELED: 'CANCELED'
} as const;

export type CertificateIssueStatus = typeof CertificateIssueStatus[keyof typeof CertificateIssueStatus];
/** A vaccination certificate, as the certificate manager issued it. */
export type Certificate = {
  __typename?: 'Certificate';
  /** Human-readable and unique: VC-<year>-<six digits>, e.g. VC-2026-000042. */
  number: Scalars['String']['output'];
  /** When it was issued (ISO-8601). */
  issuedAt: Scalars['String']['output'];
  /** The issue request it came from. */
  issueId: Scalars['ID']['output'];
};

/** Business failures of the certificate-issues context, returned as `extensions.code` of an error. */
export const CertificateIssuesErrorCode = {
  /** No issue request with that id (malformed or unknown). */
  CERTIFICATE_ISSUE_NOT_FOUND: 'CERTIFICATE_ISSUE_NOT_FOUND',
  /** The application was canceled before the certificate was issued: nothing to issue. */
  ISSUE_REQUEST_CANCELED: 'ISSUE_REQUEST_CANCELED',
  /** The certificate of that request is already issued. */
  CERTIFICATE_ALREADY_ISSUED: 'CERTIFICATE_ALREADY_ISSUED'
} as const;

export type CertificateIssuesErrorCode = typeof CertificateIssuesErrorCode[keyof typeof CertificateIssuesErrorCode];
/** A certificate application, owned by certificate-applications; certificate-issues adds its certificate. */
export type CertificateApplication = {
  __typename?: 'CertificateApplication';
  /** Application id. */
  id: Scalars['ID']['output'];
  /** The application's certificate, once issued: the customer's own, or any for the CERTIFICATE_MANAGER or an ADMIN. */
  certificate?: Maybe<Certificate>;
  /** Its issue request, once certificate-issues recorded it (CERTIFICATE_MANAGER or ADMIN only; null otherwise). */
  issueRequest?: Maybe<CertificateIssue>;
};

/** A user of the portal, owned by the identity context. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Issue requests waiting for the certificate manager, oldest first (role CERTIFICATE_MANAGER or ADMIN). */
  pendingCertificateIssues: Array<CertificateIssue>;
  /** One issue request by id (role CERTIFICATE_MANAGER or ADMIN). */
  certificateIssue?: Maybe<CertificateIssue>;
};


export type QueryCertificateIssueArgs = {
  id: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Issues the certificate of a request (role CERTIFICATE_MANAGER or ADMIN): a new certificate
   * number and the time of issue; certificate-applications marks the application ISSUED shortly after.
   */
  issueCertificate: CertificateIssue;
};


export type MutationIssueCertificateArgs = {
  issueId: Scalars['ID']['input'];
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
  CertificateIssue: CertificateIssue;
  CertificateApplication: CertificateApplication;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  CertificateIssue:
    ( { __typename: 'CertificateIssue' }
    & GraphQLRecursivePick<FederationTypes['CertificateIssue'], {"id":true}> );
  CertificateApplication:
    ( { __typename: 'CertificateApplication' }
    & GraphQLRecursivePick<FederationTypes['CertificateApplication'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CertificateIssue: ResolverTypeWrapper<CertificateIssueModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CertificateIssueStatus: CertificateIssueStatus;
  Certificate: ResolverTypeWrapper<Certificate>;
  CertificateIssuesErrorCode: CertificateIssuesErrorCode;
  CertificateApplication: ResolverTypeWrapper<{ id: string }>;
  User: ResolverTypeWrapper<User>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CertificateIssue: CertificateIssueModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Certificate: Certificate;
  CertificateApplication: { id: string };
  User: User;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type CertificateIssueResolvers<ContextType = any, ParentType extends ResolversParentTypes['CertificateIssue'] = ResolversParentTypes['CertificateIssue'], FederationReferenceType extends FederationReferenceTypes['CertificateIssue'] = FederationReferenceTypes['CertificateIssue']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CertificateIssue']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  application?: Resolver<ResolversTypes['CertificateApplication'], ParentType, ContextType>;
  bookingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CertificateIssueStatus'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  canceledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  certificate?: Resolver<Maybe<ResolversTypes['Certificate']>, ParentType, ContextType>;
};

export type CertificateResolvers<ContextType = any, ParentType extends ResolversParentTypes['Certificate'] = ResolversParentTypes['Certificate']> = {
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issueId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CertificateApplicationResolvers<ContextType = any, ParentType extends ResolversParentTypes['CertificateApplication'] = ResolversParentTypes['CertificateApplication'], FederationReferenceType extends FederationReferenceTypes['CertificateApplication'] = FederationReferenceTypes['CertificateApplication']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CertificateApplication']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  certificate?: Resolver<Maybe<ResolversTypes['Certificate']>, ParentType, ContextType>;
  issueRequest?: Resolver<Maybe<ResolversTypes['CertificateIssue']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  pendingCertificateIssues?: Resolver<Array<ResolversTypes['CertificateIssue']>, ParentType, ContextType>;
  certificateIssue?: Resolver<Maybe<ResolversTypes['CertificateIssue']>, ParentType, ContextType, RequireFields<QueryCertificateIssueArgs, 'id'>>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  issueCertificate?: Resolver<ResolversTypes['CertificateIssue'], ParentType, ContextType, RequireFields<MutationIssueCertificateArgs, 'issueId'>>;
};

export type Resolvers<ContextType = any> = {
  CertificateIssue?: CertificateIssueResolvers<ContextType>;
  Certificate?: CertificateResolvers<ContextType>;
  CertificateApplication?: CertificateApplicationResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

