/** Cents as an amount with two decimals ("49.00"); the portal has one currency. */
export const amount = (cents: number): string => (cents / 100).toFixed(2);

/** The message of an urql error without its "[GraphQL]" / "[Network]" prefix. */
export const messageOf = (error: { graphQLErrors?: { message: string }[]; message: string }): string =>
  error.graphQLErrors?.[0]?.message ?? error.message.replace(/^\[\w+\]\s*/, "");
