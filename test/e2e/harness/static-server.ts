import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A page served as it is written, `after` so many ms (a slow image: empty). */
export interface Served {
  html: string;
  afterMs?: number;
}

/**
 * Serve a few fixed pages on 127.0.0.1 (an ephemeral port), as a stand-in OPAC for platform tests: by path, a file's
 * path or what to serve.
 */
export async function serveStatic(pages: Record<string, string | Served>): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const page = pages[new URL(req.url ?? '/', 'http://x').pathname];
    if (page === undefined) return void res.writeHead(404).end('not found');
    const { html, afterMs = 0 } = typeof page === 'string' ? { html: readFileSync(page, 'utf8') } : page;
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html), afterMs);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}
