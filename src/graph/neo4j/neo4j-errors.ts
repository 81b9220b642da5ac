// Neo4j driver errors turned into newsgraph's own, with a message that says what to do.
import { StoreUnavailableError } from '../../errors.js';

export function translateNeo4jError(error: unknown, uri: string): unknown {
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|connect/i.test(message) && code === '') {
    return new StoreUnavailableError(`Neo4j at ${uri} is not reachable (${message}); start it with "npm run neo4j:start" or check NEO4J_URI`, { cause: error });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new StoreUnavailableError(`Neo4j at ${uri} refused the credentials; check NEO4J_USER and NEO4J_PASSWORD`, { cause: error });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreUnavailableError(`Neo4j at ${uri} has no such database; check NEO4J_DATABASE`, { cause: error });
  }
  return error;
}
