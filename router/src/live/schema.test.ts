import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { LIVE_STATUS } from "@supergraph/contracts/catalog.live";
import { defineLiveStatus } from "@supergraph/contracts/define.live";
import { lectureEnrolmentLiveStatus } from "@supergraph/contracts/lectures.live";
import { buildASTSchema, Kind, parse, type GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { LIVE_FIELDS } from "./catalog.ts";
import { liveSchema, liveSchemaPath } from "./schema.ts";

const root = resolve(import.meta.dirname, "../../..");
/** The live schema with the federation directive it imports declared, so graphql-js can build it. */
const built = (sdl: string) => buildASTSchema(parse(`directive @link(url: String!, import: [String!]) repeatable on SCHEMA\ndirective @key(fields: String!, resolvable: Boolean) repeatable on OBJECT\n${sdl}`));

describe("the live schema", () => {
  it("given the owners' declarations, then router/live.graphql is what they generate (run `npm run compose` after changing one)", () => {
    expect(readFileSync(liveSchemaPath(root), "utf8")).toBe(liveSchema(root, LIVE_STATUS));
  });

  it("given every declaration, then each live field the router serves is a subscription field, its arguments those of its kind", () => {
    const subscription = built(liveSchema(root, LIVE_STATUS)).getSubscriptionType()!;
    const args = Object.fromEntries(Object.values(subscription.getFields()).map((f) => [f.name, f.args.map((a) => `${a.name}: ${a.type}`)]));

    expect(args).toEqual({
      myRegistrationChanges: ["after: String"],
      registrationChanges: ["id: ID!", "after: String"],
      paymentChanges: ["id: ID!", "after: String"],
      lectureEnrolmentChanges: ["lectureId: ID!", "after: String"],
      myTicketReservationChanges: ["after: String"],
      ticketReservationChanges: ["id: ID!", "after: String"],
      myVaccinationBookingChanges: ["after: String"],
      vaccinationBookingChanges: ["id: ID!", "after: String"],
      myCertificateApplicationChanges: ["after: String"],
      certificateApplicationChanges: ["id: ID!", "after: String"],
      myPizzaOrderChanges: ["after: String"],
      pizzaOrderChanges: ["id: ID!", "after: String"],
      myDeliveryChanges: ["after: String"],
      myLearningChanges: ["after: String"],
      learningChanges: ["id: ID!", "after: String"],
      myPizzaRefundChanges: ["after: String"],
      myCouponChanges: ["after: String"],
      couponChanges: ["id: ID!", "after: String"],
      caseTimelineChanges: ["caseId: ID!", "after: String"],
    });
    expect(LIVE_FIELDS.map((f) => f.field).sort()).toEqual(Object.keys(args).sort());
  });

  it("given a change carrying an owner's enum, then the live schema has the owner's enum exactly, docstrings included", () => {
    const live = parse(liveSchema(root, LIVE_STATUS));
    const owner = parse(readFileSync(resolve(root, "subgraphs/registrations/schema.graphql"), "utf8"));
    const enumOf = (doc: typeof live) => doc.definitions.find((d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === "RegistrationStatus");

    expect(JSON.stringify(enumOf(live), (k, v) => (k === "loc" ? undefined : v))).toBe(JSON.stringify(enumOf(owner), (k, v) => (k === "loc" ? undefined : v)));
  });

  it("given the lectures' declaration alone, then only its subscription, change type and key stub, and no enum", () => {
    const schema = built(liveSchema(root, [lectureEnrolmentLiveStatus]));
    const change = schema.getType("LectureEnrolmentChange") as GraphQLObjectType;

    expect(Object.keys(schema.getSubscriptionType()!.getFields())).toEqual(["lectureEnrolmentChanges"]);
    expect(Object.fromEntries(Object.values(change.getFields()).map((f) => [f.name, String(f.type)]))).toEqual({ cursor: "String!", enrolledCount: "Int!", occurredAt: "String!", lecture: "Lecture!" });
    expect(Object.keys(schema.getTypeMap()).filter((t) => !t.startsWith("__")).sort()).toEqual(["Boolean", "ID", "Int", "Lecture", "LectureEnrolmentChange", "String", "Subscription"]);
  });

  it("given a change field of a type its owner does not define, then generating fails naming it", () => {
    const bogus = defineLiveStatus({ ...lectureEnrolmentLiveStatus, change: { ...lectureEnrolmentLiveStatus.change, fields: { enrolledCount: { type: "EnrolmentLevel!", description: "Made up." } } } });

    expect(() => liveSchema(root, [bogus])).toThrow("a live change of lectures carries EnrolmentLevel, which is no enum of subgraphs/lectures/schema.graphql");
  });
});
