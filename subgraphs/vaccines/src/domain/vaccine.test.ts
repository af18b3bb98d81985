import type { VaccineEvent } from "@supergraph/contracts/vaccines";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, it } from "vitest";
import { VaccinesErrorCode } from "../generated/graphql.ts";
import { vaccineDecider, type Vaccine } from "./vaccine.ts";

const vaccineId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const managerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const bookingId = "7c1d0b7e-8a52-4f0a-8a3e-5d6c7b8a9f02";
const at = new Date("2026-01-02T03:04:05.000Z");

const registered: VaccineEvent = { type: "VaccineRegistered", subject: vaccineId, data: { vaccineId, name: "Comirnaty", stock: 10, booked: 0, managerId } };
const reserved: VaccineEvent = { type: "DoseReserved", subject: vaccineId, data: { vaccineId, bookingId, stock: 10, booked: 1 } };
const vaccine: Vaccine = { id: vaccineId, name: "Comirnaty", stock: 10, booked: 0, registeredBy: managerId, registeredAt: at };
const register = (name: string, stock: number, nameTaken = false) => ({ type: "RegisterVaccine" as const, vaccineId, name, stock, managerId, nameTaken });

const spec = deciderSpec(vaccineDecider, { at });

describe("registering a vaccine", () => {
  it("given nothing, when registered, then it is registered with its name trimmed, none booked", () => {
    spec.given([]).when(register("  Comirnaty ", 10)).then([registered], vaccine);
  });

  it("given nothing, when registered with no stock, then it is registered with 0", () => {
    spec.given([]).when(register("Comirnaty", 0)).then([{ ...registered, data: { ...registered.data, stock: 0 } } as VaccineEvent], { ...vaccine, stock: 0 });
  });

  it.each([
    ["an empty name", "  ", 10, VaccinesErrorCode.INVALID_VACCINE_NAME],
    ["a name of 101 characters", "x".repeat(101), 10, VaccinesErrorCode.INVALID_VACCINE_NAME],
    ["a negative stock", "Comirnaty", -1, VaccinesErrorCode.INVALID_QUANTITY],
    ["a fractional stock", "Comirnaty", 1.5, VaccinesErrorCode.INVALID_QUANTITY],
    ["a stock over 1,000,000", "Comirnaty", 1_000_001, VaccinesErrorCode.INVALID_QUANTITY],
  ])("given %s, when registered, then it is refused", (_, name, stock, code) => {
    spec.given([]).when(register(name, stock)).thenRefuses(code);
  });

  it("given a vaccine of that name, when registered, then it is VACCINE_ALREADY_REGISTERED", () => {
    spec.given([]).when(register("Comirnaty", 10, true)).thenRefuses(VaccinesErrorCode.VACCINE_ALREADY_REGISTERED);
  });
});

describe("adding stock", () => {
  it("given a vaccine with a dose booked, when 5 are added, then the stock grows by 5 and booked stays", () => {
    spec
      .given([registered, reserved])
      .when({ type: "AddStock", quantity: 5, managerId })
      .then([{ type: "StockAdded", subject: vaccineId, data: { vaccineId, quantity: 5, stock: 15, booked: 1, managerId } }], { ...vaccine, stock: 15, booked: 1 });
  });

  it.each([0, -3, 2.5, 999_991])("given a vaccine of 10, when %s are added, then it is INVALID_QUANTITY", (quantity) => {
    spec.given([registered]).when({ type: "AddStock", quantity, managerId }).thenRefuses(VaccinesErrorCode.INVALID_QUANTITY);
  });

  it("given no vaccine, when stock is added, then it is VACCINE_NOT_FOUND", () => {
    spec.given([]).when({ type: "AddStock", quantity: 5, managerId }).thenRefuses(VaccinesErrorCode.VACCINE_NOT_FOUND);
  });
});
