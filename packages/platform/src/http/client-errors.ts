import type { ErrorRequestHandler } from "express";

/**
 * Answers what fails before GraphQL runs (a body over the size limit, malformed JSON, an
 * unsupported encoding) as a GraphQL-shaped JSON error. Express's own handler would send an
 * HTML page with the stack trace and file paths whenever NODE_ENV is not `production`.
 */
export const clientErrors: ErrorRequestHandler = (error: { status?: unknown; expose?: unknown; message?: unknown }, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error.status === "number" && error.status >= 400 && error.status < 600 ? error.status : 500;
  const message = status < 500 && error.expose === true ? String(error.message) : "Internal server error";
  const code = status === 413 ? "PAYLOAD_TOO_LARGE" : status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR";
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};
