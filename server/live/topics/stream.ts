import type { StreamData, TopicFilter, WallMessage } from '../../schemas/live.ts';
import type { Message } from '../../schemas/message.ts';
import { toWallMessage } from '../../aggregate/wall-message.ts';
import type { TopicHandler } from '../topic-handler.ts';

/** Messages kept for stream snapshots, newest last. */
export const STREAM_RING = 500;
/** Messages in one snapshot. */
export const STREAM_SNAPSHOT = 50;
/** New messages in one delta: past this, a screen could not read them anyway. */
export const STREAM_DELTA_MAX = 100;

/** True when a message passes a stream filter. */
export function matchesStream(m: Message | WallMessage, f: TopicFilter): boolean {
  if (f.channel?.length && !f.channel.includes(m.channel)) return false;
  if (f.lang?.length && !f.lang.includes(m.lang)) return false;
  if (f.sentiment?.length && !f.sentiment.includes(m.sentiment.label)) return false;
  if (f.direction && m.direction !== f.direction) return false;
  if (f.keyword) {
    const k = f.keyword.toLowerCase();
    if (!m.keywords.includes(k) && !m.hashtags.includes(k.replace(/^#/, ''))) return false;
  }
  return true;
}

/** The raw stream: newest first, filtered per subscription, bounded on both ends. */
export function streamTopic(opts: { isHidden?: (m: Message) => boolean } = {}) {
  const ring: Message[] = [];
  const visible = (m: Message) => !opts.isHidden?.(m);
  const handler: TopicHandler = {
    topic: 'stream',
    snapshot(f): StreamData {
      const out: WallMessage[] = [];
      for (let i = ring.length - 1; i >= 0 && out.length < STREAM_SNAPSHOT; i--) {
        if (visible(ring[i]) && matchesStream(ring[i], f)) out.push(toWallMessage(ring[i]));
      }
      return { messages: out };
    },
    delta(f, ctx): StreamData | undefined {
      const out: WallMessage[] = [];
      for (let i = ctx.newMessages.length - 1; i >= 0 && out.length < STREAM_DELTA_MAX; i--) {
        const m = ctx.newMessages[i];
        if (visible(m) && matchesStream(m, f)) out.push(toWallMessage(m));
      }
      return out.length ? { messages: out } : undefined;
    },
  };
  return {
    handler,
    /** Remembers messages for later snapshots (called once per accepted message, in arrival order). */
    remember(m: Message): void {
      ring.push(m);
      // Trim in chunks: one splice per STREAM_RING messages instead of one per message.
      if (ring.length >= 2 * STREAM_RING) ring.splice(0, ring.length - STREAM_RING);
    },
  };
}
