// Generated from subgraphs/notifications/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { Notification as NotificationModel } from '../domain/notification.ts';
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
 * One notification (today an SMS) to one user, recorded once per request event any context
 * publishes (`NotificationRequested`, notifications' own contract), then sent through the SMS
 * provider: SENT once the provider took it; a provider that keeps failing is retried with
 * backoff, then the notification is FAILED and its request parked for operators to replay.
 */
export type Notification = {
  __typename?: 'Notification';
  /** Notification id. */
  id: Scalars['ID']['output'];
  /** The user it is for. */
  recipient: User;
  /** How it is sent. */
  channel: NotificationChannel;
  /** Where it is sent: for SMS the phone number. */
  address: Scalars['String']['output'];
  /** The requester's kind, e.g. COURSE_ORDERED, COURSE_ORDER_CANCELED, LEARNING_STARTED, LEARNING_CANCELED. */
  kind: Scalars['String']['output'];
  /** The message. */
  text: Scalars['String']['output'];
  /** The case it belongs to, in the requester's ids (e.g. the course order id). */
  caseId: Scalars['String']['output'];
  /** The case as people read it (e.g. the order number CO-2026-000123). */
  caseLabel?: Maybe<Scalars['String']['output']>;
  /** The context that requested it (e.g. course-orders, learning). */
  requestedBy: Scalars['String']['output'];
  /** Where it is in its life. */
  status: NotificationStatus;
  /** Send attempts that failed so far. */
  failedAttempts: Scalars['Int']['output'];
  /** Why the last attempt failed, while it is not sent. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When it was requested (ISO-8601). */
  requestedAt: Scalars['String']['output'];
  /** When the provider took it (ISO-8601). */
  sentAt?: Maybe<Scalars['String']['output']>;
};

/** How a notification is sent. */
export const NotificationChannel = {
  /** A text message to a phone number. */
  SMS: 'SMS'
} as const;

export type NotificationChannel = typeof NotificationChannel[keyof typeof NotificationChannel];
/** Where a notification is: PENDING, then SENT, or FAILED (parked) until an operator replays it. */
export const NotificationStatus = {
  /** Recorded; being sent (failed attempts are retried with backoff). */
  PENDING: 'PENDING',
  /** The provider took it. */
  SENT: 'SENT',
  /** The provider kept failing: its request is parked as a dead letter for operators to replay (then it may still become SENT). */
  FAILED: 'FAILED'
} as const;

export type NotificationStatus = typeof NotificationStatus[keyof typeof NotificationStatus];
/** A user of the portal, owned by the identity context. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
  /** The user's SMS history, newest first: only the user themself or an ADMIN sees it (empty otherwise). */
  smsHistory: Array<Notification>;
};

/** Business failures of the notifications context, returned as `extensions.code` of an error. */
export const NotificationsErrorCode = {
  /** The user id is not a uuid. */
  INVALID_USER_ID: 'INVALID_USER_ID'
} as const;

export type NotificationsErrorCode = typeof NotificationsErrorCode[keyof typeof NotificationsErrorCode];
export type Query = {
  __typename?: 'Query';
  /** The signed-in user's SMS history, newest first. */
  mySmsHistory: Array<Notification>;
  /** Any user's SMS history, newest first: needs role ADMIN. */
  smsHistory: Array<Notification>;
  /** One notification by id: its recipient's own, or any for an ADMIN. */
  notification?: Maybe<Notification>;
};


export type QuerySmsHistoryArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryNotificationArgs = {
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
  Notification: Notification;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Notification:
    ( { __typename: 'Notification' }
    & GraphQLRecursivePick<FederationTypes['Notification'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Notification: ResolverTypeWrapper<NotificationModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  NotificationChannel: NotificationChannel;
  NotificationStatus: NotificationStatus;
  User: ResolverTypeWrapper<{ id: string }>;
  NotificationsErrorCode: NotificationsErrorCode;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Notification: NotificationModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  User: { id: string };
  Query: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type NotificationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification'], FederationReferenceType extends FederationReferenceTypes['Notification'] = FederationReferenceTypes['Notification']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Notification']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['NotificationChannel'], ParentType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caseLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NotificationStatus'], ParentType, ContextType>;
  failedAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  smsHistory?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  mySmsHistory?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  smsHistory?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType, RequireFields<QuerySmsHistoryArgs, 'userId'>>;
  notification?: Resolver<Maybe<ResolversTypes['Notification']>, ParentType, ContextType, RequireFields<QueryNotificationArgs, 'id'>>;
};

export type Resolvers<ContextType = any> = {
  Notification?: NotificationResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

