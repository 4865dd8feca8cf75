/** Token kinds produced by {@link tokenize}; the numbers are the regex group indices. */
export const Kind = { Url: 1, Mention: 2, Hashtag: 3, Emoticon: 4, Word: 5, Emoji: 6, Bang: 7 } as const;
/** One of the {@link Kind} values. */
export type Kind = (typeof Kind)[keyof typeof Kind];

/** Per-token bit flags, packed in one number to keep the scratch arrays flat. */
export const Flag = {
  Caps: 1,
  Elongated: 2,
  /** A word that contains Han, kana or Hangul (needs CJK handling). */
  Cjk: 4,
} as const;

/** Per-message script counts, in letters, used by language detection. */
export interface ScriptCounts {
  latin: number;
  hangul: number;
  kana: number;
  han: number;
  /** Letters of any script none of the ten languages is written in (Cyrillic, Arabic, …). */
  other: number;
}

/** Reusable token buffers: one per enricher, reset per message, so the hot path allocates no token objects. */
export interface Tokens {
  /** Lower-cased token text (words without elongation removed; that happens at lookup time). */
  text: string[];
  kind: Kind[];
  flags: number[];
  length: number;
  scripts: ScriptCounts;
  /** True when the message shouts throughout, so ALL CAPS on one word carries no extra weight. */
  allCaps: boolean;
}

/** Creates an empty, reusable token buffer. */
export function createTokens(): Tokens {
  return {
    text: [],
    kind: [],
    flags: [],
    length: 0,
    scripts: { latin: 0, hangul: 0, kana: 0, han: 0, other: 0 },
    allCaps: false,
  };
}

// One alternation compiled once; order matters: URLs before words, emoticons before punctuation.
const TOKEN_RE = new RegExp(
  [
    String.raw`((?:https?:\/\/|www\.)\S+)`,
    String.raw`(@[\p{L}\p{N}_.]*[\p{L}\p{N}_])`,
    String.raw`(#[\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*)`,
    String.raw`((?<![\p{L}\p{N}])(?:[:;=][-'^o]?[)(\]\[DPpOo/\\|*3]+|<3+|[)(]+[-']?[:;=])(?![\p{L}\p{N}]))`,
    String.raw`(\p{L}[\p{L}\p{M}\p{N}'’_]*)`,
    String.raw`(\p{Extended_Pictographic})`,
    String.raw`(!+)`,
  ].join('|'),
  'gu',
);

const NOSE_RE = /[-'^o]/g;

/** Maps emoticon variants to one key: lower case, no nose, repeated mouths collapsed (":-DDD" → ":d"). */
function normalizeEmoticon(raw: string): string {
  let e = raw.toLowerCase();
  if (e.length > 2) e = e.replace(NOSE_RE, (ch, i: number) => (i === 0 ? ch : ''));
  if (e.length > 2 && e.charCodeAt(e.length - 1) === e.charCodeAt(e.length - 2)) {
    let end = e.length - 1;
    while (end > 1 && e.charCodeAt(end - 1) === e.charCodeAt(end)) end--;
    e = e.slice(0, end + 1);
  }
  return e;
}

const ELONGATED_RE = /(\p{L})\1\1/u;

/** Classifies the letters of a word by script into the counts, cheaply (first char decides unless CJK). */
function countScripts(word: string, s: ScriptCounts): boolean {
  const c0 = word.charCodeAt(0);
  if (c0 < 0x0250 || (c0 >= 0x1e00 && c0 <= 0x1eff)) {
    s.latin += word.length;
    return false;
  }
  if (c0 < 0x2e80) {
    s.other += word.length;
    return false;
  }
  // CJK words often mix scripts (kanji + kana), so count every char.
  let cjk = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) {
      s.hangul++;
      cjk = true;
    } else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9d)) {
      s.kana++;
      cjk = true;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) {
      s.han++;
      cjk = true;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      // Astral Han (extension B+) counts as Han; skip the low surrogate.
      s.han++;
      cjk = true;
      i++;
    } else if (c < 0x0250) {
      s.latin++;
    } else {
      s.other++;
    }
  }
  return cjk;
}

/** Splits text into words, URLs, mentions, hashtags, emoticons, emoji and '!' runs, filling `out` in order. */
export function tokenize(text: string, out: Tokens): void {
  const s = out.scripts;
  s.latin = s.hangul = s.kana = s.han = s.other = 0;
  let n = 0;
  let capsWords = 0;
  let casedWords = 0;
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const raw = m[0];
    let kind: Kind = Kind.Word;
    for (let g = 1; g <= 7; g++) {
      if (m[g] !== undefined) {
        kind = g as Kind;
        break;
      }
    }
    let flags = 0;
    let low = raw;
    if (kind === Kind.Mention || kind === Kind.Hashtag) low = raw.slice(1).toLowerCase();
    else if (kind === Kind.Emoticon) low = normalizeEmoticon(raw);
    if (kind === Kind.Word) {
      low = raw.toLowerCase();
      if (countScripts(raw, s)) flags |= Flag.Cjk;
      else if (low !== raw) {
        casedWords++;
        if (raw.length > 1 && raw.toUpperCase() === raw) {
          flags |= Flag.Caps;
          capsWords++;
        }
      } else if (raw.toUpperCase() !== raw) casedWords++;
      if (raw.length > 2 && ELONGATED_RE.test(low)) flags |= Flag.Elongated;
    }
    out.text[n] = low;
    out.kind[n] = kind;
    out.flags[n] = flags;
    n++;
  }
  out.length = n;
  out.allCaps = casedWords > 1 && capsWords === casedWords;
}
