import type { SentimentData, StreamData, Topic, VolumeData, WallMessage } from '../../server/schemas/live.ts';

/** Minutes kept client-side for per-minute topics: 24 h plus slack for clock skew between deltas. */
export const MAX_MINUTES = 24 * 60 + 5;
/** Daily buckets kept for `volume` (one week plus today). */
export const MAX_DAYS = 8;
/** Time span kept for per-minute buckets, measured back from the newest bucket. */
export const MINUTES_SPAN_MS = 24 * 60 * 60_000; // 24 h
/** Time span kept for daily buckets. */
export const DAYS_SPAN_MS = 7 * 24 * 60 * 60_000; // 7 days
/** Messages kept for `stream`; widgets show fewer, the rest is headroom for filters and a screen change. */
export const MAX_STREAM = 120;

interface Timed {
  t: number;
}

/**
 * Merges `incoming` buckets into `prev` by `t` (incoming wins), sorted oldest first, keeping only the newest `cap`
 * buckets and those within `spanMs` of the newest. Returns a new array; inputs are not mutated.
 */
export function mergeByT<T extends Timed>(prev: readonly T[] | undefined, incoming: readonly T[] | undefined, cap: number, spanMs = Infinity): T[] {
  const byT = new Map<number, T>();
  for (const b of prev ?? []) if (b && Number.isFinite(b.t)) byT.set(b.t, b);
  for (const b of incoming ?? []) if (b && Number.isFinite(b.t)) byT.set(b.t, b);
  let out = [...byT.values()].sort((a, b) => a.t - b.t);
  if (out.length > cap) out = out.slice(out.length - cap);
  const newest = out.length ? out[out.length - 1].t : 0;
  // Strictly older than the span: a gap in the server's ring must not keep week-old minutes alive.
  return spanMs === Infinity ? out : out.filter((b) => b.t >= newest - spanMs);
}

/** Prepends new stream messages (newest first), drops duplicates by id, keeps at most `cap`. */
export function prependMessages(prev: readonly WallMessage[] | undefined, incoming: readonly WallMessage[] | undefined, cap = MAX_STREAM): WallMessage[] {
  const seen = new Set<string>();
  const out: WallMessage[] = [];
  for (const list of [incoming ?? [], prev ?? []]) {
    for (const m of list) {
      if (!m || seen.has(m.id)) continue;
      seen.add(m.id);
      out.push(m);
      if (out.length >= cap) return out;
    }
  }
  return out;
}

/** Caps a snapshot so a huge server payload cannot grow the client past its named limits. */
export function boundSnapshot(topic: Topic, data: unknown): unknown {
  if (data === null || typeof data !== 'object') return data;
  switch (topic) {
    case 'volume': {
      const v = data as VolumeData;
      return { ...v, minutes: mergeByT([], v.minutes, MAX_MINUTES, MINUTES_SPAN_MS), days: mergeByT([], v.days, MAX_DAYS, DAYS_SPAN_MS) };
    }
    case 'sentiment': {
      const s = data as SentimentData;
      return { ...s, minutes: mergeByT([], s.minutes, MAX_MINUTES, MINUTES_SPAN_MS) };
    }
    case 'stream': {
      const s = data as StreamData;
      return { ...s, messages: prependMessages([], s.messages, MAX_STREAM) };
    }
    default:
      return data;
  }
}

/**
 * Applies one delta to the previous state of a topic. Per-minute topics merge by `t`, the stream prepends,
 * every other topic is replaced wholesale. A delta without a previous state is taken as the state.
 */
export function applyDelta(topic: Topic, prev: unknown, delta: unknown): unknown {
  if (delta === null || typeof delta !== 'object') return prev;
  if (prev === null || prev === undefined || typeof prev !== 'object') return boundSnapshot(topic, delta);
  switch (topic) {
    case 'volume': {
      const p = prev as VolumeData;
      const d = delta as Partial<VolumeData>;
      return {
        bucketMs: d.bucketMs ?? p.bucketMs,
        minutes: mergeByT(p.minutes, d.minutes, MAX_MINUTES, MINUTES_SPAN_MS),
        days: mergeByT(p.days, d.days, MAX_DAYS, DAYS_SPAN_MS),
      } satisfies VolumeData;
    }
    case 'sentiment': {
      const p = prev as SentimentData;
      const d = delta as Partial<SentimentData>;
      return { bucketMs: d.bucketMs ?? p.bucketMs, minutes: mergeByT(p.minutes, d.minutes, MAX_MINUTES, MINUTES_SPAN_MS) } satisfies SentimentData;
    }
    case 'stream': {
      const p = prev as StreamData;
      const d = delta as Partial<StreamData>;
      return { messages: prependMessages(p.messages, d.messages, MAX_STREAM) } satisfies StreamData;
    }
    default:
      return delta;
  }
}
