import { Agent, createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for a Kubernetes Service in front of a context's replicas: spreads requests
 * round-robin over the endpoints in rotation. Taking an endpoint out of rotation before
 * stopping its process is what readiness plus the preStop delay do in a cluster.
 */
export class FrontDoor {
  private readonly endpoints: string[] = [];
  private readonly inflight = new Map<string, number>();
  private next = 0;
  private server: Server | undefined;
  private readonly agent = new Agent({ keepAlive: true });
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async listen(): Promise<void> {
    const server = createServer((req, res) => {
      const target = this.endpoints[this.next++ % Math.max(1, this.endpoints.length)];
      if (!target) {
        res.writeHead(503).end("no endpoint in rotation");
        return;
      }
      this.inflight.set(target, (this.inflight.get(target) ?? 0) + 1);
      const done = () => this.inflight.set(target, (this.inflight.get(target) ?? 1) - 1);
      const upstream = request(`${target}${req.url}`, { method: req.method, headers: req.headers, agent: this.agent }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.once("end", done);
      });
      upstream.once("error", (error) => {
        done();
        if (!res.headersSent) res.writeHead(502).end(`upstream ${target}: ${error.message}`);
        else res.destroy(error);
      });
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  add(endpoint: string): void {
    this.endpoints.push(endpoint);
  }

  remove(endpoint: string): void {
    const i = this.endpoints.indexOf(endpoint);
    if (i >= 0) this.endpoints.splice(i, 1);
  }

  /** Requests forwarded to `endpoint` and not yet answered. */
  inflightAt(endpoint: string): number {
    return this.inflight.get(endpoint) ?? 0;
  }

  async close(): Promise<void> {
    this.agent.destroy();
    const server = this.server;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }
}
