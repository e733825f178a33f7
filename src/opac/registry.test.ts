import { describe, expect, it } from 'vitest';
import { Library, type LibraryInput } from '../model';
import { KNOWN_LIBRARIES } from '../libraries';
import { familyById, familyForUrl, isKnownFamily, libraryBaseOf, libraryForUrl } from './registry';

const row = (id: string, origins: string[], family: LibraryInput['family']): Library =>
  Library.parse({ id, name: id, nameEn: id, origins, family, rules: { hold: null, closed: {}, limit: null, renewal: null, orderedReservation: null } });

describe('registry', () => {
  it('finds a known library by origin', () => {
    const url = new URL('https://tosho.nishi.or.jp/licsxp-opac/OpacInitLoginAction.do');
    expect(libraryForUrl(url, KNOWN_LIBRARIES)?.id).toBe('nishinomiya-city');
    expect(libraryForUrl(new URL('http://tosho.nishi.or.jp/licsxp-opac/'), KNOWN_LIBRARIES)).toBeNull();
    expect(libraryForUrl(new URL('https://example.jp/licsxp-opac/'), KNOWN_LIBRARIES)).toBeNull();
  });

  it('tells apart libraries sharing a SaaS host by their path, longest first', () => {
    const libs = [row('saas', ['https://www.kn.licsre-saas.jp'], 'licsre'), row('nakano', ['https://www.kn.licsre-saas.jp/tokyo-nakano'], 'licsre')];
    expect(libraryForUrl(new URL('https://www.kn.licsre-saas.jp/tokyo-nakano/webopac/login.do'), libs)?.id).toBe('nakano');
    expect(libraryForUrl(new URL('https://www.kn.licsre-saas.jp/tokyo-nakanoX/webopac/login.do'), libs)?.id).toBe('saas');
  });

  it('lists a library of a hosted service under its path on the shared host, any other by its origin', () => {
    expect(libraryBaseOf(new URL('https://www.kn.licsre-saas.jp/tokyo-nakano/webopac/login.do'))).toBe('https://www.kn.licsre-saas.jp/tokyo-nakano');
    expect(libraryBaseOf(new URL('https://www.lics-saas.nexs-service.jp/kadoma/'))).toBe('https://www.lics-saas.nexs-service.jp/kadoma');
    // The shared host's own pages name no library.
    expect(libraryBaseOf(new URL('https://www.lics-saas.nexs-service.jp/index.html'))).toBe('https://www.lics-saas.nexs-service.jp');
    expect(libraryBaseOf(new URL('https://tosho.nishi.or.jp/licsxp-opac/OpacInitLoginAction.do'))).toBe('https://tosho.nishi.or.jp');
  });

  it('knows each family by its id, and the generic reader besides', () => {
    expect(familyById('licsxp')?.id).toBe('licsxp');
    expect(familyById('generic')).toBeNull();
    expect(['licsxp', 'winj', 'opw', 'licsre', 'toshow', 'wicket', 'generic'].every(isKnownFamily)).toBe(true);
    expect(isKnownFamily('licxsp')).toBe(false);
  });

  it('prefers the family a library row names over URL signatures', () => {
    const url = new URL('https://opac.example.jp/login');
    expect(familyForUrl(url)).toBeNull();
    expect(familyForUrl(url, row('x', ['https://opac.example.jp'], 'wicket'))?.id).toBe('wicket');
    expect(familyForUrl(new URL('https://opac.example.jp/winj/opac/top.do'), row('y', ['https://opac.example.jp'], 'generic'))?.id).toBe('winj');
  });
});
