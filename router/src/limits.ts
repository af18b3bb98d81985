import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import type { GraphQLError, ValidationContext, ValidationRule } from "graphql";

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

/** graphql-armor throws by default; report as a validation error instead (HTTP 400, graphql-ws error). */
const reported = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/** Validation rules refusing operations too deep, too aliased or too costly (graphql-armor). */
export function limitRules(limits: Limits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, ...reported }),
    maxAliasesRule({ n: limits.maxAliases, ...reported }),
    costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: true, ...reported }),
  ] as unknown as ValidationRule[];
}
