// Starts the app on a port and hands back its URL and a close that waits for open requests.
// Each client is held to its read rate, then requests the app's response cache can answer are
// answered before the app is entered.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Express } from 'express';
import type { ResponseCache } from './response-cache.js';
import type { readRateLimit } from './security.js';
import { ConfigError } from '../errors.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function listen(app: Express, port: number, host: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const cache = app.locals.responseCache as ResponseCache | undefined;
    const limit = app.locals.readRateLimit as ReturnType<typeof readRateLimit> | undefined;
    const answer = cache ? (req: IncomingMessage, res: ServerResponse) => cache.serve(req, res) || app(req, res) : app;
    const server: Server = createServer(limit ? (req, res) => limit(req, res, () => answer(req, res)) : answer);
    server.listen(port, host);
    server.once('error', (error: NodeJS.ErrnoException) => {
      // The usual cause is another server on the port: say so, and how to choose another.
      if (error.code === 'EADDRINUSE') reject(new ConfigError(`port ${port} on ${host} is in use by another process: stop it, or serve on another port with --port or PORT`));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') reject(new ConfigError(`cannot listen on ${host}: no such address on this machine (--host or HOST)`));
      else reject(error);
    });
    server.once('listening', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      resolve({
        url: `http://${shown}:${actual}`,
        port: actual,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            server.closeIdleConnections();
          }).then(() => (app.locals.close as (() => Promise<void>) | undefined)?.()),
      });
    });
  });
}
