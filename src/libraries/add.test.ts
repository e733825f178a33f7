import { describe, expect, it } from 'vitest';
import type { Library } from '../model';
import { libraryForUrl } from '../opac/registry';
import { customLibraryId, libraryForAddedUrl } from './add';

/** Add libraries one after another as the options page does, each against the ones added before. */
function addAll(...urls: string[]): Library[] {
  return urls.reduce<Library[]>((list, url) => [...list, libraryForAddedUrl(new URL(url), null, list)], []);
}

describe('adding a library by its URL', () => {
  it('lists a library of a hosted service under its path on the shared host (LiCS-Re, both host names)', () => {
    const nakano = libraryForAddedUrl(new URL('https://www.kn.licsre-saas.jp/tokyo-nakano/webopac/login.do'), null, []);
    expect(nakano).toMatchObject({ id: 'custom-www-kn-licsre-saas-jp-tokyo-nakano', family: 'licsre', origins: ['https://www.kn.licsre-saas.jp/tokyo-nakano'] });
    const ono = libraryForAddedUrl(new URL('https://www.lics-saas.nexs-service.jp/ono/'), null, []);
    expect(ono).toMatchObject({ id: 'custom-www-lics-saas-nexs-service-jp-ono', origins: ['https://www.lics-saas.nexs-service.jp/ono'] });
    // Any other host is listed by its origin, whatever the path of the page added.
    expect(libraryForAddedUrl(new URL('https://opac.example.jp/opac/top.do'), null, []).origins).toEqual(['https://opac.example.jp']);
  });

  it('keeps two libraries on one host apart: each its own row and id, each page read as its own library\'s', () => {
    const [ono, kadoma] = addAll('https://www.lics-saas.nexs-service.jp/ono/', 'https://www.lics-saas.nexs-service.jp/kadoma/webopac/usermenu.do');
    expect(ono!.id).not.toBe(kadoma!.id);
    expect(kadoma!.origins).toEqual(['https://www.lics-saas.nexs-service.jp/kadoma']);
    const list = [ono!, kadoma!];
    expect(libraryForUrl(new URL('https://www.lics-saas.nexs-service.jp/kadoma/webopac/userlist.do?type=3'), list)?.id).toBe(kadoma!.id);
    expect(libraryForUrl(new URL('https://www.lics-saas.nexs-service.jp/ono/webopac/userlist.do?type=3'), list)?.id).toBe(ono!.id);
    expect(libraryForUrl(new URL('https://www.lics-saas.nexs-service.jp/kadomaX/'), list)).toBeNull();
    // Another page of a library already added is that library, unchanged.
    expect(libraryForAddedUrl(new URL('https://www.lics-saas.nexs-service.jp/ono/webopac/index.do'), null, list)).toBe(ono);
  });

  it('gives ids that never collide: a library whose id is in use is refused, naming the one that has it', () => {
    const [first] = addAll('https://opac.a-b.jp/');
    expect(first!.id).toBe('custom-opac-a-b-jp');
    expect(() => libraryForAddedUrl(new URL('https://opac.a.b.jp/'), null, [first!]))
      .toThrow('the library id custom-opac-a-b-jp is already in use by opac.a-b.jp (https://opac.a-b.jp)');
    // The same host on two ports is two libraries with two ids.
    expect(addAll('http://127.0.0.1:8001/', 'http://127.0.0.1:8002/').map((l) => l.id)).toEqual(['custom-127-0-0-1-8001', 'custom-127-0-0-1-8002']);
  });

  it('adds an address to a known library unless it covers it, and refuses one that is another library\'s', () => {
    const [custom] = addAll('https://opac.example.jp/');
    const hokkaido = libraryForAddedUrl(new URL('https://mirror.example.jp/wo/opc/srh/'), 'hokkaido-pref', [custom!]);
    expect(hokkaido.origins).toEqual(['https://www.library.pref.hokkaido.jp', 'http://www.library.pref.hokkaido.jp', 'https://mirror.example.jp']);
    expect(libraryForAddedUrl(new URL('https://mirror.example.jp/wo/usr/rsv'), 'hokkaido-pref', [custom!, hokkaido])).toEqual(hokkaido);
    expect(() => libraryForAddedUrl(new URL('https://opac.example.jp/holds'), 'hokkaido-pref', [custom!]))
      .toThrow("https://opac.example.jp/holds is already opac.example.jp's (https://opac.example.jp)");
    expect(() => libraryForAddedUrl(new URL('https://x.example.jp/'), 'nowhere', [])).toThrow('unknown library id: nowhere');
  });

  it('makes ids from the library\'s address without its scheme', () => {
    expect(customLibraryId('https://www.library.city.ichikawa.lg.jp')).toBe('custom-www-library-city-ichikawa-lg-jp');
    expect(customLibraryId('https://www.lics-saas.nexs-service.jp/tosyokan.town.kannami')).toBe('custom-www-lics-saas-nexs-service-jp-tosyokan-town-kannami');
  });
});
