import { describe, expect, it } from 'vitest';
import { Library, type LibraryInput } from '../model';
import { FAMILY_ADAPTERS } from './registry';
import { FAMILY_SIGNATURES, familyIdFor } from './signatures';

const row = (family: LibraryInput['family']): Library =>
  Library.parse({ id: 'x', name: 'x', nameEn: 'x', origins: ['https://opac.example.jp'], family, rules: { hold: null, closed: {}, limit: null, renewal: null, orderedReservation: null } });

describe('family signatures (known before a family file is loaded)', () => {
  it('are the registry\'s families in its order, each with the adapter\'s own matchesUrl', () => {
    expect(FAMILY_SIGNATURES.map((s) => s.id)).toEqual(FAMILY_ADAPTERS.map((f) => f.id));
    FAMILY_SIGNATURES.forEach((signature, i) => expect(signature.matchesUrl, signature.id).toBe(FAMILY_ADAPTERS[i]!.matchesUrl));
  });

  it('name the family a library row names, whatever its URL shows', () => {
    // A page of the /wo/ catalogue, listed under a row naming LICS-XP: the row decides.
    expect(familyIdFor(new URL('http://www.library.pref.hokkaido.jp/wo/opc/srh/'), row('licsxp'))).toBe('licsxp');
    // Wicket's `/login` claims no site by itself, only through a row.
    expect(familyIdFor(new URL('https://opac.example.jp/login'), row('wicket'))).toBe('wicket');
  });

  it('fall back to the URL signature for a generic row or no row, and name nothing when none matches', () => {
    const winj = new URL('https://www.library.city.ichikawa.lg.jp/winj/opac/top.do');
    expect(familyIdFor(winj, row('generic'))).toBe('winj');
    expect(familyIdFor(winj, null)).toBe('winj');
    expect(familyIdFor(new URL('https://tosho.nishi.or.jp/licsxp-opac/OpacInitLoginAction.do'), null)).toBe('licsxp');
    expect(familyIdFor(new URL('https://www.lics-saas.nexs-service.jp/kadoma/'), row('generic'))).toBe('licsre');
    expect(familyIdFor(new URL('https://opac.example.jp/login'), row('generic'))).toBeNull();
    expect(familyIdFor(new URL('https://opac.example.jp/login'), null)).toBeNull();
  });
});
