import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, SHARED_DIR } from '../../test/shared-dir';
import { LibraryContact } from '../model';
import { libraryById } from '.';

/** Each seed library's guides in ../shared/seeds. */
const GUIDES: Record<string, string[]> = {
  'hokkaido-pref': ['hokkaido-pref-cancel-change-guide.txt', 'hokkaido-pref-internet-reservation-guide.txt'],
  'hokuto-city': ['hokuto-city-internet-reservation-guide.txt'],
  'tochigi-pref': ['tochigi-pref-internet-reservation-guide.txt'],
  'mito-city': ['mito-city-renewal-reservation-guide.txt'],
};

const PHONE = /0\d{1,4}-\d{1,4}-\d{4}/g;

interface PrintedNumber {
  phone: string;
  /** The name printed just before the number (明野図書館 ☎0551-…, 東部図書館 029-…), or null (電話：011-…). */
  branch: string | null;
}

/** Every phone number a guide prints, with the name in front of it where there is one; fax numbers are left out. */
function printedPhones(text: string): PrintedNumber[] {
  return [...text.matchAll(PHONE)].flatMap((match) => {
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    if (/(ファックス|FAX)[:：\s]*$/i.test(before)) return [];
    const token = before.replace(/[\s☎]+$/, '').split(/[\s、（(]/).pop()!;
    return [{ phone: match[0], branch: token === '' || /電話/.test(token) ? null : token }];
  });
}

describe.skipIf(!HAS_SHARED)('contacts: the phone numbers of the seed libraries’ guides', () => {
  for (const [id, files] of Object.entries(GUIDES)) {
    it(`${id} carries every number its guide prints, under the guide’s names, and no other`, () => {
      const text = files.map((file) => readFileSync(join(SHARED_DIR, 'seeds', file), 'utf8')).join('\n');
      const printed = printedPhones(text);
      const contacts = libraryById(id)?.contacts ?? [];
      expect(new Set(contacts.map((c) => c.phone))).toEqual(new Set(printed.map((p) => p.phone)));
      for (const { phone, branch } of printed) {
        if (branch) expect(contacts).toContainEqual(expect.objectContaining({ branch, phone }));
      }
      for (const contact of contacts) expect(text).toContain(contact.branch);
    });
  }

  it('reads the numbers the brief names: 北海道立 011-386-8521 (not its fax), 水戸 six, 北杜 eight, 栃木県立 none', () => {
    const counts = Object.fromEntries(Object.keys(GUIDES).map((id) => [id, libraryById(id)?.contacts?.length ?? 0]));
    expect(counts).toEqual({ 'hokkaido-pref': 1, 'hokuto-city': 8, 'tochigi-pref': 0, 'mito-city': 6 });
    expect(libraryById('hokkaido-pref')?.contacts).toEqual([
      { branch: '道立図書館一般資料サービス課', phone: '011-386-8521', handles: ['cancel_hold', 'change_pickup', 'hold_shelf', 'inquiries'], scope: 'library' },
    ]);
  });
});

describe('contacts: who answers for what', () => {
  it('sends 北杜 and 水戸 holds to their pickup library, 北海道立 ones to its one desk', () => {
    expect(new Set(libraryById('hokuto-city')?.contacts?.map((c) => c.scope))).toEqual(new Set(['own_pickups']));
    expect(libraryById('hokuto-city')?.contacts?.every((c) => c.handles.includes('change_pickup'))).toBe(true);
    expect(libraryById('mito-city')?.contacts?.every((c) => c.scope === 'own_pickups' && c.handles.includes('cancel_hold'))).toBe(true);
    expect(libraryById('mito-city')?.contacts?.some((c) => c.handles.includes('change_pickup'))).toBe(false);
    expect(libraryById('nishinomiya-city')?.contacts).toBeUndefined();
  });

  it('takes only a dialable number, a known topic and a scope', () => {
    const desk = { branch: '本館', phone: '029-226-3951', handles: ['inquiries'], scope: 'library' };
    expect(LibraryContact.parse(desk)).toEqual(desk);
    for (const bad of [{ phone: '226-3951' }, { phone: '電話 029-226-3951' }, { handles: [] }, { handles: ['fax'] }, { scope: 'anywhere' }]) {
      expect(LibraryContact.safeParse({ ...desk, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
