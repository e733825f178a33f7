// `npm run sim`: every simulated library on its fixed port with a demo patron, until Ctrl-C.
import { startSim } from './start-sim';

const PORTS = { 'hokkaido-pref': 5101, 'hokuto-city': 5102, 'tochigi-pref': 5103, 'mito-city': 5104, 'licsxp-demo': 5105, 'winj-demo': 5106 };

/** Demo patrons with something in every state, posted through the control API like any test would. */
const DEMO: Record<string, object> = {
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

const sim = await startSim({ ports: PORTS });
for (const [id, origin] of Object.entries(sim.origins)) {
  const response = await fetch(`${origin}/__sim/seed-patron`, { method: 'POST', body: JSON.stringify(DEMO[id]) });
  if (!response.ok) throw new Error(`seeding ${id}: ${await response.text()}`);
  const demo = DEMO[id] as { card: string; password: string };
  console.log(`${id.padEnd(14)} ${origin}  (card ${demo.card} / password ${demo.password})`);
}
console.log('Control API: POST /__sim/advance {"days":1}, /__sim/return {"itemId":"1000101"} … see test/sim/README.md. Ctrl-C stops.');

process.on('SIGINT', () => {
  void sim.close().then(() => process.exit(0));
});
