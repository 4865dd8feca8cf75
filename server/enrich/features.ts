import { LANGS, type LangOrUnd } from '../schemas/message.ts';
import { RULES } from './rules.ts';
import { lexiconSentiment, type LexiconParts } from './sentiment.ts';
import { Flag, Kind, type Tokens } from './tokenize.ts';

/** Which feature groups a model uses; stored in the model file so inference extracts what training saw. */
export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Character n-gram lengths for Latin words (with word-boundary marks). */
  charMin: number;
  charMax: number;
  /** Character n-gram lengths for CJK words. */
  cjkMin: number;
  cjkMax: number;
  /** Word pairs, tagged by language. */
  bigrams: boolean;
  /** Also emit the char n-grams tagged by language (besides the shared ones that transfer across languages). */
  taggedChars: boolean;
  /** Also emit every word untagged, shared by all languages (names, English words inside other languages). */
  sharedWords?: boolean;
  /** Also emit the lexicon's own label (with its tuned neutral band) as a feature. */
  lexLabel?: boolean;
  /** Multiplier of the dense lexicon and punctuation features: larger means less shrunk by L2 (default 1). */
  denseScale?: number;
  /** Only language-independent features (emoji, emoticons, punctuation, lexicon sums): for languages without training data. */
  sharedOnly: boolean;
}

/** Sparse feature vector, reused between messages. */
export interface FeatureBuf {
  idx: Int32Array;
  val: Float32Array;
  n: number;
}

/** Most features one message may produce; a 2,000-character post stays well below it. */
export const MAX_FEATURES = 8192;

/** Creates an empty feature buffer. */
export function createFeatureBuf(): FeatureBuf {
  return { idx: new Int32Array(MAX_FEATURES), val: new Float32Array(MAX_FEATURES), n: 0 };
}

// FNV-1a, 32 bit: cheap, no allocation, and good enough spread for hashed n-grams.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const step = (h: number, c: number): number => Math.imul(h ^ c, FNV_PRIME);

function hashStr(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h;
}

// One seed per feature group and language, so "gut" as a German word and as a shared n-gram hash apart.
const G = { bias: 1, word: 2, bigram: 3, char: 4, emoji: 5, emoticon: 6, dense: 7, tag: 8 } as const;
const LANG_INDEX = new Map<LangOrUnd, number>([...LANGS.map((l, i): [LangOrUnd, number] => [l, i + 1]), ['und', 0]]);
function seed(group: number, langIdx: number): number {
  return step(step(FNV_OFFSET, group * 31 + 7), langIdx + 101);
}
const SHARED = 999;

const ELONG_RUN = /(\p{L})\1{2,}/gu;
const NEG_WINDOW = 3;
const BOUNDARY = 0x20;

/** Feature names of the dense group: each gets a shared and a language-tagged weight. */
export const DENSE = ['lexScore', 'lexPos', 'lexNeg', 'emoji', 'noHits', 'bangs', 'question', 'allCaps', 'caps', 'elongated', 'short', 'long'] as const;

/** Fills `out` with the hashed features of a tokenized text in a language, with its lexicon pass. */
// The feature buffer being filled. Module state rather than a closure per call: the bundler's keepNames wraps
// every closure creation in a defineProperty call, which showed up as ~8 % of enrichment time.
let cur: FeatureBuf = { idx: new Int32Array(0), val: new Float32Array(0), n: 0 };
let curMask = 0;
let n = 0;
function add(h: number, v: number): void {
  if (n < MAX_FEATURES) {
    cur.idx[n] = h & curMask;
    cur.val[n] = v;
    n++;
  }
}

