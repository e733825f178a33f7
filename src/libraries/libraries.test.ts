import { describe, expect, it } from 'vitest';
import { Library } from '../model';
import { KNOWN_LIBRARIES, libraryById, withLibrary } from '.';

describe('KNOWN_LIBRARIES', () => {
  it('holds the four seed libraries and the LICS-XP example, each valid and unique', () => {
    expect(KNOWN_LIBRARIES.map((l) => l.id)).toEqual(['hokkaido-pref', 'hokuto-city', 'tochigi-pref', 'mito-city', 'nishinomiya-city']);
    for (const l of KNOWN_LIBRARIES) expect(Library.parse(l)).toEqual(l);
    const origins = KNOWN_LIBRARIES.flatMap((l) => l.origins);
    expect(new Set(origins).size).toBe(origins.length);
    for (const o of origins) expect(new URL(o).origin).toBe(o);
  });

  it('uses the generic reader for the seeds whose product is unknown; 北海道立 is on the `/wo/` OPAC', () => {
    expect(KNOWN_LIBRARIES.filter((l) => l.family === 'generic').map((l) => l.id)).toEqual([
      'hokuto-city', 'tochigi-pref', 'mito-city',
    ]);
    expect(libraryById('hokkaido-pref')?.family).toBe('wo');
    expect(libraryById('nishinomiya-city')?.family).toBe('licsxp');
  });

  it('carries the rules the guides state', () => {
    expect(libraryById('hokkaido-pref')?.rules).toMatchObject({
      hold: { days: 10 }, limit: { total: 10, message: '予約上限数を超過しています。' }, orderedReservation: '読みたい順予約',
      renewal: { times: 1, lengthDays: 14, from: 'request_day' },
    });
    expect(libraryById('hokuto-city')?.rules).toMatchObject({
      hold: { days: 7, start: 'day_after_notification' }, limit: { total: 7, av: 3 }, orderedReservation: null,
    });
    expect(libraryById('tochigi-pref')?.rules).toMatchObject({
      hold: { days: 14, nextOpenDayIfClosed: true }, limit: { total: 10 }, orderedReservation: null,
    });
    expect(libraryById('mito-city')?.rules).toMatchObject({
      limit: { total: 15 }, renewal: { times: 1, lengthDays: 15, from: 'request_day' }, orderedReservation: null,
    });
    expect(libraryById('nishinomiya-city')?.rules).toMatchObject({
      hold: { days: 7, unit: 'open_days', start: 'day_after_notification' }, limit: { total: 20 },
    });
  });

  it('answers null for an unknown id', () => {
    expect(libraryById('nowhere')).toBeNull();
  });

  it('refuses a library whose id is in use, naming the library that has it', () => {
    const hokkaido = libraryById('hokkaido-pref')!;
    const copy = { ...hokkaido, name: '別の図書館', origins: ['https://other.example.jp'] };
    expect(() => withLibrary(KNOWN_LIBRARIES, copy)).toThrow('the library id hokkaido-pref is already in use by 北海道立図書館 (https://www.library.pref.hokkaido.jp, http://www.library.pref.hokkaido.jp)');
    expect(withLibrary(KNOWN_LIBRARIES.filter((l) => l.id !== 'hokkaido-pref'), copy).at(-1)).toBe(copy);
  });
});
