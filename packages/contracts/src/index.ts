export * from "./define.ts";
export * as lectures from "./lectures.ts";
export * as payments from "./payments.ts";
export * as registrations from "./registrations.ts";
