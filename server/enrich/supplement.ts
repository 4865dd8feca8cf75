import type { Lang } from '../schemas/message.ts';

// Hand-written additions to the machine-translated AFINN lexicons, as "word:score" pairs (score −4…4).
// The translations miss everyday words ("leuk", "gracias", "toll") and conjugated stems; these fill the gaps.
// For ko and ja the entries are stems matched as prefixes / substrings, so "좋" covers 좋아요, 좋았다, 좋네.
// A score of 0 blocks a wrong match ("好像" is "seems", not "good"); "_" stands for a space inside a phrase.
/** Extra lexicon entries per language, overriding the translated ones. */
export const SUPPLEMENT: Record<Lang, string> = {
  en: `love:3 loved:3 loving:3 lovely:3 great:3 awesome:4 amazing:4 best:3 good:2 nice:2 excellent:3 perfect:3 thanks:2 thank:2
    happy:3 glad:2 fun:2 cool:1 wow:2 yay:3 lol:1 haha:2 hahaha:2 xd:2 congrats:3 congratulations:3 excited:3 beautiful:3
    bad:-2 worst:-3 awful:-3 terrible:-3 horrible:-3 hate:-3 sad:-2 angry:-3 disappointed:-2 disappointing:-2 broken:-2 useless:-2
    sucks:-3 suck:-3 fail:-2 failed:-2 annoying:-2 rip:-1 sorry:-1 scam:-3 slow:-1 delayed:-2 waiting:-1 still:0 hell:-2 like:0
    pretty:0 well:0 please:0 help:0 free:0 ready:1 favorite:2 favourite:2 win:2 enjoy:2 enjoyed:2 proud:2 support:1`,
  nl: `leuk:2 leuke:2 goed:2 goede:2 mooi:2 mooie:2 top:2 super:3 geweldig:4 prachtig:3 fantastisch:4 fijn:2 fijne:2 lekker:2
    bedankt:2 dank:2 dankjewel:2 bedankt!:2 blij:3 gelukkig:3 trots:2 gefeliciteerd:3 gezellig:2 genieten:2 heerlijk:3 tof:2 toppie:2
    slecht:-2 slechte:-2 waardeloos:-3 klote:-3 kut:-3 balen:-2 jammer:-2 helaas:-1 boos:-2 teleurgesteld:-2 teleurstellend:-2
    kapot:-2 traag:-2 vervelend:-2 irritant:-2 belachelijk:-3 schandalig:-3 verschrikkelijk:-3 vreselijk:-3 storing:-2
    wachten:-1 klacht:-2 zielig:-1 verdrietig:-2 hel:-2 ezel:0 liefde:3 hou:1 haha:2 hahaha:2 xd:2 vlucht:0 vluchten:0`,
  fr: `bon:2 bonne:2 bien:2 super:3 génial:4 géniale:4 merci:2 top:2 bravo:3 magnifique:3 excellent:3 parfait:3 adore:3 aime:2
    heureux:3 heureuse:3 content:2 contente:2 cool:1 trop:0 beau:2 belle:2 joie:3 félicitations:3 sympa:2 mdr:1 haha:2 xd:2
    nul:-3 nulle:-3 déçu:-2 déçue:-2 triste:-2 mauvais:-2 mauvaise:-2 horrible:-3 honte:-3 pire:-3 marre:-3 chiant:-2 bordel:-2
    grave:-1 galère:-2 panne:-2 retard:-2 arnaque:-3 putain:-2 merde:-3 malheureusement:-1 queue:0 râpé:0 coq:0 musaraigne:0`,
  de: `gut:2 gute:2 guten:0 toll:3 tolle:3 super:3 danke:2 schön:2 schöne:2 geil:3 klasse:3 spitze:3 prima:2 perfekt:3 liebe:2 lieben:3
    freue:2 freuen:2 froh:2 glücklich:3 genial:3 großartig:3 wunderbar:3 herrlich:3 lustig:2 haha:2 xd:2 glückwunsch:3 cool:1
    schlecht:-2 schlechte:-2 leider:-1 mist:-2 scheiße:-3 scheisse:-3 scheiss:-3 traurig:-2 enttäuscht:-2 enttäuschend:-2
    ärgerlich:-2 nervig:-2 furchtbar:-3 schrecklich:-3 katastrophe:-3 kaputt:-2 störung:-2 peinlich:-2 schade:-2 wütend:-3
    esel:0 stechen:0 spitzmaus:0`,
  es: `bueno:2 buena:2 bien:2 genial:3 gracias:2 feliz:3 excelente:3 increíble:3 perfecto:3 encanta:3 encantó:3 amo:3 quiero:1
    bonito:2 bonita:2 hermoso:3 hermosa:3 mejor:2 felicidades:3 jaja:2 jajaja:2 jajajaja:2 xd:2 guapo:2 guapa:2 buenísimo:3
    malo:-2 mala:-2 mal:-2 peor:-3 triste:-2 odio:-3 horrible:-3 asco:-3 mierda:-3 vergüenza:-2 lamentable:-3 pésimo:-3 pésima:-3
    fatal:-3 desastre:-3 harto:-2 harta:-2 enfadado:-2 roto:-2 lento:-1 negro:0 burro:0 pinchazo:0 tragona:0 musaraña:0 molesto:-2`,
  pt: `bom:2 boa:2 bem:2 ótimo:3 ótima:3 obrigado:2 obrigada:2 feliz:3 lindo:3 linda:3 amo:3 adoro:3 amei:3 perfeito:3 incrível:3
    maravilhoso:3 excelente:3 parabéns:3 legal:2 massa:2 demais:1 top:2 kkk:1 kkkk:1 kkkkk:1 haha:2 rs:1 xd:2 melhor:2 show:2
    ruim:-2 mau:-2 má:-2 mal:-2 péssimo:-3 péssima:-3 pior:-3 triste:-2 odeio:-3 horrível:-3 merda:-3 vergonha:-2 chato:-2
    raiva:-3 decepção:-2 decepcionado:-2 lixo:-3 porra:-2 quebrado:-2 lento:-1 negro:0 galo:0 manos:0 mijo:0 picada:0`,
  it: `buono:2 buona:2 bene:2 ottimo:3 ottima:3 grazie:2 bello:2 bella:2 bellissimo:3 bellissima:3 felice:3 amo:3 adoro:3 bravo:2
    brava:2 perfetto:3 fantastico:3 meraviglioso:3 complimenti:3 auguri:2 evviva:3 top:2 haha:2 ahah:2 ahahah:2 xd:2 meglio:2
    male:-2 brutto:-2 brutta:-2 peggio:-3 peggiore:-3 triste:-2 odio:-3 schifo:-3 merda:-3 vergogna:-3 pessimo:-3 pessima:-3
    delusione:-2 deluso:-2 delusa:-2 orribile:-3 disastro:-3 cazzo:-2 purtroppo:-1 rotto:-2 negro:0 negri:0 femmine:0 puntura:0
    asino:0 somari:0 accidenti:-1 toporagno:0`,
  zh: `好:2 好像:0 好多:0 好几:0 好久:0 你好:1 好的:1 只好:0 正好:0 好吃:3 好用:2 好看:2 好玩:2 棒:3 赞:3 很棒:3 不错:2 满意:2 喜欢:2
    爱:2 谢谢:2 感谢:2 开心:3 高兴:3 快乐:3 推荐:2 支持:1 方便:2 完美:3 优秀:3 厉害:2 哈哈:2 哈哈哈:2 可爱:2 漂亮:2 舒服:2
    差:-2 差不多:0 太差:-3 烂:-2 垃圾:-3 坑:-2 失望:-3 生气:-2 难用:-2 难吃:-2 糟糕:-3 问题:-1 没问题:1 投诉:-2 退款:-1 骗:-2
    骗子:-3 无语:-2 恶心:-3 慢:-1 贵:-1 麻烦:-1 讨厌:-3 难过:-2 伤心:-2 愤怒:-3 崩溃:-2 坏了:-2 故障:-2 最差:-3 最好:2 公鸡:0 没有:0`,
  ja: `良い:2 良かっ:2 良く:2 いい:2 よかっ:2 よく:0 最高:3 素晴らし:3 楽し:2 嬉し:3 うれし:3 好き:2 大好き:3 ありがと:2 有難:2
    感謝:2 助か:2 満足:2 便利:2 美味し:3 おいし:3 かわい:2 可愛:2 素敵:3 すごい:2 凄い:2 すてき:3 面白:2 おもしろ:2 笑:1 幸せ:3
    悪い:-2 悪かっ:-2 最悪:-3 最低:-3 嫌い:-2 大嫌い:-3 残念:-2 ひど:-3 酷い:-3 不満:-2 不便:-2 遅い:-1 遅すぎ:-2 迷惑:-2
    困っ:-2 困る:-2 怒:-2 失望:-2 がっかり:-2 故障:-2 壊れ:-2 問題:-1 微妙:-1 つまらな:-2 悲し:-2 辛い:-2 疲れ:-1 黒人:0 同好会:0 料理:0`,
  ko: `좋:2 좋은:2 좋아:2 최고:3 재밌:2 재미있:2 재미:1 꿀잼:3 감동:2 추천:2 강추:3 명작:3 수작:2 완벽:3 훌륭:3 멋지:2 멋있:2 멋진:2
    사랑:2 행복:3 대박:2 괜찮:1 친절:2 감사:2 고마:2 기대:1 아름답:3 웃기:1 재미있게:2 짱:3 신나:2 편하:2 만족:2 소름:1
    싫:-2 최악:-3 재미없:-3 노잼:-3 지루:-2 아깝:-3 별로:-2 실망:-2 짜증:-3 쓰레기:-3 엉망:-2 졸작:-3 망작:-3 망했:-2 유치:-2
    억지:-2 낭비:-2 후회:-2 불편:-2 불친절:-3 나쁘:-2 나빠:-2 나쁜:-2 화나:-2 슬프:-1 어이없:-2 이상:-1 뻔한:-2 뻔하:-2 아쉽:-1
    그닥:-1 그저:-1 그냥:-1 차라리:-2 없는:0 ㅋㅋ:1 ㅠㅠ:-1 ㅡㅡ:-2 형사:0 무슨_일:0 수탉:0`,
};
