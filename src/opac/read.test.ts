import { describe, expect, it, vi } from 'vitest';
import { CartRecord, HoldRecord, ItemRecord, LoanRecord, PAGE_KINDS } from '../model';
import { KNOWN_LIBRARIES } from '../libraries';
import { mutateDocument, prng, truncated } from '../../test/helpers/mutate';
import { HAS_SAMPLES, LICSXP_BASE, LICSXP_EXCERPTS, parseHtml, sample } from '../../test/helpers/opac';
import { licsxp } from './families/licsxp';
import { readPage } from './read-page';

const BASE = LICSXP_BASE;
const ctx = { today: '2026-07-20' };

describe('readPage', () => {
  it('falls back to the generic reader for URLs no family claims', () => {
    const doc = parseHtml('<html><body><p>ようこそ</p></body></html>');
    const r = readPage(new URL('https://library.example.jp/index.html'), doc, ctx, KNOWN_LIBRARIES);
    expect([r.family, r.library, r.page, r.holds, r.loans, r.items]).toEqual(['generic', null, 'other', [], [], []]);
  });

  it('a holds table that yields nothing is reported as not understood, with its labels', () => {
    const doc = parseHtml(`<html><body><h1>予約状況一覧</h1><table id="ItemDetaTable" summary="予約状況一覧表">
      <tr><th>No.</th><th>書名</th><th>状態</th></tr><tr><th>1</th><td></td><td>予約中</td></tr></table></body></html>`);
    const r = readPage(new URL(`${BASE}WOpacMnuTopToPwdLibraryAction.do?gamen=usrrsv`), doc, ctx, KNOWN_LIBRARIES);
    expect(r.page).toBe('holds');
    expect(r.holds).toEqual([]);
    expect(r.notUnderstood).toEqual({ reason: 'the page has a data table but no holds were read from it', labels: ['No.', '書名', '状態'] });
  });

  it('an empty loans page that does not say "none" is not taken for the truth', () => {
    const doc = parseHtml('<html><body><h1>貸出状況一覧</h1></body></html>');
    const r = readPage(new URL(`${BASE}WOpacMnuTopToPwdLibraryAction.do?gamen=usrlend`), doc, ctx, KNOWN_LIBRARIES);
    expect(r.notUnderstood?.reason).toBe('no loans were read and the page does not say there are none');
  });

  it('a parser that throws leaves the page kind of a list with the reason, and makes other pages "other"', () => {
    const spy = vi.spyOn(licsxp, 'read').mockImplementation(() => {
      throw new Error('boom');
    });
    try {
      const doc = parseHtml('<html><body></body></html>');
      const holds = readPage(new URL(`${BASE}WOpacMnuTopToPwdLibraryAction.do?gamen=usrrsv`), doc, ctx, KNOWN_LIBRARIES);
      expect([holds.page, holds.holds, holds.notUnderstood?.reason]).toEqual(['holds', [], 'the holds reader failed: boom']);
      const detail = readPage(new URL(`${BASE}WOpacMsgNewListToTifTilDetailAction.do?tilcod=1`), doc, ctx, KNOWN_LIBRARIES);
      expect([detail.page, detail.notUnderstood?.reason]).toEqual(['other', 'the detail reader failed: boom']);
    } finally {
      spy.mockRestore();
    }
  });
});


/** Node-level changes only: the parsers themselves must cope with these, not merely be caught. */
function mutate(html: string, random: () => number): Document {
  if (random() < 0.2) return parseHtml(truncated(html, random));
  return mutateDocument(parseHtml(html), random, ['drop', 'duplicate', 'shuffle', 'text']);
}

describe.skipIf(!HAS_SAMPLES)('robustness on mutated real excerpts (300 seeded mutations in all)', () => {
  it.each(LICSXP_EXCERPTS)('60 mutations of %s: readPage never throws, no parser fails, every record is valid', (file, path) => {
    const random = prng(20260720 + file.length);
    for (let n = 0; n < 60; n++) {
      const r = readPage(new URL(path, BASE), mutate(sample(file), random), ctx, KNOWN_LIBRARIES);
      expect(PAGE_KINDS, `mutation ${n}`).toContain(r.page);
      // Not only caught: the parsers themselves cope with the broken page.
      expect(r.notUnderstood?.reason ?? '', `mutation ${n}`).not.toMatch(/reader failed|dropped/);
      for (const h of r.holds) HoldRecord.parse(h);
      for (const l of r.loans) LoanRecord.parse(l);
      for (const i of r.items) ItemRecord.parse(i);
      for (const c of r.cart) CartRecord.parse(c);
    }
  }, 60_000);
});
