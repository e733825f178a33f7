import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '../../model';
import { detectGeneric, readGeneric } from '.';

const FIXTURES = resolve(__dirname, '../../../test/fixtures');
const PAGES = ['seed/hokkaido-pref', 'seed/hokuto-city', 'seed/tochigi-pref', 'seed/mito-city', 'generic'].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(FIXTURES, dir, f), 'utf8')),
);

/** mulberry32: a small seeded PRNG, so a failing case can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JUNK = ['', '　', '99/99/99', '2026/02/30', '令和元年4月1日', 'ー', '予約中 取消申込', '１２３', 'Ⅱ上', '貸出可能', '取置期限：', ':', '：：', '<', '\u0000', '𠮷野家'];

function mutate(doc: Document, rand: () => number): void {
  const pick = <T,>(xs: T[]): T | undefined => xs[Math.floor(rand() * xs.length)];
  for (let n = 1 + Math.floor(rand() * 6); n > 0; n--) {
    const all = Array.from(doc.body.querySelectorAll('*'));
    const el = pick(all);
    if (!el) return;
    switch (Math.floor(rand() * 8)) {
      case 0: el.remove(); break;
      case 1: el.parentElement?.insertBefore(el.cloneNode(true), el); break;
      case 2: el.textContent = pick(JUNK)!; break;
      case 3: el.setAttribute('colspan', pick(['0', '-3', 'abc', '1000', '2'])!); break;
      case 4: {
        const target = pick(all);
        if (target && !el.contains(target)) target.appendChild(el);
        break;
      }
      case 5: el.insertAdjacentHTML('afterbegin', pick(['<table><tr><th>タイトル</th><th>予約状態</th></tr></table>', '<dl><dt>状態</dt></dl>', '<br>', '<hr>', '<a href="javascript:(">x</a>', '<a href="http://[bad">y</a>'])!); break;
      case 6: el.setAttribute('class', pick(['delay', 'overdue', ''])!); break;
      default: el.setAttribute('disabled', ''); break;
    }
  }
}

describe('the generic reader never throws and never changes the page', () => {
  const cases = Array.from({ length: 300 }, (_, i) => i + 1);
  it.each(cases)('seed %i', (seed) => {
    const rand = prng(seed);
    const doc = new DOMParser().parseFromString(PAGES[seed % PAGES.length]!, 'text/html');
    mutate(doc, rand);
    const before = doc.documentElement.outerHTML;
    const today = rand() < 0.5 ? '2026-04-05' : '2026-12-28';
    expect(() => detectGeneric(new URL('https://opac.example.jp/'), doc)).not.toThrow();
    for (const kind of PAGE_KINDS) expect(() => readGeneric(kind, doc, { today })).not.toThrow();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
