/**
 * Generates TypeScript from the SDL, so the enums and resolver signatures a context codes
 * against are its contract's own (`npx tsx scripts/codegen.ts`):
 * - `subgraphs/<context>/src/generated/graphql.ts` for every context of the topology, from
 *   its `schema.graphql`: each enum as a const object and a union of its values, the
 *   object types, and the resolver types with federation (`__resolveReference` and the
 *   reference each entity receives);
 * - `web/src/generated/graphql.ts`, from `schema/supergraph.graphql`: the enums the web
 *   client reads, so it keeps no copy of its own.
 * It writes only files whose text changed; `--check` writes nothing and exits 1 when one is
 * stale. scripts/codegen.test.ts fails when a committed file differs from what this writes.
 * It runs graphql-codegen's plugins through `@graphql-codegen/core` (the CLI needs Node 22).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { codegen } from "@graphql-codegen/core";
import * as typescript from "@graphql-codegen/typescript";
import * as typescriptResolvers from "@graphql-codegen/typescript-resolvers";
import { CONTEXTS } from "@supergraph/platform/topology";
import { Kind, parse, type DocumentNode } from "graphql";

/**
 * The domain type a resolver receives and returns for an SDL type, where it differs from
 * the SDL's shape (dates as `Date`, ids of other contexts' entities instead of the entity),
 * as `<path from src/generated>#<export>`. A context without an entry gets the SDL's shape.
 */
const MODELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  identity: { User: "../domain/user.ts#User" },
  lectures: { Lecture: "../domain/lecture.ts#Lecture" },
  payments: { Payment: "../domain/payment.ts#Payment" },
  // Registrations knows a user by id only: `User.registrations` is resolved from it; and a
  // payment by id only: its `status` is payments' (read for `Registration.refund`).
  registrations: { Registration: "../domain/registration.ts#Registration", User: "{ id: string }", Payment: "{ id: string }" },
  // Parking reservations know a user by id only: `User.ticketReservations` is resolved from it.
  "parking-reservations": { TicketReservation: "../domain/ticket-reservation.ts#TicketReservation", User: "{ id: string }" },
  "parking-lots": { ParkingLot: "../domain/parking-lot.ts#ParkingLot", ParkingDay: "../domain/parking-lot.ts#ParkingDay" },
  "ticket-deliveries": { TicketDelivery: "../domain/ticket-delivery.ts#TicketDelivery", TicketReservation: "{ id: string }" },
  vaccines: { Vaccine: "../domain/vaccine.ts#Vaccine", Dose: "../infra/dose-store.ts#Dose" },
  // Bookings know a user by id only: `User.vaccinationBookings` is resolved from it.
  "vaccination-bookings": { VaccinationBooking: "../domain/vaccination-booking.ts#VaccinationBooking", User: "{ id: string }" },
  // Injections know a booking by id only: `VaccinationBooking.injection` is resolved from it.
  injections: { Injection: "../domain/injection.ts#Injection", VaccinationBooking: "{ id: string }" },
  // Certificate applications know a booking and a user by id only: `VaccinationBooking.certificateApplications` and `User.certificateApplications` are resolved from them.
  "certificate-applications": { CertificateApplication: "../domain/certificate-application.ts#CertificateApplication", VaccinationBooking: "{ id: string }", User: "{ id: string }" },
  // Certificate issues know an application by id only: `CertificateApplication.certificate` is resolved from it.
  "certificate-issues": { CertificateIssue: "../domain/certificate-issue.ts#CertificateIssue", CertificateApplication: "{ id: string }" },
  // Course orders know a user by id only: `User.courseOrders` is resolved from it.
  "course-orders": { CourseOrder: "../domain/course-order.ts#CourseOrder", User: "{ id: string }" },
  learning: { LearningRecord: "../domain/learning-record.ts#LearningRecord" },
  // Evaluations know a learning record by id only: `LearningRecord.evaluationSheet` is resolved from it.
  evaluations: { EvaluationSheet: "../domain/evaluation-sheet.ts#EvaluationSheet", Evaluation: "../domain/evaluation-sheet.ts#Evaluation", LearningRecord: "{ id: string }" },
  // Notifications know a user by id only: `User.smsHistory` is resolved from it.
  notifications: { Notification: "../domain/notification.ts#Notification", User: "{ id: string }" },
  // Pizza orders know a user by id only: `User.pizzaOrders` is resolved from it.
  "pizza-orders": { PizzaOrder: "../domain/pizza-order.ts#PizzaOrder", PizzaOrderLine: "../domain/pizza-order.ts#PizzaOrderLine", User: "{ id: string }" },
  // Deliveries know an order by id only: `PizzaOrder.delivery` is resolved from it.
  deliveries: { Delivery: "../domain/delivery.ts#Delivery", PizzaOrder: "{ id: string }" },
  // Coupons and refunds know an order by id only: `PizzaOrder.coupon` / `.refund` are resolved from it.
  coupons: { Coupon: "../domain/coupon.ts#Coupon", PizzaOrder: "{ id: string }" },
  refunds: { PizzaRefund: "../domain/pizza-refund.ts#PizzaRefund", PizzaOrder: "{ id: string }" },
};

