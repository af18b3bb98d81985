import { isUniqueViolation, type Sql } from "@supergraph/platform";
import type { Payment } from "../domain/payment.ts";

/*
 * The payments context's statements, in SQL on pg: a charge, a cancellation and each payment
 * read on a caller's path (see Sql in the platform for why not through Prisma). The table is
 * Prisma's (prisma/payments/schema.prisma).
 */

const PAYMENT_COLUMNS = `id, reference, purpose::text AS purpose, payer_id AS "payerId", amount, status::text AS status, created_at AS "createdAt", canceled_at AS "canceledAt", cancellation_reason AS "cancellationReason"`;

export async function findPaymentByReference(sql: Sql, reference: string): Promise<Payment | null> {
  const rows = await sql.$queryRawUnsafe<Payment[]>(`SELECT ${PAYMENT_COLUMNS} FROM payment WHERE reference = $1`, reference);
  return rows[0] ?? null;
}

export async function findPayments(sql: Sql, ids: readonly string[]): Promise<Payment[]> {
  return sql.$queryRawUnsafe<Payment[]>(`SELECT ${PAYMENT_COLUMNS} FROM payment WHERE id = ANY($1::uuid[])`, ids);
}

export async function paymentsOfPayer(sql: Sql, payerId: string): Promise<Payment[]> {
  return sql.$queryRawUnsafe<Payment[]>(`SELECT ${PAYMENT_COLUMNS} FROM payment WHERE payer_id = $1::uuid ORDER BY created_at DESC LIMIT 500`, payerId);
}

/** The payment of a reference, locked until the transaction ends. */
export async function lockPaymentByReference(tx: Sql, reference: string): Promise<Payment | null> {
  const rows = await tx.$queryRawUnsafe<Payment[]>(`SELECT ${PAYMENT_COLUMNS} FROM payment WHERE reference = $1 FOR UPDATE`, reference);
  return rows[0] ?? null;
}

/** Writes a payment after a command: a new one, or the one it changed. */
export async function savePayment(tx: Sql, payment: Payment, previous: Payment | null): Promise<void> {
  await (previous ? updatePayment(tx, payment) : insertPayment(tx, payment));
}

/** Inserts a new payment; fails with a conflict when its reference already has one (see {@link isReferenceTaken}). */
export async function insertPayment(tx: Sql, p: Payment): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO payment (id, reference, purpose, payer_id, amount, status, created_at, canceled_at, cancellation_reason)
    VALUES (${p.id}::uuid, ${p.reference}, ${p.purpose}::"PaymentPurpose", ${p.payerId}::uuid, ${p.amount}, ${p.status}::"PaymentStatus",
      ${p.createdAt}, ${p.canceledAt}, ${p.cancellationReason})`;
}

export async function updatePayment(tx: Sql, p: Payment): Promise<void> {
  await tx.$executeRaw`
    UPDATE payment SET reference = ${p.reference}, purpose = ${p.purpose}::"PaymentPurpose", payer_id = ${p.payerId}::uuid, amount = ${p.amount},
      status = ${p.status}::"PaymentStatus", created_at = ${p.createdAt}, canceled_at = ${p.canceledAt}, cancellation_reason = ${p.cancellationReason}
    WHERE id = ${p.id}::uuid`;
}

/** Whether an insert failed because another payment holds the same reference. */
export const isReferenceTaken = isUniqueViolation;
