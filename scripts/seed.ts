/**
 * Demo data for a fresh `npm start`, entered through the router's public GraphQL API (the
 * same path a user takes, so every context sees its own events): two students, two
 * instructors with lectures, two employees with parking tickets for the next days, the parking
 * manager, a vaccination customer, the vaccine manager with two vaccines, the injection and
 * certificate managers, one admin, and sam, one person in all five systems (STUDENT, EMPLOYEE
 * and CUSTOMER: a lecture registration, a course order, a parking ticket, pizza orders and a
 * vaccination booking, so `me` and `myOverview` show every system on a fresh start). Safe to run again: a taken email signs in instead, an
 * instructor's lecture is opened only when none of theirs has its title, and a vaccine only
 * when none has its name.
 *   tsx scripts/seed.ts [router GraphQL URL]
 */
import { pathToFileURL } from "node:url";

export const SEED_PASSWORD = "password123";

type Role = "STUDENT" | "INSTRUCTOR" | "EMPLOYEE" | "PARKING_MANAGER" | "CUSTOMER" | "VACCINE_MANAGER" | "INJECTION_MANAGER" | "CERTIFICATE_MANAGER" | "LEARNING_MANAGER" | "COURIER" | "ADMIN";

interface LectureSeed {
  title: string;
  /** Price in cents. */
  price: number;
  capacity: number;
}

export interface SeedUser {
  email: string;
  name: string;
  role: Role;
  /** Further roles beside `role` (signUp's `roles`), for one person acting in several systems. */
  roles?: readonly Role[];
  /** Course registration: the student registers for the open lectures of these titles, unless registered for them already. */
  registerFor?: readonly string[];
  /** Pizza and vaccination: the customer gets the demo pizza orders and vaccination booking. */
  customerCases?: boolean;
  lectures?: readonly LectureSeed[];
  /** Days from today (UTC) the employee reserves a parking ticket for, unless they have one already. */
  parkingDays?: readonly number[];
  /** Vaccines the vaccine manager registers, unless one of that name exists. */
  vaccines?: readonly { name: string; stock: number }[];
  /** Online study: the student orders the first course matching `search`, unless they have a course order already. */
  courseOrder?: { search: string; phoneNumber: string };
}

export const SEED_USERS: readonly SeedUser[] = [
  { email: "alice@example.com", name: "Alice Student", role: "STUDENT", courseOrder: { search: "", phoneNumber: "010-1234-5678" } },
  { email: "bob@example.com", name: "Bob Student", role: "STUDENT" },
  {
    email: "carol@example.com",
    name: "Carol Instructor",
    role: "INSTRUCTOR",
    lectures: [
      { title: "Introduction to Databases", price: 4900, capacity: 30 },
      { title: "Event-Driven Architecture", price: 7900, capacity: 20 },
      { title: "GraphQL Federation in Practice", price: 9900, capacity: 2 },
    ],
  },
  {
    email: "dave@example.com",
    name: "Dave Instructor",
    role: "INSTRUCTOR",
    lectures: [
      { title: "Statistics for Everyone", price: 3900, capacity: 40 },
      { title: "Distributed Systems Reading Group", price: 0, capacity: 12 },
    ],
  },
  // Daily parking tickets: two employees who reserve, the parking manager who hands tickets out.
  { email: "erin@example.com", name: "Erin Employee", role: "EMPLOYEE", parkingDays: [1, 2] },
  { email: "frank@example.com", name: "Frank Employee", role: "EMPLOYEE", parkingDays: [1] },
  { email: "pat@example.com", name: "Pat Parking Manager", role: "PARKING_MANAGER" },
  // Vaccination: a customer who books, and the staff of vaccines, injections and certificates.
  { email: "cora@example.com", name: "Cora Customer", role: "CUSTOMER", customerCases: true },
  {
    email: "vince@example.com",
    name: "Vince Vaccine Manager",
    role: "VACCINE_MANAGER",
    vaccines: [
      { name: "Comirnaty", stock: 50 },
      { name: "Spikevax", stock: 30 },
    ],
  },
  { email: "ines@example.com", name: "Ines Injection Manager", role: "INJECTION_MANAGER" },
  { email: "cecil@example.com", name: "Cecil Certificate Manager", role: "CERTIFICATE_MANAGER" },
  // Online study: the learning manager who takes students' course orders (students order).
  { email: "lena@example.com", name: "Lena Learning Manager", role: "LEARNING_MANAGER" },
  // Pizza: customers order (cora above); the courier delivers and runs refund deliveries.
  { email: "cody@example.com", name: "Cody Courier", role: "COURIER" },
  // One person in all five systems, after the instructors so their lectures are open.
  {
    email: "sam@example.com",
    name: "Sam Person",
    role: "STUDENT",
    roles: ["EMPLOYEE", "CUSTOMER"],
    registerFor: ["Introduction to Databases"],
    courseOrder: { search: "", phoneNumber: "010-2345-6789" },
    parkingDays: [3],
    customerCases: true,
  },
  { email: "admin@example.com", name: "Ada Admin", role: "ADMIN" },
];

interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

class GraphQLRequestError extends Error {
  constructor(
    readonly operation: string,
    readonly errors: readonly GraphQLError[],
  ) {
    super(`${operation}: ${errors.map((e) => `${e.message}${e.extensions?.code ? ` (${e.extensions.code})` : ""}`).join("; ")}`);
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

type Call = <T>(operation: string, query: string, variables: Record<string, unknown>, token?: string) => Promise<T>;

function client(url: string): Call {
  return async <T>(operation: string, query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await response.json().catch(() => ({}))) as { data?: T | null; errors?: GraphQLError[] };
    if (body.errors?.length) throw new GraphQLRequestError(operation, body.errors);
    if (!response.ok || !body.data) throw new Error(`${operation}: HTTP ${response.status} without data`);
    return body.data;
  };
}

const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`;
const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token user { id } } }`;
const MY_LECTURES = `query MyLectures { myLectures { title } }`;
const OPEN_LECTURE = `mutation OpenLecture($input: OpenLectureInput!) { openLecture(input: $input) { id } }`;
const VACCINES = `query Vaccines { vaccines { name } }`;
const REGISTER_VACCINE = `mutation RegisterVaccine($input: RegisterVaccineInput!) { registerVaccine(input: $input) { id } }`;
const RESERVE_TICKET = `mutation ReserveParkingTicket($date: String!) { reserveParkingTicket(date: $date) { id } }`;
const MY_COURSE_ORDERS = `query MyCourseOrders { myCourseOrders { id } }`;
const COURSES = `query Courses($search: String) { courses(search: $search) { id } }`;
const ORDER_COURSE = `mutation OrderCourse($input: OrderCourseInput!) { orderCourse(input: $input) { id } }`;

interface Auth {
  token: string;
  user: { id: string };
}

async function signUpOrIn(call: Call, user: SeedUser): Promise<Auth> {
  try {
    const { email, name, role, roles } = user;
    return (await call<{ signUp: Auth }>("signUp", SIGN_UP, { input: { email, password: SEED_PASSWORD, name, role, roles } })).signUp;
  } catch (error) {
    if (!(error instanceof GraphQLRequestError) || error.code !== "EMAIL_TAKEN") throw error;
    return (await call<{ signIn: Auth }>("signIn", SIGN_IN, { email: user.email, password: SEED_PASSWORD })).signIn;
  }
}

async function openMissingLectures(call: Call, token: string, lectures: readonly LectureSeed[]): Promise<number> {
  const existing = new Set((await call<{ myLectures: { title: string }[] }>("myLectures", MY_LECTURES, {}, token)).myLectures.map((l) => l.title));
  const missing = lectures.filter((l) => !existing.has(l.title));
  for (const input of missing) await call("openLecture", OPEN_LECTURE, { input }, token);
  return missing.length;
}

const OPEN_LECTURES = `query OpenLectures { lectures(status: OPEN) { id title } }`;
const MY_REGISTRATION_LECTURES = `query MyRegistrationLectures { myRegistrations { status lecture { id } } }`;
const REGISTER_FOR_LECTURE = `mutation RegisterForLecture($lectureId: ID!) { registerForLecture(lectureId: $lectureId) { id } }`;

/**
 * Registers the student for the open lectures of those titles they hold no live registration
 * for. A lecture just opened reaches registrations by its event, so LECTURE_NOT_FOUND is
 * retried for a few seconds.
 */
async function registerForLectures(call: Call, token: string, titles: readonly string[]): Promise<number> {
  const lectures = (await call<{ lectures: { id: string; title: string }[] }>("lectures", OPEN_LECTURES, {})).lectures.filter((l) => titles.includes(l.title));
  const mine = (await call<{ myRegistrations: { status: string; lecture: { id: string } | null }[] }>("myRegistrations", MY_REGISTRATION_LECTURES, {}, token)).myRegistrations;
  const held = new Set(mine.filter((r) => r.status !== "CANCELED").map((r) => r.lecture?.id));
  let registered = 0;
  for (const lecture of lectures.filter((l) => !held.has(l.id))) {
    for (let attempt = 0; ; attempt++) {
      try {
        await call("registerForLecture", REGISTER_FOR_LECTURE, { lectureId: lecture.id }, token);
        registered++;
        break;
      } catch (error) {
        if (!(error instanceof GraphQLRequestError) || error.code !== "LECTURE_NOT_FOUND" || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }
  return registered;
}

/** Reserves the employee's parking days; a day they hold a reservation for already is left as it is. */
async function reserveParkingDays(call: Call, token: string, days: readonly number[]): Promise<number> {
  let reserved = 0;
  for (const n of days) {
    const date = new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    try {
      await call("reserveParkingTicket", RESERVE_TICKET, { date }, token);
      reserved++;
    } catch (error) {
      if (!(error instanceof GraphQLRequestError) || error.code !== "ALREADY_RESERVED") throw error;
    }
  }
  return reserved;
}

/** Registers the vaccines no vaccine of that name exists for. */
async function registerMissingVaccines(call: Call, token: string, vaccines: readonly { name: string; stock: number }[]): Promise<number> {
  const existing = new Set((await call<{ vaccines: { name: string }[] }>("vaccines", VACCINES, {}, token)).vaccines.map((v) => v.name));
  const missing = vaccines.filter((v) => !existing.has(v.name));
  for (const input of missing) await call("registerVaccine", REGISTER_VACCINE, { input }, token);
  return missing.length;
}

/** Online study: orders the first matching course for a week from today, for 30 days, unless the student has an order. */
async function orderFirstCourse(call: Call, token: string, order: { search: string; phoneNumber: string }): Promise<number> {
  if ((await call<{ myCourseOrders: unknown[] }>("myCourseOrders", MY_COURSE_ORDERS, {}, token)).myCourseOrders.length > 0) return 0;
  const course = (await call<{ courses: { id: string }[] }>("courses", COURSES, { search: order.search || null })).courses[0];
  if (!course) return 0;
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  await call("orderCourse", ORDER_COURSE, { input: { courseId: course.id, phoneNumber: order.phoneNumber, beginDate: day(7), endDate: day(37) } }, token);
  return 1;
}

// --- pizza ---

const PIZZA_MENU = `query PizzaMenu { pizzaMenu { id } }`;
const MY_PIZZA_ORDERS = `query MyPizzaOrders { myPizzaOrders { id } }`;
const PLACE_PIZZA_ORDER = `mutation PlacePizzaOrder($input: PlacePizzaOrderInput!) { placePizzaOrder(input: $input) { id } }`;
const PAY_PIZZA_ORDER = `mutation PayPizzaOrder($id: ID!) { payPizzaOrder(id: $id) { id } }`;
const DELIVERY_QUEUE = `query DeliveryQueue { deliveryQueue { id order { id } } }`;
const MARK_DELIVERED = `mutation MarkDelivered($id: ID!) { markDelivered(id: $id) { id } }`;

/**
 * Pizza: unless the customer has orders, one order paid and delivered by the courier (its coupon
 * follows by events) and one placed, waiting to be paid. The delivery starts from the paid
 * order's event, so the courier's queue is read until it is there (a few seconds at most).
 */
async function seedPizzaOrders(call: Call, customer: SeedUser, courier: SeedUser): Promise<number> {
  const signedIn = await signUpOrIn(call, customer);
  if ((await call<{ myPizzaOrders: unknown[] }>("myPizzaOrders", MY_PIZZA_ORDERS, {}, signedIn.token)).myPizzaOrders.length > 0) return 0;
  const menu = (await call<{ pizzaMenu: { id: string }[] }>("pizzaMenu", PIZZA_MENU, {})).pizzaMenu;
  if (menu.length < 2) return 0;
  const place = async (lines: { pizzaId: string; quantity: number }[]) =>
    (await call<{ placePizzaOrder: { id: string } }>("placePizzaOrder", PLACE_PIZZA_ORDER, { input: { lines } }, signedIn.token)).placePizzaOrder.id;
  const delivered = await place([{ pizzaId: menu[0]!.id, quantity: 2 }, { pizzaId: menu[1]!.id, quantity: 1 }]);
  await call("payPizzaOrder", PAY_PIZZA_ORDER, { id: delivered }, signedIn.token);
  await place([{ pizzaId: menu[1]!.id, quantity: 1 }]);
  const cody = await signUpOrIn(call, courier);
  for (let attempt = 0; attempt < 50; attempt++) {
    const queue = (await call<{ deliveryQueue: { id: string; order: { id: string } }[] }>("deliveryQueue", DELIVERY_QUEUE, {}, cody.token)).deliveryQueue;
    const delivery = queue.find((d) => d.order.id === delivered);
    if (delivery) {
      await call("markDelivered", MARK_DELIVERED, { id: delivery.id }, cody.token);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return 2;
}

// --- vaccination ---

const MY_VACCINATION_BOOKINGS = `query MyVaccinationBookings { myVaccinationBookings { id } }`;
const VACCINE_IDS = `query VaccineIds { vaccines { id name } }`;
const BOOK_VACCINATION = `mutation BookVaccination($input: BookVaccinationInput!) { bookVaccination(input: $input) { id } }`;

/**
 * Vaccination: unless the customer has a booking, one booking of the first seeded vaccine a week
 * from today, so "my page" and the injection manager's list show it (inject, apply and issue by hand).
 */
async function seedVaccinationBooking(call: Call, customer: SeedUser, vaccineName: string): Promise<number> {
  const signedIn = await signUpOrIn(call, customer);
  if ((await call<{ myVaccinationBookings: unknown[] }>("myVaccinationBookings", MY_VACCINATION_BOOKINGS, {}, signedIn.token)).myVaccinationBookings.length > 0) return 0;
  const vaccine = (await call<{ vaccines: { id: string; name: string }[] }>("vaccines", VACCINE_IDS, {}, signedIn.token)).vaccines.find((v) => v.name === vaccineName);
  if (!vaccine) return 0;
  const date = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await call("bookVaccination", BOOK_VACCINATION, { input: { vaccineId: vaccine.id, date } }, signedIn.token);
  return 1;
}

export interface SeedResult {
  users: { email: string; role: Role; id: string }[];
  lecturesOpened: number;
  ticketsReserved: number;
  vaccinesRegistered: number;
  vaccinationBookings: number;
  courseOrders: number;
  pizzaOrders: number;
  lectureRegistrations: number;
}

/** Which systems' demo data to add: those whose contexts run (users are always added). */
export interface SeedSystems {
  /** Course registration: lectures opened, and sam's registration (lectures and registrations run together). */
  readonly lectures: boolean;
  readonly parking: boolean;
  readonly vaccines: boolean;
  /** Vaccination's demo booking (vaccines and vaccination-bookings run); absent: not seeded. */
  readonly vaccinationBooking?: boolean;
  /** Online study (course-orders runs); absent: not seeded. */
  readonly courseOrders?: boolean;
  /** Pizza (pizza-orders and deliveries run); absent: not seeded. */
  readonly pizza?: boolean;
}

/** Seeds through the router at `url` (its /graphql endpoint). */
export async function seed(url: string, systems: SeedSystems = { lectures: true, parking: true, vaccines: true }): Promise<SeedResult> {
  const call = client(url);
  const result: SeedResult = { users: [], lecturesOpened: 0, ticketsReserved: 0, vaccinesRegistered: 0, vaccinationBookings: 0, courseOrders: 0, pizzaOrders: 0, lectureRegistrations: 0 };
  for (const user of SEED_USERS) {
    const auth = await signUpOrIn(call, user);
    result.users.push({ email: user.email, role: user.role, id: auth.user.id });
    if (user.lectures && systems.lectures) result.lecturesOpened += await openMissingLectures(call, auth.token, user.lectures);
    if (user.parkingDays && systems.parking) result.ticketsReserved += await reserveParkingDays(call, auth.token, user.parkingDays);
    if (user.vaccines && systems.vaccines) result.vaccinesRegistered += await registerMissingVaccines(call, auth.token, user.vaccines);
    if (user.courseOrder && systems.courseOrders) result.courseOrders += await orderFirstCourse(call, auth.token, user.courseOrder);
    if (user.registerFor && systems.lectures) result.lectureRegistrations += await registerForLectures(call, auth.token, user.registerFor);
  }
  const customers = SEED_USERS.filter((u) => u.customerCases);
  const pizzaCourier = SEED_USERS.find((u) => u.role === "COURIER");
  const firstVaccine = SEED_USERS.find((u) => u.vaccines)?.vaccines?.[0];
  for (const customer of customers) {
    if (systems.pizza && pizzaCourier) result.pizzaOrders += await seedPizzaOrders(call, customer, pizzaCourier);
    if (systems.vaccinationBooking && firstVaccine) result.vaccinationBookings += await seedVaccinationBooking(call, customer, firstVaccine.name);
  }
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.argv[2] ?? "http://127.0.0.1:4000/graphql";
  seed(url, { lectures: true, parking: true, vaccines: true, vaccinationBooking: true, courseOrders: true, pizza: true }).then(
    (r) => console.log(`seeded ${r.users.length} users, ${r.lecturesOpened} new lectures and ${r.lectureRegistrations} lecture registrations and ${r.ticketsReserved} parking tickets and ${r.vaccinesRegistered} vaccines and ${r.vaccinationBookings} vaccination bookings and ${r.courseOrders} course orders and ${r.pizzaOrders} pizza orders through ${url}`),
    (error: unknown) => {
      console.error(`seeding failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
