import type { FeaturedData, StreamData, Topic, WallMessage } from '../../server/schemas/live.ts';

/** Topics that carry social content: hidden by the kill switch and filtered by moderation. */
export const SOCIAL_TOPICS: ReadonlySet<Topic> = new Set<Topic>(['stream', 'featured', 'keywords', 'trending']);

/** Hidden posts and authors as `channel:id` keys (from the control topic). */
export interface HiddenKeys {
  posts: ReadonlySet<string>;
  authors: ReadonlySet<string>;
}

const hiddenMessage = (m: WallMessage | null | undefined, h: HiddenKeys) =>
  !!m && (h.posts.has(`${m.channel}:${m.id}`) || h.authors.has(`${m.channel}:${m.author?.id}`));

/**
 * Drops hidden posts from data a screen already holds: the server stops sending them, but a stream or featured
 * post on screen before the hide must go too. Returns the input unchanged when nothing is hidden. Pure.
 */
export function moderated(topic: Topic, data: unknown, hidden: HiddenKeys): unknown {
  if (!data || (hidden.posts.size === 0 && hidden.authors.size === 0)) return data;
  if (topic === 'stream') {
    const s = data as StreamData;
    const kept = (s.messages ?? []).filter((m) => !hiddenMessage(m, hidden));
    return kept.length === s.messages?.length ? data : { ...s, messages: kept };
  }
  if (topic === 'featured') {
    const f = data as FeaturedData;
    return hiddenMessage(f.message, hidden) ? { message: null, reason: 'hidden by staff' } : data;
  }
  return data;
}
