import { DoseErrorCode, ReleaseDoseRequest, ReserveDoseRequest, type ReleaseDoseResult, type ReserveDoseResult } from "@supergraph/contracts/vaccines";
import { bulkhead, commandCausation, domainErrors, type AnsweredCall, type Bulkhead, type Causation, type RecordEvents, type Sql, type UnitOfWork } from "@supergraph/platform";
import { adjust, bookOne, findDose, insertReservedDose, markConsumed, markReleased, vaccineName } from "../infra/dose-store.ts";

/*
 * The three moves of a dose, each idempotent by booking id (the dose row's key): reserve
 * (booked + 1, refused at stock - booked < 1), release (booked - 1), consume (stock - 1 and
 * booked - 1). Each runs in one transaction with its event.
 */

/** The dose calls' refusals, their codes from the contract shared with the caller. */
const { refuse } = domainErrors(DoseErrorCode);

/** Reserves the booking's dose; a retry answers the same reservation. */
export async function reserveDose(tx: Sql, record: RecordEvents, request: ReserveDoseRequest, causation: Causation): Promise<ReserveDoseResult> {
  const { bookingId, vaccineId } = request;
  if (!(await insertReservedDose(tx, bookingId, vaccineId))) {
    const existing = await findDose(tx, bookingId);
    if (existing?.status === "RELEASED") throw refuse(DoseErrorCode.DOSE_RELEASED, "This booking's dose was released already; book again.");
    if (!existing || existing.vaccineId !== vaccineId) throw refuse(DoseErrorCode.INVALID, "This booking reserved a dose of another vaccine.");
    return { vaccineId, vaccineName: (await vaccineName(tx, vaccineId)) ?? "" };
  }
  const after = await bookOne(tx, vaccineId);
  if (!after) {
    // Thrown, the transaction rolls back with the dose row just inserted.
    if ((await vaccineName(tx, vaccineId)) === null) throw refuse(DoseErrorCode.VACCINE_NOT_FOUND, "No vaccine with that id.");
    throw refuse(DoseErrorCode.OUT_OF_STOCK, "No dose of this vaccine is left to book.");
  }
  await record([{ type: "DoseReserved", subject: vaccineId, data: { vaccineId, bookingId, stock: after.stock, booked: after.booked } }], causation);
  return { vaccineId, vaccineName: after.name };
}

/** Releases the booking's dose, or marks it released before any reservation arrives. */
export async function releaseDose(tx: Sql, record: RecordEvents, request: ReleaseDoseRequest, causation: Causation): Promise<ReleaseDoseResult> {
  const { bookingId, vaccineId } = request;
  if ((await markReleased(tx, bookingId, vaccineId)) !== "reserved") return { released: false };
  const after = await adjust(tx, vaccineId, 0, -1);
  await record([{ type: "DoseReleased", subject: vaccineId, data: { vaccineId, bookingId, stock: after.stock, booked: after.booked } }], causation);
  return { released: true };
}

/** The booking's dose was injected: out of the stock and of booked. False when it was not reserved. */
export async function consumeDose(tx: Sql, record: RecordEvents, bookingId: string, causation: Causation): Promise<boolean> {
  const vaccineId = await markConsumed(tx, bookingId);
  if (!vaccineId) return false;
  const after = await adjust(tx, vaccineId, -1, -1);
  await record([{ type: "DoseConsumed", subject: vaccineId, data: { vaccineId, bookingId, stock: after.stock, booked: after.booked } }], causation);
  return true;
}

const parsed = <T>(schema: { safeParse(p: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } }, payload: unknown): T => {
  const result = schema.safeParse(payload);
  if (!result.success) throw refuse(DoseErrorCode.INVALID, `Invalid dose request: ${result.error.issues[0]?.message ?? "malformed"}.`);
  return result.data;
};

/**
 * The sync calls `vaccines.reserveDose` and `vaccines.releaseDose`, for the context's `answers`.
 * `latencyMs` delays a reservation before it is made (a simulated slow vaccines): one answered
 * after the caller gave up may still land, and the caller's abandonment releases it. With
 * `capacity` above 0 at most that many reservations are worked on at once and the others wait
 * their turn, so the answers slow down with the load (a vaccines overloaded by a rush, as the
 * original's was under its load test), not by a fixed delay.
 */
export function doseAnswers(transact: UnitOfWork, latencyMs = 0, capacity = 0) {
  const turn: Bulkhead =
    capacity > 0 ? bulkhead({ limit: capacity, maxWaitMs: 60_000, busy: () => new Error("vaccines: too many reservations waiting") }) : (work) => work();
  return {
    reserveDose: async (payload: unknown, call: AnsweredCall) => {
      const request = parsed(ReserveDoseRequest, payload);
      return turn(async () => {
        // A reservation whose booking gave up while it waited is not made for nobody.
        call.ensureAwaited();
        if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
        return transact((tx, record) => reserveDose(tx, record, request, commandCausation(request.bookingId)));
      });
    },
    releaseDose: async (payload: unknown) => {
      const request = parsed(ReleaseDoseRequest, payload);
      return transact((tx, record) => releaseDose(tx, record, request, commandCausation(request.bookingId)));
    },
  };
}
