import { domainErrors } from "@supergraph/platform";
import { NotificationsErrorCode } from "../generated/graphql.ts";

/** Refusals of the notifications context, their codes from its SDL's NotificationsErrorCode. */
export const NotificationsError = domainErrors(NotificationsErrorCode);
