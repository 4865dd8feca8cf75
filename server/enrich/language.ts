import { eld } from 'eld/small';
import { LANGS, type Lang, type LangOrUnd } from '../schemas/message.ts';
import { deu, eng, fra, ita, nld, por, porBr, spa } from 'stopword';
import { lexicons } from './lexicon.ts';
import { Kind, type Tokens } from './tokenize.ts';

/** A detected language with a confidence 0…1. */
export interface Detected {
  lang: LangOrUnd;
  confidence: number;
}

// Frequent, fairly distinctive function words. A vote over them settles most Latin-script posts
// in well under a microsecond, so the n-gram detector (≈40 µs a post) only runs on the unsure rest.
const FUNCTION_WORDS: Record<'nl' | 'en' | 'fr' | 'de' | 'es' | 'pt' | 'it', string> = {
  en: `the and is are was were of to you your i i'm it's it that this for with my have has not but be just what on at they we he she
    will can don't from about all if get out up how when who would been there their an or do me so like our it's i've can't`,
  nl: `de het een en van is dat niet op te zijn ik je jij we wij met voor maar ook er als bij nog wel naar dan om heb hebben was
    wat uit deze die dit geen kan zo al door over hier ons onze mijn zijn jullie waarom omdat echt heel wordt worden gaat`,
  fr: `le la les de des du un une et est je tu il elle nous vous ils que qui pas ne ce c'est dans pour sur avec mais au aux
    son sa ses mon ma mes plus tout très j'ai on être fait sont cette ça`,
  de: `der die das und ist nicht ich du er sie wir ihr ein eine einen dem den des mit von zu auf für auch es sich auch noch
    aber wie wenn dass bei nach aus im sind hat haben wird werden kein keine mein nur schon mal jetzt`,
  es: `el la los las de del y que en un una es no por con para se lo como pero su sus al más muy está yo me mi qué hay ya
    todo esto esta son este cuando también porque hoy bien`,
  pt: `o a os as de do da dos das e que em um uma é não por com para se mais como mas seu sua ao no na nos nas eu você
    muito está isso esse essa já tem foi são ser hoje também porque quando meu minha`,
  it: `il lo la gli le di del della dei un una e è che non per con su da ma come più sono ho ha anche questo questa io tu
    mi ti ci si nel nella alla al ancora molto sempre oggi perché quando mio mia tutto`,
};

const LATIN: readonly Lang[] = ['en', 'nl', 'fr', 'de', 'es', 'pt', 'it'];
const LATIN_INDEX = new Map<Lang, number>(LATIN.map((l, i) => [l, i]));
const STOPWORDS: Record<keyof typeof FUNCTION_WORDS, readonly string[]> = { en: eng, nl: nld, fr: fra, de: deu, es: spa, pt: [...por, ...porBr], it: ita };

/** Word → vote per Latin language, already split among the languages that share the word. */
function buildVotes(): Map<string, Float64Array> {
  const raw = new Map<string, Float64Array>();
  const add = (word: string, li: number, w: number): void => {
    let v = raw.get(word);
    if (!v) raw.set(word, (v = new Float64Array(LATIN.length)));
    v[li] = Math.max(v[li] as number, w);
  };
  const lex = lexicons();
  LATIN.forEach((lang, li) => {
    for (const w of FUNCTION_WORDS[lang as keyof typeof FUNCTION_WORDS].split(/\s+/)) if (w) add(w, li, 1);
    for (const w of STOPWORDS[lang as keyof typeof STOPWORDS]) add(w.toLowerCase(), li, 1);
    // Sentiment words are weaker evidence: the translated lexicons share many loanwords.
    for (const w of lex[lang].words.keys()) if (w.indexOf(' ') < 0) add(w, li, 0.6);
  });
  for (const v of raw.values()) {
    let shared = 0;
    for (const x of v) if (x > 0) shared++;
    for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) / shared;
  }
  return raw;
}
const VOTE = buildVotes();
// Letters that only some of the Latin-script languages use.
const LETTER_VOTES: ReadonlyMap<string, readonly Lang[]> = new Map<string, Lang[]>([
  ['ñ', ['es']], ['ã', ['pt']], ['õ', ['pt']], ['ß', ['de']], ['ä', ['de']], ['ö', ['de']], ['œ', ['fr']], ['ç', ['fr', 'pt']],
  ['ê', ['fr', 'pt']], ['è', ['fr', 'it']], ['ù', ['fr', 'it']], ['ò', ['it']], ['ì', ['it']], ['¿', ['es']], ['¡', ['es']],
]);
const LETTER_RE = /[ñãõßäöœçêèùòì¿¡]/g;
const OURS = new Set<string>(LANGS);
const votes = new Float64Array(LATIN.length);

// eld/small: near-large accuracy on tweets at a third of the memory of eld/large.
const detector = eld.newInstance();

