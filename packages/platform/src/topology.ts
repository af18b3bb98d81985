/**
 * The declaration of every bounded context: the one place a context is named outside its
 * own folders. It drives the router's subgraph URLs, composition, `npm start`, the test
 * harness, and the generated compose file and Kubernetes and PostgreSQL manifests
 * (`npm run deploy:generate`; deploy tests fail when a context is missing or extra).
 * `npm run new-context -- <name> --system <system>` adds an entry here with its folders.
 */

/** The systems of the supergraph; `shared` holds the contexts every system uses. */
export const SYSTEMS = ["shared", "course-registration", "online-study", "pizza", "parking", "vaccination"] as const;
export type SystemName = (typeof SYSTEMS)[number];

/** How a context runs with more than one replica (Kubernetes HPA and disruption budget). */
export interface Scaling {
  /** Replicas it never goes below (2 or more for no downtime during a node drain). */
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /** CPU utilisation the autoscaler aims at, in percent of the request. */
  readonly cpuPercent: number;
  /** CPU a replica requests (Kubernetes `resources.requests.cpu`); default `100m`. */
  readonly cpuRequest?: string;
}

export interface ContextDeclaration {
  /** Context name: folder under subgraphs/ and prisma/, and the subgraph name in the supergraph. */
  readonly name: string;
  /** Default HTTP port in local runs (and in compose and Kubernetes). */
  readonly port: number;
  readonly system: SystemName;
  /** One line: what the context owns. */
  readonly description: string;
  /**
   * Settings an operator tunes per deployment, with the value the manifests give them
   * (Kubernetes ConfigMap `<name>-config`, compose `${VAR:-value}`). Each must be a setting
   * of the context's `src/env.ts`.
   */
  readonly settings?: Readonly<Record<string, string>>;
  /** Secret settings beyond DATABASE_URL and ROUTER_SECRET (Kubernetes Secret `<name>-secrets`). */
  readonly secrets?: readonly string[];
  /** Why a setting or secret is given as it is, written beside it in the generated manifests. */
  readonly notes?: Readonly<Record<string, string>>;
  readonly scaling: Scaling;
  /** Whether the context reads through its Prisma client at run time (else no client is built). */
  readonly prisma: boolean;
}

/** What a sync call's breaker settings default to (`breakerEnv` in env.ts reads them too). */
export const BREAKER_DEFAULTS = { resetMs: 5_000, volume: 5, errorPercent: 50 } as const;

/**
 * A sync call's four settings with their deploy values, as `breakerEnv(prefix, timeoutMs)`
 * declares them in the caller's env: `<P>_TIMEOUT_MS` and the breaker's reset, volume and
 * error percent at their defaults.
 */
export function breakerSettings(prefix: string, timeoutMs: number): Record<string, string> {
  return {
    [`${prefix}_TIMEOUT_MS`]: String(timeoutMs),
    [`${prefix}_BREAKER_RESET_MS`]: String(BREAKER_DEFAULTS.resetMs),
    [`${prefix}_BREAKER_VOLUME`]: String(BREAKER_DEFAULTS.volume),
    [`${prefix}_BREAKER_ERROR_PERCENT`]: String(BREAKER_DEFAULTS.errorPercent),
  };
}

const SMALL: Scaling = { minReplicas: 2, maxReplicas: 4, cpuPercent: 70 };
const BUSY: Scaling = { minReplicas: 2, maxReplicas: 6, cpuPercent: 70 };