export function extractFeatures(tk: Tokens, text: string, lang: LangOrUnd, lex: LexiconParts, cfg: FeatureConfig, out: FeatureBuf): void {
  cur = out;
  curMask = (1 << cfg.bits) - 1;
  n = 0;
  const li = LANG_INDEX.get(lang) ?? 0;
  add(seed(G.bias, SHARED), 1);
  if (!cfg.sharedOnly) add(seed(G.bias, li), 1);

  // Counts for the dense group and the length normalisation of the sparse groups.
  let words = 0;
  let caps = 0;
  let elongated = 0;
  for (let i = 0; i < tk.length; i++) {
    if (tk.kind[i] !== Kind.Word) continue;
    words++;
    const f = tk.flags[i] as number;
    if ((f & Flag.Caps) !== 0) caps++;
    if ((f & Flag.Elongated) !== 0) elongated++;
  }

  if (!cfg.sharedOnly) {
    const start = n;
    const rules = lang === 'und' ? null : RULES[lang];
    const wSeed = seed(G.word, li);
    const bSeed = seed(G.bigram, li);
    const cShared = seed(G.char, SHARED);
    const cTagged = seed(G.char, li);
    const cSharedNeg = step(cShared, 0x21);
    const wShared = seed(G.word, SHARED);
    const wSharedNeg = step(wShared, 0x21);
    let negLeft = 0;
    let prev = 0; // hash of the previous word, 0 at the start
    for (let i = 0; i < tk.length; i++) {
      const kind = tk.kind[i];
      let t = tk.text[i] as string;
      if (kind === Kind.Mention || kind === Kind.Url) {
        add(seed(G.tag, kind), 1);
        prev = 0;
        continue;
      }
      if (kind !== Kind.Word && kind !== Kind.Hashtag) continue;
      const flags = kind === Kind.Word ? (tk.flags[i] as number) : 0;
      if ((flags & Flag.Code) !== 0) continue;
      if ((flags & Flag.Elongated) !== 0) t = t.replace(ELONG_RUN, '$1$1');
      if (rules !== null && (rules.negators.has(t) || t.endsWith("n't"))) {
        negLeft = NEG_WINDOW;
        const h = hashStr(wSeed, t);
        add(h, 1);
        prev = h;
        continue;
      }
      // Words in a negator's reach are different features: "not good" is not "good".
      let h = hashStr(wSeed, t);
      const negated = negLeft > 0;
      if (negated) {
        h = step(h, 0x21);
        negLeft--;
      }
      add(h, 1);
      if (cfg.sharedWords) add(hashStr(negated ? wSharedNeg : wShared, t), 1);
      if (cfg.bigrams && prev !== 0) add(step(step(bSeed, prev), h), 1);
      prev = h;
      const cjk = (flags & Flag.Cjk) !== 0;
      // Negated words get their own n-grams too, or "no es buena" would still count the positive "buen".
      const cs = negated ? cSharedNeg : cShared;
      const ct = cfg.taggedChars ? (negated ? step(cTagged, 0x21) : cTagged) : 0;
      charGrams(t, cjk ? cfg.cjkMin : cfg.charMin, cjk ? cfg.cjkMax : cfg.charMax, cs, ct);
    }
    // Length-normalise the sparse text features so long posts do not get overconfident.
    const count = n - start;
    if (count > 0) {
      const scale = 1 / Math.sqrt(count / 8 + 1);
      for (let j = start; j < n; j++) out.val[j] = (out.val[j] as number) * scale;
    }
  }

  for (let i = 0; i < tk.length; i++) {
    const kind = tk.kind[i];
    if (kind === Kind.Emoji) add(hashStr(seed(G.emoji, SHARED), tk.text[i] as string), 1);
    else if (kind === Kind.Emoticon) add(hashStr(seed(G.emoticon, SHARED), tk.text[i] as string), 1);
  }

  const s = lex.sum * (1 + 0.1 * Math.min(lex.bangs, 4));
  const dense = [
    s / Math.sqrt(s * s + 15),
    Math.tanh(lex.pos / 4),
    Math.tanh(lex.neg / 4),
    Math.tanh(lex.emoji / 3),
    lex.hits === 0 ? 1 : 0,
    Math.min(lex.bangs, 4) / 4,
    text.indexOf('?') >= 0 || text.indexOf('？') >= 0 ? 1 : 0,
    tk.allCaps ? 1 : 0,
    Math.min(caps, 4) / 4,
    Math.min(elongated, 3) / 3,
    words <= 3 ? 1 : 0,
    words >= 20 ? 1 : 0,
  ];
  if (cfg.lexLabel && lex.hits > 0) {
    const label = lexiconSentiment(lex, lang).label;
    if (label !== 'neutral') {
      const d = label === 'positive' ? 100 : 101;
      add(step(seed(G.dense, SHARED), d), 1);
      if (!cfg.sharedOnly) add(step(seed(G.dense, li), d), 1);
    }
  }
  const k = cfg.denseScale ?? 1;
  for (let d = 0; d < dense.length; d++) {
    const v = (dense[d] as number) * k;
    if (v === 0) continue;
    add(step(seed(G.dense, SHARED), d), v);
    if (!cfg.sharedOnly) add(step(seed(G.dense, li), d), v);
  }
  out.n = n;
}

/** Emits the char n-grams of one word (marked with a space at each end) under a shared and an optional tagged seed. */
function charGrams(w: string, min: number, max: number, shared: number, tagged: number): void {
  const len = w.length + 2;
  for (let s = 0; s < len; s++) {
    let hs = shared;
    let ht = tagged;
    for (let k = 0; k < max && s + k < len; k++) {
      const p = s + k;
      const c = p === 0 || p === len - 1 ? BOUNDARY : w.charCodeAt(p - 1);
      hs = step(hs, c);
      if (tagged !== 0) ht = step(ht, c);
      // A lone boundary mark is not a gram.
      if (k + 1 >= min && !(k === 0 && c === BOUNDARY)) {
        add(hs, 1);
        if (tagged !== 0) add(ht, 1);
      }
    }
  }
}
