/**
 * `npm run bench`: runs benchmarks one after another, each in its own process (a bench measures the machine, so
 * two at once would measure each other). Every bench prints its own figures and a baseline from the same run.
 *
 *   npm run bench                 the server budgets: enrich, ingest, latency
 *   npm run bench -- NAME…        named benches (file names without .bench.ts), e.g. `npm run bench -- calamity wall`
 *   npm run bench -- all          every bench (the soak alone runs for 20 min)
 *   npm run bench -- --list       list them
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
/** Every `tests/bench/*.bench.ts`, by name. */
const ALL = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .sort();
const DEFAULT = ['enrich', 'ingest', 'latency'];
const USAGE = `usage: npm run bench -- [--list] [all | NAME…]\nbenches: ${ALL.join(', ')}\nwithout a name it runs: ${DEFAULT.join(', ')}`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
if (args.includes('--list')) {
  console.log(ALL.join('\n'));
  process.exit(0);
}
const names = args.length === 0 ? DEFAULT : args.includes('all') ? ALL : args;
const unknown = names.filter((n) => !ALL.includes(n));
if (unknown.length) {
  console.error(`unknown bench: ${unknown.join(', ')}\n${USAGE}`);
  process.exit(2);
}
let failed = 0;
for (const name of names) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', `${dir}${name}.bench.ts`], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`${name} exited with ${r.status ?? r.signal}`);
  }
}
process.exit(failed ? 1 : 0);
