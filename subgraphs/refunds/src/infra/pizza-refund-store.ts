import type { Sql } from "@supergraph/platform";
import type { PizzaRefund } from "../domain/pizza-refund.ts";

/*
 * The refunds context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/refunds/schema.prisma, and its migrations).
 */

const COLUMNS = `id, owner_id AS "ownerId", title, status::text AS status, requested_at AS "requestedAt", confirmed_at AS "confirmedAt"`;

/** The pizza refund, locked until the transaction ends. */
export async function lockPizzaRefund(tx: Sql, id: string): Promise<PizzaRefund | null> {
  const rows = await tx.$queryRawUnsafe<PizzaRefund[]>(`SELECT ${COLUMNS} FROM pizza_refund WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findPizzaRefunds(sql: Sql, ids: readonly string[]): Promise<PizzaRefund[]> {
  return sql.$queryRawUnsafe<PizzaRefund[]>(`SELECT ${COLUMNS} FROM pizza_refund WHERE id = ANY($1::uuid[])`, ids);
}

export async function savePizzaRefund(tx: Sql, t: PizzaRefund): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO pizza_refund (id, owner_id, title, status, requested_at, confirmed_at)
    VALUES (${t.id}::uuid, ${t.ownerId}::uuid, ${t.title}, ${t.status}::"PizzaRefundStatus", ${t.requestedAt}, ${t.confirmedAt})
    ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status, confirmed_at = EXCLUDED.confirmed_at`;
}
