import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import express, { type Request, type Response } from "express";

export interface StaticPagesOptions {
  /** The built explorer (default: router/dist/explorer, built by scripts/build-web.ts). */
  explorerDir?: string;
  /** The built web client (default: web/dist). */
  webDir?: string;
  /** Told once at start-up when a bundle is missing. */
  log?: { warn(message: string): void };
}

const routerDir = resolve(import.meta.dirname, "..");

/**
 * The router's own pages, every byte served from here (nothing from a CDN):
 * - the explorer (GraphiQL) at `/explorer`, and at `GET /graphql` when a browser asks for
 *   HTML, so opening the endpoint shows it;
 * - the live web client at `/app`.
 * Mount it before the GraphQL middleware on `/graphql`.
 */
export function mountStaticPages(app: express.Express, options: StaticPagesOptions = {}): void {
  const explorer = options.explorerDir ?? join(routerDir, "dist", "explorer");
  const web = options.webDir ?? join(routerDir, "..", "web", "dist");
  for (const [name, dir] of [["explorer", explorer], ["web client", web]] as const) {
    if (!existsSync(join(dir, "index.html"))) options.log?.warn(`${name} is not built (${dir}); run: npx tsx scripts/build-web.ts`);
  }

  const explorerPage = page(explorer, "explorer");
  app.get("/graphql", (req, res, next) => (wantsPage(req) ? explorerPage(req, res) : next()));
  app.get("/explorer", explorerPage);
  app.use("/explorer/assets", assets(join(explorer, "assets")));

  const webPage = page(web, "web client");
  app.use("/app/assets", assets(join(web, "assets")));
  // The client's own paths (/app, /app/anything) all get its one page.
  app.get("/app{/*path}", webPage);
}

/** A browser opening the URL (HTML preferred over JSON), not a GraphQL GET request. */
function wantsPage(req: Request): boolean {
  return req.query.query === undefined && req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html";
}

function page(dir: string, name: string) {
  const file = join(dir, "index.html");
  return (req: Request, res: Response) => {
    if (!existsSync(file)) {
      res.status(503).type("text/plain").send(`The ${name} is not built: run \`npx tsx scripts/build-web.ts\` (npm start does it).\n`);
      return;
    }
    res.set({
      "Content-Security-Policy": contentSecurityPolicy(req),
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    });
    res.sendFile(file);
  };
}

/**
 * Everything from this origin only: scripts, workers, the GraphQL endpoint (and its
 * WebSocket, named explicitly for browsers whose 'self' does not cover ws:). Fonts and
 * images may be data: URLs (GraphiQL's fonts are inlined); styles may be inline (Monaco
 * sets them at run time).
 */
function contentSecurityPolicy(req: Request): string {
  const host = req.get("host");
  const sockets = host ? ` ws://${host} wss://${host}` : "";
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    `connect-src 'self'${sockets}`,
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function assets(dir: string): express.RequestHandler[] {
  return [
    express.static(dir, { index: false, fallthrough: true, etag: true, cacheControl: true, maxAge: 0, setHeaders: (res) => res.set("X-Content-Type-Options", "nosniff") }),
    (_req, res) => void res.status(404).type("text/plain").send("Not found\n"),
  ];
}
