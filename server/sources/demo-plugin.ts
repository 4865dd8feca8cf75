import fp from 'fastify-plugin';
import { createSimulator, BASE_RATE_PER_MIN, CHANNEL_WEIGHTS, INCIDENT_PRESETS, type Simulator } from './simulator/index.ts';
import { CHANNELS } from '../schemas/message.ts';
import type { MessageInput } from '../schemas/message.ts';

declare module 'fastify' {
  interface FastifyInstance {
    demo: { running: () => boolean; backfilling: () => boolean; simulator: Simulator | null; backfilled: Promise<number> };
  }
}

export interface DemoOptions {
  enabled: boolean;
  /** Average messages per second. */
  ratePerSecond?: number;
  /** On an empty store, this much simulated history is ingested at start so charts are not empty. */
  backfillHours?: number;
  /** Seconds after start at which the ash-cloud incident begins; unset = no incident. */
  incidentAfterSeconds?: number;
  now?: () => number;
}

/**
 * Brand replies in the demo: a webcare team answers nearly every private message, so open cases stay a queue,
 * not a day's worth of unanswered posts (the simulator's default share of ≈ 45 % is a public-feed figure).
 */
const DEMO_REPLY_SHARE = 2;
/** Share of demo traffic that is inbound (the rest are the brand's replies). */
const DEMO_INBOUND_SHARE = 0.75;
/** Demo team: sized for the evening peak of the daily rhythm (≈ 1.8× the average) with a little slack; an incident (10×) still overwhelms it. */
const DEMO_STAFFING_MARGIN = 2.2;

/** Messages per backfill batch: large enough for throughput, small enough to keep the event loop responsive. */
const BACKFILL_BATCH = 2_000;

/** The built-in demo feed: the simulator, running inside the process, feeding the same pipeline as the API. */
export default fp<DemoOptions>(
  async (app, opts) => {
    if (!opts.enabled) {
      app.decorate('demo', { running: () => false, backfilling: () => false, simulator: null, backfilled: Promise.resolve(0) });
      return;
    }
    const now = opts.now ?? Date.now;
    const rate = ((opts.ratePerSecond ?? 4) * 60) / BASE_RATE_PER_MIN;
    const hours = opts.backfillHours ?? 2;
    const historyFrom = now() - hours * 3_600_000;
    const sink = async (batch: MessageInput[]) => {
      await app.pipeline.accept(batch);
    };
    const simulator = createSimulator(
      {
        rate,
        replyShare: DEMO_REPLY_SHARE,
        now,
        incidentAfterMs: opts.incidentAfterSeconds !== undefined ? opts.incidentAfterSeconds * 1000 : undefined,
        incident: INCIDENT_PRESETS['ash-cloud'],
        historyFrom: hours > 0 ? historyFrom : undefined,
        onError: (err) => app.log.warn({ code: err.code, source: err.source }, err.message),
      },
      sink,
    );
    // A demo team sized to the demo's traffic (the built-in defaults of 2 agents suit ~35,000 messages a week, not
    // several per second): channels staff have set through the API keep their setting.
    const cap = app.aggregates.capacityState;
    const set = cap.staffing();
    const totalWeight = Object.values(CHANNEL_WEIGHTS).reduce((a, b) => a + b, 0);
    const inboundPerHour = (opts.ratePerSecond ?? 4) * 3600 * DEMO_INBOUND_SHARE;
    for (const c of CHANNELS) {
      if (set[c]) continue;
      const agents = Math.max(1, Math.ceil(((inboundPerHour * CHANNEL_WEIGHTS[c]) / totalWeight / 12) * DEMO_STAFFING_MARGIN));
      cap.setStaffing(c, { agents, casesPerAgentHour: 12, at: now() });
    }
    let closing = false;
    let backfilling = false;
    /**
     * Runs after listen, in the background: the wall is served at once and its charts fill in as history lands. The
     * history comes from the live simulator's own clock, replayed up to the present; the live feed starts after it,
     * on the same clock, so there is no gap and nothing live is dropped while the backfill keeps the pipeline busy.
     */
    const backfill = async (): Promise<number> => {
      if (hours <= 0 || app.store.messages.count() > 0) return 0;
      backfilling = true;
      let n = 0;
      for (let t = historyFrom; !closing; ) {
        const present = now();
        t = Math.min(present, t + 60_000);
        const batch = simulator.history(t);
        for (let i = 0; i < batch.length && !closing; i += BACKFILL_BATCH) {
          n += (await app.pipeline.accept(batch.slice(i, i + BACKFILL_BATCH))).accepted;
        }
        if (t >= present) break;
        // Yield between simulated minutes so screens and the API stay responsive during the backfill.
        await new Promise((r) => setImmediate(r));
      }
      app.log.info({ messages: n, hours }, 'demo feed: backfilled history into the empty store');
      return n;
    };
    let resolveBackfill: (n: number) => void = () => {};
    const backfilled = new Promise<number>((r) => (resolveBackfill = r));
    app.decorate('demo', { running: () => backfilling || simulator.stats().running, backfilling: () => backfilling, simulator, backfilled });
    const goLive = (n: number) => {
      backfilling = false;
      resolveBackfill(n);
      if (closing) return;
      simulator.start();
      app.log.info({ ratePerSecond: opts.ratePerSecond ?? 4 }, 'demo feed started');
    };
    app.addHook('onReady', async () => {
      backfill().then(goLive, (err: Error) => {
        app.log.warn({ err: err.message }, 'demo feed: backfill stopped');
        goLive(0);
      });
    });
    app.addHook('preClose', async () => {
      closing = true;
      resolveBackfill(0); // no-op once the backfill has settled; unblocks a close before ready
      await backfilled;
    });
    app.addHook('preClose', async () => simulator.stop());
  },
  { name: 'demo', dependencies: ['ingest'] },
);
