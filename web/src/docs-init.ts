// Starts Swagger UI on /api/docs over the app's own OpenAPI document (a separate file: the page
// carries no inline script).
declare const SwaggerUIBundle: (options: Record<string, unknown>) => unknown;

SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
