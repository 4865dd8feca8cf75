import fp from 'fastify-plugin';
import { createAggregates, type Aggregates } from './aggregates.ts';
import type { CapacityOptions } from './capacity/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    aggregates: Aggregates;
  }
}

/** How far back a restart replays the store into the aggregates: the longest window (7 days + today). */
const REBUILD_MS = 8 * 86_400_000;

/** In-memory aggregates, rebuilt from the store at start so a restart loses no chart. */
export default fp<{ timeZone: string; now?: () => number; capacity?: CapacityOptions }>(
  async (app, opts) => {
    const now = opts.now ?? Date.now;
    const aggregates = createAggregates({ timeZone: opts.timeZone, now, capacity: opts.capacity });
    const started = Date.now();
    let n = 0;
    for (const m of app.store.messages.since(now() - REBUILD_MS)) {
      aggregates.add(m);
      n++;
    }
    aggregates.takeChanges();
    app.decorate('aggregates', aggregates);
    app.log.info({ messages: n, ms: Date.now() - started }, 'aggregates rebuilt from store');
  },
  { name: 'aggregates', dependencies: ['store'] },
);
