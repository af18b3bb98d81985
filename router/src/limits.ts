import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { GraphQLError, type ValidationContext, type ValidationRule } from "graphql";

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

/**
 * graphql-armor throws by default; report as a validation error instead (HTTP 400, graphql-ws
 * error). Its errors are made by graphql's `syntaxError`, so their message starts with "Syntax
 * Error:" although the operation parsed: the refusal is said as what it is, a limit.
 */
const reported = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(`Operation refused: ${error.message.replace(/^Syntax Error: /, "")}`, { nodes: error.nodes, extensions: { code: "OPERATION_LIMIT_EXCEEDED" } })),
  ],
};

/** Validation rules refusing operations too deep, too aliased or too costly (graphql-armor). */
export function limitRules(limits: Limits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, ...reported }),
    maxAliasesRule({ n: limits.maxAliases, ...reported }),
    costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: true, ...reported }),
  ] as unknown as ValidationRule[];
}
