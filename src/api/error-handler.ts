// The one error handler, last in the chain: domain errors become their HTTP status with one JSON
// shape; anything else is a 500 whose details stay in the server log, never in the response.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { BadRequestError, NewsgraphError } from '../errors.js';

const STATUS: Record<string, number> = {
  BAD_REQUEST: 400,
  INPUT_INVALID: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  STORE_BUSY: 409,
  STORE_UNAVAILABLE: 503,
};

/** The codes of the 4xx statuses Express's body parsers answer with, beside plain 400. */
const LIBRARY_CODES: Record<number, string> = { 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE' };

export const notFound: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'NOT_FOUND', message: `no route ${req.method} ${req.path}` } });
};

export const errorHandler: ErrorRequestHandler = (err, _req, res, _next) => {
  // express.json() and friends throw errors carrying their own 4xx status.
  const status = err instanceof NewsgraphError ? (STATUS[err.code] ?? 500) : typeof err?.status === 'number' && err.status < 500 ? err.status : 500;
  if (status >= 500 && !(err instanceof NewsgraphError && err.code === 'STORE_UNAVAILABLE')) console.error(err);
  const code = err instanceof NewsgraphError ? err.code : status >= 500 ? 'INTERNAL' : (LIBRARY_CODES[status] ?? 'BAD_REQUEST');
  const message = status >= 500 && code === 'INTERNAL' ? 'internal error' : String(err?.message ?? 'error');
  res.status(status).json({ error: { code, message, ...(err instanceof BadRequestError ? { field: err.field } : {}) } });
};
