// @vitest-environment node
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { featureSim } from '../../../test/helpers/features';
import type { Page } from '../../../test/sim/browser';
import { fakeEdges, fromExtension } from '../../../test/helpers/background-edges';
import { freshDb } from '../../../test/helpers/mirror';
import { backgroundHandlers } from '../../background/handlers';
import { Request } from '../../messaging/protocol';
import type { MirrorDb } from '../../mirror/db';
import { snapshotOf } from '../../mirror/snapshot';
import type { Hold, Library } from '../../model';
import { readPage } from '../../opac/read-page';
import { loadPage as load } from '../../../test/helpers/sim-session';
import { deadlineBadges } from '.';

const TODAY = '2026-11-23';
const { loggedIn, libraryAt, origin, mount } = featureSim(['hokkaido-pref'], TODAY);

/** A holds page with one ready hold whose 取置期限日 the library leaves empty. */
function readyWithoutDate(library: Library): Page {
  const doc = new Window({ url: `${origin(library.id)}/wo/usr/rsv` }).document;
  doc.write('<h1>予約状況照会</h1><table><tr><th>番号</th><th>タイトル</th><th>取置期限日</th><th>貸出可能</th></tr><tr><td>1</td><td>舟を編む</td><td></td><td>貸出可能</td></tr></table>');
  return { url: doc.URL, status: 200, charset: 'UTF-8', html: doc.documentElement.outerHTML, doc: doc as unknown as Document, text: '' } as Page;
}

/** The page's snapshot sent to the background's own handler, as the content script sends it on `today`: its reply. */
async function sendSnapshot(db: MirrorDb, page: Page, library: Library, today = TODAY) {
  if (!(await db.libraries.get(library.id))) await db.libraries.put(library);
  const reading = readPage(new URL(page.url), load(page), { today }, [library]);
  const request = Request.parse({ type: 'snapshot', snapshot: snapshotOf(reading, library, null, page.url, Date.parse(`${today}T12:00:00+09:00`), today) });
  if (request.type !== 'snapshot') throw new Error('not a snapshot');
  return backgroundHandlers(db, fakeEdges()).snapshot(request, fromExtension);
}

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
    const page = readyWithoutDate(library);
    const { deadlines } = await sendSnapshot(freshDb(), page, library);
    const { badges } = await mount(deadlineBadges, page, library, { deadlines });
    expect(badges()).toEqual([expect.stringMatching(/^あと\d+日 · \d+\/\d+\(.\) \(推定\)$/)]);
  });

  it('shows the estimate the background computed: from the day the mirror first saw the hold ready, past a holiday', async () => {
    // Three days from the day after the hold was first seen ready, moved to the next opening day when the last is
    // closed: first seen 11-20 (Fri), the third day is 11-23, 勤労感謝の日, so the shelf keeps it until Tuesday 11-24.
    const base = libraryAt('hokkaido-pref');
    const library: Library = {
      ...base,
      rules: { ...base.rules, hold: { days: 3, unit: 'calendar_days', start: 'day_after_notification', nextOpenDayIfClosed: true }, closed: { ...base.rules.closed, nationalHolidays: true } },
    };
    const page = readyWithoutDate(library);
    const db = freshDb();
    await sendSnapshot(db, page, library, '2026-11-20');
    const { deadlines } = await sendSnapshot(db, page, library);
    expect(deadlines).toEqual([{ titleKey: '舟を編む', deadline: { date: '2026-11-24', estimated: true, basis: 'first_seen' } }]);
    const { badges } = await mount(deadlineBadges, page, library, { deadlines });
    expect(badges()).toEqual(['あと1日 · 11/24(火) (推定)']);
  });
});
