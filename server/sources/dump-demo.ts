/**
 * Writes simulated messages as NDJSON to stdout, e.g. to make a replay file:
 *   node --import tsx server/sources/dump-demo.ts 35000 --seed 7 --start 2025-01-06T00:00:00Z > data/week.ndjson
 * Options: COUNT (default 1000), --seed N, --start ISO|epoch-ms (default now), --rate X (default 1),
 * --utc-offset MINUTES, --incident-after-ms MS (ash cloud at that point of the simulated span).
 */
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { createGenerator, INCIDENT_PRESETS } from './simulator/index.ts';

function fail(message: string): never {
  process.stderr.write(`dump-demo: ${message}\n`);
  process.exit(2);
}

function num(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) fail(`\`--${name}\` should be a number, got ${JSON.stringify(v)}`);
  return n;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      seed: { type: 'string' },
      start: { type: 'string' },
      rate: { type: 'string' },
      'utc-offset': { type: 'string' },
      'incident-after-ms': { type: 'string' },
    },
  });
  const count = num('count', positionals[0]) ?? 1000;
  if (count < 0 || !Number.isInteger(count)) fail(`\`count\` should be a whole number ≥ 0, got ${positionals[0]}`);
  const start = values.start === undefined ? Date.now() : /^\d+$/.test(values.start) ? Number(values.start) : Date.parse(values.start);
  if (Number.isNaN(start)) fail(`\`--start\` should be an ISO date-time or epoch ms, got ${JSON.stringify(values.start)}`);

  const gen = createGenerator(start, {
    seed: num('seed', values.seed),
    rate: num('rate', values.rate),
    utcOffsetMinutes: num('utc-offset', values['utc-offset']),
  });
  const incidentAfter = num('incident-after-ms', values['incident-after-ms']);
  if (incidentAfter !== undefined) gen.startIncident(INCIDENT_PRESETS['ash-cloud'], start + incidentAfter);

  // A closed pipe (`| head`) is a normal way to stop.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  let left = count;
  while (left > 0) {
    const batch = gen.take(Math.min(left, 1000));
    if (batch.length === 0) break;
    left -= batch.length;
    const chunk = batch.map((m) => JSON.stringify(m)).join('\n') + '\n';
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  }
}

await main();
