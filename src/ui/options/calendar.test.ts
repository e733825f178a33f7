import { describe, expect, it } from 'vitest';
import { libraryById } from '../../libraries';
import type { ReadyHold } from '../../mirror/queries';
import type { Loan } from '../../model';
import { calendarEntries } from './calendar';

const words = {
  pickup: (title: string, estimated: boolean) => `${estimated ? '受取期限（推定）' : '受取期限'}: ${title}`,
  due: (title: string) => `返却期限: ${title}`,
  libraryName: (l: { name: string }) => l.name,
};

describe('calendar entries', () => {
  it('makes one event per deadline and due date, estimates labelled, soonest first', () => {
    const ready = [
      { key: 'c|a|0', title: 'A', libraryId: 'hokkaido-pref', pickupLocation: '本館', deadline: { date: '2026-12-03', estimated: true, basis: 'first_seen' } },
      { key: 'c|b|0', title: 'B', libraryId: 'hokkaido-pref', pickupLocation: null, deadline: { date: null, estimated: false, basis: null } },
    ] as unknown as ReadyHold[];
    const loans = [{ key: 'c|l|0', title: 'L', libraryId: 'hokkaido-pref', dueDate: '2026-11-30' }] as unknown as Loan[];
    expect(calendarEntries(ready, loans, [libraryById('hokkaido-pref')!], words)).toEqual([
      { uid: 'c|l|0|due@uketori', date: '2026-11-30', summary: '返却期限: L', description: '北海道立図書館' },
      { uid: 'c|a|0|pickup@uketori', date: '2026-12-03', summary: '受取期限（推定）: A', description: '北海道立図書館\n本館' },
    ]);
  });
});
