import type { MessageInput } from '../../schemas/message.ts';
import { createDelivery } from '../delivery.ts';
import { SourceError, type Sink, type Source, type SourceBaseOptions, type SourceStats } from '../types.ts';
import { createGenerator, type GeneratorOptions } from './generator.ts';
import { INCIDENT_PRESETS, type Incident, type IncidentSpec } from './incident.ts';

export { generate, createGenerator, type Generator, type GeneratorOptions, type GeneratorStats, type GenerateOptions, type GroundTruth } from './generator.ts';
export { INCIDENT_PRESETS, resolveIncident, type Incident, type IncidentSpec } from './incident.ts';
export { BASE_RATE_PER_MIN, WEEKLY_MESSAGES, HOURLY_PROFILE, rhythmFactor } from './rhythm.ts';
export { brandAccount, DEFAULT_BRAND, LANG_MIX, CHANNEL_WEIGHTS, type Brand } from './channels.ts';
export { PHRASES } from './phrases/index.ts';

/** A rate for demos: ≈ 6 messages/s on average (≈ 1/s at night, ≈ 11/s at the peaks), so walls look alive. */
export const DEMO_RATE = 100;

/** Options of the live simulator: the generator's, plus timing, incident schedule and error reporting. */
export interface SimulatorOptions extends GeneratorOptions, SourceBaseOptions {
  /** Default `simulator`. */
  name?: string;
  /** How often messages are handed to the sink. Default 250 ms. */
  tickMs?: number;
  /** Most messages per sink call; the oldest beyond it are dropped and counted. Default 2,000. */
  maxBatch?: number;
  /** After a pause longer than this (a blocked event loop, a sleeping laptop) skip ahead instead of catching up. Default 10 s. */
  maxCatchUpMs?: number;
  /** Epoch ms at which to start `incident`. */
  incidentAt?: number;
  /** Delay after creation at which to start `incident` (used when `incidentAt` is not set). */
  incidentAfterMs?: number;
  /** The incident `incidentAt`/`incidentAfterMs` start. Default the `ash-cloud` preset. */
  incident?: IncidentSpec;
  /**
   * Epoch ms from which `history()` can replay the past before `start()` (default: creation, no history). The live
   * feed then continues on the same clock: no gap after the history, and replies to its last posts still come.
   */
  historyFrom?: number;
}

/** Counters of the simulator. */
export interface SimulatorStats extends SourceStats {
  inbound: number;
  outbound: number;
  pendingReplies: number;
  repliesDropped: number;
  /** Simulated time skipped after stalls. */
  skippedMs: number;
  rate: number;
  /** The incident running now, if any. */
  incident: Incident | null;
}

/** The built-in demo feed: airline and insurer webcare traffic in ten languages over eight channels. */
export interface Simulator extends Source<SimulatorStats> {
  readonly seed: number;
  /** Starts an incident now (default the `ash-cloud` preset); it ends by itself after `durationMs`. */
  startIncident(spec?: IncidentSpec): Incident;
  /** Ends the running (or scheduled) incident now. */
  stopIncident(): void;
  /** Changes the traffic multiplier from now on. */
  setRate(rate: number): void;
  /** Hands everything due up to `now()` to the sink at once; resolves when the sink is done. The timer calls it every `tickMs`. */
  tick(): Promise<void>;
  /** Before `start()`: the messages from the clock (at first `historyFrom`) up to `to` (at most now), for a backfill. */
  history(to: number): MessageInput[];
}

const positive = (name: string, v: number): number => {
  if (!Number.isFinite(v) || v <= 0) {
    throw new SourceError('HW_ERR_SOURCE_OPTION', 'simulator', `\`${name}\` should be a positive number, got ${JSON.stringify(v)}`);
  }
  return v;
};

/** Creates the simulator; it produces nothing until `start()` (or `tick()`). */
export function createSimulator(opts: SimulatorOptions, sink: Sink): Simulator {
  const name = opts.name ?? 'simulator';
  const now = opts.now ?? Date.now;
  const tickMs = positive('tickMs', opts.tickMs ?? 250);
  const maxBatch = positive('maxBatch', opts.maxBatch ?? 2_000);
  const maxCatchUpMs = positive('maxCatchUpMs', opts.maxCatchUpMs ?? 10_000);
  const created = now();
  const seed = (opts.seed ?? Math.floor(Math.random() * 2 ** 32)) >>> 0;
  // The start time is in the run id so that a restarted server with a fixed seed does not repeat ids.
  const runId = opts.runId ?? `sim${seed.toString(36)}${created.toString(36)}`;
  const gen = createGenerator(Math.min(opts.historyFrom ?? created, created), { ...opts, seed, runId });
  const delivery = createDelivery(name, sink, opts.onError);

  const at = opts.incidentAt ?? (opts.incidentAfterMs !== undefined ? created + opts.incidentAfterMs : undefined);
  if (at !== undefined) gen.startIncident(opts.incident ?? INCIDENT_PRESETS['ash-cloud'], at);

  let timer: ReturnType<typeof setInterval> | null = null;
  let produced = 0;
  let dropped = 0;
  let skippedMs = 0;

  const tick = (): Promise<void> => {
    const t = now();
    if (t - gen.clock > maxCatchUpMs) {
      const to = t - tickMs;
      skippedMs += to - gen.clock;
      gen.skipTo(to);
    }
    let batch: MessageInput[] = gen.until(t);
    produced += batch.length;
    if (batch.length === 0) return Promise.resolve();
    if (batch.length > maxBatch) {
      dropped += batch.length - maxBatch;
      batch = batch.slice(batch.length - maxBatch);
    }
    // One batch in flight at most: a slow sink loses ticks, it never builds a queue.
    if (delivery.busy) {
      dropped += batch.length;
      return Promise.resolve();
    }
    return delivery.send(batch);
  };

  return {
    name,
    seed,
    start() {
      if (timer) return;
      const t = now();
      // Resuming after stop (or a late start): no burst for the time we were off.
      if (t - gen.clock > tickMs) gen.skipTo(t);
      timer = setInterval(() => void tick(), tickMs);
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await delivery.idle();
    },
    tick,
    history(to) {
      if (timer) throw new SourceError('HW_ERR_SOURCE_OPTION', name, 'history() is for before start(): the live feed owns the clock now');
      const batch = gen.until(Math.min(to, now()));
      produced += batch.length;
      return batch;
    },
    startIncident(spec = INCIDENT_PRESETS['ash-cloud']) {
      return gen.startIncident(spec, now());
    },
    stopIncident() {
      gen.stopIncident(now());
    },
    setRate(rate) {
      gen.setRate(rate, now());
    },
    stats() {
      const d = delivery.counters();
      const g = gen.stats();
      return {
        running: timer !== null,
        produced,
        delivered: d.delivered,
        dropped,
        sinkErrors: d.sinkErrors,
        ...g,
        skippedMs,
        rate: gen.rate,
        incident: gen.incidentAt(now()),
      };
    },
  };
}
