import { deu, eng, fra, ita, jpn, kor, nld, por, porBr, spa, zho } from 'stopword';
import type { Lang, LangOrUnd } from '../schemas/message.ts';
import { RULES } from './rules.ts';
import { Flag, Kind, type Tokens } from './tokenize.ts';

/** Most keywords kept per message. */
export const MAX_KEYWORDS = 12;

// The package lists are short for social text (eng has 108 words); these add chat words and contractions.
const EXTRA: Record<Lang, string> = {
  en: `i'm im it's its don't dont can't cant won't didn't doesn't isn't i've i'll you're that's there's what's let's just like get got
    one will would really also rt amp via lol u ur gonna wanna thing things still even much well today know see make go going new
    now time day back want think need please thanks thank yes yeah oh hey way say said people user http https www com`,
  nl: `echt wel nog even gewoon heel gaat ga gaan zit kom komt alle weer zo moet moeten wil willen doen nu vandaag heb hebt had
    mij jij jou we wij ze zij hun hem haar dus toch ja nee oké ok haha user http`,
  fr: `c'est j'ai ça ca cette cet tout tous toute toutes fait faire être avoir va vais plus très bien aussi comme quand alors
    mdr lol oui non rt user http`,
  de: `mal schon jetzt heute ja nein gibt geht ganz immer einfach wirklich echt halt mehr viel user http`,
  es: `es está están esta este esto eso esa ese estos estas hay ya muy más bien mal también hoy así ser fue ha he hace solo
    yo tu tú te me mi mis nos le les lo su sus qué que cuando porque pues jaja jajaja user http`,
  pt: `é tá ta tô to pra pro vai vou ser ter tem foi já mais muito bem hoje isso esse essa aqui lá só rs kkk kkkk user http`,
  it: `è c'è sono ho ha hai fa fare essere stato più molto anche così ora oggi solo poi già tutto tutti user http`,
  zh: `我们 你们 他们 这个 那个 一个 什么 没有 就是 还是 因为 所以 可以 已经 现在 今天 真的 非常 但是 不是 自己 怎么 这样 那么 一下 觉得`,
  ja: `こと もの よう これ それ あれ ため ところ さん です ます ない する なる いる ある`,
  ko: `너무 정말 진짜 그냥 영화 보고 하는 있는 없는 이런 그런 저런 같은 이거 그거 이건 그건 근데 그리고 하지만 ㅋㅋ ㅋㅋㅋ ㅠㅠ`,
};

// Greetings, thanks, sign-offs and question words: every webcare thread has them, so on a word cloud they drown the topics.
// Also English loans that survive splitting ("check-in" → "in") and words the package lists miss ("does", "when", "us").
const GREETINGS_AND_FUNCTION: Record<Lang, string> = {
  en: `hi hello hey hiya dear morning evening afternoon cheers regards kind best does doing done did when where which who whom whose
    why how us may might must shall could within per eh ok okay hmm anyone anybody someone something anything everyone
    here there yes no sure`,
  nl: `hoi hallo hey hee hai goedemorgen goedemiddag goedenavond morgen groet groeten mvg bedankt dank dankjewel dankuwel alvast
    graag wanneer waar hoe hoeveel welke wie waarom onze jullie mag mogen kun kunt kan binnen per inmiddels steeds sorry in`,
  fr: `bonjour bonsoir salut coucou allô cordialement merci combien quand comment pourquoi où pouvez peux peut puis sous avant
    après vos votre nos notre in svp stp`,
  de: `hallo hi hey servus moin tschüss grüße gruß lg mfg vg danke dank bitte wann wo wie warum wieso weshalb wieviel per innerhalb
    sofort euch eure euer unser unsere kann könnt können darf dürfen in`,
  es: `hola buenas buenos días tardes noches saludos gracias cuándo dónde cómo cuántos cuántas cuánto cuál puedo puede pueden
    podemos hemos nuestra nuestro nuestros vuestra vuestro in`,
  pt: `olá ola oi bom dia boa tarde noite obrigado obrigada quando onde como quantos quantas quanto qual posso pode podem
    podemos nosso nossa vocês in`,
  it: `ciao salve buongiorno buonasera grazie quando dove come perché quanto quanti quante quale posso può puoi possiamo
    nostro nostra vostro vostra in`,
  zh: `您好 你好 请问 谢谢 感谢 我的 你的 您的 什么时候 多少 通过 正在 一下 可以吗 吗`,
  ja: `様 さま こんにちは こんばんは おはよう ありがとう 本当`,
  ko: `고객님 안녕하세요 감사합니다 고맙습니다 죄송합니다 되나요 가능합니다 가능한가요 있나요 주세요 드려 드립니다 만에 중입니다
    아직 이미 오늘 주셔서 언제 어디 어떻게 얼마나`,
};

// Negators, intensifiers and contrast words are grammar, not topics, so they join the stopwords.
function makeSet(lang: Lang, list: readonly string[]): ReadonlySet<string> {
  const s = new Set<string>();
  for (const w of list) s.add(w.toLowerCase());
  for (const w of EXTRA[lang].split(/\s+/)) if (w) s.add(w);
  for (const w of GREETINGS_AND_FUNCTION[lang].split(/\s+/)) if (w) s.add(w);
  const r = RULES[lang];
  for (const w of [...r.negators, ...r.intensifiers, ...r.contrasts]) s.add(w);
  return s;
}

