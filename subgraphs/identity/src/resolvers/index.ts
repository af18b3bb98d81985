import { forbidden, isUuid, mayRead, requireRole, type BaseContext, type UnitOfWork } from "@supergraph/platform";
import type DataLoader from "dataloader";
import type { Resolvers } from "../generated/graphql.ts";
import { signIn } from "../commands/sign-in.ts";
import { signUp } from "../commands/sign-up.ts";
import type { SignUpPolicy, SignUpRequest, User } from "../domain/user.ts";
import type { IssueToken } from "../infra/tokens.ts";
import type { IdentityTx } from "../infra/user-store.ts";

export interface IdentityContext extends BaseContext {
  readonly userById: DataLoader<string, User | null>;
  /**
   * Users who proved who they are in this very request (by signing up or in), so the
   * payload may show them their own email before they hold a token.
   */
  readonly provenUserIds: Set<string>;
}

export interface IdentityDeps {
  /** Reads, through Prisma. */
  readonly db: IdentityTx;
  /** Transactions on pg, for the commands. */
  readonly transact: UnitOfWork;
  readonly issueToken: IssueToken;
  readonly signUpPolicy: SignUpPolicy;
  readonly clock: () => Date;
  /** A hash no password matches, verified when the email is unknown so both failures take as long. */
  readonly decoyHash: string;
}

export function identityResolvers({ db, transact, issueToken, signUpPolicy, clock, decoyHash }: IdentityDeps) {
  async function authenticated(user: User, ctx: IdentityContext) {
    ctx.provenUserIds.add(user.id);
    return { token: await issueToken(user), user };
  }

  return {
    Query: {
      me: (_: unknown, __: unknown, ctx: IdentityContext) => (ctx.viewer ? ctx.userById.load(ctx.viewer.userId) : null),
      user: (_: unknown, args: { id: string }, ctx: IdentityContext) => {
        requireRole(ctx.viewer, "ADMIN");
        return isUuid(args.id) ? ctx.userById.load(args.id) : null;
      },
    },
    Mutation: {
      signUp: async (_: unknown, args: { input: SignUpRequest }, ctx: IdentityContext) =>
        authenticated(await signUp(transact, args.input, signUpPolicy, clock()), ctx),
      signIn: async (_: unknown, args: { email: string; password: string }, ctx: IdentityContext) =>
        authenticated(await signIn(db, args.email, args.password, decoyHash), ctx),
    },
    User: {
      __resolveReference: (ref: { id: string }, ctx: IdentityContext) => (isUuid(ref.id) ? ctx.userById.load(ref.id) : null),
      email: (user: User, _: unknown, ctx: IdentityContext) => {
        if (ctx.provenUserIds.has(user.id) || (ctx.viewer && mayRead(ctx.viewer, user.id))) return user.email;
        throw forbidden("Only the user themself or an ADMIN may read this email.");
      },
    },
  } satisfies Resolvers<IdentityContext>;
}
