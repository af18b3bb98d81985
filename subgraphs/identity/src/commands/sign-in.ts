import { invalidCredentials, normalizeEmail, type User } from "../domain/user.ts";
import { verifyPassword } from "../infra/passwords.ts";
import { findCredentials, type IdentityTx } from "../infra/user-store.ts";

/**
 * The user whose email and password these are, or INVALID_CREDENTIALS. An unknown email
 * is checked against `decoyHash`, so both failures take as long and say the same.
 */
export async function signIn(db: IdentityTx, email: string, password: string, decoyHash: string): Promise<User> {
  const found = await findCredentials(db, normalizeEmail(email));
  const matches = await verifyPassword(password, found?.passwordHash ?? decoyHash);
  if (!found || !matches) throw invalidCredentials();
  return found.user;
}
