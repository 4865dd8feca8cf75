import type { Enrichment, Lang, LangOrUnd, Sentiment } from '../schemas/message.ts';
import { extractKeywords, extractTagged } from './keywords.ts';
import { detectLanguage } from './language.ts';
import { lexicons } from './lexicon.ts';
import { loadModel, type SentimentModel } from './model.ts';
import { lexiconPass, lexiconSentiment, type LangSupport } from './sentiment.ts';
import { modelSupport } from './support.ts';
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
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

function fallback(): Enrichment {
  return { lang: 'und', langConfidence: 0, sentiment: { score: 0, label: 'neutral', confidence: 0 }, keywords: [], hashtags: [], mentions: [] };
}

/** Options of {@link createEnricher}. */
export interface EnricherOptions {
  /** The sentiment model: the shipped one by default, a path, a loaded model, or null for the lexicon alone. */
  model?: SentimentModel | string | null;
}

let shipped: { model: SentimentModel | null; error: string | null } | null = null;

/** The shipped model, read once per process; a missing or broken file leaves the lexicon in charge instead of failing start. */
function shippedModel(): { model: SentimentModel | null; error: string | null } {
  if (shipped) return shipped;
  try {
    shipped = { model: loadModel(), error: null };
  } catch (err) {
    shipped = { model: null, error: err instanceof Error ? err.message : String(err) };
  }
  return shipped;
}

/** Creates an enricher; lexicons and the model load once per process, token buffers once per enricher (not thread-shared). */
export function createEnricher(opts: EnricherOptions = {}): Enricher {
  lexicons();
  let model: SentimentModel | null;
  let loadError: string | null = null;
  if (opts.model === undefined) ({ model, error: loadError } = shippedModel());
  else model = typeof opts.model === 'string' ? loadModel(opts.model) : opts.model;
  const tk = createTokens();
  const score = (t: string, lang: LangOrUnd): Sentiment => {
    const lex = lexiconPass(tk, lang);
    return (model !== null ? model.score(tk, t, lang, lex) : null) ?? lexiconSentiment(lex, lang);
  };
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
          sentiment: score(t, detected.lang),
          keywords: extractKeywords(tk, detected.lang),
          hashtags: extractTagged(tk, Kind.Hashtag),
          mentions: extractTagged(tk, Kind.Mention),
        };
      } catch {
        // One odd post must never stop ingest; an unexplained failure enriches to "unknown".
        return fallback();
      }
    },
    support: () => modelSupport(model, loadError),
  };
}
