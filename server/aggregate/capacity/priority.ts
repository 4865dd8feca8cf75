import type { Channel } from '../../schemas/message.ts';
import type { PriorityTier } from './config.ts';

/** The tier id for cases no rule matches. */
export const NORMAL_TIER = 'normal';

/** What a rule needs to know about the message that opened a case. */
export interface PriorityInput {
  channel: Channel;
  authorId: string;
  text: string;
  keywords?: readonly string[];
  /** The brand answered this customer recently. */
  inConversation: boolean;
}

/** Compiled tiers: `match` gives a bit mask of the tiers a message matches (at most 30 tiers), `tierAt` picks one by age. */
export interface PriorityRules {
  readonly tiers: readonly { id: string; label: string; windowMs: number | null }[];
  match(m: PriorityInput): number;
  /** Index of the first matched tier still inside its window at `ageMs`, or -1 for the normal tier. */
  tierAt(mask: number, ageMs: number): number;
}

/** Compiles tiers once; evaluating a message is then a few regex tests. Pure: text, keywords, author, conversation. */
export function compilePriority(tiers: readonly PriorityTier[]): PriorityRules {
  const compiled = tiers.slice(0, 30).map((t) => {
    const words = (t.keywords ?? []).map((k) => k.toLowerCase());
    const patterns = (t.patterns ?? []).map((p) => new RegExp(p, 'iu'));
    const authors = new Set((t.authors ?? []).map((a) => a.toLowerCase()));
    return { t, words, patterns, authors, windowMs: t.windowMinutes ? t.windowMinutes * 60_000 : null };
  });
  return {
    tiers: compiled.map((c) => ({ id: c.t.id, label: c.t.label, windowMs: c.windowMs })),
    match(m) {
      const text = m.text.toLowerCase();
      const author = m.authorId.toLowerCase();
      let mask = 0;
      compiled.forEach((c, i) => {
        const hit =
          (c.t.inConversation && m.inConversation) ||
          c.authors.has(author) ||
          c.authors.has(`${m.channel}:${author}`) ||
          c.words.some((w) => text.includes(w) || m.keywords?.includes(w)) ||
          c.patterns.some((p) => p.test(m.text));
        if (hit) mask |= 1 << i;
      });
      return mask;
    },
    tierAt(mask, ageMs) {
      for (let i = 0; i < compiled.length; i++) {
        if (mask & (1 << i) && (compiled[i].windowMs === null || ageMs < compiled[i].windowMs!)) return i;
      }
      return -1;
    },
  };
}
