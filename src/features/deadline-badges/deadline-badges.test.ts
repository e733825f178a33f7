// @vitest-environment node
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { featureSim } from '../../../test/helpers/features';
import type { Page } from '../../../test/sim/browser';
import type { Hold } from '../../model';
import { readPage } from '../../opac/read';
import { loadPage as load } from '../../../test/helpers/sim-session';
import { deadlineBadges } from '.';

const TODAY = '2026-11-23';
const { loggedIn, libraryAt, origin, mount } = featureSim(['hokkaido-pref'], TODAY);

describe('deadline and rank badges on holds pages', () => {
  it('shows days left with the weekday for a ready hold at 北海道立, and how a rank moved', async () => {
    const library = libraryAt('hokkaido-pref');
    const browser = await loggedIn('hokkaido-pref', '0123456', 'hokkaido', {
      holds: [{ id: '1000101', state: 'ready', readyOn: '2026-11-19' }, { id: '1000201', reservedOn: '2026-11-01' }],
    });
    const page = await browser.get('/wo/usr/rsv');
    const reading = readPage(new URL(page.url), load(page), { today: TODAY }, [library]);
    const waiting = reading.holds.find((h) => h.state === 'waiting')!;
    const before = { titleKey: waiting.title.replace(/\s/g, '').toLowerCase(), rank: (waiting.rank ?? 1) + 2 } as Hold;
    const { badges } = await mount(deadlineBadges, page, library, { holds: [before] });
    const ready = reading.holds.find((h) => h.state === 'ready')!;
    expect(ready.pickupDeadline).not.toBeNull();
    expect(badges()).toContain(`あと${(Date.parse(ready.pickupDeadline!) - Date.parse(TODAY)) / 86_400_000}日 · ${Number(ready.pickupDeadline!.slice(5, 7))}/${Number(ready.pickupDeadline!.slice(8))}(${'日月火水木金土'[new Date(ready.pickupDeadline!).getUTCDay()]})`);
    expect(badges()).toContain(`${waiting.rank}位 (↑2)`);
  });

  it('labels a deadline Uketori computed from the rules as 推定', async () => {
    const library = libraryAt('hokkaido-pref');
    const doc = new Window({ url: `${origin('hokkaido-pref')}/wo/usr/rsv` }).document;
    doc.write('<h1>予約状況照会</h1><table><tr><th>番号</th><th>タイトル</th><th>取置期限日</th><th>貸出可能</th></tr><tr><td>1</td><td>舟を編む</td><td></td><td>貸出可能</td></tr></table>');
    const page = { url: doc.URL, status: 200, charset: 'UTF-8', html: doc.documentElement.outerHTML, doc: doc as unknown as Document, text: '' } as Page;
    const { badges } = await mount(deadlineBadges, page, library);
    expect(badges()).toEqual([expect.stringMatching(/^あと\d+日 · \d+\/\d+\(.\) \(推定\)$/)]);
  });
});
