// The demo world: every simulated library on its fixed port, each with a demo patron who has something in every
// state. Used by `npm run sim` and `npm run demo`.
import type { RunningSim } from './core/launch';
import { startSim } from './start-sim';

export const DEMO_PORTS = { 'hokkaido-pref': 5101, 'hokuto-city': 5102, 'tochigi-pref': 5103, 'mito-city': 5104, 'licsxp-demo': 5105, 'winj-demo': 5106 };

/** Demo patrons with something in every state, posted through the control API like any test would. */
export const DEMO_PATRONS: Record<string, { card: string; password: string; [k: string]: unknown }> = {
  'hokkaido-pref': {
    card: '0123456',
    password: 'hokkaido',
    name: '道立 花子',
    holds: [
      { id: '1000101', priority: 1, reservedOn: '2026-11-10' },
      { id: '1000102', priority: 2, reservedOn: '2026-11-10' },
      { id: '1000201', reservedOn: '2026-11-12' },
      { id: '1000401', state: 'ready', readyOn: '2026-11-20' },
    ],
    loans: [
      { id: '1000601', lentOn: '2026-11-10' },
      { id: '1000602', lentOn: '2026-11-01', reservedByOthers: true },
      { id: '1000604', lentOn: '2026-10-20', pickup: '江別市情報図書館' },
    ],
  },
  'hokuto-city': {
    card: '20000001',
    password: 'hokuto',
    name: '北杜 一郎',
    holds: [
      { id: '1000121', state: 'pending' },
      { id: '1000122', state: 'waiting', reservedOn: '2026-11-15' },
      { id: '1000301', state: 'ready', readyOn: '2026-11-21' },
    ],
    loans: [
      { id: '1000607', lentOn: '2026-11-01' },
      { id: '1000608', lentOn: '2026-11-15', reservedByOthers: true },
    ],
  },
  'tochigi-pref': {
    card: '9000001',
    password: 'tochigi',
    name: '県立 次郎',
    holds: [{ id: '1000201' }, { id: '1000402', reservedOn: '2026-11-18' }, { id: '1000401', state: 'ready', readyOn: '2026-11-21' }],
    loans: [
      { id: '1000601', lentOn: '2026-11-10' },
      { id: '1000604', lentOn: '2026-11-20' },
      { id: '1000602', lentOn: '2026-11-08', reservedByOthers: true },
    ],
  },
  'mito-city': {
    card: '99990001',
    password: 'mito',
    name: '水戸 三郎',
    holds: [{ id: '1000121' }, { id: '1000203', source: 'counter' }, { id: '1000301', state: 'ready', readyOn: '2026-11-21' }],
    loans: [
      { id: '1000601', lentOn: '2026-11-10' },
      { id: '1000602', lentOn: '2026-11-05', reservedByOthers: true },
      { id: '1000604', lentOn: '2026-10-20', due: '2026-11-04' },
    ],
  },
  'licsxp-demo': {
    card: '9999000001',
    password: 'licsxp',
    name: '模擬 青葉',
    holds: [
      { id: '1000101', priority: 1 },
      { id: '1000102', priority: 2 },
      { id: '1000201', reservedOn: '2026-11-01' },
      { id: '1000401', state: 'ready', readyOn: '2026-11-21' },
    ],
    loans: [
      { id: '1000601', lentOn: '2026-11-10' },
      { id: '1000602', lentOn: '2026-11-09', reservedByOthers: true },
    ],
  },
  'winj-demo': {
    card: '1060000001',
    password: 'winj',
    name: '模擬 楓',
    holds: [{ id: '1000201' }, { id: '1000603' }, { id: '1000401', state: 'ready', readyOn: '2026-11-21' }],
    loans: [
      { id: '1000601', lentOn: '2026-11-10' },
      { id: '1000604', lentOn: '2026-10-20', due: '2026-11-03' },
    ],
  },
};

/** Where a patron starts in each library, and the pages the tour visits (paths are the simulator's invented ones). */
export const DEMO_PAGES: Record<string, { name: string; opac: string; login: string; search: string; holds: string; loans: string }> = {
  'hokkaido-pref': { name: '北海道立図書館', opac: '/wo/', login: '/wo/usr/login', search: '/wo/opc/srh/list?title=1Q84', holds: '/wo/usr/rsv', loans: '/wo/usr/lend' },
  'hokuto-city': { name: '北杜市図書館', opac: '/Libsearch/', login: '/Libsearch/login', search: '/Libsearch/search?title=1Q84', holds: '/Libsearch/mylib/reserve', loans: '/Libsearch/mylib/lend' },
  'tochigi-pref': { name: '栃木県立図書館', opac: '/opac/', login: '/opac/auth', search: '/opac/search-list?txt_word=1Q84', holds: '/opac/reserve-list', loans: '/opac/lend-list' },
  'mito-city': { name: '水戸市立図書館', opac: '/toshokan/', login: '/toshokan/user/login', search: '/toshokan/search/result?keyword=1Q84', holds: '/toshokan/user/reserve', loans: '/toshokan/user/lend' },
  'licsxp-demo': { name: 'あおば市立図書館（LICS-XP 模擬）', opac: '/licsxp-opac/WOpacEsSchCmpdDispAction.do', login: '/licsxp-opac/OpacInitLoginAction.do?subSystemFlag=0', search: '/licsxp-opac/WOpacEsSchCmpdExecAction.do?condition1Text=1Q84', holds: '/licsxp-opac/WOpacMnuTopToPwdLibraryAction.do?gamen=usrrsv', loans: '/licsxp-opac/WOpacMnuTopToPwdLibraryAction.do?gamen=usrlend' },
  'winj-demo': { name: 'かえで市立図書館（winj 模擬）', opac: '/winj/opac/top.do', login: '/winj/opac/login.do', search: '/winj/opac/search-list.do?txt_word=1Q84', holds: '/winj/opac/reserve-list.do', loans: '/winj/opac/lend-list.do' },
};

/** Start every library (on its demo port, or on ephemeral ports for tests) and seed its demo patron. */
export async function startDemoWorld(ports: Record<string, number> = DEMO_PORTS): Promise<RunningSim> {
  const sim = await startSim({ ports });
  for (const [id, origin] of Object.entries(sim.origins)) {
    const response = await fetch(`${origin}/__sim/seed-patron`, { method: 'POST', body: JSON.stringify(DEMO_PATRONS[id]) });
    if (!response.ok) throw new Error(`seeding ${id}: ${await response.text()}`);
  }
  return sim;
}
