import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Serve a few fixed pages on 127.0.0.1 (an ephemeral port), as a stand-in OPAC for platform tests. */
export async function serveStatic(pages: Record<string, string>): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const file = pages[new URL(req.url ?? '/', 'http://x').pathname];
    if (!file) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}
