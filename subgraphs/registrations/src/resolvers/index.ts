import { commandCausation, isUuid, mayRead, requireRole, requireViewer, type BaseContext, type Sql, type UnitOfWork } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { cancelRegistration } from "../commands/cancel.ts";
import { register, type RegisterDeps } from "../commands/register.ts";
import { refundOf } from "../domain/refund.ts";
import { RegistrationError, type Registration } from "../domain/registration.ts";
import type { PaymentStatus, Resolvers } from "../generated/graphql.ts";
import { registrationsOfStudent } from "../infra/registration-store.ts";

export interface RegistrationsContext extends BaseContext {
  readonly registrationById: DataLoader<string, Registration | null>;
}

export interface RegistrationsDeps extends RegisterDeps {
  readonly sql: Sql;
  readonly transact: UnitOfWork;
}

const visible = (ctx: RegistrationsContext, r: Registration | null) => (r && ctx.viewer && mayRead(ctx.viewer, r.studentId) ? r : null);
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** A registration with its payment's status, as the router passes it for `refund` (`@requires(fields: "payment { status }")`). */
type WithPaymentStatus = Registration & { readonly paymentStatus?: PaymentStatus | null };
type Reference = { id: string; payment?: { status?: PaymentStatus | null } | null };

export function registrationsResolvers(deps: RegistrationsDeps) {
  const { sql, transact, clock } = deps;
  const registrationsOf = (studentId: string) => registrationsOfStudent(sql, studentId);
  return {
    Query: {
      myRegistrations: (_: unknown, __: unknown, ctx: RegistrationsContext) => registrationsOf(requireViewer(ctx.viewer).userId),
      registration: async (_: unknown, args: { id: string }, ctx: RegistrationsContext) => {
        requireViewer(ctx.viewer);
        return isUuid(args.id) ? visible(ctx, await ctx.registrationById.load(args.id)) : null;
      },
    },
    Mutation: {
      registerForLecture: (_: unknown, args: { lectureId: string }, ctx: RegistrationsContext) => {
        const viewer = requireRole(ctx.viewer, "STUDENT");
        if (!isUuid(args.lectureId)) throw RegistrationError.refuse("LECTURE_NOT_FOUND", "No open lecture with that id.");
        return register(deps, args.lectureId, viewer.userId);
      },
      cancelRegistration: (_: unknown, args: { id: string }, ctx: RegistrationsContext) => {
        const viewer = requireViewer(ctx.viewer);
        if (!isUuid(args.id)) throw RegistrationError.refuse("REGISTRATION_NOT_FOUND", "No registration with that id.");
        return transact((tx, record) =>
          cancelRegistration(tx, record, args.id, { viewer, reason: "STUDENT_CANCELED" }, { now: clock(), causation: commandCausation(args.id) }),
        );
      },
    },
    Registration: {
      __resolveReference: async (ref: Reference, ctx: RegistrationsContext) => {
        const r = isUuid(ref.id) ? visible(ctx, await ctx.registrationById.load(ref.id)) : null;
        return r && ref.payment ? ({ ...r, paymentStatus: ref.payment.status } satisfies WithPaymentStatus) : r;
      },
      lecture: (r: Registration) => ({ __typename: "Lecture", id: r.lectureId }),
      student: (r: Registration) => ({ __typename: "User", id: r.studentId }),
      payment: (r: Registration) => ({ __typename: "Payment", id: r.paymentId }),
      registeredAt: (r: Registration) => r.registeredAt.toISOString(),
      paidAt: (r: Registration) => iso(r.paidAt),
      canceledAt: (r: Registration) => iso(r.canceledAt),
      refund: (r: WithPaymentStatus) => refundOf(r.status, r.paymentStatus),
    },
    User: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      registrations: (user: { id: string }, _: unknown, ctx: RegistrationsContext) =>
        ctx.viewer && mayRead(ctx.viewer, user.id) && isUuid(user.id) ? registrationsOf(user.id) : [],
    },
  } satisfies Resolvers<RegistrationsContext>;
}
