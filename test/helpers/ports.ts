// Ports for tests, never fixed: the operating system picks one that is free on loopback.
import { createServer, type AddressInfo } from 'node:net';

/** A TCP port on 127.0.0.1 that was free when asked: the OS picked it for a listener, then it was closed. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
