import { DEMO_PAGES, DEMO_PATRONS } from '../../test/sim/demo-world';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page the demo opens first: the simulated libraries, their demo cards, and what to try. */
export function welcomePage(origins: Record<string, string>): string {
  const rows = Object.entries(origins).map(([id, origin]) => {
    const pages = DEMO_PAGES[id]!;
    const patron = DEMO_PATRONS[id]!;
    const link = (path: string, label: string) => `<a href="${escape(origin + path)}" target="_blank">${label}</a>`;
    return `<tr><th>${escape(pages.name)}</th><td><code>${escape(patron.card)}</code> / <code>${escape(patron.password)}</code></td>
<td>${link(pages.login, 'ログイン')} · ${link(pages.search, '検索結果 (1Q84)')} · ${link(pages.holds, '予約状況')} · ${link(pages.loans, '貸出状況')}</td></tr>`;
  });
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>Uketori デモ</title>
<style>body{font-family:system-ui,"Noto Sans CJK JP",sans-serif;max-width:980px;margin:24px auto;padding:0 16px;color:#1b1b1b}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top}
code{background:#f3f3f3;padding:0 4px;border-radius:3px}li{margin:4px 0}</style></head><body>
<h1>受取 Uketori デモ / demo</h1>
<p>このブラウザには Uketori が入っています。下の図書館はすべてこのパソコンの中の<strong>模擬OPAC</strong>です（本物の図書館には接続しません）。
Uketori の設定ページには、これらの図書館がすでに登録されています。</p>
<p lang="en">This browser runs Uketori. The libraries below are <strong>simulated OPACs</strong> on this machine; nothing reaches a real library.
They are already added in Uketori's options.</p>
<table><tr><th>図書館</th><th>カード番号 / パスワード</th><th>ページ</th></tr>${rows.join('\n')}</table>
<h2>試してみること / What to try</h2>
<ol>
<li>図書館にログインし、検索結果の「＋カート」を押す。ページを移動せずに予約カートに入ります。<span lang="en">Log in, then press “+ Cart” beside a title: it goes into the library's cart without leaving the page.</span></li>
<li>予約状況のページで、受取可の資料に取置期限のバッジ（あと○日 · 日付）が付きます。期限が表示されない図書館では規則から計算した「推定」です。<span lang="en">On the holds page, ready holds get a pickup-deadline badge; where the library shows no date, Uketori estimates it from the library's rules (推定).</span></li>
<li>貸出状況のページで、返却期限までの日数と延長できるかどうかが表示されます。<span lang="en">The loans page shows days to the due date and whether renewal is possible.</span></li>
<li>ツールバーの Uketori ボタンで、すべての図書館の予約・貸出が一覧できます。<span lang="en">The toolbar popup lists every library's holds and loans.</span></li>
<li>時間を進めるには / to move time: <code>curl -X POST ${escape(Object.values(origins)[0] ?? '')}/__sim/advance -d '{"days":1}'</code></li>
</ol></body></html>`;
}
