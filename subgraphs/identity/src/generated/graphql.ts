// Generated from subgraphs/identity/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
import type { User as UserModel } from '../domain/user.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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

/** A user of the portal. Other contexts refer to users by id and resolve them here. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
  /** Email address, lower-cased. Readable by the user themself or an ADMIN only (FORBIDDEN otherwise). */
  email: Scalars['String']['output'];
  /** Name shown to other users. */
  name: Scalars['String']['output'];
  /** Roles the user holds; they decide which operations the user may run. */
  roles: Array<Role>;
};

/** What a user may do on the portal. */
export const Role = {
  /** Registers for lectures, orders courses, pizza, parking tickets and vaccinations. */
  STUDENT: 'STUDENT',
  /** Opens and cancels lectures. */
  INSTRUCTOR: 'INSTRUCTOR',
  /** Reserves daily parking tickets for the company car park and cancels them. */
  EMPLOYEE: 'EMPLOYEE',
  /** Hands out the car park's daily tickets: sees the tickets to deliver and marks them delivered. */
  PARKING_MANAGER: 'PARKING_MANAGER',
  /** Orders pizza and asks for refunds; books vaccinations and applies for their certificates. */
  CUSTOMER: 'CUSTOMER',
  /** Registers vaccines and adds to their stock. */
  VACCINE_MANAGER: 'VACCINE_MANAGER',
  /** Marks a booked customer's injection done when they visit. */
  INJECTION_MANAGER: 'INJECTION_MANAGER',
  /** Issues vaccination certificates. */
  CERTIFICATE_MANAGER: 'CERTIFICATE_MANAGER',
  /** Takes charge of students' course orders: starts their learning and registers interim and final evaluations. */
  LEARNING_MANAGER: 'LEARNING_MANAGER',
  /** Delivers paid pizza orders, runs refund deliveries and may cancel a refund delivery. */
  COURIER: 'COURIER',
  /** Reads and acts on anyone's data. */
  ADMIN: 'ADMIN'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** A signed-in user and the bearer token that proves it. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Bearer token (an ES256 JWT) for the Authorization header, verifiable with the JWKS at /.well-known/jwks.json. */
  token: Scalars['String']['output'];
  /** The user the token is for. */
  user: User;
};

/** What a newcomer gives to sign up. */
export type SignUpInput = {
  /** Email address; case is ignored. It must not belong to another user. */
  email: Scalars['String']['input'];
  /** Password, 8 to 256 characters. */
  password: Scalars['String']['input'];
  /** Name shown to other users, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** The role to hold: STUDENT, INSTRUCTOR, EMPLOYEE, PARKING_MANAGER, CUSTOMER, VACCINE_MANAGER, INJECTION_MANAGER, CERTIFICATE_MANAGER, LEARNING_MANAGER or COURIER; ADMIN only where the deployment allows it. */
  role: Role;
  /**
   * Further roles to hold beside `role`, for one person acting in several systems (e.g. STUDENT,
   * EMPLOYEE and CUSTOMER); the user holds the union of `role` and these, each once. Optional
   * (null or empty: `role` alone). Each is allowed as `role` is (ROLE_NOT_ALLOWED otherwise).
   */
  roles?: InputMaybe<Array<Role>>;
};

/** Business failures of the identity context, returned as `extensions.code` of an error. */
export const IdentityErrorCode = {
  /** Another user already signed up with that email. */
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  /** Wrong email or password; which of the two is not told. */
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  /** The password does not have 8 to 256 characters. */
  WEAK_PASSWORD: 'WEAK_PASSWORD',
  /** The email is not an email address. */
  INVALID_EMAIL: 'INVALID_EMAIL',
  /** The name is blank or longer than 100 characters. */
  INVALID_NAME: 'INVALID_NAME',
  /** Signing up with that role (as `role` or in `roles`) is not allowed here (ADMIN, where the deployment forbids it). */
  ROLE_NOT_ALLOWED: 'ROLE_NOT_ALLOWED'
} as const;

export type IdentityErrorCode = typeof IdentityErrorCode[keyof typeof IdentityErrorCode];
export type Query = {
  __typename?: 'Query';
  /** The signed-in user; null when the request carries no token. */
  me?: Maybe<User>;
  /** One user by id. Needs role ADMIN. */
  user?: Maybe<User>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a user with `input.role` (and any of `input.roles`) and signs them in. */
  signUp: AuthPayload;
  /** Signs a user in with email and password. */
  signIn: AuthPayload;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
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
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  User: ResolverTypeWrapper<UserModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Role: Role;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user: ResolversTypes['User'] }>;
  SignUpInput: SignUpInput;
  IdentityErrorCode: IdentityErrorCode;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  User: UserModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AuthPayload: Omit<AuthPayload, 'user'> & { user: ResolversParentTypes['User'] };
  SignUpInput: SignUpInput;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export type UserResolvers<ContextType = any, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
};

export type AuthPayloadResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  signUp?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  signIn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
};

export type Resolvers<ContextType = any> = {
  User?: UserResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

