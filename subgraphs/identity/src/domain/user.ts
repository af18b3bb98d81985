import { domainErrors, type Decider } from "@supergraph/platform";
import { IdentityErrorCode, type Role } from "../generated/graphql.ts";

export type { Role };

/** A user of the portal, as other contexts and the SDL see it (never with the password hash). */
export interface User {
  readonly id: string;
  /** Normalized: trimmed and lower-cased. */
  readonly email: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly createdAt: Date;
}

/** Refusals of the identity context, their codes from its SDL's IdentityErrorCode. */
export const IdentityError = domainErrors(IdentityErrorCode);

export const PASSWORD_MIN_LENGTH = 8;
/** scrypt takes any length, but a request should not make the server hash megabytes. */
export const PASSWORD_MAX_LENGTH = 256;
export const NAME_MAX_LENGTH = 100;
const EMAIL_MAX_LENGTH = 254;
// One @, something before it, a dotted domain after it, no spaces: the address is proven
// only by mail reaching it, so stricter syntax would refuse real addresses for nothing.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** The form under which an email is stored and compared: trimmed and lower-cased. */
export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/** Whether a normalized email has the shape of an address. */
export function isEmail(email: string): boolean {
  return email.length <= EMAIL_MAX_LENGTH && EMAIL_SHAPE.test(email);
}

/** Refuses a password that is too short (or absurdly long), with WEAK_PASSWORD. */
export function checkPassword(password: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
    throw IdentityError.refuse("WEAK_PASSWORD", `The password must have ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`);
  }
}

/** What sign-up allows, from the context's settings. */
export interface SignUpPolicy {
  /** Whether anyone may sign up as ADMIN (local and embedded use; false in production). */
  readonly allowAdminSignUp: boolean;
}

/** Whether a newcomer may give themself `role` at sign-up (as `role` or among `roles`). */
export function maySignUpAs(role: Role, policy: SignUpPolicy): boolean {
  switch (role) {
    case "STUDENT":
    case "INSTRUCTOR":
    case "EMPLOYEE":
    case "PARKING_MANAGER":
    case "CUSTOMER":
    case "VACCINE_MANAGER":
    case "INJECTION_MANAGER":
    case "CERTIFICATE_MANAGER":
    case "LEARNING_MANAGER":
    case "COURIER":
      return true;
    case "ADMIN":
      return policy.allowAdminSignUp;
    default: {
      const unknown: never = role;
      throw new Error(`unknown role ${JSON.stringify(unknown)}`);
    }
  }
}

export interface SignUpRequest {
  readonly email: string;
  readonly password: string;
  readonly name: string;
  readonly role: Role;
  /** Further roles beside `role`; the union is granted. */
  readonly roles?: readonly Role[] | null;
}

/** The roles a sign-up asks for: `role`, then each of `roles` not asked for already. */
function requestedRoles(request: Pick<SignUpRequest, "role" | "roles">): Role[] {
  return [...new Set([request.role, ...(request.roles ?? [])])];
}

/** A sign-up that passed the rules, normalized, ready to be stored once its password is hashed. */
export interface AcceptedSignUp {
  readonly email: string;
  readonly name: string;
  readonly roles: readonly Role[];
}

/** Applies the sign-up rules, or refuses with INVALID_EMAIL, INVALID_NAME, WEAK_PASSWORD or ROLE_NOT_ALLOWED. */
export function acceptSignUp(request: SignUpRequest, policy: SignUpPolicy): AcceptedSignUp {
  const email = normalizeEmail(request.email);
  if (!isEmail(email)) throw IdentityError.refuse("INVALID_EMAIL", "That is not an email address.");
  const name = request.name.trim();
  const nameLength = [...name].length;
  if (nameLength < 1 || nameLength > NAME_MAX_LENGTH) {
    throw IdentityError.refuse("INVALID_NAME", `The name must have 1 to ${NAME_MAX_LENGTH} characters.`);
  }
  checkPassword(request.password);
  const roles = requestedRoles(request);
  const refused = roles.find((role) => !maySignUpAs(role, policy));
  if (refused) throw IdentityError.refuse("ROLE_NOT_ALLOWED", `Signing up as ${refused} is not allowed here.`);
  return { email, name, roles };
}

/** What identity records of a user. It publishes no events: this one stays in identity. */
export type UserEvent = {
  type: "UserSignedUp";
  subject: string;
  data: { userId: string; email: string; name: string; roles: readonly Role[] };
};

/** A sign-up that passed the rules (acceptSignUp), to be stored unless its email is taken. */
export type UserCommand = { type: "SignUp"; userId: string; accepted: AcceptedSignUp };

/** Decides a sign-up on the user already holding its email (null: none). */
export function decideUser(command: UserCommand, existing: User | null): UserEvent[] {
  switch (command.type) {
    case "SignUp": {
      if (existing) throw IdentityError.refuse("EMAIL_TAKEN", "An account with that email already exists.");
      const { email, name, roles } = command.accepted;
      return [{ type: "UserSignedUp", subject: command.userId, data: { userId: command.userId, email, name, roles } }];
    }
    default: {
      const unknown: never = command.type;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

export function evolveUser(_state: User | null, event: UserEvent, at: Date): User {
  switch (event.type) {
    case "UserSignedUp":
      return { id: event.data.userId, email: event.data.email, name: event.data.name, roles: event.data.roles, createdAt: at };
    default: {
      const unknown: never = event.type;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The user's decisions, for the platform's command layer. */
export const userDecider: Decider<User, UserCommand, UserEvent> = { decide: decideUser, evolve: evolveUser };

/** The one answer to a failed sign-in, so it never tells whether the email exists. */
export function invalidCredentials() {
  return IdentityError.refuse("INVALID_CREDENTIALS", "Wrong email or password.");
}
