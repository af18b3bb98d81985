import { createServer } from "node:net";

/**
 * A free TCP port on 127.0.0.1. The port is free when this resolves, not when the caller binds
 * it: another process may take it in between, which is why stacks check who answers.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
