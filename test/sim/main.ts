// `npm run sim`: every simulated library on its fixed port with a demo patron, until Ctrl-C.
import { DEMO_PATRONS, startDemoWorld } from './demo-world';

const sim = await startDemoWorld();
for (const [id, origin] of Object.entries(sim.origins)) {
  const demo = DEMO_PATRONS[id]!;
  console.log(`${id.padEnd(14)} ${origin}  (card ${demo.card} / password ${demo.password})`);
}
console.log('Control API: POST /__sim/advance {"days":1}, /__sim/return {"itemId":"1000101"} … see test/sim/README.md. Ctrl-C stops.');

process.on('SIGINT', () => {
  void sim.close().then(() => process.exit(0));
});
