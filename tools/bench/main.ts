// `npm run bench`: build Uketori (e2e build: 127.0.0.1 pre-granted), start the simulated libraries, drive real
// Chromium once, and print one table of figures with the method beside each. Also written to
// bench-results/latest.json for comparison between runs. Figures only: nothing here passes or fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { launchPlainChromium, launchWithExtension, missingPackages, type ExtensionBrowser } from '../../test/e2e/harness/browsers';
import { addDemoLibraries, cartStatus, logIn } from '../../test/e2e/harness/demo-patron';
import { ui } from '../../test/e2e/harness/ui';
import { followWorld } from '../../test/e2e/harness/world';
import { HAS_SAMPLES, LICSXP_BASE, LICSXP_EXCERPTS, sample } from '../../test/helpers/opac';
import { loggedInSim } from '../../test/helpers/sim-session';
import { control, simState } from '../../test/sim/browser';
import { DEMO_PAGES, DEMO_PATRONS } from '../../test/sim/demo-world';
import { startSim } from '../../test/sim/start-sim';
import { libraryById } from '../../src/libraries';
import { addByHand, addWithUketori, measured, seriesByHand, seriesWithUketori, type Effort } from './flows';
import { cancelByHand, cancelWithUketori, renewByHand, renewWithUketori } from './action-flows';
import { serveHoldsPages } from './holds-pages';
import { quietTab } from './quiet-tab';
import { extensionScriptsRun } from './scripts-run';
import { idleWakeups } from './wakeups';

interface Row {
  what: string;
  figure: string;
  method: string;
}

const FIVE = ['1000111', '1000112', '1000113', '1000114', '1000115'];
const SERIES = ['1000101', '1000102', '1000103'];
const SERIES_ID = '1Q84|新潮社'; // Uketori's id for the group: work and publisher
const PARSE_RUNS = 21;
const IDLE_MS = 60_000;

