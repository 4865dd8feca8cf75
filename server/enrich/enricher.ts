import type { Enrichment, Lang } from '../schemas/message.ts';
import { extractKeywords, extractTagged } from './keywords.ts';
import { detectLanguage } from './language.ts';
import { lexicons } from './lexicon.ts';
import { scoreSentiment, sentimentSupport, type LangSupport } from './sentiment.ts';
import { Kind, createTokens, tokenize } from './tokenize.ts';

export type { LangSupport } from './sentiment.ts';

/** Characters of a message that enrichment looks at; the rest of a long post rarely changes the result. */
export const MAX_ENRICH_CHARS = 2_000;

/** Pure, synchronous message enrichment. */
export interface Enricher {
  /** Language, sentiment, keywords, hashtags and mentions of one text; never throws. */
  enrich(text: string, langHint?: string): Enrichment;
  /** How each language is scored, for the control panel and the docs. */
  support(): Record<Lang, LangSupport>;
}

// Control and format characters (but not ZWJ, which joins emoji) would split or glue words.
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

function fallback(): Enrichment {
  return { lang: 'und', langConfidence: 0, sentiment: { score: 0, label: 'neutral', confidence: 0 }, keywords: [], hashtags: [], mentions: [] };
}

/** Creates an enricher; lexicons load once per process, token buffers once per enricher (not thread-shared). */
export function createEnricher(): Enricher {
  lexicons();
  const tk = createTokens();
  return {
    enrich(text: string, langHint?: string): Enrichment {
      if (typeof text !== 'string' || text.length === 0) return fallback();
      try {
        let t = text.length > MAX_ENRICH_CHARS ? text.slice(0, MAX_ENRICH_CHARS) : text;
        // Cheap test first: almost no post carries control characters.
        CONTROL_RE.lastIndex = 0;
        if (CONTROL_RE.test(t)) t = t.replace(CONTROL_RE, ' ');
        tokenize(t, tk);
        const detected = detectLanguage(tk, t, langHint);
        return {
          lang: detected.lang,
          langConfidence: detected.confidence,
          sentiment: scoreSentiment(tk, detected.lang),
          keywords: extractKeywords(tk, detected.lang),
          hashtags: extractTagged(tk, Kind.Hashtag),
          mentions: extractTagged(tk, Kind.Mention),
        };
      } catch {
        // One odd post must never stop ingest; an unexplained failure enriches to "unknown".
        return fallback();
      }
    },
    support: sentimentSupport,
  };
}