/** Maps a platform language tag ("en-US", "pt_BR", "zh-Hant") to one of the ten languages, or null. */
export function normalizeHint(hint: string | undefined): Lang | null {
  if (typeof hint !== 'string' || hint.length < 2) return null;
  const base = hint.slice(0, 2).toLowerCase();
  return OURS.has(base) ? (base as Lang) : null;
}

function withHint(d: Detected, hint: Lang | null, unsureBelow: number): Detected {
  if (hint !== null && (d.confidence < unsureBelow || d.lang === 'und')) {
    return { lang: hint, confidence: Math.max(0.5, d.lang === hint ? d.confidence : 0.5) };
  }
  return d;
}

/** Detects the language of tokenized text: script shortcuts, a function-word vote, then eld for the unsure rest. */
export function detectLanguage(tk: Tokens, text: string, hintRaw?: string): Detected {
  const hint = normalizeHint(hintRaw);
  const s = tk.scripts;
  const letters = s.latin + s.hangul + s.kana + s.han + s.other;
  if (letters === 0) return withHint({ lang: 'und', confidence: 0 }, hint, 1);
  const cjk = s.hangul + s.kana + s.han;
  // Script shortcuts: one Hangul or kana letter in a mostly CJK text is decisive; Han alone means Chinese
  // unless the hint says Japanese (kanji-only posts exist).
  if (cjk >= 2 && cjk >= s.latin * 0.3 && cjk >= s.other) {
    const share = cjk / letters;
    if (s.hangul >= s.kana && s.hangul >= s.han * 0.5 && s.hangul > 0) return { lang: 'ko', confidence: round2(0.6 + 0.4 * share) };
    if (s.kana > 0) return { lang: 'ja', confidence: round2(0.6 + 0.4 * share) };
    if (hint === 'ja') return { lang: 'ja', confidence: 0.6 };
    return { lang: 'zh', confidence: round2(0.5 + 0.4 * share) };
  }
  if (s.other > s.latin) return withHint({ lang: 'und', confidence: round2(Math.min(1, s.other / letters)) }, hint, 0);
  if (s.latin < 3) return withHint({ lang: 'und', confidence: 0 }, hint, 1);

  votes.fill(0);
  let voted = 0;
  for (let i = 0; i < tk.length; i++) {
    if (tk.kind[i] !== Kind.Word) continue;
    const v = VOTE.get(tk.text[i] as string);
    if (v === undefined) continue;
    voted++;
    for (let j = 0; j < v.length; j++) votes[j] += v[j] as number;
  }
  if (s.latin > s.other) {
    LETTER_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LETTER_RE.exec(text)) !== null) {
      const langs = LETTER_VOTES.get(m[0]) as readonly Lang[];
      for (const l of langs) votes[LATIN_INDEX.get(l) as number] += 0.5 / langs.length;
    }
  }
  let best = 0;
  let second = -1;
  for (let i = 1; i < votes.length; i++) {
    if ((votes[i] as number) > (votes[best] as number)) {
      second = best;
      best = i;
    } else if (second < 0 || (votes[i] as number) > (votes[second] as number)) second = i;
  }
  const top = votes[best] as number;
  const next = votes[second] as number;
  if (voted >= 2 && top >= 1.5 && top >= 2 * next) {
    const conf = Math.min(1, 0.55 + 0.1 * top) * (1 - next / (top + next + 1));
    return withHint({ lang: LATIN[best] as Lang, confidence: round2(conf) }, hint, 0.6);
  }
  return withHint(detectWithEld(tk), hint, 0.6);
}

/** Runs eld on the words only (no URLs, handles or emoji) and maps its answer to ours or `und`. */
function detectWithEld(tk: Tokens): Detected {
  let words = '';
  for (let i = 0; i < tk.length && words.length < 300; i++) {
    if (tk.kind[i] === Kind.Word) words += (words ? ' ' : '') + (tk.text[i] as string);
  }
  const res = detector.detect(words);
  if (res.language === '') return { lang: 'und', confidence: 0 };
  const scores = res.getScores();
  const topScore = scores[res.language] ?? 0;
  const reliable = res.isReliable();
  if (OURS.has(res.language)) {
    return { lang: res.language as Lang, confidence: round2(Math.min(1, topScore / 0.8) * (reliable ? 1 : 0.6)) };
  }
  // A close second in our set beats a neighbour we do not serve (Catalan vs Spanish, Galician-like Portuguese).
  let ours: Lang | null = null;
  let oursScore = 0;
  for (const [l, v] of Object.entries(scores)) {
    if (OURS.has(l) && v > oursScore) {
      ours = l as Lang;
      oursScore = v;
    }
  }
  if (ours !== null && oursScore >= topScore * 0.97) return { lang: ours, confidence: round2(Math.min(1, oursScore / 0.8) * 0.5) };
  return { lang: 'und', confidence: round2(Math.min(1, topScore / 0.8) * (reliable ? 1 : 0.6)) };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