/** Both outputs: enums as `const` objects keyed by their values, plus the union type of those values. */
const ENUMS = { enumsAsConst: true, namingConvention: { enumValues: "keep" }, useTypeImports: true } as const;

export const subgraphTypesPath = (context: string) => join("subgraphs", context, "src", "generated", "graphql.ts");
export const webTypesPath = join("web", "src", "generated", "graphql.ts");

/** Every generated file, path relative to the repository root → its text. */
export async function generatedFiles(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const { name } of CONTEXTS) files.set(subgraphTypesPath(name), await subgraphTypes(root, name));
  files.set(webTypesPath, await webTypes(root));
  return files;
}

async function subgraphTypes(root: string, context: string): Promise<string> {
  const source = join("subgraphs", context, "schema.graphql");
  const code = await codegen({
    filename: subgraphTypesPath(context),
    // The `@link` schema extension names Federation 2's directives without defining them;
    // `federation: true` adds the definitions of `@key` and the rest that the plugin reads.
    schema: withoutSchemaExtensions(parse(readFileSync(join(root, source), "utf8"))),
    documents: [],
    config: { ...ENUMS, federation: true, mappers: MODELS[context] ?? {}, mapperTypeSuffix: "Model" },
    plugins: [{ typescript: {} }, { typescriptResolvers: {} }],
    pluginMap: { typescript, typescriptResolvers },
  });
  return header(source) + code;
}

async function webTypes(root: string): Promise<string> {
  const source = join("schema", "supergraph.graphql");
  const supergraph = parse(readFileSync(join(root, source), "utf8"));
  // Only the API's enums: the router's join__/link__ machinery is no client's business.
  const enums = supergraph.definitions.filter((d) => d.kind === Kind.ENUM_TYPE_DEFINITION && !d.name.value.includes("__"));
  const code = await codegen({
    filename: webTypesPath,
    schema: { kind: Kind.DOCUMENT, definitions: enums },
    documents: [],
    config: { ...ENUMS, onlyEnums: true },
    plugins: [{ typescript: {} }],
    pluginMap: { typescript },
  });
  return header(source) + code;
}

function withoutSchemaExtensions(document: DocumentNode): DocumentNode {
  return { ...document, definitions: document.definitions.filter((d) => d.kind !== Kind.SCHEMA_EXTENSION) };
}

const header = (source: string) =>
  `// Generated from ${source.split("\\").join("/")} by \`npx tsx scripts/codegen.ts\`: do not edit.\n` +
  `// scripts/codegen.test.ts fails when this file is stale.\n`;

/** Writes the files; with `--check`, writes nothing and exits 1 when a committed file is stale. */
async function main(check: boolean): Promise<void> {
  const root = resolve(import.meta.dirname, "..");
  const stale: string[] = [];
  for (const [path, text] of await generatedFiles(root)) {
    const file = join(root, path);
    if (existsSync(file) && readFileSync(file, "utf8") === text) continue;
    if (check) {
      stale.push(path);
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${path}`);
  }
  if (stale.length > 0) {
    console.error(`stale generated types (run \`npx tsx scripts/codegen.ts\`):\n${stale.map((p) => `  ${p}`).join("\n")}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.includes("--check"));
