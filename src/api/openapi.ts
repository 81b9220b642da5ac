// The OpenAPI 3.1 document, written from the same operation list the app mounts: every route is
// described, and nothing is described that is not a route.
import { z } from 'zod';
import { EXTRACTOR_VERSION } from '../extract/version.js';
import type { Operation } from './operation.js';

const ERROR_TEXT: Record<number, string> = {
  400: 'a parameter does not fit; error.field names it',
  401: 'no or wrong bearer token',
  403: 'writes are switched off: no token is configured',
  404: 'no such id, or no such route',
  409: 'another ingest run is writing to the store; retry when it ends',
  413: 'the body is too large',
  429: 'too many requests; retry later',
  503: 'the store cannot be reached; retry later',
};

const ERROR_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } },
    },
  },
};

/** /api/people/:id → /api/people/{id} */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z_]+)/g, '{$1}');
}

function queryParameters(schema: z.ZodObject): Array<Record<string, unknown>> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: 'query', required: json.required?.includes(name) ?? false, description, schema: rest };
  });
}

function describe(op: Operation): Record<string, unknown> {
  const parameters = [
    ...Object.entries(op.pathParams ?? {}).map(([name, description]) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } })),
    ...(op.query ? queryParameters(op.query) : []),
  ];
  const statuses = [...new Set([...(op.query ? [400] : []), ...(op.errors ?? []), 503])].sort();
  const responses: Record<string, unknown> = {
    200: { description: 'OK', content: { 'application/json': { schema: op.response ?? { type: 'object' } } } },
  };
  for (const status of statuses) {
    responses[status] = { description: ERROR_TEXT[status] ?? 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  }
  if (op.writes) {
    responses[200] = { description: 'all pages ingested; the run record', content: { 'application/json': { schema: { type: 'object' } } } };
    responses[207] = { description: 'ingested, but some pages or articles failed; the run record lists them', content: { 'application/json': { schema: { type: 'object' } } } };
  }
  return {
    ...(op.writes
      ? {
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { type: 'object', required: ['pages'], properties: { pages: { type: 'array', items: { type: 'object', required: ['source', 'text'], properties: { source: { type: 'string' }, text: { type: 'string' } } } } } } },
              'text/plain': { schema: { type: 'string' } },
              'text/html': { schema: { type: 'string' } },
              'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
            },
          },
        }
      : {}),
    operationId: `${op.method}${openApiPath(op.path).replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
    tags: [op.tag],
    summary: op.summary,
    ...(parameters.length ? { parameters } : {}),
    responses,
  };
}

export function openApiDocument(operations: Operation[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const path = openApiPath(op.path);
    paths[path] = { ...paths[path], [op.method]: describe(op) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'newsgraph',
      version: EXTRACTOR_VERSION,
      description: 'The knowledge graph read from city-newspaper pages: people, bodies, places, meetings, documents and articles.',
    },
    tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({ name })),
    paths,
    components: { schemas: { Error: ERROR_SCHEMA }, securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'NEWSGRAPH_API_TOKEN' } } },
  };
}
