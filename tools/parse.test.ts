import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { HAS_SAMPLES, LICSXP_SAMPLES, REPO_ROOT } from '../test/helpers/opac';

/** Run the CLI as a patron would (through tsx), from the repository root. */
function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'tools/parse.ts', ...args], { cwd: REPO_ROOT, timeout: 60_000, env: { ...process.env, UKETORI_CASE_ROOT: caseRoot } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr: stderr.split('\n').filter((l) => l && !l.startsWith('npm warn')) }));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'uketori-parse-'));
/** Cases the CLI saves in these tests go to a tree of their own, never into the repository. */
const caseRoot = mkdtempSync(join(tmpdir(), 'uketori-cases-'));

// Each run starts tsx afresh (a few seconds), so the runs go concurrently.
describe.concurrent('parse CLI', { timeout: 60_000 }, () => {
  it.skipIf(!HAS_SAMPLES)('prints the contract JSON for the real LICS-XP reservation list', async () => {
    const run = await cli(join(LICSXP_SAMPLES, 'nishinomiya-usrrsv-reservation-list.excerpt.html'), '--url', 'https://tosho.nishi.or.jp/licsxp-opac/WOpacMnuTopToPwdLibraryAction.do?gamen=usrrsv', '--today', '2026-07-20');
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    const hold = (title: string, volume: string | null, state: string, stateLabel: string, rank: number | null, reservedOn: string, pickupDeadline: string | null) =>
      ({ title, volume, state, stateLabel, rank, pickupLocation: '高須分室', reservedOn, pickupDeadline });
    expect(run.stdout).toBe(
      `${JSON.stringify(
        {
          family: 'licsxp',
          library: 'nishinomiya-city',
          page: 'holds',
          holds: [
            hold('いただきますは、ふたりで。', null, 'waiting', '予約中', 13, '2026-04-15', null),
            hold('レッツゴー!まいぜんシスターズ [1]', '[1]', 'waiting', '予約中', 3, '2026-06-15', null),
            hold('ナゾロリ', null, 'ready', '提供可能', null, '2026-07-16', '2026-07-29'),
          ],
          loans: [],
          items: [],
        },
        null,
        2,
      )}\n`,
    );
  });

  it('decodes a Shift_JIS page as CP932', async () => {
    const file = join(dir, 'sjis.html');
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>予約状況一覧</title></head><body>
      <ol class="list-book result"><li><div class="column info">
      <h4 class="link-image"><a href="switch-detail.do?bibid=77"><span class="title">髙村光太郎詩集</span></a></h4>
      <div style="display: flex;"><p>受取可</p></div><p>受取館:はしご髙図書館</p><p>予約日:2026/07/01</p><p>取置期限:2026/07/29</p>
      </div></li></ol></body></html>`;
    writeFileSync(file, iconv.encode(html, 'cp932'));
    const run = await cli(file, '--url', 'https://opac.example.jp/winj/opac/reserve-list.do', '--today', '2026-07-20');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      family: 'winj',
      library: null,
      page: 'holds',
      holds: [{ title: '髙村光太郎詩集', volume: null, state: 'ready', stateLabel: '受取可', rank: null, pickupLocation: 'はしご髙図書館', reservedOn: '2026-07-01', pickupDeadline: '2026-07-29' }],
      loans: [],
      items: [],
    });
  });

  it('exits 0 with page "other" and empty lists for a page it does not understand', async () => {
    const file = join(dir, 'plain.html');
    writeFileSync(file, '<!DOCTYPE html><html><body><p>お知らせ</p></body></html>');
    const run = await cli(file, '--url', 'https://www.example.jp/news/1.html');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ family: 'generic', library: null, page: 'other', holds: [], loans: [], items: [] });
  });

  it('says on stderr why a page is not understood, and still prints the contract (exit 0)', async () => {
    const file = join(dir, 'unreadable.html');
    writeFileSync(file, '<!DOCTYPE html><html><body><h1>予約状況一覧</h1><table><tr><th>資料情報</th><th>手続き</th></tr><tr><td>a</td><td>b</td></tr></table></body></html>');
    const run = await cli(file, '--url', 'https://www.example.jp/opac/reserve', '--today', '2026-07-20');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ page: 'holds', holds: [], notUnderstood: { labels: ['資料情報', '手続き'] } });
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(/^parse: not understood: .*資料情報/);
  });

  it('saves a page as a case of a family: the page, its expected reading and its manifest entry', async () => {
    const file = join(dir, 'detail.html');
    writeFileSync(file, '<!DOCTYPE html><html><body><h2>所蔵情報</h2><table><tr><td>書名</td><td>ぐりとぐら</td></tr><tr><td>出版者</td><td>福音館書店</td></tr></table><input type="button" value="予約カート"></body></html>');
    const run = await cli(file, '--url', 'https://www.example.jp/opac/detail?bib=42', '--today', '2026-07-20', '--save-case', 'generic/probe');
    expect(run.code).toBe(0);
    const cases = join(caseRoot, 'src/opac/generic/cases');
    expect(readFileSync(join(cases, 'probe.html'), 'utf8')).toBe(readFileSync(file, 'utf8'));
    expect(JSON.parse(readFileSync(join(cases, 'cases.json'), 'utf8'))).toEqual({ probe: { url: 'https://www.example.jp/opac/detail?bib=42', today: '2026-07-20' } });
    const expected = JSON.parse(readFileSync(join(cases, 'probe.expected.json'), 'utf8'));
    expect(expected).toMatchObject({ ...JSON.parse(run.stdout), extra: { items: [{ author: null, publisher: '福音館書店' }] } });
    expect(expected.items).toEqual([{ title: 'ぐりとぐら', volume: null, bibId: '42', canAddToCart: true }]);
  });

  it('refuses to save a case for a family that does not exist (exit 2)', async () => {
    const run = await cli(join(dir, 'detail.html'), '--url', 'https://www.example.jp/', '--save-case', 'nosuch/x');
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([expect.stringMatching(/no family nosuch/)]);
  });

  it.each([
    ['a missing file', [join(dir, 'nope.html'), '--url', 'https://a.jp/'], /cannot read .*nope\.html: no such file/],
    ['a file that is not HTML', ['package.json', '--url', 'https://a.jp/'], /package\.json is not an HTML file/],
    ['no --url', ['package.json'], /no --url given/],
    ['a bad --today', ['package.json', '--url', 'https://a.jp/', '--today', '2026-02-30'], /--today is not a YYYY-MM-DD date/],
    ['an unknown option', ['package.json', '--url', 'https://a.jp/', '--verbose'], /unknown option --verbose/],
  ])('exits 2 with one line on stderr for %s', async (_what, args, message) => {
    const run = await cli(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(message);
  });
});
