// What stands in front of the routes: security headers (helmet), CORS only for the origins the
// configuration names, and for writes a bearer token compared in constant time, a rate limit and
// body size limits.
import { createHash, timingSafeEqual } from 'node:crypto';
import cors from 'cors';
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Request, type RequestHandler, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { Config } from '../config.js';
import { AccessError } from '../errors.js';

/** The largest page a client may send: the same bound as a file (see src/ingest/decode.ts). */
export const MAX_BODY = '20mb';

export function securityHeaders(): RequestHandler {
  // The web page and Swagger UI load only their own scripts; their inline style attributes are allowed.
  return helmet({ crossOriginEmbedderPolicy: false });
}

export function corsFor(config: Config): RequestHandler {
  return cors({ origin: config.corsOrigins.length ? config.corsOrigins : false, methods: ['GET', 'POST'], allowedHeaders: ['Content-Type', 'Authorization'] });
}

/** CORS for public documentation any page may read: GET from any origin, preflights answered. */
export const anyOriginCors: RequestHandler = cors({ origin: '*', methods: ['GET'] });

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Writes need Authorization: Bearer <NEWSGRAPH_API_TOKEN>; with no token configured they are off. */
export function requireToken(config: Config): RequestHandler {
  const expected = config.apiToken ? digest(config.apiToken) : null;
  return (req, res, next) => {
    if (!expected) return next(new AccessError('FORBIDDEN', 'writes are switched off on this server: set NEWSGRAPH_API_TOKEN to enable them'));
    const match = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '');
    // Hashes of equal length, compared in constant time: neither the token nor its length leaks.
    if (!match || !timingSafeEqual(digest((match[1] as string).trim()), expected)) {
      res.set('WWW-Authenticate', 'Bearer realm="newsgraph"');
      return next(new AccessError('UNAUTHORIZED', 'a valid "Authorization: Bearer <token>" header is needed to write'));
    }
    next();
  };
}

export function writeRateLimit(config: Config): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: config.writeRateLimit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({ error: { code: 'RATE_LIMITED', message: `too many write requests: at most ${config.writeRateLimit} a minute; retry later` } });
    },
  });
}

type RawHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * Reads of the API per client and minute (NEWSGRAPH_READ_RATE_LIMIT; 0 switches it off), taken
 * before the response cache, so a client asking the same thing over and over is held too. Run on
 * the bare request, before Express: the client is the connection's address.
 */
export function readRateLimit(config: Config): RawHandler | null {
  if (!config.readRateLimit) return null;
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: config.readRateLimit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    validate: false,
    keyGenerator: (req) => req.socket.remoteAddress ?? 'unknown',
    handler: (_req, res) => {
      res.statusCode = 429;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ error: { code: 'RATE_LIMITED', message: `too many requests: at most ${config.readRateLimit} reads a minute from one client (NEWSGRAPH_READ_RATE_LIMIT); retry later` } }));
    },
  });
  return (req, res, next) => {
    if (req.method !== 'GET' || !(req.url ?? '').startsWith('/api/')) return next();
    void limiter(req as unknown as Request, res as unknown as Response, next);
  };
}

export function writeBodies(): RequestHandler[] {
  return [express.json({ limit: MAX_BODY }), express.raw({ type: ['text/*', 'application/octet-stream'], limit: MAX_BODY })];
}
