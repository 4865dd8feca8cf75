/** Token kinds produced by {@link tokenize}. */
export const Kind = { Url: 1, Mention: 2, Hashtag: 3, Emoticon: 4, Word: 5, Emoji: 6, Bang: 7 } as const;
/** One of the {@link Kind} values. */
export type Kind = (typeof Kind)[keyof typeof Kind];

/** Per-token bit flags, packed in one number to keep the scratch arrays flat. */
export const Flag = {
  Caps: 1,
  Elongated: 2,
  /** A word that contains Han, kana or Hangul (needs CJK handling). */
  Cjk: 4,
  /** Part of an identifier: mixed letters and digits ("hw1642"), joined to digits ("TRV-6419469"), or a signature ("^MV"). */
  Code: 8,
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

// Character classes of the BMP, computed once at load (~20 ms) so the scanner never runs a Unicode regex per char.
const OTHER = 0;
const LETTER = 1;
const MARK = 2;
const DIGIT = 3;
const PICTO = 4;
const SPACE = 5;
const CLASS = new Uint8Array(0x10000);
const L_RE = /\p{L}/u;
const M_RE = /\p{M}/u;
const N_RE = /\p{N}/u;
const P_RE = /\p{Extended_Pictographic}/u;
const S_RE = /\s/u;
function classify(ch: string): number {
  if (L_RE.test(ch)) return LETTER;
  if (M_RE.test(ch)) return MARK;
  if (N_RE.test(ch)) return DIGIT;
  if (P_RE.test(ch)) return PICTO;
  if (S_RE.test(ch)) return SPACE;
  return OTHER;
}
for (let c = 0; c < 0x10000; c++) {
  if (c >= 0xd800 && c < 0xe000) continue;
  if (c < 0x80) {
    CLASS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER : c >= 48 && c <= 57 ? DIGIT : c === 32 || (c >= 9 && c <= 13) ? SPACE : OTHER;
  } else CLASS[c] = classify(String.fromCharCode(c));
}
// Astral code points (emoji, rare Han) are classified on first sight; the cache is bounded by what Unicode assigns.
const ASTRAL = new Map<number, number>();

/** Class of the code point at i; astral code points take two UTF-16 units (see {@link width}). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c >= 0xe000) return CLASS[c] as number;
  const cp = text.codePointAt(i) as number;
  if (cp < 0x10000) return OTHER; // lone surrogate
  let k = ASTRAL.get(cp);
  if (k === undefined) {
    k = classify(String.fromCodePoint(cp));
    if (ASTRAL.size < 20_000) ASTRAL.set(cp, k);
  }
  return k;
}

function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c < 0xdc00 && i + 1 < text.length ? 2 : 1;
}

const isWordChar = (k: number): boolean => k === LETTER || k === MARK || k === DIGIT;
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;
const isEyes = (c: number): boolean => c === 0x3a || c === 0x3b || c === 0x3d; // : ; =
const isNose = (c: number): boolean => c === 0x2d || c === 0x27 || c === 0x5e || c === 0x6f; // - ' ^ o
// ) ( ] [ D P p O o / \ | * 3
const MOUTHS = new Set([0x29, 0x28, 0x5d, 0x5b, 0x44, 0x50, 0x70, 0x4f, 0x6f, 0x2f, 0x5c, 0x7c, 0x2a, 0x33]);

/** Length of an emoticon starting at i (":-)", ";P", "<3", "(:"), or 0. */
function emoticonAt(text: string, i: number): number {
  const n = text.length;
  const c = text.charCodeAt(i);
  let j = i;
  if (isEyes(c)) {
    j++;
    if (j + 1 < n && isNose(text.charCodeAt(j)) && MOUTHS.has(text.charCodeAt(j + 1))) j++;
    const m0 = j;
    while (j < n && MOUTHS.has(text.charCodeAt(j))) j++;
    if (j === m0) return 0;
  } else if (c === 0x3c /* < */) {
    j++;
    while (j < n && text.charCodeAt(j) === 0x33) j++;
    if (j === i + 1) return 0;
  } else if (c === 0x28 || c === 0x29) {
    while (j < n && (text.charCodeAt(j) === 0x28 || text.charCodeAt(j) === 0x29)) j++;
    if (j < n && (text.charCodeAt(j) === 0x2d || text.charCodeAt(j) === 0x27)) j++;
    if (j >= n || !isEyes(text.charCodeAt(j))) return 0;
    j++;
  } else return 0;
  // An emoticon glued to a word or number ("12:30", "a:b") is not one.
  if (j < n && isWordChar(classAt(text, j))) return 0;
  return j - i;
}

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

/** Whether a UTF-16 unit is Hangul, kana or Han (a high surrogate counts: astral letters here are Han extensions). */
function isCjkUnit(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0x31f0 && c <= 0x31ff) ||
    (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff66 && c <= 0xff9d) || (c >= 0xd840 && c <= 0xd8bf)
  );
}

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
  const n = text.length;
  let count = 0;
  let capsWords = 0;
  let casedWords = 0;
  const emit = (t: string, kind: Kind, flags: number): void => {
    out.text[count] = t;
    out.kind[count] = kind;
    out.flags[count] = flags;
    count++;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = classAt(text, i);
    const prevWord = i > 0 && isWordChar(classAt(text, i - 1));
    if (k === LETTER) {
      if ((c === 0x68 || c === 0x77 || c === 0x48 || c === 0x57) && !prevWord && isUrlAt(text, i)) {
        const start = i;
        while (i < n && CLASS[text.charCodeAt(i)] !== SPACE) i++;
        emit(text.slice(start, i), Kind.Url, 0);
        continue;
      }
      const start = i;
      let run = 1;
      let elongated = false;
      let digits = false;
      let prev = -1;
      const cjk = isCjkUnit(c);
      while (i < n) {
        const ci = text.charCodeAt(i);
        const ki = classAt(text, i);
        // A switch between Latin and CJK letters ends the word: "Wi-Fi遅すぎ", "CAさんに", "CGV에서" are two words each.
        if (ki === LETTER && isCjkUnit(ci) !== cjk) break;
        if (isWordChar(ki) || ci === 0x5f) {
          if (ki === DIGIT) digits = true;
          run = ci === prev ? run + 1 : 1;
          if (run === 3 && ki === LETTER) elongated = true;
          prev = ci;
          i += width(text, i);
        } else if (isApostrophe(ci) && i + 1 < n && classAt(text, i + 1) === LETTER) {
          prev = ci;
          i++;
        } else break;
      }
      const raw = text.slice(start, i);
      const low = raw.toLowerCase();
      let flags = elongated ? Flag.Elongated : 0;
      if (countScripts(raw, s)) flags |= Flag.Cjk | (isCodeContext(text, start, i) ? Flag.Code : 0);
      // Codes are neither content nor shouting, so they stay out of the case counts too.
      else if (digits || isCodeContext(text, start, i)) flags |= Flag.Code;
      else if (low !== raw) {
        casedWords++;
        if (raw.length > 1 && raw.toUpperCase() === raw) {
          flags |= Flag.Caps;
          capsWords++;
        }
      } else if (raw.toUpperCase() !== raw) casedWords++;
      emit(low, Kind.Word, flags);
      continue;
    }
    if (k === DIGIT || k === MARK) {
      // Numbers, and words glued to them ("10am", "2x"), are not words.
      while (i < n && (isWordChar(classAt(text, i)) || text.charCodeAt(i) === 0x5f)) i += width(text, i);
      continue;
    }
    if (k === PICTO) {
      const w = width(text, i);
      emit(text.slice(i, i + w), Kind.Emoji, 0);
      i += w;
      continue;
    }
    if ((c === 0x40 || c === 0x23 || c === 0xff03) && !prevWord) {
      // @mention (not an e-mail address: those have a word char before the @) or #hashtag with a letter.
      let j = i + 1;
      let letters = 0;
      while (j < n) {
        const kj = classAt(text, j);
        if (kj === LETTER) letters++;
        else if (!(kj === MARK || kj === DIGIT || text.charCodeAt(j) === 0x5f || (c === 0x40 && text.charCodeAt(j) === 0x2e))) break;
        j += width(text, j);
      }
      while (j > i + 1 && text.charCodeAt(j - 1) === 0x2e) j--;
      if (c === 0x40 ? j > i + 1 : letters > 0) {
        emit(text.slice(i + 1, j).toLowerCase(), c === 0x40 ? Kind.Mention : Kind.Hashtag, 0);
        i = j;
        continue;
      }
      i++;
      continue;
    }
    if (c === 0x21 /* ! */ || c === 0xff01) {
      const start = i;
      while (i < n && (text.charCodeAt(i) === 0x21 || text.charCodeAt(i) === 0xff01)) i++;
      emit(text.slice(start, i), Kind.Bang, 0);
      continue;
    }
    if (!prevWord && (isEyes(c) || c === 0x3c || c === 0x28 || c === 0x29)) {
      const len = emoticonAt(text, i);
      if (len > 0) {
        emit(normalizeEmoticon(text.slice(i, i + len)), Kind.Emoticon, 0);
        i += len;
        continue;
      }
    }
    i += width(text, i);
  }
  out.length = count;
  out.allCaps = casedWords > 1 && capsWords === casedWords;
}

const isJoiner = (c: number): boolean => c === 0x2d || c === 0x2f; // - /
const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** True when the word at [start, end) is part of an identifier: glued to digits ("TRV-6419469", "12/AB"), a code before a number, or a reply signature ("^MV"). */
function isCodeContext(text: string, start: number, end: number): boolean {
  if (end + 1 < text.length && isJoiner(text.charCodeAt(end)) && isAsciiDigit(text.charCodeAt(end + 1))) return true;
  if (start >= 2 && isJoiner(text.charCodeAt(start - 1)) && isAsciiDigit(text.charCodeAt(start - 2))) return true;
  if (start >= 1 && text.charCodeAt(start - 1) === 0x5e) return true; // ^
  // An all-caps 2–4 letter code before a number ("KL 1234", "TRV 6419469").
  const len = end - start;
  if (len < 2 || len > 4 || end + 1 >= text.length || text.charCodeAt(end) !== 0x20 || !isAsciiDigit(text.charCodeAt(end + 1))) return false;
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
}

function isUrlAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 0x20;
  if (c === 0x77) return text.startsWith('www.', i) || text.startsWith('WWW.', i);
  return text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('HTTP', i);
}
