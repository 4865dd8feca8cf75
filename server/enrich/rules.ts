import type { Lang } from '../schemas/message.ts';

/** Per-language word lists that change how nearby sentiment words count. */
export interface LangRules {
  /** Words that flip the next sentiment word within a few tokens ("not", "niet", "pas"). */
  negators: ReadonlySet<string>;
  /** Words that make the next sentiment word stronger ("very", "heel", "très"). */
  intensifiers: ReadonlySet<string>;
  /** Words after which the text's second half outweighs the first ("but", "maar", "mais"). */
  contrasts: ReadonlySet<string>;
  /** Token prefixes (ko) or following substrings (zh/ja) that negate what came before ("않", "ない"). */
  postNegators: readonly string[];
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Negation, intensity and contrast words for each of the ten languages. */
export const RULES: Record<Lang, LangRules> = {
  en: {
    negators: set(`not no never nothing nobody none nor neither without cannot dont don't doesnt doesn't didnt didn't isnt isn't
      wasnt wasn't arent aren't werent weren't wont won't cant can't couldnt couldn't shouldnt shouldn't wouldnt wouldn't aint ain't hardly`),
    intensifiers: set('very really so too extremely totally absolutely super incredibly most such truly'),
    contrasts: set('but however though although yet'),
    postNegators: [],
  },
  nl: {
    negators: set('niet geen nooit niks niets nergens zonder noch'),
    intensifiers: set('heel erg zeer echt super zo enorm ontzettend hartstikke supergoed best'),
    contrasts: set('maar echter toch hoewel'),
    postNegators: [],
  },
  fr: {
    negators: set(`pas ne n' jamais rien aucun aucune personne sans ni plus guère`),
    intensifiers: set('très trop vraiment tellement super si extrêmement grave hyper vachement'),
    contrasts: set('mais cependant pourtant toutefois'),
    postNegators: [],
  },
  de: {
    negators: set('nicht kein keine keinen keinem keiner nie niemals nichts ohne weder'),
    intensifiers: set('sehr so echt wirklich total voll extrem super ziemlich richtig mega'),
    contrasts: set('aber jedoch doch trotzdem obwohl'),
    postNegators: [],
  },
  es: {
    negators: set('no nunca nada nadie ningún ninguno ninguna sin ni jamás tampoco'),
    intensifiers: set('muy tan mucho muchísimo demasiado super realmente bastante súper re'),
    contrasts: set('pero aunque sin_embargo sino'),
    postNegators: [],
  },
  pt: {
    negators: set('não nao nunca nada ninguém nenhum nenhuma sem nem jamais'),
    intensifiers: set('muito tão demais super bastante realmente bem muitíssimo mto mt'),
    contrasts: set('mas porém contudo entretanto embora'),
    postNegators: [],
  },
  it: {
    negators: set('non mai niente nulla nessuno nessuna senza né neanche nemmeno'),
    intensifiers: set('molto tanto troppo davvero super proprio veramente assai così'),
    contrasts: set('ma però tuttavia anche_se invece'),
    postNegators: [],
  },
  // CJK: negators are matched as characters right before a lexicon hit, postNegators right after it.
  zh: {
    negators: set('不 没 没有 別 别 无 未 非 不是 不太 不会 不够'),
    intensifiers: set('很 非常 太 超 特别 真 真的 十分 极 最 挺'),
    contrasts: set('但 但是 可是 不过 然而'),
    postNegators: [],
  },
  ja: {
    negators: set('全然 決して'),
    intensifiers: set('とても すごく 本当に 超 めっちゃ 非常に 大変 かなり マジで'),
    contrasts: set('でも しかし けど だが'),
    postNegators: ['ない', 'なかっ', 'ません', 'ず', 'なく', 'ねえ', 'ねー'],
  },
  ko: {
    negators: set('안 못 전혀 안되 안돼'),
    intensifiers: set('정말 너무 진짜 완전 매우 아주 넘 엄청 되게 존나 개 참'),
    contrasts: set('하지만 그런데 근데 그러나 그래도'),
    postNegators: ['않', '없', '못하', '못한', '아니', '아닌', '안'],
  },
};
