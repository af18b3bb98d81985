import { isUuid, mayRead, requireViewer, type BaseContext, type Sql } from "@supergraph/platform";
import type DataLoader from "dataloader";
import type { Payment } from "../domain/payment.ts";
import type { Resolvers } from "../generated/graphql.ts";
import { paymentsOfPayer } from "../infra/payment-store.ts";

export interface PaymentsContext extends BaseContext {
  readonly paymentById: DataLoader<string, Payment | null>;
}

export interface PaymentsDeps {
  readonly sql: Sql;
}

/** A payment the viewer may read (their own, or any as ADMIN); null for others and anonymous callers. */
async function readablePayment(id: string, ctx: PaymentsContext): Promise<Payment | null> {
  if (!ctx.viewer || !isUuid(id)) return null;
  const payment = await ctx.paymentById.load(id);
  return payment && mayRead(ctx.viewer, payment.payerId) ? payment : null;
}

/** Read-only: payments are charged through the `payments.charge` sync call, never by a mutation. */
export function paymentsResolvers({ sql }: PaymentsDeps) {
  return {
    Query: {
      payment: (_: unknown, args: { id: string }, ctx: PaymentsContext) => readablePayment(args.id, ctx),
      myPayments: (_: unknown, __: unknown, ctx: PaymentsContext) => {
        const viewer = requireViewer(ctx.viewer);
        return paymentsOfPayer(sql, viewer.userId);
      },
    },
    Payment: {
      __resolveReference: (ref: { id: string }, ctx: PaymentsContext) => readablePayment(ref.id, ctx),
      payer: (payment: Payment) => ({ __typename: "User", id: payment.payerId }),
      createdAt: (payment: Payment) => payment.createdAt.toISOString(),
      canceledAt: (payment: Payment) => payment.canceledAt?.toISOString() ?? null,
    },
  } satisfies Resolvers<PaymentsContext>;
}
