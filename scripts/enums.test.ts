import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { envelope, type Role as PlatformRole } from "@supergraph/platform";
import { Kind, parse, type ObjectTypeDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { LIVE_FIELDS } from "../router/src/live/catalog.ts";
import type { Role as IdentityRole } from "../subgraphs/identity/src/generated/graphql.ts";
import { codeFiles, enumCopies, sdlEnums, type ReadFile } from "./enum-copies.ts";

const root = resolve(import.meta.dirname, "..");
const read: ReadFile = (path) => (existsSync(join(root, path)) ? readFileSync(join(root, path), "utf8") : undefined);

describe("every copy of a subgraph's enum", () => {
  const { checks, problems } = enumCopies(read, codeFiles(root));

  it("is one the checker knows how to compare: found by name, or declared in scripts/enum-copies.ts", () => {
    expect(problems).toEqual([]);
  });

  it("includes the Prisma, read-model, router and contract copies", () => {
    expect(checks.map((c) => c.copy)).toEqual(
      expect.arrayContaining([
        "prisma/registrations/schema.prisma RegistrationStatus",
        "prisma/registrations/schema.prisma OfferedLectureStatus",
        "prisma/views/schema.prisma PaymentStatus",
        "subgraphs/views/schema.graphql RegistrationStatus",
        "subgraphs/views/schema.graphql PaymentStatus",
        "router/live.graphql RegistrationStatus",
        "router/live.graphql PaymentStatus",
        "packages/contracts/src/payments.ts PaymentPurpose",
      ]),
    );
  });

  it.each(checks.map((c) => [c.copy, c.of, c] as const))("%s holds the values of %s", (_copy, _of, check) => {
    expect(check.actual).toEqual(check.expected);
  });
});

describe("the checker itself", () => {
  const doctored = (path: string, from: string, to: string): ReadFile => (p) => {
    const text = read(p);
    if (p !== path) return text;
    if (!text?.includes(from)) throw new Error(`${path} has no ${from} to doctor`);
    return text.replace(from, to);
  };
  const failingWith = (reader: ReadFile) => enumCopies(reader, codeFiles(root)).checks.filter((c) => c.actual.join() !== c.expected.join()).map((c) => c.copy);
  // Only what the doctoring broke, whatever else may be failing in the tree meanwhile.
  const failing = (reader: ReadFile) => {
    const before = new Set(failingWith(read));
    return failingWith(reader).filter((copy) => !before.has(copy));
  };

  it("given a Prisma enum that lost a value, then that copy fails", () => {
    expect(failing(doctored("prisma/lectures/schema.prisma", "CANCELED", ""))).toEqual(["prisma/lectures/schema.prisma LectureStatus"]);
  });

  it("given an owner that gained a value, then every copy of it fails", () => {
    const grown = failing(doctored("subgraphs/lectures/schema.graphql", "  CANCELED\n}", "  CANCELED\n  ARCHIVED\n}"));
    expect(grown).toEqual(
      expect.arrayContaining(["prisma/lectures/schema.prisma LectureStatus", "prisma/registrations/schema.prisma OfferedLectureStatus", "subgraphs/views/schema.graphql LectureStatus", "prisma/views/schema.prisma LectureStatus"]),
    );
  });

  it("given a read-model enum that nothing declares, then it is a problem, not silently skipped", () => {
    const reader = doctored("prisma/views/schema.prisma", "enum LectureStatus {", "enum ParkingViewStatus {\n  FREE\n}\n\nenum LectureStatus {");
    expect(enumCopies(reader, codeFiles(root)).problems).toEqual([expect.stringContaining("prisma/views/schema.prisma ParkingViewStatus copies no subgraph enum")]);
  });
});

describe("the router's live catalog", () => {
  const live = parse(read("router/live.graphql")!);
  const types = new Map(live.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION).map((d) => [d.name.value, d]));
  const enums = new Map(sdlEnums("router/live.graphql", read("router/live.graphql")!).map((e) => [e.name, e.values]));
  const namedType = (t: import("graphql").TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : namedType(t.type));
  const uuid = "3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d";
  // One event body with every field the catalog's events carry, so each source makes its change.
  const data = {
    ...Object.fromEntries(["registrationId", "lectureId", "studentId", "paymentId", "payerId", "instructorId", "reference"].map((k) => [k, uuid])),
    purpose: "COURSE_REGISTRATION",
    reason: "STUDENT_CANCELED",
    amount: 1000,
    price: 1000,
    capacity: 10,
    enrolledCount: 1,
    title: "A lecture",
  };

  const enumFields = LIVE_FIELDS.flatMap((field) => {
    const change = types.get(namedType(types.get("Subscription")!.fields!.find((f) => f.name.value === field.field)!.type))!;
    return change.fields!.filter((f) => enums.has(namedType(f.type))).map((f) => [field.field, f.name.value, namedType(f.type)] as const);
  });

  it("has enum fields to check (the registration and payment statuses)", () => {
    expect(enumFields.map(([, , type]) => type)).toEqual(expect.arrayContaining(["RegistrationStatus", "PaymentStatus"]));
  });

  it.each(enumFields)("%s pushes %s values of %s only", (name, fieldName, type) => {
    const field = LIVE_FIELDS.find((f) => f.field === name)!;
    const pushed = Object.entries(field.sources).flatMap(([key, source]) => {
      const [context, eventType] = key.split(".") as [string, string];
      const change = source(envelope(context, { type: eventType, subject: uuid, data }, { correlationId: uuid, causationId: uuid }));
      return change ? [change.fields[fieldName]] : [];
    });
    expect(pushed.length).toBeGreaterThan(0);
    expect(enums.get(type)).toEqual(expect.arrayContaining(pushed));
  });
});

/** Whether two types hold the same values; a drift makes the assignments below type errors. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe("copies only the type checker sees", () => {
  it("the platform's Role (tokens and guards) is identity's SDL Role", () => {
    const same: Same<PlatformRole, IdentityRole> = true;
    expect(same).toBe(true);
  });
});
