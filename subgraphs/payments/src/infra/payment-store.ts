import type { Payment } from "../domain/payment.ts";
import { Prisma, type PrismaClient } from "./prisma-client/client.ts";

/** The Prisma client, or the transaction client of an interactive transaction. */
export type PaymentsTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export async function findPaymentByReference(tx: PaymentsTx, reference: string): Promise<Payment | null> {
  return tx.payment.findUnique({ where: { reference } });
}

/** The payment, locked until the transaction ends. */
export async function lockPayment(tx: PaymentsTx, id: string): Promise<Payment | null> {
  await tx.$executeRaw`SELECT 1 FROM payment WHERE id = ${id}::uuid FOR UPDATE`;
  return tx.payment.findUnique({ where: { id } });
}

/** The payment of a reference, locked until the transaction ends. */
export async function lockPaymentByReference(tx: PaymentsTx, reference: string): Promise<Payment | null> {
  await tx.$executeRaw`SELECT 1 FROM payment WHERE reference = ${reference} FOR UPDATE`;
  return findPaymentByReference(tx, reference);
}

/** Inserts a new payment; fails with a conflict when its reference already has one (see {@link isReferenceTaken}). */
export async function insertPayment(tx: PaymentsTx, payment: Payment): Promise<void> {
  await tx.payment.create({ data: payment });
}

export async function updatePayment(tx: PaymentsTx, payment: Payment): Promise<void> {
  const { id, ...fields } = payment;
  await tx.payment.update({ where: { id }, data: fields });
}

/** Whether an insert failed because another payment holds the same reference. */
export function isReferenceTaken(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
