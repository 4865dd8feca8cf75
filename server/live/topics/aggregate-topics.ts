import type { Topic, TopicFilter } from '../../schemas/live.ts';
import type { Aggregates } from '../../aggregate/aggregates.ts';
import type { TickContext, TopicHandler } from '../topic-handler.ts';

/** State topics recomputed at most this often when only time moved (sliding windows, clocks). */
const REFRESH_MS = 5_000;
/** Changed state topics are recomputed at most this often per filter. */
const COALESCE_MS = 1_000;

/**
 * A topic whose delta is its whole latest state: sent when the aggregates changed that topic,
 * or every REFRESH_MS so sliding windows age out on screen even when the feed is quiet.
 */
function stateTopic(topic: Topic, compute: (filter: TopicFilter) => unknown): TopicHandler {
  const lastSent = new Map<string, number>();
  let dirtySince = 0;
  return {
    topic,
    snapshot: compute,
    delta(filter: TopicFilter, ctx: TickContext) {
      if (ctx.changes.topics.has(topic)) dirtySince = ctx.now;
      const key = JSON.stringify(filter);
      const last = lastSent.get(key) ?? 0;
      const dirty = dirtySince > last;
      // Changes are coalesced to one recompute per second per filter: cheap to skip, costly to compute.
      if (dirty ? ctx.now - last < COALESCE_MS : ctx.now - last < REFRESH_MS) return undefined;
      if (lastSent.size > 1_000) lastSent.clear();
      lastSent.set(key, ctx.now);
      return compute(filter);
    },
  };
}

/** Handlers for every topic served from the in-memory aggregates. */
export function aggregateTopics(agg: Aggregates): TopicHandler[] {
  return [
    {
      topic: 'volume',
      snapshot: (f) => agg.volume(f),
      delta: (f, ctx) => (ctx.changes.minutes.length || ctx.changes.days.length ? agg.volume(f, ctx.changes.minutes, ctx.changes.days) : undefined),
    },
    {
      topic: 'sentiment',
      snapshot: (f) => agg.sentiment(f),
      delta: (f, ctx) => (ctx.changes.minutes.length ? agg.sentiment(f, ctx.changes.minutes) : undefined),
    },
    stateTopic('languages', (f) => agg.languages(f)),
    stateTopic('keywords', () => agg.keywords()),
    stateTopic('trending', () => agg.trending()),
    stateTopic('kpi', (f) => agg.kpi(f)),
    stateTopic('capacity', (f) => agg.capacity(f)),
    stateTopic('featured', () => agg.featured()),
  ];
}