export const CONTEXTS: readonly ContextDeclaration[] = [
  {
    name: "identity",
    port: 4001,
    system: "shared",
    description: "users, roles, sign-in and the token signing keys (JWKS)",
    settings: { ALLOW_ADMIN_SIGNUP: "false", JWT_TTL_SECONDS: "28800" },
    secrets: ["JWT_PRIVATE_JWK"],
    notes: { JWT_PRIVATE_JWK: "Unset: a key is generated and kept in the identity database. Set it to rotate or pin it." },
    scaling: SMALL,
    prisma: true,
  },
  {
    name: "payments",
    port: 4002,
    system: "shared",
    description: "payments for any purpose: charge, cancel and refund by the caller's reference",
    settings: { PAYMENT_LATENCY_MS: "0", PAYMENT_LATENCY_JITTER_MS: "0", PAYMENT_FAILURE_RATE: "0", PAYMENT_REFUND_FAILURE_RATE: "0" },
    scaling: BUSY,
    prisma: false,
  },
  {
    name: "lectures",
    port: 4003,
    system: "course-registration",
    description: "lectures and their enrolment count",
    scaling: { ...BUSY, cpuRequest: "150m" },
    prisma: true,
  },
  {
    name: "registrations",
    port: 4004,
    system: "course-registration",
    description: "students' registrations for lectures, paid before they exist",
    settings: {
      ...breakerSettings("PAYMENT", 1000),
      SEAT_HOLD_TIMEOUT_MS: "60000",
      REGISTRATION_QUEUE_TIMEOUT_MS: "5000",
    },
    scaling: { ...BUSY, cpuRequest: "200m" },
    prisma: false,
  },
  {
    name: "views",
    port: 4005,
    system: "shared",
    description: "read models (CQRS), one per system's status screen",
    scaling: BUSY,
    prisma: false,
  },
  {
    name: "parking-reservations",
    port: 4006,
    system: "parking",
    description: "employees' daily parking ticket reservations, their status driven by events",
    scaling: SMALL,
    prisma: false,
  },
  {
    name: "parking-lots",
    port: 4007,
    system: "parking",
    description: "daily space allocation per date, its capacity from configuration",
    settings: {
      PARKING_SPACES_PER_DAY: "5",
      ...breakerSettings("TICKET_CANCEL", 1000),
      EVENT_MAX_DELIVERIES: "20",
    },
    notes: { PARKING_SPACES_PER_DAY: "The daily maximum of spaces (the original's maxparking, 5, from a ConfigMap)." },
    scaling: SMALL,
    prisma: false,
  },
  {
    name: "ticket-deliveries",
    port: 4008,
    system: "parking",
    description: "parking tickets the parking manager hands over; answers the cancel delivery call",
    settings: { COURIER_LATENCY_MS: "0" },
    scaling: SMALL,
    prisma: false,
  },
  {
    name: "parking-availability",
    port: 4009,
    system: "parking",
    description: "free parking spaces per date for residents, built from the lot's events only",
    scaling: SMALL,
    prisma: false,
  },
  {
    name: "vaccines",
    port: 4010,
    system: "vaccination",
    description: "vaccines with their stock and booked doses; answers the reserve and release dose calls",
    settings: { DOSE_RESERVATION_LATENCY_MS: "0" },
    scaling: SMALL,
    prisma: false,
  },
  {
    name: "vaccination-bookings",
    port: 4011,
    system: "vaccination",
    description: "customers' vaccination bookings, each holding a dose reserved by a sync call",
    settings: {
      ...breakerSettings("DOSE_RESERVATION", 3000),
      BOOKING_ADMISSION_LIMIT: "16",
      BOOKING_QUEUE_TIMEOUT_MS: "5000",
    },
    notes: { DOSE_RESERVATION_TIMEOUT_MS: "The original's 3 s proxy timeout on the booking's call to the vaccine context." },
    scaling: SMALL,
    prisma: false,
  },
  {
    name: "injections",
    port: 4012,
    system: "vaccination",
    description: "an injection record per booking, given by the injection manager; answers the injection status call",
    scaling: SMALL,
    prisma: false,
  },
  {
    name: "certificate-applications",
    port: 4013,
    system: "vaccination",
    description: "customers' certificate applications, accepted only after a completed injection (sync call)",
    settings: {
      ...breakerSettings("INJECTION_STATUS", 3000),
      APPLICATION_ADMISSION_LIMIT: "16",
      APPLICATION_QUEUE_TIMEOUT_MS: "5000",
    },
    notes: { INJECTION_STATUS_TIMEOUT_MS: "How long the application's call to injections may take before the customer is told to retry (as the booking's 3 s)." },
    scaling: SMALL,
    prisma: false,
  },
  {
    name: "certificate-issues",
    port: 4014,
    system: "vaccination",
    description: "an issue request per certificate application; the certificate manager issues the certificate",
    scaling: SMALL,
    prisma: false,
  },
  {
    name: "course-orders",
    port: 4015,
    system: "online-study",
    description: "the course catalog and students' course orders; answers the record final score call",
    settings: { FINAL_SCORE_LATENCY_MS: "0" },
    notes: { FINAL_SCORE_LATENCY_MS: "A simulated slow record-final-score answer (the original's 800-1,100 ms); 0 in production." },
    scaling: SMALL,
    prisma: false,
  },
  {
    name: "learning",
    port: 4016,
    system: "online-study",
    description: "one learning record per course order, its learning manager and status",
    settings: { LEARNING_ADMISSION_LIMIT: "16", LEARNING_QUEUE_TIMEOUT_MS: "2000" },
    notes: { LEARNING_ADMISSION_LIMIT: "Learning sheds load past this many mutations in hand (LEARNING_OVERLOADED after LEARNING_QUEUE_TIMEOUT_MS waiting)." },
    scaling: SMALL,
    prisma: false,
  },
  {
    name: "evaluations",
    port: 4017,
    system: "online-study",
    description: "interim evaluations and the one final evaluation of a learning record",
    settings: {
      ...breakerSettings("FINAL_SCORE", 1000),
      FINAL_EVALUATION_ADMISSION_LIMIT: "16",
      FINAL_EVALUATION_QUEUE_TIMEOUT_MS: "5000",
    },
    notes: { FINAL_SCORE_TIMEOUT_MS: "The original's 1,000 ms Feign timeout on the final evaluation's call to order management." },
    scaling: SMALL,
    prisma: false,
  },
  {
    name: "notifications",
    port: 4018,
    system: "shared",
    description: "notifications (SMS history) per user, sent through a simulated provider",
    settings: { SMS_LATENCY_MS: "0", SMS_FAILURE_RATE: "0" },
    notes: { SMS_FAILURE_RATE: "A simulated SMS provider's failures: retried with backoff (EVENT_MAX_DELIVERIES), then parked as dead letters; 0 in production." },
    scaling: SMALL,
    prisma: false,
  },
  {
    name: "pizza-orders",
    port: 4019,
    system: "pizza",
    description: "the pizza menu and customers' orders, paid through payments by a sync call",
    settings: {
      ...breakerSettings("PAYMENT", 500),
      PIZZA_PAYMENT_ADMISSION_LIMIT: "16",
      PIZZA_PAYMENT_QUEUE_TIMEOUT_MS: "5000",
    },
    notes: { PAYMENT_TIMEOUT_MS: "The original's 500 ms timeout on the order's charge, against a payment taking 400-700 ms." },
    scaling: SMALL,
    prisma: false,
  },
  {
    name: "deliveries",
    port: 4020,
    system: "pizza",
    description: "a delivery per paid pizza order; answers the turn into a refund delivery call",
    settings: { DELIVERY_LATENCY_MS: "0" },
    scaling: SMALL,
    prisma: false,
  },
  {
    name: "coupons",
    port: 4021,
    system: "pizza",
    description: "coupons issued on delivery, revoked on refund, restored when a refund is canceled",
    scaling: SMALL,
    prisma: false,
  },
  {
    name: "refunds",
    port: 4022,
    system: "pizza",
    description: "refunds of delivered pizza orders with their reason, each taken only once deliveries turned the delivery into its return run",
    settings: {
      ...breakerSettings("REFUND_DELIVERY", 500),
      REFUND_ADMISSION_LIMIT: "16",
      REFUND_QUEUE_TIMEOUT_MS: "2000",
    },
    notes: { REFUND_DELIVERY_TIMEOUT_MS: "The original's 500 ms timeout on the refund's call to the delivery context." },
    scaling: SMALL,
    prisma: false,
  },
];

export const ROUTER_PORT = 4000;

/** A context's declaration, or an error naming the known ones. */
export function contextNamed(name: string): ContextDeclaration {
  const found = CONTEXTS.find((c) => c.name === name);
  if (!found) throw new Error(`no context named ${name}; known: ${CONTEXTS.map((c) => c.name).join(", ")}`);
  return found;
}

/** The contexts of some systems (the shared ones always included), for a stack that needs only those. */
export function contextsOf(...systems: SystemName[]): ContextDeclaration[] {
  return CONTEXTS.filter((c) => c.system === "shared" || systems.includes(c.system));
}

/** The environment variable that overrides a subgraph's URL in the router, e.g. SUBGRAPH_LECTURES_URL. */
export function subgraphUrlVariable(name: string): string {
  return `SUBGRAPH_${envName(name)}_URL`;
}

/** `<CONTEXT>_DATABASE_URL`, which points `npm start` at a real PostgreSQL for that context. */
export function databaseUrlVariable(name: string): string {
  return `${envName(name)}_DATABASE_URL`;
}

const envName = (name: string) => name.toUpperCase().replace(/-/g, "_");
