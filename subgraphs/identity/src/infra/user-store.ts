import type { User } from "../domain/user.ts";
import type { PrismaClient } from "./prisma-client/client.ts";

/** The Prisma client, or the transaction client of an interactive transaction. */
export type IdentityTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

// The password hash never leaves this file but through findCredentials.
const visible = { id: true, email: true, name: true, roles: true, createdAt: true } as const;

export async function findUsers(db: IdentityTx, ids: readonly string[]): Promise<User[]> {
  return db.user.findMany({ where: { id: { in: [...ids] } }, select: visible });
}

/** The user with that (normalized) email and their password hash, for sign-in. */
export async function findCredentials(db: IdentityTx, email: string): Promise<{ user: User; passwordHash: string } | null> {
  const row = await db.user.findUnique({ where: { email }, select: { ...visible, passwordHash: true } });
  if (!row) return null;
  const { passwordHash, ...user } = row;
  return { user, passwordHash };
}

/** Stores a new user; false when the email is taken (by a concurrent sign-up too). */
export async function insertUser(db: IdentityTx, user: User, passwordHash: string): Promise<boolean> {
  const created = await db.user.createMany({
    data: [{ ...user, roles: [...user.roles], passwordHash }],
    skipDuplicates: true,
  });
  return created.count === 1;
}
