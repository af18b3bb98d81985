// Generated from subgraphs/views/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
 * A registration as the student's status screen shows it: built only from events, answered
 * by this subgraph alone (no call to another context). A row is shown once the registration's own
 * event (CourseRegistered) arrived, so what that event carries is never null; what other contexts'
 * events bring (the lecture's title) may be, until they arrive.
 */
export type RegistrationSummary = {
  __typename?: 'RegistrationSummary';
  /**
   * The registration's id: the id of the case, as every read model's `id` is (so a normalising
   * client cache keys it `RegistrationSummary:<id>`; `Registration:<id>` is the same registration
   * as registrations owns it).
   */
  id: Scalars['ID']['output'];
  /** Lecture id. */
  lectureId: Scalars['ID']['output'];
  /** Title of the lecture, as last announced by the lectures context; null until the lecture's event arrived. */
  lectureTitle?: Maybe<Scalars['String']['output']>;
  /** Registration status (registrations' enum): PAID from the start, CANCELED once canceled. */
  status: RegistrationStatus;
  /** Payment id. */
  paymentId: Scalars['ID']['output'];
  /** Payment status (payments' enum): COMPLETED from the start (a registration is made once charged), CANCELED once refunded. */
  paymentStatus: PaymentStatus;
  /** Where the refund of a canceled registration stands; null while it is PAID. */
  refund?: Maybe<RefundStatus>;
  /** Amount charged, in cents. */
  amount: Scalars['Int']['output'];
  /** When the student registered (ISO-8601). */
  registeredAt: Scalars['String']['output'];
  /** When this row last changed (ISO-8601). */
  updatedAt: Scalars['String']['output'];
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
/** Whether a lecture takes registrations. */
export const LectureStatus = {
  /** Open for registration. */
  OPEN: 'OPEN',
  /** Canceled by its instructor; its registrations are canceled. */
  CANCELED: 'CANCELED'
} as const;

export type LectureStatus = typeof LectureStatus[keyof typeof LectureStatus];
/**
 * A lecture and its enrolment as the instructor's screen shows it, built only from events. A row
 * is shown once the lecture's own event (LectureOpened) arrived, so what it carries is never null.
 */
export type LectureEnrolment = {
  __typename?: 'LectureEnrolment';
  /** The lecture's id: the id of the case (a normalising client cache keys it `LectureEnrolment:<id>`). */
  id: Scalars['ID']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** Seats. */
  capacity: Scalars['Int']['output'];
  /** Lecture status (lectures' enum). */
  status: LectureStatus;
  /** Live registrations. */
  enrolledCount: Scalars['Int']['output'];
  /** When this row last changed (ISO-8601). */
  updatedAt: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The signed-in student's registrations with lecture title and payment status, newest first. */
  myRegistrationBoard: Array<RegistrationSummary>;
  /** The signed-in instructor's lectures with their enrolment. Needs role INSTRUCTOR. */
  myEnrolmentBoard: Array<LectureEnrolment>;
  /** The signed-in user's parking ticket reservations with their progress, latest date first, canceled ones included. */
  myParkingReservations: Array<TicketReservationSummary>;
};

/**
 * A parking ticket reservation as the employee's status screen shows it: built only from the
 * events of parking-reservations, parking-lots and ticket-deliveries, answered by this subgraph
 * alone, and kept after cancellation. A row is shown once the reservation's own event
 * (TicketReserved) arrived; the lot's and the delivery's events move it on (while parking-lots is
 * down, it stays RESERVED and completes once the lot is back).
 */
export type TicketReservationSummary = {
  __typename?: 'TicketReservationSummary';
  /** The reservation's id: the id of the case (`TicketReservation:<id>` is the same reservation as parking-reservations owns it). */
  id: Scalars['ID']['output'];
  /** The day the ticket is for (YYYY-MM-DD). */
  date: Scalars['String']['output'];
  /** Where the reservation stands (parking-reservations' enum), as the events so far tell it. */
  status: TicketReservationStatus;
  /** The lot's allocation for it (its ParkingLot id), once the lot decided: a space or a refusal. */
  parkingLotId?: Maybe<Scalars['ID']['output']>;
  /** The ticket delivery, once the lot's space became a ticket to deliver. */
  deliveryId?: Maybe<Scalars['ID']['output']>;
  /** Whether its ticket delivery was canceled (after a cancellation, before the space is released). */
  ticketCanceled: Scalars['Boolean']['output'];
  /** Whether its space went back to the lot (after a cancellation, once the ticket was canceled). */
  spaceReleased: Scalars['Boolean']['output'];
  /** When the employee reserved (ISO-8601). */
  reservedAt: Scalars['String']['output'];
  /** When this row last changed (ISO-8601). */
  updatedAt: Scalars['String']['output'];
};

/**
 * Where a ticket reservation is in its life: RESERVED, then ALLOCATED or REFUSED_FULL (the lot's
 * decision), then TICKET_DELIVERED (the parking manager handed the ticket over); CANCELED from
 * any of them when the employee cancels.
 */
export const TicketReservationStatus = {
  /** Taken; the parking lot has not decided yet (it decides even when it was down at the time, once back). */
  RESERVED: 'RESERVED',
  /** The lot gave it a space for the day; its ticket is in the parking manager's list. */
  ALLOCATED: 'ALLOCATED',
  /** The day's spaces were all taken: no space, no ticket. It no longer counts as the employee's reservation of the day. */
  REFUSED_FULL: 'REFUSED_FULL',
  /** The parking manager delivered the ticket. */
  TICKET_DELIVERED: 'TICKET_DELIVERED',
  /** Canceled by the employee; its ticket delivery is canceled before its space is released. */
  CANCELED: 'CANCELED'
} as const;

export type TicketReservationStatus = typeof TicketReservationStatus[keyof typeof TicketReservationStatus];


export type ResolverTypeWrapper<T> = Promise<T> | T;


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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  RegistrationSummary: ResolverTypeWrapper<RegistrationSummary>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  RegistrationStatus: RegistrationStatus;
  RefundStatus: RefundStatus;
  PaymentStatus: PaymentStatus;
  LectureStatus: LectureStatus;
  LectureEnrolment: ResolverTypeWrapper<LectureEnrolment>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TicketReservationSummary: ResolverTypeWrapper<TicketReservationSummary>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  TicketReservationStatus: TicketReservationStatus;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  RegistrationSummary: RegistrationSummary;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  LectureEnrolment: LectureEnrolment;
  Query: Record<PropertyKey, never>;
  TicketReservationSummary: TicketReservationSummary;
  Boolean: Scalars['Boolean']['output'];
};

export type RegistrationSummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['RegistrationSummary'] = ResolversParentTypes['RegistrationSummary']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lectureId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lectureTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RegistrationStatus'], ParentType, ContextType>;
  paymentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paymentStatus?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  refund?: Resolver<Maybe<ResolversTypes['RefundStatus']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LectureEnrolmentResolvers<ContextType = any, ParentType extends ResolversParentTypes['LectureEnrolment'] = ResolversParentTypes['LectureEnrolment']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LectureStatus'], ParentType, ContextType>;
  enrolledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  myRegistrationBoard?: Resolver<Array<ResolversTypes['RegistrationSummary']>, ParentType, ContextType>;
  myEnrolmentBoard?: Resolver<Array<ResolversTypes['LectureEnrolment']>, ParentType, ContextType>;
  myParkingReservations?: Resolver<Array<ResolversTypes['TicketReservationSummary']>, ParentType, ContextType>;
};

export type TicketReservationSummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['TicketReservationSummary'] = ResolversParentTypes['TicketReservationSummary']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketReservationStatus'], ParentType, ContextType>;
  parkingLotId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  deliveryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  ticketCanceled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  spaceReleased?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reservedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = any> = {
  RegistrationSummary?: RegistrationSummaryResolvers<ContextType>;
  LectureEnrolment?: LectureEnrolmentResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  TicketReservationSummary?: TicketReservationSummaryResolvers<ContextType>;
};

