// The API describing itself: the index of routes, the OpenAPI document, and the interactive docs
// page (Swagger UI, served from the swagger-ui-dist package, no CDN).
import type { Operation } from '../operation.js';
import { openApiDocument, openApiPath } from '../openapi.js';
import { neo4jGuide } from '../neo4j-guide.js';

export function docsOperations(all: () => Operation[]): Operation[] {
  let document: Record<string, unknown> | null = null;
  let guide: string | null = null;
  return [
    {
      method: 'get',
      path: '/api',
      tag: 'docs',
      summary: 'The index of routes',
      async handler(_req, res) {
        res.json({ name: 'newsgraph', openapi: '/api/openapi.json', docs: '/api/docs', routes: all().map((o) => `${o.method.toUpperCase()} ${openApiPath(o.path)}`) });
      },
    },
    {
      method: 'get',
      path: '/api/openapi.json',
      tag: 'docs',
      summary: 'This API as an OpenAPI 3.1 document',
      async handler(_req, res) {
        document ??= openApiDocument(all());
        res.json(document);
      },
    },
    {
      method: 'get',
      path: '/api/docs',
      tag: 'docs',
      summary: 'Interactive API documentation (HTML)',
      response: { type: 'string', contentMediaType: 'text/html' },
      async handler(_req, res) {
        res.type('html').send(DOCS_PAGE);
      },
    },
    {
      method: 'get',
      path: '/api/neo4j-guide',
      tag: 'docs',
      summary: 'The guide Neo4j Browser plays (`:play <this address>`): the style and every saved query (HTML)',
      response: { type: 'string', contentMediaType: 'text/html' },
      // Browser, served from the Neo4j server's own address, reads the guide across origins.
      anyOrigin: true,
      async handler(_req, res) {
        guide ??= neo4jGuide();
        res.type('html').send(guide);
      },
    },
  ];
}

const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>newsgraph API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs-init.js"></script>
</body>
</html>
`;
