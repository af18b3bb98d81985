import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack, waitFor } from "@supergraph/testkit";

/*
 * Free spaces for residents (parking-availability), through the router without a token:
 * consistent with the lot after every allocation and release, and right on a first start
 * after a day of reservations (built from the event history alone).
 */

const SPACES = 3;
const RESERVE = `mutation($date: String!) { reserveParkingTicket(date: $date) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelTicketReservation(id: $id) { id status } }`;
const RESERVATION = `query($id: ID!) { ticketReservation(id: $id) { id status } }`;
const LOT_DAY = `query($date: String!) { parkingDay(date: $date) { date capacity occupied free } }`;
const AVAILABILITY = `query($date: String!) { parkingAvailability(date: $date) { date capacity occupied freeSpaces } }`;
const RANGE = `query($from: String!, $to: String!) { freeParkingSpaces(from: $from, to: $to) { date capacity occupied freeSpaces } }`;

/** A day `n` days from today (UTC), YYYY-MM-DD. */
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe("free parking spaces for residents", () => {
  let stack: Stack;
  let manager: SignedIn;

  beforeAll(async () => {
    stack = await Stack.start(
      { "parking-lots": { PARKING_SPACES_PER_DAY: String(SPACES) } },
      { only: ["parking-reservations", "parking-lots", "ticket-deliveries", "parking-availability"] },
    );
    manager = await stack.mintUser("PARKING_MANAGER");
  });
  afterAll(async () => {
    await stack?.stop();
  });

  async function reserve(employee: SignedIn, date: string): Promise<string> {
    const res = await stack.gql(RESERVE, { date }, employee.token);
    const id = res.data?.reserveParkingTicket?.id as string | undefined;
    if (!id) throw new Error(`reserveParkingTicket failed: ${JSON.stringify(res.errors)}`);
    return id;
  }
  const statusBecomes = (employee: SignedIn, id: string, ...statuses: string[]) =>
    waitFor(`reservation ${id} to be ${statuses.join(" or ")}`, async () => {
      const status = (await stack.gql(RESERVATION, { id }, employee.token)).data?.ticketReservation?.status as string | undefined;
      return status && statuses.includes(status) ? status : null;
    });
  /** The lot's own figures for a day, as its manager reads them. */
  const lotDay = async (date: string) => (await stack.gql(LOT_DAY, { date }, manager.token)).data!.parkingDay as { capacity: number; occupied: number; free: number };
  const residents = async (date: string) => {
    const res = await stack.gql(AVAILABILITY, { date });
    expect(res.errors).toBeUndefined();
    return res.data!.parkingAvailability as { capacity: number | null; occupied: number; freeSpaces: number | null };
  };
  /** Waits until residents, without a token, see what the lot says of the day; returns it. */
  async function residentsAgreeWithLot(date: string) {
    const lot = await lotDay(date);
    await waitFor(`residents to see ${lot.free} free on ${date}`, async () => {
      const seen = await residents(date);
      return seen.capacity === lot.capacity && seen.occupied === lot.occupied && seen.freeSpaces === lot.free;
    });
    return lot;
  }

  /** Stops parking-availability and removes every trace of it (database, durable consumers): its next start is a first one. */
  async function neverStarted(): Promise<void> {
    await stack.service("parking-availability").stop();
    const bus = await stack.bus();
    for (const info of await bus.jsm.consumers.list(bus.names.stream).next()) {
      if (info.name.startsWith("parking-availability-")) await bus.jsm.consumers.delete(bus.names.stream, info.name);
    }
    const url = new URL(stack.databaseUrl("parking-availability"));
    const database = url.pathname.slice(1);
    url.pathname = "/postgres";
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }

  it("started for the first time after a day of reservations, shows the same free spaces as the lot", async () => {
    await neverStarted();
    const [busy, quiet] = [day(3), day(4)];
    const employees = await Promise.all(Array.from({ length: SPACES + 2 }, () => stack.mintUser("EMPLOYEE")));
    // A day of the lot: every space of `busy` taken, two refused, one canceled and its space given back; one on `quiet`.
    const ids = [];
    for (const employee of employees) ids.push(await reserve(employee, busy));
    const outcomes = await Promise.all(ids.map((id, i) => statusBecomes(employees[i]!, id, "ALLOCATED", "REFUSED_FULL")));
    expect(outcomes.filter((s) => s === "ALLOCATED")).toHaveLength(SPACES);
    const allocated = ids.findIndex((_, i) => outcomes[i] === "ALLOCATED");
    await stack.gql(CANCEL, { id: ids[allocated] }, employees[allocated]!.token);
    await waitFor("the canceled space to be released", async () => (await lotDay(busy)).occupied === SPACES - 1);
    const quietId = await reserve(employees[0]!, quiet);
    await statusBecomes(employees[0]!, quietId, "ALLOCATED");

    await stack.service("parking-availability").start();

    expect(await residentsAgreeWithLot(busy)).toMatchObject({ capacity: SPACES, occupied: SPACES - 1, free: 1 });
    expect(await residentsAgreeWithLot(quiet)).toMatchObject({ capacity: SPACES, occupied: 1, free: SPACES - 1 });
  });

  it("residents without a token see free spaces consistent with the lot after every allocation and release", async () => {
    const date = day(7);
    expect(await residentsAgreeWithLot(date)).toMatchObject({ occupied: 0, free: SPACES });
    const employees = await Promise.all(Array.from({ length: SPACES + 1 }, () => stack.mintUser("EMPLOYEE")));
    const ids: string[] = [];
    for (const [n, employee] of employees.slice(0, SPACES).entries()) {
      ids.push(await reserve(employee, date));
      await statusBecomes(employee, ids[n]!, "ALLOCATED");
      expect(await residentsAgreeWithLot(date)).toMatchObject({ occupied: n + 1, free: SPACES - n - 1 });
    }
    // A full day: refused, and nothing changes for residents.
    const refused = await reserve(employees[SPACES]!, date);
    await statusBecomes(employees[SPACES]!, refused, "REFUSED_FULL");
    expect(await residentsAgreeWithLot(date)).toMatchObject({ occupied: SPACES, free: 0 });

    // Releases, one after another.
    for (const [n, id] of ids.entries()) {
      await stack.gql(CANCEL, { id }, employees[n]!.token);
      await waitFor(`space ${n + 1} to be released`, async () => (await lotDay(date)).occupied === SPACES - n - 1);
      expect(await residentsAgreeWithLot(date)).toMatchObject({ occupied: SPACES - n - 1, free: n + 1 });
    }
  });

  it("a range lists each day without a token; bad dates get the typed errors", async () => {
    const res = await stack.gql(RANGE, { from: day(6), to: day(8) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.freeParkingSpaces.map((d: { date: string }) => d.date)).toEqual([day(6), day(7), day(8)]);
    expect(res.data!.freeParkingSpaces.every((d: { capacity: number; freeSpaces: number }) => d.capacity === SPACES && d.freeSpaces === SPACES)).toBe(true);

    const codes = async (query: string, variables: Record<string, string>) => (await stack.gql(query, variables)).errors?.map((e) => e.extensions?.code);
    expect(await codes(AVAILABILITY, { date: "2026-02-30" })).toEqual(["INVALID_DATE"]);
    expect(await codes(AVAILABILITY, { date: "tomorrow" })).toEqual(["INVALID_DATE"]);
    expect(await codes(RANGE, { from: day(8), to: day(6) })).toEqual(["INVALID_DATE_RANGE"]);
    expect(await codes(RANGE, { from: day(1), to: day(100) })).toEqual(["INVALID_DATE_RANGE"]);
  });
});
