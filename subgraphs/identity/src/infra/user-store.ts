import type { Sql } from "@supergraph/platform";
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

/** The user holding that (normalized) email, locked until the transaction ends. */
export async function lockUserByEmail(tx: Sql, email: string): Promise<User | null> {
  const rows = await tx.$queryRaw<User[]>`
    SELECT id, email, name, roles::text[] AS roles, created_at AS "createdAt" FROM user_account WHERE email = ${email} FOR UPDATE`;
  return rows[0] ?? null;
}

/** Stores a new user; false when the email is taken (by a concurrent sign-up too). */
export async function insertUser(tx: Sql, user: User, passwordHash: string): Promise<boolean> {
  const inserted = await tx.$executeRaw`
    INSERT INTO user_account (id, email, name, password_hash, roles, created_at)
    VALUES (${user.id}::uuid, ${user.email}, ${user.name}, ${passwordHash}, ${[...user.roles]}::"Role"[], ${user.createdAt})
    ON CONFLICT (email) DO NOTHING`;
  return inserted === 1;
}
