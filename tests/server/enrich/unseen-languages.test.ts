import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEnricher } from '../../../server/enrich/enricher.ts';
import { macroF1 } from '../../../server/enrich/train/data.ts';
import { createTokens, tokenize } from '../../../server/enrich/tokenize.ts';
import type { Lang } from '../../../server/schemas/message.ts';

// nl, zh and ja have no labelled training data: the lexicon scores them. These tests hold the behaviour that the blind
// dev set showed missing (tests/server/enrich/fixtures/README.md), and keep the blind test set's figures from sliding.
const enricher = createEnricher();
const label = (text: string, lang: Lang): string => enricher.enrich(text, lang).sentiment.label;
const LABELS = ['negative', 'neutral', 'positive'];
type Fixture = Record<string, [string, string][]>;
const fixture = (name: string): Fixture =>
  JSON.parse(readFileSync(new URL(`./fixtures/sentiment-${name}.json`, import.meta.url), 'utf8')) as Fixture;

describe('sentiment in languages without training data', () => {
  it('reads everyday Japanese praise and complaints the translated lexicon lacked', () => {
    expect(label('窓口の方がとても親切で、説明もわかりやすかった', 'ja')).toBe('positive');
    expect(label('マジでムカつく、態度悪すぎ', 'ja')).toBe('negative');
    expect(label('悪くない', 'ja')).toBe('positive');
    expect(label('サポートに何度連絡しても返信がない', 'ja')).toBe('negative');
  });

  it('does not read "いい" in a question or 最高 in 最高気温 as praise', () => {
    expect(label('座席の変更はどうすればいいですか', 'ja')).toBe('neutral');
    expect(label('明日の最高気温は18度の予想', 'ja')).toBe('neutral');
  });

  it('reads Chinese internet slang: 呵呵 is dismissive, 给力 and 点赞 are praise', () => {
    expect(label('呵呵', 'zh')).toBe('negative');
    expect(label('客服处理得很给力，点赞', 'zh')).toBe('positive');
    expect(label('又双叒叕延误了，离谱', 'zh')).toBe('negative');
    // "Please check my order": 麻烦 is politeness here, not trouble.
    expect(label('已私信，麻烦查一下订单', 'zh')).toBe('neutral');
  });

  it('weighs what follows "but" inside unsegmented Chinese and Japanese', () => {
    expect(label('虽然贵了一点，但是物有所值', 'zh')).toBe('positive');
    expect(label('服务还行，但是太慢了，差劲', 'zh')).toBe('negative');
    expect(label('電車は遅れたけど駅員さんが丁寧に案内してくれて安心した', 'ja')).toBe('positive');
  });

  it('reads Dutch phrases that start with a negator as one phrase ("nooit meer", "geen zin")', () => {
    expect(label('Nooit meer met deze maatschappij', 'nl')).toBe('negative');
    expect(label('Heb echt geen zin meer in dat gedoe', 'nl')).toBe('negative');
    expect(label('Keurig opgelost via de chat, complimenten', 'nl')).toBe('positive');
  });

  it('keeps insurance and travel words neutral: a damage report, a route with ✈️', () => {
    expect(label('Heb mijn schade online gemeld, wat is de volgende stap?', 'nl')).toBe('neutral');
    expect(label('✈️📍 AMS → LIS', 'nl')).toBe('neutral');
  });

  it('scores newer emoji (🙄 🤬 🥰) in every language', () => {
    expect(label('Weer vertraging 🙄', 'nl')).toBe('negative');
    expect(label('🤬🤬🤬', 'ja')).toBe('negative');
    expect(label('🥰', 'zh')).toBe('positive');
  });

  it('splits a word where Latin letters meet CJK, so the CJK part is scored ("Wi-Fi遅すぎ")', () => {
    const tk = createTokens();
    tokenize('Wi-Fi遅すぎ CAさんに', tk);
    expect(Array.from({ length: tk.length }, (_, i) => tk.text[i])).toEqual(['wi', 'fi', '遅すぎ', 'ca', 'さんに']);
    expect(label('Wi-Fi遅すぎ', 'ja')).toBe('negative');
  });
});

describe('blind evaluation sets for nl, zh and ja', () => {
  const dev = fixture('blind-dev');
  const test = fixture('blind-test');

  it('are balanced, labelled with the three labels, and share no post', () => {
    for (const set of [dev, test]) {
      for (const lang of ['nl', 'zh', 'ja']) {
        const items = set[lang] ?? [];
        expect(items).toHaveLength(90);
        for (const l of LABELS) expect(items.filter(([, x]) => x === l)).toHaveLength(30);
      }
    }
    const devTexts = new Set(Object.values(dev).flat().map(([t]) => t));
    expect(Object.values(test).flat().filter(([t]) => devTexts.has(t))).toEqual([]);
  });

  // Measured when the rules were last changed (lexicon, blind test set): nl 0.691, zh 0.613, ja 0.603; the set is small
  // (±0.05), so the floor sits below that. Before the dev-set work the same set gave 0.595, 0.493 and 0.492.
  it.each(['nl', 'zh', 'ja'] as const)('keeps %s macro-F1 on the blind test set above 0.55', (lang) => {
    const items = test[lang] ?? [];
    const gold = items.map(([, l]) => LABELS.indexOf(l));
    const got = items.map(([t]) => LABELS.indexOf(label(t, lang)));
    expect(macroF1(gold, got)).toBeGreaterThan(0.55);
  });
});
