import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import { acceptSignUp, IdentityError, userDecider, type SignUpPolicy, type SignUpRequest, type User } from "../domain/user.ts";
import { hashPassword } from "../infra/passwords.ts";
import { insertUser, lockUserByEmail } from "../infra/user-store.ts";

/**
 * Signs a newcomer up. The rules run first, so a refused request costs no password hash
 * (scrypt, deliberately slow); the hash is made outside the transaction, so no connection
 * waits on it. A concurrent sign-up with the same email loses on the unique email.
 */
export async function signUp(transact: UnitOfWork, request: SignUpRequest, policy: SignUpPolicy, now: Date): Promise<User> {
  const accepted = acceptSignUp(request, policy);
  const passwordHash = await hashPassword(request.password);
  const userId = randomUUID();
  const { state } = await executeCommand(
    transact,
    {
      decider: userDecider,
      load: (tx) => lockUserByEmail(tx, accepted.email),
      async save(tx, user) {
        if (!(await insertUser(tx, user, passwordHash))) throw IdentityError.refuse("EMAIL_TAKEN", "An account with that email already exists.");
      },
      // Identity publishes no events: other contexts know users by their tokens and federation keys.
      publish: () => [],
    },
    { type: "SignUp", userId, accepted },
    { now, causation: commandCausation(userId) },
  );
  return state!;
}
