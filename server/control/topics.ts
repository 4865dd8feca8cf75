import type { FeaturedData } from '../schemas/live.ts';
import type { TopicHandler } from '../live/topic-handler.ts';
import type { Control } from './service.ts';

/** Featured picks are recomputed at most this often when candidates change, and re-checked this often otherwise. */
const COALESCE_MS = 1_000;
const REFRESH_MS = 5_000;

/** The `control` topic: its delta is sent only by `publishNow`, the moment staff change something. */
export function controlTopic(control: Control): TopicHandler {
  return { topic: 'control', snapshot: () => control.publicData(), delta: () => undefined };
}

/**
 * The `featured` topic, replacing the aggregates' rule-only pick: honours the pin, the rules, the blocklist,
 * moderation and the kill switch. Sends a delta only when the pick changes.
 */
export function featuredTopic(control: Control, now: () => number) {
  let cached: FeaturedData | null = null;
  let cachedAt = 0;
  let dirty = false;
  let lastKey = '';
  let lastTick = -1;
  let lastDelta: FeaturedData | undefined;
  const keyOf = (d: FeaturedData) => `${d.message?.channel}:${d.message?.id}:${d.reason}`;
  const fresh = (t: number): FeaturedData => {
    if (!cached || t - cachedAt >= COALESCE_MS) {
      cached = control.pickFeatured();
      cachedAt = t;
    }
    return cached;
  };
  const handler: TopicHandler = {
    topic: 'featured',
    snapshot: () => fresh(now()),
    delta(_f, ctx) {
      // Every group of this topic gets the same answer within one tick.
      if (ctx.now === lastTick) return lastDelta;
      lastTick = ctx.now;
      lastDelta = undefined;
      if (ctx.changes.topics.has('featured')) dirty = true;
      const due = dirty ? ctx.now - cachedAt >= COALESCE_MS : ctx.now - cachedAt >= REFRESH_MS;
      if (!due) return undefined;
      dirty = false;
      const d = fresh(ctx.now);
      const key = keyOf(d);
      if (key === lastKey) return undefined;
      lastKey = key;
      lastDelta = d;
      return d;
    },
  };
  return {
    handler,
    /** Forgets the cached pick, so the next snapshot (publishNow) reflects a staff change at once. */
    invalidate(): void {
      cached = null;
    },
    /** Records what publishNow just sent, so the tick does not send it again. */
    sent(d: FeaturedData): void {
      lastKey = keyOf(d);
    },
  };
}