const STOP: Record<Lang, ReadonlySet<string>> = {
  en: makeSet('en', eng),
  nl: makeSet('nl', nld),
  fr: makeSet('fr', fra),
  de: makeSet('de', deu),
  es: makeSet('es', spa),
  pt: makeSet('pt', [...por, ...porBr]),
  it: makeSet('it', ita),
  zh: makeSet('zh', zho),
  ja: makeSet('ja', jpn),
  ko: makeSet('ko', kor),
};
// An undetected language gets every Latin list: its keywords should still not be "the" or "de".
const STOP_UND = new Set<string>([...STOP.en, ...STOP.nl, ...STOP.fr, ...STOP.de, ...STOP.es, ...STOP.pt, ...STOP.it]);

// Creating a Segmenter costs ~100× a segment() call, so there is one per language per process.
let zhSegmenter: Intl.Segmenter | null = null;

// Korean particles (josa) stripped from the end of a word so "서비스가" and "서비스는" count as one keyword.
const JOSA = ['에서는', '에서', '으로', '에게', '한테', '까지', '부터', '처럼', '보다', '이랑', '은', '는', '이', '가', '을', '를', '의', '에', '로', '와', '과', '도', '만', '랑'];

const KANJI_OR_KATAKANA_RUN = /[\u3400-\u9fff\uf900-\ufaff々]{2,}|[\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9dー]{2,}/g;
const ELONGATION = /(\p{L})\1{2,}/gu;
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
// Digits inside a CJK word or segment mean a code or a count ("HW1642편", "12"), not a topic.
const DIGIT = /[0-9０-９]/;
const ASCII_WORD = /^[a-z]+$/;

/** Adds a keyword unless it is a stopword, a number-like or too short, or already there; returns false when full. */
function push(out: string[], w: string, stop: ReadonlySet<string>, minLen: number): boolean {
  // A linear scan of at most 12 items beats allocating a Set per message.
  if (w.length < minLen || stop.has(w) || out.includes(w)) return out.length < MAX_KEYWORDS;
  out.push(w);
  return out.length < MAX_KEYWORDS;
}

/** Extracts up to {@link MAX_KEYWORDS} distinct lower-case content words, in order of appearance. */
export function extractKeywords(tk: Tokens, lang: LangOrUnd): string[] {
  const out: string[] = [];
  const stop = lang === 'und' ? STOP_UND : STOP[lang];
  for (let i = 0; i < tk.length; i++) {
    if (tk.kind[i] !== Kind.Word) continue;
    const flags = tk.flags[i] as number;
    let w = tk.text[i] as string;
    // Words that start in Latin letters but run into CJK ("fiは使えますか" after "Wi-") are CJK words too.
    if (((flags & Flag.Cjk) !== 0 || w.length > 2) && CJK_CHAR.test(w)) {
      if (!cjkKeywords(w, flags, lang, stop, out)) break;
      continue;
    }
    // Booking codes, flight numbers, policy prefixes and signatures are not topics.
    if ((flags & Flag.Code) !== 0) continue;
    // French/Italian elision: "l'homme" is about "homme".
    const ap = w.indexOf("'") >= 0 ? w.indexOf("'") : w.indexOf('’');
    if (ap > 0 && ap <= 2 && (lang === 'fr' || lang === 'it' || lang === 'und')) w = w.slice(ap + 1);
    if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
    if ((flags & Flag.Elongated) !== 0) w = w.replace(ELONGATION, '$1$1');
    // In a CJK post, two Latin letters are a fragment ("Wi-Fiは" → wi, fi), not a topic.
    if (!push(out, w, stop, lang === 'zh' || lang === 'ja' || lang === 'ko' ? 3 : 2)) break;
  }
  return out;
}

function cjkKeywords(w: string, flags: number, lang: LangOrUnd, stop: ReadonlySet<string>, out: string[]): boolean {
  if (lang === 'ko' || (lang !== 'zh' && lang !== 'ja' && /[\uac00-\ud7af]/.test(w))) {
    if (DIGIT.test(w)) return true;
    let stem = w;
    for (const j of JOSA) {
      if (stem.length > j.length + 1 && stem.endsWith(j)) {
        stem = stem.slice(0, -j.length);
        break;
      }
    }
    return push(out, stem, stop, 2);
  }
  if (lang === 'ja') {
    // Kanji and katakana runs are the content words of Japanese; hiragana carries grammar. This beats
    // Intl.Segmenter here in speed (~20×) and in keyword quality (no okurigana fragments).
    KANJI_OR_KATAKANA_RUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = KANJI_OR_KATAKANA_RUN.exec(w)) !== null) if (!push(out, m[0], stop, 2)) return false;
    return true;
  }
  zhSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  for (const seg of zhSegmenter.segment(w)) {
    if (!seg.isWordLike || DIGIT.test(seg.segment)) continue;
    // In "理赔TRV-6419469" the Latin segment is the code's prefix.
    if ((flags & Flag.Code) !== 0 && ASCII_WORD.test(seg.segment)) continue;
    if (!push(out, seg.segment, stop, 2)) return false;
  }
  return true;
}

/** Hashtags or mentions (without # / @, lower case), distinct, in order of appearance. */
export function extractTagged(tk: Tokens, kind: typeof Kind.Hashtag | typeof Kind.Mention): string[] {
  const out: string[] = [];
  for (let i = 0; i < tk.length; i++) {
    if (tk.kind[i] === kind) {
      const t = tk.text[i] as string;
      if (!out.includes(t) && out.length < 30) out.push(t);
    }
  }
  return out;
}
