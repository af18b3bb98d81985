import { describe, expect, it } from "vitest";
import { deciderSpec } from "@supergraph/testkit/decider";
import { acceptSignUp, checkPassword, invalidCredentials, isEmail, maySignUpAs, normalizeEmail, userDecider, type SignUpRequest, type UserEvent } from "./user.ts";
import { refusalCode } from "@supergraph/platform/testing/refusal";

const open = { allowAdminSignUp: true };
const production = { allowAdminSignUp: false };
const request: SignUpRequest = { email: "  Ada@Example.COM ", password: "correct horse", name: " Ada Lovelace ", role: "STUDENT" };


describe("email", () => {
  it("given mixed case and spaces, when normalized, then it is trimmed and lower-cased", () => {
    expect(normalizeEmail("  Ada@Example.COM ")).toBe("ada@example.com");
  });

  it.each(["ada@example.com", "ada.lovelace+math@cs.example.co.uk"])("given %s, then it is an email", (email) => {
    expect(isEmail(email)).toBe(true);
  });

  it.each(["", "ada", "ada@", "@example.com", "ada@example", "ada@@example.com", "a da@example.com", "ada@example..com", `${"a".repeat(250)}@example.com`])(
    "given %j, then it is not an email",
    (email) => {
      expect(isEmail(email)).toBe(false);
    },
  );
});

describe("password", () => {
  it("given 8 characters, when checked, then it is accepted", () => {
    expect(() => checkPassword("12345678")).not.toThrow();
  });

  it("given 7 characters, when checked, then it is WEAK_PASSWORD", () => {
    expect(refusalCode(() => checkPassword("1234567"))).toBe("WEAK_PASSWORD");
  });

  it("given 8 characters outside the BMP (16 UTF-16 units), when checked, then length counts characters", () => {
    expect(() => checkPassword("🔑".repeat(8))).not.toThrow();
    expect(refusalCode(() => checkPassword("🔑".repeat(7)))).toBe("WEAK_PASSWORD");
  });

  it("given more than 256 characters, when checked, then it is WEAK_PASSWORD", () => {
    expect(refusalCode(() => checkPassword("x".repeat(257)))).toBe("WEAK_PASSWORD");
  });
});

describe("roles at sign-up", () => {
  it("given any settings, then every role but ADMIN may sign up", () => {
    for (const policy of [open, production]) {
      for (const role of ["STUDENT", "INSTRUCTOR", "EMPLOYEE", "PARKING_MANAGER", "CUSTOMER", "VACCINE_MANAGER", "INJECTION_MANAGER", "CERTIFICATE_MANAGER", "LEARNING_MANAGER", "COURIER"] as const) expect(maySignUpAs(role, policy), role).toBe(true);
    }
  });

  it("given admin sign-up allowed, then ADMIN may sign up", () => {
    expect(maySignUpAs("ADMIN", open)).toBe(true);
  });

  it("given admin sign-up disallowed, then ADMIN may not sign up", () => {
    expect(maySignUpAs("ADMIN", production)).toBe(false);
  });
});

describe("acceptSignUp", () => {
  it("given a valid request, when accepted, then email and name are normalized and the role is the only one", () => {
    expect(acceptSignUp(request, production)).toEqual({ email: "ada@example.com", name: "Ada Lovelace", roles: ["STUDENT"] });
  });

  it("given a malformed email, when signing up, then it is INVALID_EMAIL", () => {
    expect(refusalCode(() => acceptSignUp({ ...request, email: "ada" }, open))).toBe("INVALID_EMAIL");
  });

  it("given a blank name, when signing up, then it is INVALID_NAME", () => {
    expect(refusalCode(() => acceptSignUp({ ...request, name: "   " }, open))).toBe("INVALID_NAME");
  });

  it("given a short password, when signing up, then it is WEAK_PASSWORD", () => {
    expect(refusalCode(() => acceptSignUp({ ...request, password: "short" }, open))).toBe("WEAK_PASSWORD");
  });

  it("given admin sign-up disallowed, when signing up as ADMIN, then it is ROLE_NOT_ALLOWED", () => {
    expect(refusalCode(() => acceptSignUp({ ...request, role: "ADMIN" }, production))).toBe("ROLE_NOT_ALLOWED");
  });

  it("given admin sign-up allowed, when signing up as ADMIN, then the user holds ADMIN", () => {
    expect(acceptSignUp({ ...request, role: "ADMIN" }, open).roles).toEqual(["ADMIN"]);
  });

  it("given further roles, when accepted, then the user holds the union of role and roles, each once, role first", () => {
    expect(acceptSignUp({ ...request, roles: ["EMPLOYEE", "STUDENT", "CUSTOMER", "EMPLOYEE"] }, production).roles).toEqual(["STUDENT", "EMPLOYEE", "CUSTOMER"]);
  });

  it("given null or empty roles, when accepted, then the user holds role alone", () => {
    expect(acceptSignUp({ ...request, roles: null }, production).roles).toEqual(["STUDENT"]);
    expect(acceptSignUp({ ...request, roles: [] }, production).roles).toEqual(["STUDENT"]);
  });

  it("given admin sign-up disallowed, when ADMIN is among the further roles, then it is ROLE_NOT_ALLOWED", () => {
    expect(refusalCode(() => acceptSignUp({ ...request, roles: ["CUSTOMER", "ADMIN"] }, production))).toBe("ROLE_NOT_ALLOWED");
  });

  it("given admin sign-up allowed, when ADMIN is among the further roles, then the user holds it too", () => {
    expect(acceptSignUp({ ...request, roles: ["ADMIN"] }, open).roles).toEqual(["STUDENT", "ADMIN"]);
  });
});

describe("invalidCredentials", () => {
  it("given any failed sign-in, then the code and message are always the same", () => {
    const error = invalidCredentials();
    expect(error.code).toBe("INVALID_CREDENTIALS");
    expect(error.message).toBe(invalidCredentials().message);
  });
});

describe("signing up (the decider)", () => {
  const userId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
  const at = new Date("2026-01-02T03:04:05.000Z");
  const accepted = { email: "ada@example.com", name: "Ada Lovelace", roles: ["STUDENT"] as const };
  const signedUp: UserEvent = { type: "UserSignedUp", subject: userId, data: { userId, ...accepted } };
  const users = deciderSpec(userDecider, { at });

  it("given no user with the email, when an accepted sign-up is made, then the user signed up with it, created now", () => {
    users.given([]).when({ type: "SignUp", userId, accepted }).then([signedUp], { id: userId, ...accepted, createdAt: at });
  });

  it("given a user with the email, when another signs up with it, then it is EMAIL_TAKEN", () => {
    users.given([signedUp]).when({ type: "SignUp", userId: "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", accepted }).thenRefuses("EMAIL_TAKEN");
  });
});
