import type { Sql } from "@supergraph/platform";
import type { Coupon } from "../domain/coupon.ts";

/*
 * The coupons context's statements, in SQL on pg (see Sql in the platform for why not through
 * Prisma). The table is Prisma's (prisma/coupons/schema.prisma, and its migrations).
 */

const COLUMNS = `id, owner_id AS "ownerId", title, status::text AS status, requested_at AS "requestedAt", confirmed_at AS "confirmedAt"`;

/** The coupon, locked until the transaction ends. */
export async function lockCoupon(tx: Sql, id: string): Promise<Coupon | null> {
  const rows = await tx.$queryRawUnsafe<Coupon[]>(`SELECT ${COLUMNS} FROM coupon WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findCoupons(sql: Sql, ids: readonly string[]): Promise<Coupon[]> {
  return sql.$queryRawUnsafe<Coupon[]>(`SELECT ${COLUMNS} FROM coupon WHERE id = ANY($1::uuid[])`, ids);
}

export async function saveCoupon(tx: Sql, t: Coupon): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO coupon (id, owner_id, title, status, requested_at, confirmed_at)
    VALUES (${t.id}::uuid, ${t.ownerId}::uuid, ${t.title}, ${t.status}::"CouponStatus", ${t.requestedAt}, ${t.confirmedAt})
    ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status, confirmed_at = EXCLUDED.confirmed_at`;
}
