import type { FeaturedData } from '../schemas/live.ts';
import type { Message } from '../schemas/message.ts';
import { toWallMessage } from './wall-message.ts';

export const FEATURED_DEFAULTS = {
  /** Only posts this recent can be featured. */
  maxAgeMs: 60 * 60_000,
  /** A post is only featured as praise when the scorer is this sure. */
  minConfidence: 0.5,
  minScore: 0.2,
  minChars: 20,
  maxChars: 400,
};

/**
 * Picks the post to feature: the most engaged confident positive inbound post of the last hour,
 * newest on ties. Pure; candidates are the caller's bounded list.
 */
export function pickFeatured(candidates: readonly Message[], now: number, opts: Partial<typeof FEATURED_DEFAULTS> = {}): FeaturedData {
  const o = { ...FEATURED_DEFAULTS, ...opts };
  let best: Message | null = null;
  let bestScore = -Infinity;
  for (const m of candidates) {
    if (m.direction !== 'inbound' || m.sentiment.label !== 'positive') continue;
    if (m.sentiment.confidence < o.minConfidence || m.sentiment.score < o.minScore) continue;
    if (now - m.createdAt > o.maxAgeMs || m.text.length < o.minChars || m.text.length > o.maxChars) continue;
    const engagement = m.engagement.likes + 2 * m.engagement.shares + m.engagement.replies;
    const score = engagement * 1e13 + m.createdAt;
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return { message: best ? toWallMessage(best) : null, reason: best ? 'most engaged positive post of the last hour' : 'no post qualifies yet' };
}
