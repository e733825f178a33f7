import { createServer, type Server } from 'node:http';
import { Window } from 'happy-dom';

/**
 * Synthetic holds pages in a simulated library's own layout: the patron's real holds page from the simulator, its
 * data rows repeated (each with its own title) to `?rows=N`. Served from an origin of its own, added to Uketori as
 * that library, so the content script runs on it as on the library.
 */
export async function serveHoldsPages(template: string, path: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== new URL(path, 'http://127.0.0.1').pathname) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(withRows(template, Number(url.searchParams.get('rows') ?? 10)));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

function withRows(template: string, rows: number): string {
  const doc = new Window().document;
  doc.write(template);
  const table = [...doc.querySelectorAll('table')].sort((a, b) => b.rows.length - a.rows.length)[0];
  const body = table?.tBodies[0] ?? table;
  const data = body ? [...body.querySelectorAll(':scope > tr')].filter((tr) => tr.querySelector('td')) : [];
  if (!body || data.length === 0) throw new Error('the template has no holds rows');
  data.forEach((tr) => tr.remove());
  for (let i = 0; i < rows; i++) {
    const row = data[i % data.length]!.cloneNode(true) as typeof data[number];
    // A title of its own per row (the longest cell text is the title in these layouts), so no two rows are one hold.
    const cell = [...row.querySelectorAll('td')].sort((a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length)[0]!;
    const holder = cell.querySelector('a') ?? cell;
    holder.textContent = `${holder.textContent} 第${i + 1}巻`;
    body.appendChild(row);
  }
  return `<!DOCTYPE html>${doc.documentElement.outerHTML}`;
}
