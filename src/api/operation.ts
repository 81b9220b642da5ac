// One API operation: its method and path, what it takes, what it answers, and its handler. The app
// mounts the list and the OpenAPI document is written from the same list, so neither can drift.
import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';

export interface Operation {
  method: 'get' | 'post';
  /** Express form: /api/people/:id */
  path: string;
  tag: string;
  summary: string;
  /** Path parameters, by name, with what they take. */
  pathParams?: Record<string, string>;
  query?: z.ZodObject;
  /** The answer's JSON Schema, where one is written out; otherwise a JSON object. */
  response?: Record<string, unknown>;
  /** Error statuses this operation answers besides 400 (when it takes a query) and 503. */
  errors?: number[];
  /** Needs the bearer token (described as such in OpenAPI). */
  writes?: boolean;
  /** Answered afresh every time, never from the response cache (a liveness check). */
  live?: boolean;
  /** Readable from pages of any origin (public documentation Neo4j Browser fetches): the operation
   * answers CORS preflights itself, whatever NEWSGRAPH_CORS_ORIGINS allows elsewhere. */
  anyOrigin?: boolean;
  /** Run before the handler: authentication, rate limit, body parsing. */
  middleware?: RequestHandler[];
  handler(req: Request, res: Response): Promise<void>;
}
