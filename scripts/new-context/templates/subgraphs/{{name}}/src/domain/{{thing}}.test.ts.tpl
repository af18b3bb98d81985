import type { {{Thing}}Event } from "@supergraph/contracts/{{name}}";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, it } from "vitest";
import { {{Name}}ErrorCode } from "../generated/graphql.ts";
import { {{thingCamel}}Decider, type {{Thing}} } from "./{{thing}}.ts";

const {{thingCamel}}Id = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const ownerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const requestedAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T03:04:06.000Z");

const requested: {{Thing}}Event = { type: "{{Thing}}Requested", subject: {{thingCamel}}Id, data: { {{thingCamel}}Id, ownerId, title: "First" } };
const confirmed: {{Thing}}Event = { type: "{{Thing}}Confirmed", subject: {{thingCamel}}Id, data: { {{thingCamel}}Id, ownerId } };
const {{thingCamel}}: {{Thing}} = { id: {{thingCamel}}Id, ownerId, title: "First", status: "REQUESTED", requestedAt, confirmedAt: null };

const spec = deciderSpec({{thingCamel}}Decider, { at: requestedAt });

describe("requesting a {{thingText}}", () => {
  it("given nothing, when requested, then it is requested with its title trimmed", () => {
    spec.given([]).when({ type: "Request{{Thing}}", {{thingCamel}}Id, ownerId, title: "  First  " }).then([requested], {{thingCamel}});
  });

  it.each([
    ["an empty title", "   "],
    ["a title of 201 characters", "x".repeat(201)],
  ])("given %s, when requested, then it is INVALID_{{THING}}", (_, title) => {
    spec.given([]).when({ type: "Request{{Thing}}", {{thingCamel}}Id, ownerId, title }).thenRefuses({{Name}}ErrorCode.INVALID_{{THING}});
  });
});

describe("confirming a {{thingText}}", () => {
  it("given a requested {{thingText}}, when confirmed, then it is confirmed as of then", () => {
    spec.given([requested]).when({ type: "Confirm{{Thing}}" }, { at: later }).then([confirmed], { ...{{thingCamel}}, status: "CONFIRMED", confirmedAt: later });
  });

  it("given a confirmed {{thingText}}, when confirmed again, then nothing happens", () => {
    spec.given([requested, confirmed]).when({ type: "Confirm{{Thing}}" }).thenNothing();
  });

  it("given no {{thingText}}, when confirmed, then it is {{THING}}_NOT_FOUND", () => {
    spec.given([]).when({ type: "Confirm{{Thing}}" }).thenRefuses({{Name}}ErrorCode.{{THING}}_NOT_FOUND);
  });
});
