/**
 * Helpers of the `me` e2e tests and the `me` benchmark: one person in all five systems, the
 * composed `me` and the `myOverview` read model, and both reduced to the same shape (each
 * system's cases by id with their statuses) so they can be compared.
 */
import { randomBytes } from "node:crypto";
import type { Role } from "@supergraph/platform";
import { type GraphQLResponse, type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { openLecture, register } from "../course-registration/helpers.ts";
import { day, orderCourse } from "../online-study/helpers.ts";
import { RESERVE } from "../parking/operations.ts";
import { MARGHERITA, pay, place } from "../pizza/helpers.ts";
import { applyOnceKnown } from "../vaccination/certificate-helpers.ts";
import { book, bookingBecomes, inject, registerVaccine } from "../vaccination/helpers.ts";
import { issue } from "../vaccination/my-page-helpers.ts";

/**
 * The contexts the five systems' cases (and what `me` shows of them) need, besides identity.
 * Not the parking lot (a reservation stays RESERVED, or CANCELED) nor deliveries, coupons and
 * refunds (a paid pizza order stays PAID): `me` shows nothing of them, and thirteen contexts are
 * as many as a stack starts at once in the test kit's readiness time on a busy 2-core machine.
 */
export const ME_CONTEXTS = [
  "payments",
  "lectures",
  "registrations",
  "course-orders",
  "learning",
  "pizza-orders",
  "parking-reservations",
  "vaccines",
  "vaccination-bookings",
  "injections",
  "certificate-applications",
  "certificate-issues",
  "views",
];

/** The roles one person needs to act in all five systems: STUDENT (course registration, online study), EMPLOYEE (parking), CUSTOMER (pizza, vaccination). */
export const PERSON_ROLES: readonly Role[] = ["STUDENT", "EMPLOYEE", "CUSTOMER"];

/**
 * Starts the stack of ME_CONTEXTS; once more (on fresh ports and databases) when a context was
 * not ready in the test kit's 60 s because the shared machine was busy starting the others.
 */
export async function startMeStack(env: Record<string, Record<string, string>> = {}, attempts = 3): Promise<Stack> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await Stack.start(env, { only: ME_CONTEXTS });
    } catch (error) {
      if (attempt >= attempts || !/to be ready/.test(String(error))) throw error;
      console.warn(`stack not ready (attempt ${attempt} of ${attempts}), starting again: ${String(error).split("\n")[0]}`);
    }
  }
}

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id roles } } }`;
let people = 0;

/** Signs one person up through the router holding every role of `roles` (signUp's `role` plus `roles`). */
export async function signUpPerson(stack: Stack, name = `Person ${++people}`, roles: readonly Role[] = PERSON_ROLES): Promise<SignedIn & { roles: Role[] }> {
  const email = `person-${people}-${randomBytes(4).toString("hex")}@example.com`;
  const [role, ...more] = roles;
  const res = await stack.gql<{ signUp: { token: string; user: { id: string; roles: Role[] } } }>(SIGN_UP, {
    input: { email, password: "correct horse battery", name, role, roles: more },
  });
  if (!res.data?.signUp) throw new Error(`signUp failed: ${JSON.stringify(res.errors)}`);
  return { token: res.data.signUp.token, userId: res.data.signUp.user.id, roles: res.data.signUp.user.roles };
}

/** What the composed query asks of each system: ids, statuses, the payment's (or learning's, injection's, certificate's) status, and a field of each owner. */
const USER_CASES = `
  id name roles
  registrations { id status amount lecture { title } payment { status } }
  courseOrders { id status orderNumber courseTitle learning { status } }
  pizzaOrders { id status amount lines { name quantity } payment { status } }
  ticketReservations { id date status }
  vaccinationBookings { id status vaccineName injection { status } }
  certificateApplications { id status booking { id } certificate { number } }`;

/** The signed-in user's cases, composed by the router from the six owning subgraphs. */
export const ME = `query Me { me { ${USER_CASES} } }`;
/** The same for any user, as an ADMIN reads it. */
export const USER = `query User($id: ID!) { user(id: $id) { ${USER_CASES} } }`;
/** The read model: the same cases from views alone, in one fetch. */
export const OVERVIEW = `query MyOverview { myOverview {
  userId
  courseRegistrations { id status paymentStatus lectureTitle amount }
  courseOrders { id orderStatus learningStatus orderNumber courseTitle }
  pizzaOrders { id status paymentStatus amount }
  parkingReservations { id date status }
  vaccinations { id status injectionStatus vaccineName applications { id status certificate { number } } }
} }`;

type Status = { status: string } | null;

export interface UserCases {
  id: string;
  name: string;
  roles: string[];
  registrations: { id: string; status: string; amount: number; lecture: { title: string } | null; payment: Status }[];
  courseOrders: { id: string; status: string; orderNumber: string; courseTitle: string; learning: Status }[];
  pizzaOrders: { id: string; status: string; amount: number; lines: { name: string; quantity: number }[]; payment: Status }[];
  ticketReservations: { id: string; date: string; status: string }[];
  vaccinationBookings: { id: string; status: string; vaccineName: string; injection: Status }[];
  certificateApplications: { id: string; status: string; booking: { id: string } | null; certificate: { number: string } | null }[];
}

export interface Overview {
  userId: string;
  courseRegistrations: { id: string; status: string; paymentStatus: string; lectureTitle: string | null; amount: number }[];
  courseOrders: { id: string; orderStatus: string; learningStatus: string | null; orderNumber: string; courseTitle: string }[];
  pizzaOrders: { id: string; status: string; paymentStatus: string | null; amount: number }[];
  parkingReservations: { id: string; date: string; status: string }[];
  vaccinations: { id: string; status: string; injectionStatus: string | null; vaccineName: string; applications: { id: string; status: string; certificate: { number: string } | null }[] }[];
}

/**
 * One case as both sides show it: its id, its status, and the status of what another context
 * keeps of it (`linked`): the payment of a registration or a pizza order, the learning of a
 * course order, the injection of a vaccination booking, the certificate number of an
 * application; null where there is none (yet), or nothing (parking).
 */
export interface Case {
  id: string;
  status: string;
  linked: string | null;
}

/** Every system's cases of one user, each list by id. */
export interface Cases {
  registrations: Case[];
  courseOrders: Case[];
  pizzaOrders: Case[];
  parkingReservations: Case[];
  vaccinationBookings: Case[];
  certificateApplications: Case[];
}

const byId = (cases: Case[]) => [...cases].sort((a, b) => a.id.localeCompare(b.id));

/** The composed `me` (or `user(id)`) as cases. */
export function casesOfUser(user: UserCases): Cases {
  return {
    registrations: byId(user.registrations.map((r) => ({ id: r.id, status: r.status, linked: r.payment?.status ?? null }))),
    courseOrders: byId(user.courseOrders.map((o) => ({ id: o.id, status: o.status, linked: o.learning?.status ?? null }))),
    pizzaOrders: byId(user.pizzaOrders.map((o) => ({ id: o.id, status: o.status, linked: o.payment?.status ?? null }))),
    parkingReservations: byId(user.ticketReservations.map((r) => ({ id: r.id, status: r.status, linked: null }))),
    vaccinationBookings: byId(user.vaccinationBookings.map((b) => ({ id: b.id, status: b.status, linked: b.injection?.status ?? null }))),
    certificateApplications: byId(user.certificateApplications.map((a) => ({ id: a.id, status: a.status, linked: a.certificate?.number ?? null }))),
  };
}

/** `myOverview` as cases (the applications are those of its vaccination rows). */
export function casesOfOverview(overview: Overview): Cases {
  return {
    registrations: byId(overview.courseRegistrations.map((r) => ({ id: r.id, status: r.status, linked: r.paymentStatus }))),
    courseOrders: byId(overview.courseOrders.map((o) => ({ id: o.id, status: o.orderStatus, linked: o.learningStatus }))),
    pizzaOrders: byId(overview.pizzaOrders.map((o) => ({ id: o.id, status: o.status, linked: o.paymentStatus }))),
    parkingReservations: byId(overview.parkingReservations.map((r) => ({ id: r.id, status: r.status, linked: null }))),
    vaccinationBookings: byId(overview.vaccinations.map((v) => ({ id: v.id, status: v.status, linked: v.injectionStatus }))),
    certificateApplications: byId(overview.vaccinations.flatMap((v) => v.applications.map((a) => ({ id: a.id, status: a.status, linked: a.certificate?.number ?? null })))),
  };
}

/** Reads `me` composed, or throws with the errors. */
export async function composedMe(stack: Stack, user: SignedIn): Promise<UserCases> {
  const res = await stack.gql<{ me: UserCases | null }>(ME, {}, user.token);
  if (res.errors || !res.data?.me) throw new Error(`me failed: ${JSON.stringify(res.errors ?? res.data)}`);
  return res.data.me;
}

/** Reads `myOverview`, or throws with the errors. */
export async function overviewOf(stack: Stack, user: SignedIn): Promise<Overview> {
  const res = await stack.gql<{ myOverview: Overview }>(OVERVIEW, {}, user.token);
  if (res.errors || !res.data?.myOverview) throw new Error(`myOverview failed: ${JSON.stringify(res.errors ?? res.data)}`);
  return res.data.myOverview;
}

type Errors = Pick<GraphQLResponse, "errors">;

/**
 * Sends a command until it is not refused retryably (`extensions.retryable`: a busy or briefly
 * unavailable owner under a burst, which stored nothing), then returns its answer.
 */
export async function untilNotBusy<R extends Errors>(send: () => Promise<R>, attempts = 20): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    const res = await send();
    if (!res.errors?.some((e) => e.extensions?.retryable === true) || attempt >= attempts) return res;
    const after = Number(res.errors.find((e) => typeof e.extensions?.retryAfterMs === "number")?.extensions?.retryAfterMs ?? 100);
    await new Promise((resolve) => setTimeout(resolve, Math.min(after, 1_000))); // the owner's own back-off hint
  }
}

/** The data of an answer, or throws with its errors. */
export function dataOf<T>(what: string, res: GraphQLResponse<T>): T {
  if (res.errors || !res.data) throw new Error(`${what} failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** The staff whose part the person's cases need: an instructor opens lectures, a nurse injects, a certifier issues. */
