export { freePort } from "./ports.ts";
export { waitFor } from "./wait.ts";
