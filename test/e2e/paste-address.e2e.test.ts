import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim } from '../sim/start-sim';
import { BROWSERS, launchWithExtension, type ExtensionBrowser } from './harness/browsers';
import { mirrorRows } from './harness/patron';
import { followWorld } from './harness/world';

const SHOTS = resolve('shots');
mkdirSync(SHOTS, { recursive: true });

/** "Paste your library's address": what the options page says of it before the permission, then adding it. */
describe.each(BROWSERS)('paste your library\'s address in %s', (kind) => {
  let ext: ExtensionBrowser;
  let sim: Awaited<ReturnType<typeof startSim>>;
  let origin: string;
  let options: Page;

  beforeAll(async () => {
    sim = await startSim({ libraries: ['hokkaido-pref'], today: '2026-11-23' });
    origin = sim.origins['hokkaido-pref']!;
    ext = await launchWithExtension(kind);
    await followWorld(ext, origin);
    options = await ext.openExtensionPage('options.html', '#add-library');
    await options.select('#add-library select', '');
  });
  afterAll(async () => {
    await ext?.close();
    await sim?.close();
  });

  /** Replace the address with the patron's own keystrokes (select all, then type), and read what the page says. */
  async function paste(address: string): Promise<{ kind: string | null; lines: Record<string, string>; support: Record<string, string> }> {
    const field = (await options.$('#add-library input[name=url]'))!;
    await field.click({ count: 3 });
    await options.keyboard.press('Backspace');
    await field.type(address);
    await options.waitForFunction((a) => (document.querySelector<HTMLInputElement>('#add-library input[name=url]')?.value ?? '') === a, {}, address);
    return options.$eval('#add-library', (form) => {
      const box = form.querySelector<HTMLElement>('#address-reading');
      const pick = (attr: string, value: (el: HTMLElement) => string) =>
        Object.fromEntries(Array.from(form.querySelectorAll<HTMLElement>(`#address-reading [${attr}]`)).map((el) => [el.getAttribute(attr)!, value(el)]));
      return {
        kind: box?.dataset.kind ?? null,
        lines: { ...pick('data-line', (el) => el.textContent ?? ''), ...pick('data-feature', (el) => el.textContent ?? ''), notice: box?.querySelector('.notice')?.textContent ?? '' },
        support: pick('data-feature', (el) => el.dataset.support ?? ''),
      };
    });
  }

  it('names a hosted library\'s product and its own address from its website, and what works there', async () => {
    const r = await paste('https://www.lics-saas.nexs-service.jp/kakogawa/shisetsu/index.html');
    expect(r.kind).toBe('product');
    expect(r.lines.product).toBe('蔵書検索のシステム: LiCS-Re');
    expect(r.lines.opac).toBe('蔵書検索の住所: https://www.lics-saas.nexs-service.jp/kakogawa');
    expect(r.support).toEqual({ cart: 'general', series: 'one_at_a_time', lists: 'own' });
    await options.setViewport({ width: 900, height: 900 });
    await (await options.$('#add-library'))!.screenshot({ path: `${SHOTS}/${kind}-paste-address.png` });
    const libeye = await paste('http://www.lib-eye.net/iwaizumi/');
    expect([libeye.kind, libeye.lines.opac]).toEqual(['product', '蔵書検索の住所: http://www.lib-eye.net/iwaizumi']);
  });

  it('says it cannot tell the OPAC behind a website it does not know, and names no product', async () => {
    const r = await paste('https://www.lib-city-hokuto.hokkaido.jp/opac/');
    expect(r.kind).toBe('unknown');
    expect(r.lines.notice).toContain('どの蔵書検索（OPAC）か分かりません');
    expect(r.lines.product).toBe('蔵書検索のシステム: 不明（汎用の読み取りで読みます）');
    await (await options.$('#add-library'))!.screenshot({ path: `${SHOTS}/${kind}-paste-address-unknown.png` });
  });

  it('adds a pasted OPAC record address from the click, as its product, and reads its pages', async () => {
    const r = await paste(`${origin}/wo/opc_srh/srh_detail/1000101/`);
    expect(r.kind).toBe('product');
    expect(r.lines.opac).toBe(`蔵書検索の住所: ${origin}`);
    expect(r.lines.series).toBe('シリーズ順に予約: 図書館の「読みたい順予約」で読む順に');
    await options.type('#add-library input[name=name]', '道立（貼り付け）');
    await options.click('#add-library button[type=submit]');
    await options.waitForSelector('#add-library [role=status].ok');
    const libraries = await mirrorRows<{ name: string; family: string; origins: string[]; rules: { orderedReservation: string | null } }>(options, 'libraries');
    expect(libraries.map((l) => [l.name, l.family, l.origins, l.rules.orderedReservation])).toEqual([['道立（貼り付け）', 'wo', [origin], '読みたい順予約']]);

    const tab = await ext.browser.newPage();
    await tab.goto(`${origin}/wo/opc_srh/srh_detail/1000111/`);
    await tab.waitForSelector('html[data-uketori-page="detail"]', { timeout: 20_000 });
    await tab.close();

    // The address again: now the library the patron has.
    const again = await paste(`${origin}/wo/opc/srh/`);
    expect([again.kind, again.lines.library]).toEqual(['library', '図書館: 道立（貼り付け）']);
    expect(await options.$('#add-library input[name=name]')).toBeNull();
  });
});
