import type { FeaturedData } from '../schemas/live.ts';
import type { Message } from '../schemas/message.ts';
import { FEATURED_DEFAULTS } from '../aggregate/featured.ts';
import { toWallMessage } from '../aggregate/wall-message.ts';
import type { FeaturedMode } from './schemas.ts';

/** What staff decide about the featured post. */
export interface FeaturedSettings {
  mode: FeaturedMode;
  blocklist: string[];
  pinned: { channel: string; id: string } | null;
}

export const DEFAULT_FEATURED: FeaturedSettings = { mode: 'positive-recent', blocklist: [], pinned: null };

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HAS_SPACES = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hangul}]/u;

/**
 * Compiles a blocklist into one test. Words in spaced scripts match whole words only ("ash" does not block
 * "washing"); Chinese and Japanese terms match anywhere, as those scripts do not separate words. Case-insensitive.
 */
export function compileBlocklist(terms: readonly string[]): (text: string) => boolean {
  const parts = terms
    .map((t) => t.normalize('NFKC').trim().toLowerCase().replace(/^#/, ''))
    .filter(Boolean)
    .map((t) => (HAS_SPACES.test(t) ? `(?<![\\p{L}\\p{N}])#?${escapeRe(t)}(?![\\p{L}\\p{N}])` : escapeRe(t)));
  if (!parts.length) return () => false;
  const re = new RegExp(parts.join('|'), 'u');
  return (text) => re.test(text.normalize('NFKC').toLowerCase());
}

/** True when a post may be shown as praise: inbound, confidently positive, recent, of a readable length. */
export function qualifies(m: Message, now: number): boolean {
  const o = FEATURED_DEFAULTS;
  return (
    m.direction === 'inbound' &&
    m.sentiment.label === 'positive' &&
    m.sentiment.confidence >= o.minConfidence &&
    m.sentiment.score >= o.minScore &&
    now - m.createdAt <= o.maxAgeMs &&
    m.text.length >= o.minChars &&
    m.text.length <= o.maxChars
  );
}

const engagement = (m: Message) => m.engagement.likes + 2 * m.engagement.shares + m.engagement.replies;

/**
 * The featured post: the pinned one when staff pinned one that is still allowed, else the best candidate by the
 * chosen rule. Hidden posts, hidden authors and blocked words are never featured; low-confidence praise never is. Pure.
 */
export function pickFeaturedPost(
  candidates: readonly Message[],
  pinned: Message | null,
  settings: FeaturedSettings,
  now: number,
  isHidden: (m: Message) => boolean,
): FeaturedData {
  const blocked = compileBlocklist(settings.blocklist);
  const allowed = (m: Message) => !isHidden(m) && !blocked(m.text) && !m.hashtags.some((h) => blocked(h));
  if (pinned && allowed(pinned)) return { message: toWallMessage(pinned), reason: 'pinned by staff' };
  let best: Message | null = null;
  for (const m of candidates) {
    if (!qualifies(m, now) || !allowed(m)) continue;
    if (!best) {
      best = m;
      continue;
    }
    const better =
      settings.mode === 'most-engaged'
        ? engagement(m) > engagement(best) || (engagement(m) === engagement(best) && m.createdAt > best.createdAt)
        : m.createdAt > best.createdAt || (m.createdAt === best.createdAt && m.sentiment.score > best.sentiment.score);
    if (better) best = m;
  }
  if (!best) return { message: null, reason: 'no post qualifies yet' };
  return { message: toWallMessage(best), reason: settings.mode === 'most-engaged' ? 'most engaged positive post of the last hour' : 'newest confident positive post' };
}