export interface Staff {
  instructor: SignedIn;
  nurse: SignedIn;
  certifier: SignedIn;
  vaccineId: string;
}

/** Signs the staff up and registers a vaccine with `stock` doses. */
export async function signUpStaff(stack: Stack, stock = 100): Promise<Staff> {
  const [instructor, vaccineManager, nurse, certifier] = await Promise.all([
    stack.signUp("INSTRUCTOR"),
    stack.signUp("VACCINE_MANAGER"),
    stack.signUp("INJECTION_MANAGER"),
    stack.signUp("CERTIFICATE_MANAGER"),
  ]);
  return { instructor, nurse, certifier, vaccineId: (await registerVaccine(stack, vaccineManager, stock)).id };
}

/**
 * Gives `person` `count` cases in each system (for the benchmark and a demo): registrations
 * paid, course orders with their learning, pizza orders paid, parking days reserved, and
 * vaccination bookings one at a time (all but the last injected, the first with its
 * certificate issued). Returns once the composed `me` and `myOverview` both show them all.
 */
export async function givePersonCases(stack: Stack, person: SignedIn, staff: Staff, count: number): Promise<Cases> {
  const n = [...Array(count).keys()].map((i) => i + 1);
  const lectureIds = await Promise.all(n.map((i) => openLecture(stack, staff.instructor, { title: `Lecture ${i} of ${person.userId}`, price: 1_000 * i })));
  await Promise.all([
    Promise.all(lectureIds.map(async (lectureId) => dataOf("registerForLecture", await untilNotBusy(() => register(stack, person, lectureId))))),
    Promise.all(n.map(async (i) => dataOf("orderCourse", await orderCourse(stack, person, { beginDate: day(i), endDate: day(i + 10) })))),
    Promise.all(n.map(async (i) => {
      const id = dataOf("placePizzaOrder", await place(stack, person, [{ pizzaId: MARGHERITA, quantity: i }])).placePizzaOrder.id;
      dataOf("payPizzaOrder", await untilNotBusy(() => pay(stack, person, id)));
    })),
    Promise.all(n.map(async (i) => dataOf("reserveParkingTicket", await untilNotBusy(() => stack.gql(RESERVE, { date: day(10 + i) }, person.token))))),
    (async () => {
      for (const i of n) {
        const id = dataOf("bookVaccination", await untilNotBusy(() => book(stack, person, staff.vaccineId, day(20 + i)))).bookVaccination.id;
        if (i === count) break;
        await inject(stack, staff.nurse, id);
        await bookingBecomes(stack, person, id, "INJECTED");
        if (i === 1) await issue(stack, staff.certifier, dataOf("applyForCertificate", await applyOnceKnown(stack, person, id)).applyForCertificate.id);
      }
    })(),
  ]);
  const settled = (c: Cases) =>
    c.registrations.length === count && c.registrations.every((r) => r.linked === "COMPLETED") &&
    c.courseOrders.length === count && c.courseOrders.every((o) => o.linked === "AWAITING_MANAGER") &&
    c.pizzaOrders.length === count && c.pizzaOrders.every((o) => o.linked === "COMPLETED") &&
    c.parkingReservations.length === count &&
    c.vaccinationBookings.length === count && (count < 2 || c.certificateApplications.some((a) => a.status === "ISSUED"));
  return waitFor("the composed me and myOverview to show every case, settled and alike", async () => {
    const [composed, read] = await Promise.all([composedMe(stack, person), overviewOf(stack, person)]);
    const [a, b] = [casesOfUser(composed), casesOfOverview(read)];
    return settled(a) && JSON.stringify(a) === JSON.stringify(b) ? a : null;
  }, 90_000);
}
