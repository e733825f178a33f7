// `npm run demo`: build Uketori, start the simulated libraries, and open Chromium with Uketori loaded and the
// libraries set up, on a page that says what to try. With `--headless --out DIR` it walks a scripted tour instead,
// writing numbered screenshots and a log to DIR; it exits 1, naming the steps, when any step failed or found
// something missing. The simulated libraries and Uketori share one clock (test/e2e/harness/world.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithExtension, missingPackages } from '../../test/e2e/harness/browsers';
import { addDemoLibraries } from '../../test/e2e/harness/demo-patron';
import { followWorld } from '../../test/e2e/harness/world';
import { DEMO_PAGES, DEMO_PATRONS, startDemoWorld } from '../../test/sim/demo-world';
import { runTour } from './tour';
import { welcomePage } from './welcome';

const WELCOME_PORT = 5100;

const { values } = parseArgs({ options: { headless: { type: 'boolean', default: false }, out: { type: 'string' }, 'no-build': { type: 'boolean', default: false } } });
if (values.headless && !values.out) fail('--headless needs --out DIR for the screenshots and the log');
const missing = missingPackages();
if (missing.length > 0) fail(`missing ${missing.join(', ')}: run \`apt-get install -y ${missing.join(' ')}\``);

if (!values['no-build']) {
  console.log('Building Uketori (npm run build:e2e) …');
  const build = spawnSync('npm', ['run', '--silent', 'build:e2e'], { stdio: 'inherit' });
  if (build.status !== 0) fail('the build failed');
}

const sim = await startDemoWorld();
const welcome = createServer((_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(welcomePage(sim.origins)));
await new Promise<void>((ok) => welcome.listen(WELCOME_PORT, '127.0.0.1', ok));
const welcomeUrl = `http://127.0.0.1:${WELCOME_PORT}/`;
const ext = await launchWithExtension('chromium', 'ja', values.headless);
await addDemoLibraries(ext, sim.origins);
const world = await followWorld(ext, Object.values(sim.origins)[0]!);

const shutdown = async () => {
  await ext.close().catch(() => {});
  welcome.closeAllConnections();
  welcome.close();
  await sim.close();
};

if (values.headless) {
  const out = resolve(values.out!);
  mkdirSync(out, { recursive: true });
  const { log, bad } = await runTour(ext, sim.origins, welcomeUrl, out);
  writeFileSync(resolve(out, 'tour.log'), `${log.join('\n')}\n`);
  console.log(log.join('\n'));
  console.log(`Screenshots and tour.log are in ${out}`);
  await shutdown();
  if (bad.length > 0) fail(`${bad.length} step(s) of the tour did not pass:\n${bad.join('\n')}`, 1);
  process.exit(0);
} else {
  const page = await ext.browser.newPage();
  await page.goto(welcomeUrl);
  for (const [id, origin] of Object.entries(sim.origins)) {
    console.log(`${DEMO_PAGES[id]!.name.padEnd(24)} ${origin}  card ${DEMO_PATRONS[id]!.card} / ${DEMO_PATRONS[id]!.password}`);
  }
  console.log(`\nThe libraries and Uketori live on ${world.today} (one clock for both). Uketori is running in Chromium; start at ${welcomeUrl}.`);
  console.log('Close the browser or press Ctrl-C to stop.');
  ext.browser.on('disconnected', () => void shutdown().then(() => process.exit(0)));
  process.on('SIGINT', () => void shutdown().then(() => process.exit(0)));
}

function fail(message: string, code = 2): never {
  console.error(`demo: ${message}`);
  process.exit(code);
}