const missing = missingPackages().filter((p) => p.startsWith('chromium'));
if (missing.length) fail(`missing ${missing.join(', ')}: apt-get install -y ${missing.join(' ')}`);
for (const script of ['build', 'build:e2e']) {
  console.error(`npm run ${script} …`);
  if (spawnSync('npm', ['run', '--silent', script], { stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) fail(`${script} failed`);
}

/**
 * `npm run bench -- --only badges,parse`: only the named sections run (the others' rows and measures are left out,
 * and the figures go to bench-results/only.json, latest.json kept).
 */
const SECTIONS = ['cart', 'series', 'actions', 'badges', 'parse', 'reconcile', 'sizes', 'wakeups'] as const;
type Section = (typeof SECTIONS)[number];
const onlyArg = process.argv.indexOf('--only');
const ONLY = onlyArg < 0 ? null : new Set((process.argv[onlyArg + 1] ?? '').split(',').filter(Boolean));
for (const name of ONLY ?? []) if (!(SECTIONS as readonly string[]).includes(name)) fail(`--only takes ${SECTIONS.join(', ')}; not ${name}`);
const runs = (section: Section) => ONLY === null || ONLY.has(section);

const ROW_COUNTS = [10, 100, 1000] as const;
/** Loads of the holds page in each browser for its load event: 1.05 leaves about 1.5 ms, well inside one load's spread. */
const LOAD_RUNS = 42;
/** Launches of each browser the page loads are spread over: one launch's browsers differ by a few ms of their own. */
const LOAD_LAUNCHES = 3;
/** After each load of the holds page, with or without Uketori, the machine let settle this long before the next. */
const SETTLE_MS = 300;
/** Loads of each holds page for start → badges, and reconciles of each size: figures are their medians. */
const BADGE_LOADS: Record<(typeof ROW_COUNTS)[number], number> = { 10: 11, 100: 11, 1000: 7 };
/** readPage runs of the same holds page after each of those loads, beside them in the same browser. */
const PARSE_RUNS_PER_LOAD = 5;
const RECONCILE_RUNS = 9;
const rows: Row[] = [];
const startToBadges = new Map<number, { ms: number; libraryMs: number; readMs: number; mirroredMs: number; badges: number }>();
const parseOfRows = new Map<number, number>();
const reconciles = new Map<number, { holdsMs: number; loansMs: number; bulkPutMs: number }>();
const contentScriptKB = new Map<string, number>();
/** The extension's script files that ran in the holds pages (paths inside the build), when the badges section ran. */
const scriptsRun = new Set<string>();
let loadOverhead = NaN;
/** The holds page's load event in three browsers of one build (ms, medians), and where Uketori's script ran. */
interface LoadEvents {
  with: number;
  without: number;
  /** With an extension whose content script is one line. */
  oneLine: number;
  startAfterLoad: number;
  evaluation: number;
}
let loads: LoadEvents | null = null;
const add = (what: string, figure: string, method: string) => rows.push({ what, figure, method });
/** Uketori's reader and mirror bundled for a plain page (tools/bench/in-page.ts), built once. */
let inPage: Promise<string> | null = null;
const inPageScript = () => (inPage ??= build({ entryPoints: [resolve('tools/bench/in-page.ts')], bundle: true, format: 'iife', write: false, logLevel: 'error' }).then((b) => b.outputFiles[0]!.text));
const sim = await startSim({});
const ext = await launchWithExtension('chromium', 'ja', true);
try {
  const origins = sim.origins;
  const hokkaido = origins['hokkaido-pref']!;
  // The demo patron with nothing reserved or in the cart, so every add is a real one.
  const fresh = () => control(hokkaido, 'seed-patron', { card: DEMO_PATRONS['hokkaido-pref']!.card, password: DEMO_PATRONS['hokkaido-pref']!.password });
  await addDemoLibraries(ext, origins);
  // The simulator's day is the bench's: Uketori follows its clock, whatever day the bench runs.
  await followWorld(ext, hokkaido);
  const page = await ext.browser.newPage();

  // 1. Five titles from one result list into the cart.
  const fmt = (e: Effort) => `${e.pageLoads} page loads, ${e.clicks} clicks (${e.requests} requests)`;
  if (runs('cart')) {
    await fresh();
    await logIn(page, origins, 'hokkaido-pref');
    const byHand = await measured(hokkaido, page, () => addByHand(page, origins, FIVE));
    await fresh();
    await logIn(page, origins, 'hokkaido-pref');
    const uketori = await measured(hokkaido, page, () => addWithUketori(page, origins, FIVE, (bib) => cartStatus(page, bib)));
    const method = 'puppeteer in Chromium on the simulated 北海道立, 1Q84 list; page loads = the tab\'s navigations, requests = the server\'s log';
    add('Add 5 titles to the cart — by hand', fmt(byHand), `${method}; the guide\'s flow: title → 所蔵情報 → 予約カート → back, ×5`);
    add('Add 5 titles to the cart — Uketori', fmt(uketori), `${method}; one Uketori button per title on the list`);
    add('  ratio (by hand ÷ Uketori)', `${ratio(byHand.pageLoads, uketori.pageLoads)} page loads, ${ratio(byHand.clicks, uketori.clicks)} clicks`, 'from the two rows above');
  }

  // 2. A three-volume series in reading order. Uketori's run comes first, while its mirror has never seen these
  // volumes: fresh() drops the holds behind Uketori's back, so after the by-hand run its panel would show them as 予約中.
  if (runs('series')) {
    await fresh();
    await logIn(page, origins, 'hokkaido-pref');
    const seriesUketori = await measured(hokkaido, page, () => seriesWithUketori(page, origins, SERIES_ID, SERIES));
    await heldInOrder(hokkaido, SERIES);
    await fresh();
    await logIn(page, origins, 'hokkaido-pref');
    const series = await measured(hokkaido, page, () => seriesByHand(page, origins, SERIES));
    await heldInOrder(hokkaido, SERIES);
    add('Reserve a 3-volume series in order — by hand', fmt(series), '1Q84 BOOK1–3 at 北海道立: each into the cart, then 予約カート → 読みたい順予約 → tick + priority ×3 → 予約する → 確認');
    add('Reserve a 3-volume series in order — Uketori', fmt(seriesUketori), 'the same three: シリーズ順に予約 on the list → confirm in the panel → Uketori fills cart, 読みたい順予約 and priorities → the library\'s 確認');
    add('  ratio (by hand ÷ Uketori)', `${ratio(series.pageLoads, seriesUketori.pageLoads)} page loads, ${ratio(series.clicks, seriesUketori.clicks)} clicks`, 'from the two rows above');
  }

  // 2b. Renew one loan and cancel one hold at 北海道立: the guides' flows by hand, and with Uketori.
  if (runs('actions')) {
    const inTime = { loans: [{ id: '1000601', lentOn: '2026-11-10' }], holds: [{ id: '1000201', reservedOn: '2026-11-12' }] };
    const seeded = () => control(hokkaido, 'seed-patron', { card: DEMO_PATRONS['hokkaido-pref']!.card, password: DEMO_PATRONS['hokkaido-pref']!.password, ...inTime });
    const effort = async (task: () => Promise<number>) => {
      await seeded();
      await logIn(page, origins, 'hokkaido-pref');
      return measured(hokkaido, page, task);
    };
    const renewHand = await effort(() => renewByHand(page, origins));
    const renewUketori = await effort(() => renewWithUketori(page, origins));
    const cancelHand = await effort(() => cancelByHand(page, origins));
    const cancelUketori = await effort(() => cancelWithUketori(page, origins));
    add('Renew one loan — by hand', fmt(renewHand), '北海道立 FAQ ⑧: 貸出状況照会 → 貸出延長 → 確認');
    add('Renew one loan — Uketori', fmt(renewUketori), 'the loans page, 延長する beside the title; the new due date read back from the list');
    add('  ratio (by hand ÷ Uketori)', `${ratio(renewHand.pageLoads, renewUketori.pageLoads)} page loads, ${ratio(renewHand.clicks, renewUketori.clicks)} clicks`, 'from the two rows above');
    add('Cancel one hold — by hand', fmt(cancelHand), '北海道立\'s cancel guide: 予約状況照会 → 取消 → 取消する → 確認');
    add('Cancel one hold — Uketori', fmt(cancelUketori), 'the holds page, 予約を取り消す and Uketori\'s question (title, card, library); the list read back');
    add('  ratio (by hand ÷ Uketori)', `${ratio(cancelHand.pageLoads, cancelUketori.pageLoads)} page loads, ${ratio(cancelHand.clicks, cancelUketori.clicks)} clicks`, 'from the two rows above');
  }

  // 3. Content-script start to badges on holds pages of 10, 100 and 1,000 rows.
  const { card, password, ...demo } = DEMO_PATRONS['hokkaido-pref']!;
  const patron = await loggedInSim(hokkaido, 'hokkaido-pref', card, password, demo);
  const holdsPath = DEMO_PAGES['hokkaido-pref']!.holds;
  if (runs('badges')) {
    const template = (await patron.get(DEMO_PAGES['hokkaido-pref']!.holds)).html;
    const holdsPages = await serveHoldsPages(template, DEMO_PAGES['hokkaido-pref']!.holds);
    // A patron's browser with this one library. The simulated libraries of the sections above all live on 127.0.0.1,
    // which a content script's match pattern cannot tell apart by port: there every family's file would run on every
    // library's page, as it does for a real host serving libraries of several families.
    const patronBrowser = async () => {
      const browser = await launchWithExtension('chromium', 'ja', true);
      await followWorld(browser, hokkaido);
      await addLibrary(browser, `${holdsPages.origin}/wo/`, 'hokkaido-pref');
      await new Promise((ok) => setTimeout(ok, 1000)); // the background done with the new library
      return browser;
    };
    const solo = await patronBrowser();
    const page = await solo.browser.newPage();
    // readPage of the same pages in a blank page of the same browser, between the loads: the ratio's two sides measured
    // side by side, so a machine that slows down or speeds up during the run moves both.
    const parser = await solo.browser.newPage();
    await parser.addScriptTag({ content: await inPageScript() });
    const parseHolds = (html: string, n: number, runs: number) =>
      parser.evaluate((html, url, library, runs) => (globalThis as any).uketoriBench.parse(html, url, library, runs), html, `https://www.library.pref.hokkaido.jp${holdsPath}?rows=${n}`, libraryById('hokkaido-pref'), runs) as Promise<{ page: string; ms: number }>;
    // Each load let finish (its snapshot reconciled) and the machine settle (the background's work after the snapshot's
    // answer: reminders, series, the toolbar badge) before the next, so none competes with the one before.
    const load = async (n: number, which: string) => {
      await page.bringToFront(); // the patron's tab in front: a tab behind has its timers held back
      await page.goto(`${holdsPages.origin}${holdsPath}?rows=${n}&load=${which}`);
      await page.waitForFunction(() => performance.getEntriesByName('uketori:mirrored').length > 0, { timeout: 120_000 });
      await new Promise((ok) => setTimeout(ok, SETTLE_MS));
    };
    for (const n of ROW_COUNTS) {
      const perLoad: Array<{ ms: number; libraryMs: number; readMs: number; mirroredMs: number; badges: number }> = [];
      const html = await (await fetch(`${holdsPages.origin}${holdsPath}?rows=${n}`)).text();
      const parses: Array<{ page: string; ms: number }> = [];
      await parseHolds(html, n, PARSE_RUNS_PER_LOAD); // warmed up, as a page's reader is after its first runs
      for (let i = 0; i < BADGE_LOADS[n]; i++) {
        await load(n, String(i));
        // No named helper inside evaluate: tsx would wrap it in a __name() the page does not have.
        const times = await page.evaluate(() => {
          const [start, library, read, badges, mirrored] = ['uketori:start', 'uketori:library', 'uketori:read', 'uketori:badges', 'uketori:mirrored'].map((name) => performance.getEntriesByName(name)[0]!.startTime);
          return { ms: badges! - start!, libraryMs: library! - start!, readMs: read! - start!, mirroredMs: mirrored! - start! };
        });
        perLoad.push({ ...times, badges: await page.$$eval(ui('[data-uketori="deadline-badges"]'), (els) => els.length) });
        parses.push(await parseHolds(html, n, PARSE_RUNS_PER_LOAD));
      }
      const marks = { ms: median(perLoad.map((r) => r.ms)), libraryMs: median(perLoad.map((r) => r.libraryMs)), readMs: median(perLoad.map((r) => r.readMs)), mirroredMs: median(perLoad.map((r) => r.mirroredMs)), badges: perLoad[0]!.badges };
      startToBadges.set(n, marks);
      parseOfRows.set(n, median(parses.map((p) => p.ms)));
      // Which of the extension's files the page ran: one more load, untimed, as a debugger may slow what it watches.
      for (const path of await extensionScriptsRun(page, solo.origin, () => load(n, 'scripts'))) scriptsRun.add(path);
      add(`Start → badges, holds page of ${n.toLocaleString('en')} rows`, `${Math.round(marks.ms)} ms (library known at ${Math.round(marks.libraryMs)}, page read at ${Math.round(marks.readMs)}); the mirror's at ${Math.round(marks.mirroredMs)} ms (${marks.badges} badges)`, `performance marks uketori:start (the page loaded: the content script's core, injected by the background after the load event, begins on it in the next frame) → uketori:library (library and switches known) → uketori:read (the page read) → uketori:badges (what the page shows, painted in the task that read it) and → uketori:mirrored (rank movement, estimates, after the snapshot was reconciled), medians of ${BADGE_LOADS[n]} loads; 北海道立 layout, rows repeated with titles of their own`);
      const parsed = parseOfRows.get(n)!;
      add(`Parse: holds page of ${n.toLocaleString('en')} rows`, `${parsed.toFixed(2)} ms (read as ${parses[0]!.page})`, `readPage in Chromium (esbuild bundle in a blank page of the same browser) of the page loaded above, after each of its loads, ${PARSE_RUNS_PER_LOAD} runs each once warmed up: the median of their medians`);
      // The content script's read is the first run of the reader's code in its page: that read, first and warmed up.
      const reads: Array<{ first: number; warmed: number }> = [];
      for (let i = 0; i < BADGE_LOADS[n]; i++) {
        const fresh = await solo.browser.newPage();
        await fresh.addScriptTag({ content: await inPageScript() });
        reads.push(await fresh.evaluate((html, url, library, runs) => (globalThis as any).uketoriBench.firstAndWarmed(html, url, library, runs), html, `https://www.library.pref.hokkaido.jp${holdsPath}?rows=${n}`, libraryById('hokkaido-pref'), PARSE_RUNS_PER_LOAD) as { first: number; warmed: number });
        await fresh.close();
      }
      const [first, warmed] = [median(reads.map((r) => r.first)), median(reads.map((r) => r.warmed))];
      add(`Content script's read, holds page of ${n.toLocaleString('en')} rows: first run, warmed up`, `${first.toFixed(2)} ms, ${warmed.toFixed(2)} ms (${ratio(first, warmed)})`, `the records as the content script reads them (readRecordsUnchecked, no schemas, no mirror's additions) in a new blank page of the same browser whose reader code never ran: its first run, as on every load, then the median of ${PARSE_RUNS_PER_LOAD} runs after ${PARSE_RUNS_PER_LOAD} more; median of ${BADGE_LOADS[n]} pages`);
    }
    // The load events on a quiet browser with one tab, as the Chromium without Uketori has: the tabs that showed and
    // parsed 1,000 rows closed, and the background let finish with them.
    await page.close();
    await parser.close();
    await new Promise((ok) => setTimeout(ok, 3000));
    loads = await loadEvents(solo, patronBrowser, `${holdsPages.origin}${holdsPath}`);
    add('Holds page load event, without Uketori', `${loads.without.toFixed(1)} ms`, `loadEventStart of ${holdsPages.origin.replace(/:\d+$/, '')}…/rsv (the page as served, ${LOAD_RUNS} loads, median) in Chromium with no extension, same build, launched ${LOAD_LAUNCHES} times (${LOAD_RUNS / LOAD_LAUNCHES} loads each); a tab driven over the bare DevTools protocol, its Runtime domain off (tools/bench/quiet-tab.ts)`);
    add('Holds page load event, with Uketori', `${loads.with.toFixed(1)} ms`, `the same page in a Chromium with Uketori and this one library, launched as often, loads taking turns with the rows above and below (each round in another order, each let finish its snapshot, every tab then let settle ${SETTLE_MS} ms), median of ${LOAD_RUNS}; a quiet tab as above`);
    add('Holds page load event, with a one-line content script', `${loads.oneLine.toFixed(1)} ms (${(loads.oneLine / loads.without).toFixed(2)} × without)`, `the same page in a Chromium with only an extension whose content script is one line at document_start (a performance mark), launched and loaded in turns as above, median of ${LOAD_RUNS}: what any content script run before the load costs it (its isolated world), which Uketori, injected after the load, does not pay`);
    add('Content script modules evaluated', `${loads.evaluation.toFixed(1)} ms`, 'performance marks uketori:injected (its first module) → uketori:main (its main) in the loads above, median: injected by the background once the page has loaded (src/background/page-injection.ts)');
    add('Content script start, from the load event', `${loads.startAfterLoad.toFixed(1)} ms`, 'performance mark uketori:start (the page loaded, Uketori begins reading it) minus loadEventStart in the loads above, median (positive: after the load event)');
    await solo.close();
    await holdsPages.close();
  }

  // 4 and 5. Parse per page kind, reconcile 1,000 records: in a Chromium page, with its DOM and IndexedDB.
  if (runs('parse') || runs('reconcile')) {
    const bench = await ext.browser.newPage();
    await bench.goto(`${hokkaido}/wo/`);
    await bench.addScriptTag({ content: await inPageScript() });
    const samples: Array<{ label: string; html: string; url: string; library: ReturnType<typeof libraryById> | null }> = [];
    for (const kind of ['search', 'holds', 'loans'] as const) {
      samples.push({ label: `sim 北海道立 ${kind}`, html: (await patron.get(DEMO_PAGES['hokkaido-pref']![kind])).html, url: `https://www.library.pref.hokkaido.jp${DEMO_PAGES['hokkaido-pref']![kind]}`, library: libraryById('hokkaido-pref') });
  }
  samples.push({ label: 'sim 北海道立 detail', html: (await patron.get('/wo/opc_srh/srh_detail/1000101/')).html, url: 'https://www.library.pref.hokkaido.jp/wo/opc_srh/srh_detail/1000101/', library: libraryById('hokkaido-pref') });
  if (HAS_SAMPLES) for (const [file, path] of LICSXP_EXCERPTS) samples.push({ label: `real ${file.replace(/\.(excerpt\.)?html$/, '')}`, html: sample(file), url: new URL(path, LICSXP_BASE).href, library: null });
  if (runs('parse')) {
  for (const s of samples) {
    const r = await bench.evaluate((html, url, library, runs) => (globalThis as any).uketoriBench.parse(html, url, library, runs), s.html, s.url, s.library, PARSE_RUNS) as { page: string; ms: number };
    add(`Parse: ${s.label}`, `${r.ms.toFixed(2)} ms (read as ${r.page})`, `readPage in Chromium (esbuild bundle in a page), median of ${PARSE_RUNS} runs`);
  }
  }
  for (const n of runs('reconcile') ? ROW_COUNTS : []) {
    const recs: Array<{ holdsMs: number; loansMs: number; bulkPutMs: number }> = [];
    for (let i = 0; i < RECONCILE_RUNS; i++) recs.push(await bench.evaluate((library, count) => (globalThis as any).uketoriBench.reconcileMany(library, count), libraryById('hokkaido-pref'), n));
    const rec = { holdsMs: median(recs.map((r) => r.holdsMs)), loansMs: median(recs.map((r) => r.loansMs)), bulkPutMs: median(recs.map((r) => r.bulkPutMs)) };
    reconciles.set(n, rec);
    const many = n.toLocaleString('en');
    add(`Reconcile ${many} holds into IndexedDB`, `${Math.round(rec.holdsMs)} ms`, `reconcile() on a fresh MirrorDb, Chromium's IndexedDB in a page (not the extension origin; same engine), one snapshot; median of ${RECONCILE_RUNS} runs`);
    add(`Reconcile ${many} loans into IndexedDB`, `${Math.round(rec.loansMs)} ms`, 'as above, after the holds');
    add(`Bare bulkPut of those ${many} holds`, `${Math.round(rec.bulkPutMs)} ms`, `the rows the holds reconcile wrote, one Dexie bulkPut into another fresh MirrorDb in the same page; median of ${RECONCILE_RUNS} runs`);
  }
  await bench.close();
  }

  // 6. Bundle sizes of the shipped builds.
  for (const target of runs('sizes') ? ['chrome-mv3', 'firefox-mv3'] : []) {
    const dir = resolve('.output', target);
    const files = runs('badges') ? [...scriptsRun].sort() : staticContentScript(dir);
    const absent = files.filter((f) => !existsSync(join(dir, f)));
    if (files.length === 0 || absent.length > 0) {
      add(`Size ${target}: content script`, 'no figure', absent.length > 0 ? `${absent.join(', ')} ran in the holds pages (e2e build) but is not in .output/${target}` : 'no extension script seen in the holds pages');
    } else {
      const bytes = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
      contentScriptKB.set(target, bytes / 1024);
      const method = runs('badges')
        ? `the extension's files that ran in the holds pages above, their sizes in .output/${target} (npm run build, minified, not zipped): Chromium with the e2e build, CDP Debugger.scriptParsed of chrome-extension:// scripts (every file executeScript injects), one more load of each size until uketori:mirrored`
        : `static count, as the badges section did not run: .output/${target}/opac.js and every chunk it names (npm run build, minified, not zipped); the family files injected after it are not seen`;
      add(`Size ${target}: content script`, `${kb(bytes)} (${files.map((f) => f.replace(/^content-scripts\//, '')).join(' + ')})`, method);
    }
    add(`Size ${target}: background`, kb(statSync(join(dir, 'background.js')).size), `.output/${target}/background.js`);
    add(`Size ${target}: total`, kb(dirSize(dir)), `every file under .output/${target}`);
  }

  // 7. Background wake-ups over an idle hour.
  if (runs('wakeups')) {
    const wake = await idleWakeups(ext, IDLE_MS);
    add('Background wake-ups, idle hour', `${wake.alarmsInHour} alarm(s) due; ${wake.startsWhileIdle} other starts in ${wake.idleSeconds} s idle`, 'alarms.getAll() (repeating ones counted per hour); then the worker stopped via CDP and service-worker starts counted (Target events) over a real idle window: Chromium cannot fast-forward an hour');
  }
} finally {
  await ext.close().catch(() => {});
  await sim.close();
}

const widths = [Math.max(...rows.map((r) => r.what.length)), Math.max(...rows.map((r) => r.figure.length))];
const table = [
  `| ${'measure'.padEnd(widths[0]!)} | ${'figure'.padEnd(widths[1]!)} | method |`,
  `| ${'-'.repeat(widths[0]!)} | ${'-'.repeat(widths[1]!)} | --- |`,
  ...rows.map((r) => `| ${r.what.padEnd(widths[0]!)} | ${r.figure.padEnd(widths[1]!)} | ${r.method} |`),
].join('\n');
console.log(table);
mkdirSync('bench-results', { recursive: true });
const badgesOverParse = (n: number) => round2(startToBadges.get(n)!.ms / parseOfRows.get(n)!);
// A measure whose sections did not run (--only) is left out.
const measures = Object.fromEntries(Object.entries({
  badgesOverParse100: () => badgesOverParse(100),
  badgesOverParse1000: () => badgesOverParse(1000),
  pageLoadOverhead: () => round2(loadOverhead),
  reconcileOverBulkPut1000: () => round2(reconciles.get(1000)!.holdsMs / reconciles.get(1000)!.bulkPutMs),
  contentScriptKB: () => round2(Math.max(...contentScriptKB.values())),
}).flatMap(([k, f]) => {
  try {
    const v = f();
    return Number.isFinite(v) ? [[k, v]] : [];
  } catch {
    return [];
  }
}));
const goals = { badgesOverParse100: 3, badgesOverParse1000: 3, pageLoadOverhead: 1.05, reconcileOverBulkPut1000: 2, contentScriptKB: 60 };
console.log(`\nmeasures (goal): ${Object.entries(measures).map(([k, v]) => `${k} ${v} (≤ ${goals[k as keyof typeof goals]})`).join(', ')}`);
const resultFile = ONLY ? 'bench-results/only.json' : 'bench-results/latest.json';
writeFileSync(resultFile, `${JSON.stringify({ at: new Date().toISOString(), chromium: spawnSync('/usr/bin/chromium', ['--version']).stdout?.toString().trim(), measures, goals, rows }, null, 1)}\n`);
console.error(`\nwritten to ${resultFile}`);
process.exit(0);

async function addLibrary(ext: Awaited<ReturnType<typeof launchWithExtension>>, url: string, libraryId: string): Promise<void> {
  const options = await ext.openExtensionPage('options.html', '#add-library');
  const reply = await options.evaluate((message) => chrome.runtime.sendMessage(message) as Promise<{ ok: boolean; error?: string }>, { type: 'addLibrary', url, libraryId });
  await options.close();
  if (!reply.ok) fail(`could not add ${url}: ${reply.error}`);
}

/**
 * A flow counts only if the library ends up holding exactly `bibs` with priorities 1, 2, 3…: else no figure (a throw,
 * so the browser and the simulator still close).
 */
async function heldInOrder(origin: string, bibs: readonly string[]): Promise<void> {
  const { patrons } = await simState(origin);
  const holds = patrons.find((p) => p.card === DEMO_PATRONS['hokkaido-pref']!.card)?.holds ?? [];
  const got = holds.map((h) => `${h.recordId}:${h.order?.priority}`).join();
  const want = bibs.map((bib, i) => `${bib}:${i + 1}`).join();
  if (got !== want) throw new Error(`series holds ${got || 'none'}, expected ${want}`);
}

/**
 * The holds page's load event (loadEventStart, ms from navigation start) in a Chromium without any extension, in a
 * Chromium with Uketori (`first`, then as many more as `another` launches) and in a Chromium whose only extension is
 * a one-line content script, the same build, each launched LOAD_LAUNCHES times; loads taking turns, each round in
 * another order, so all see the same machine; medians. All tabs are quiet tabs
 * (./quiet-tab.ts): no inspector keeping books on their scripts' contexts while they load, as in a patron's browser.
 * Each load with Uketori is let finish (its snapshot reconciled), and every tab then let settle, before the next load
 * of any, so no load competes with the work of the one before; and where Uketori's content script started, from the
 * load event.
 */
async function loadEvents(first: ExtensionBrowser, another: () => Promise<ExtensionBrowser>, url: string): Promise<LoadEvents> {
  const oneLine = oneLineExtension(url);
  const times: [number[], number[], number[]] = [[], [], []];
  const starts: number[] = [];
  const evaluations: number[] = [];
  const mark = (name: string) => `performance.getEntriesByName('${name}')[0]?.startTime`;
  const orders = [[0, 1, 2], [1, 2, 0], [2, 0, 1], [0, 2, 1], [2, 1, 0], [1, 0, 2]];
  let round = 0;
  try {
    for (let launch = 0; launch < LOAD_LAUNCHES; launch++) {
      const uketori = launch === 0 ? first : await another();
      const plain = await launchPlainChromium();
      const floor = await launchPlainChromium([oneLine]);
      try {
        // Uketori's, the plain one's, the one-line extension's.
        const tabs = [await quietTab(uketori.browser), await quietTab(plain), await quietTab(floor)] as const;
        // The first round of each launch warms the server and the browsers' caches: not counted.
        for (let i = 0; i < LOAD_RUNS / LOAD_LAUNCHES + 1; i++, round++) {
          for (const k of orders[round % orders.length]!) {
            const tab = tabs[k]!;
            await tab.load(`${url}?load=${round}`);
            const at = await tab.value<number>("performance.getEntriesByType('navigation')[0].loadEventStart");
            if (k === 0) {
              await tab.until(`${mark('uketori:mirrored')} !== undefined`, 30_000);
              if (i > 0) {
                const [injected, main, start] = await tab.value<number[]>(`[${['uketori:injected', 'uketori:main', 'uketori:start'].map(mark).join()}]`);
                starts.push(start! - at);
                evaluations.push(main! - injected!);
              }
            }
            if (k === 2 && (await tab.value<number>(`${mark('one-line')} ?? -1`)) < 0) throw new Error('the one-line content script did not run');
            // Every tab let settle (its paint after the load, its collector) before the next load of any: else a load
            // started right after another shares the machine with that page's own finishing work.
            await new Promise((ok) => setTimeout(ok, SETTLE_MS));
            if (i > 0) times[k]!.push(at);
          }
        }
        await tabs[0].close();
      } finally {
        await plain.close();
        await floor.close();
        if (launch > 0) await uketori.close();
      }
    }
  } finally {
    rmSync(oneLine, { recursive: true, force: true });
  }
  const result = { with: median(times[0]), without: median(times[1]), oneLine: median(times[2]), startAfterLoad: median(starts), evaluation: median(evaluations) };
  loadOverhead = result.with / result.without;
  return result;
}

/**
 * An extension whose only content is one line run at document_start on the holds page's origin: what any content
 * script costs a page's load before its first line (the script context of its isolated world), Uketori's or another's.
 */
function oneLineExtension(url: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'uketori-one-line-'));
  const matches = [`${new URL(url).origin.replace(/:\d+$/, '')}/*`];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'one line', version: '1', content_scripts: [{ matches, js: ['one-line.js'], run_at: 'document_start' }] }));
  writeFileSync(join(dir, 'one-line.js'), "performance.mark('one-line');\n");
  return dir;
}

/** Without a page to watch: the content script's file and every chunk it names (files under chunks/), paths in `dir`. */
function staticContentScript(dir: string): string[] {
  const main = 'opac.js';
  const text = readFileSync(join(dir, main), 'utf8');
  const chunksDir = join(dir, 'chunks');
  const chunks = existsSync(chunksDir) ? readdirSync(chunksDir).filter((f) => text.includes(f)) : [];
  return [main, ...chunks.map((f) => `chunks/${f}`)];
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function ratio(a: number, b: number): string {
  return b === 0 ? '∞' : `${(a / b).toFixed(1)}×`;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function dirSize(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
}

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}
