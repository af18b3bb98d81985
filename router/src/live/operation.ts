import { LruMap } from "@supergraph/platform";
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationTypeNode,
  type ValidationRule,
} from "graphql";

/**
 * The one check every transport runs before an operation reaches the gateway or the live
 * engine: graphql-ws, multipart HTTP and SSE subscriptions. Its errors are shaped as Apollo
 * Server shapes them over HTTP (message, `locations`, `extensions.code`), so a client sees the
 * same answer for the same operation whichever way it came.
 */
export interface OperationCheckOptions {
  /** The abuse limits (depth, aliases, cost), as over HTTP. */
  rules: ValidationRule[];
  maxTokens: number;
  /** Without introspection, errors do not suggest field names either (as over HTTP). */
  hideSchemaDetails: boolean;
}

/** A document fit to run, or why not (with the document when it parsed, to tell its operation). */
export type CheckedOperation = { readonly document: DocumentNode; readonly errors?: undefined } | { readonly document?: DocumentNode; readonly errors: readonly GraphQLError[] };

/** Apollo Server's codes for a request refused before execution, and the limits' own. */
export const RequestErrorCode = {
  GRAPHQL_PARSE_FAILED: "GRAPHQL_PARSE_FAILED",
  GRAPHQL_VALIDATION_FAILED: "GRAPHQL_VALIDATION_FAILED",
  OPERATION_LIMIT_EXCEEDED: "OPERATION_LIMIT_EXCEEDED",
} as const;

/** An operation sent before the router loaded its schema: retryable, the same on every transport. */
export const routerNotReady = () => new GraphQLError("The router is not ready yet; retry shortly.", { extensions: { code: "LIVE_UNAVAILABLE", retryable: true } });

/** Drops graphql-js's "Did you mean …?" hint, as Apollo Server does over HTTP. */
export function withoutSuggestions(error: GraphQLError): GraphQLError {
  const message = error.message.replace(/ ?Did you mean(.+?)\?$/, "");
  return message === error.message ? error : new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: error.extensions });
}

/** graphql 16 says "more that" (sic). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

/**
 * The token limit is graphql-js's parse error ("Syntax Error: Document contains more than…"),
 * though the document may be well formed: it is said as what it is, a limit, like the others.
 * Used here and on Apollo Server's answers over HTTP, so both say the same.
 */
export function tokenLimitRefusal(message: string): string | undefined {
  const match = TOKEN_LIMIT.exec(message);
  return match ? `Operation refused: Document contains more than ${match[1]} tokens.` : undefined;
}

/**
 * Apollo Server's own answer to an operation over the limits, said as the check says it:
 * it codes every validation error GRAPHQL_VALIDATION_FAILED (the limit's code stays on the
 * original error) and the token limit GRAPHQL_PARSE_FAILED. For its `formatError`.
 */
export function asLimitRefusal(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const limit = { ...formatted.extensions, code: RequestErrorCode.OPERATION_LIMIT_EXCEEDED };
  if (code === RequestErrorCode.GRAPHQL_VALIDATION_FAILED) {
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    const limited = original instanceof GraphQLError && original.extensions.code === RequestErrorCode.OPERATION_LIMIT_EXCEEDED;
    return limited ? { ...formatted, extensions: limit } : formatted;
  }
  const refusal = code === RequestErrorCode.GRAPHQL_PARSE_FAILED ? tokenLimitRefusal(formatted.message) : undefined;
  return refusal ? { ...formatted, message: refusal, extensions: limit } : formatted;
}

/** A parse failure as Apollo Server answers it: graphql's message and locations, GRAPHQL_PARSE_FAILED (or the token limit). */
function parseFailure(error: unknown): GraphQLError {
  if (!(error instanceof GraphQLError)) return new GraphQLError("Could not parse the operation.", { extensions: { code: RequestErrorCode.GRAPHQL_PARSE_FAILED } });
  const limit = tokenLimitRefusal(error.message);
  return new GraphQLError(limit ?? error.message, {
    source: error.source,
    positions: error.positions,
    extensions: { code: limit ? RequestErrorCode.OPERATION_LIMIT_EXCEEDED : RequestErrorCode.GRAPHQL_PARSE_FAILED },
  });
}

/** A validation error as Apollo Server answers it: GRAPHQL_VALIDATION_FAILED, unless a limit refused it. */
function validationFailure(error: GraphQLError): GraphQLError {
  const code = error.extensions.code === RequestErrorCode.OPERATION_LIMIT_EXCEEDED ? RequestErrorCode.OPERATION_LIMIT_EXCEEDED : RequestErrorCode.GRAPHQL_VALIDATION_FAILED;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

/**
 * Parses (token limit, no locations: a shared document stays small) and validates with
 * graphql's rules and the limits. Only a refused operation is parsed again with locations,
 * so its errors point where Apollo Server's do.
 */
export function checkOperation(schema: GraphQLSchema, query: string, options: OperationCheckOptions): CheckedOperation {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: options.maxTokens, noLocation: true });
  } catch (error) {
    return { errors: [parseFailure(error)] };
  }
  const rules = [...specifiedRules, ...options.rules];
  if (validate(schema, document, rules).length === 0) return { document };
  const located = validate(schema, parse(query, { maxTokens: options.maxTokens }), rules).map(validationFailure);
  return { document, errors: options.hideSchemaDetails ? located.map(withoutSuggestions) : located };
}

/** The kind of the operation a request names (`operationName`), when the document has it. */
export function operationType(checked: CheckedOperation, operationName: string | null | undefined): OperationTypeNode | undefined {
  return checked.document ? getOperationAST(checked.document, operationName)?.operation : undefined;
}

/**
 * Checked operations by query text, for the current schema. Thousands of subscribers
 * sending the same subscription share one document (and one validation): a document per
 * subscriber would cost more memory than its connection.
 */
export class DocumentCache<Checked = CheckedOperation> {
  private schema: GraphQLSchema | undefined;
  private readonly entries: LruMap<string, Checked>;

  constructor(
    private readonly check: (schema: GraphQLSchema, query: string) => Checked,
    capacity = 500,
  ) {
    this.entries = new LruMap(capacity);
  }

  get(schema: GraphQLSchema, query: string): Checked {
    if (schema !== this.schema) {
      this.schema = schema;
      this.entries.clear();
    }
    let checked = this.entries.get(query);
    if (!checked) {
      checked = this.check(schema, query);
      this.entries.set(query, checked);
    }
    return checked;
  }
}

/** The check, cached: what graphql-ws and the HTTP transports share. */
export function operationChecker(options: OperationCheckOptions, capacity = 500): (schema: GraphQLSchema, query: string) => CheckedOperation {
  const cache = new DocumentCache((schema, query) => checkOperation(schema, query, options), capacity);
  return (schema, query) => cache.get(schema, query);
}
