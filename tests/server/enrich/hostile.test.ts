import { describe, expect, it } from 'vitest';
import { createEnricher } from '../../../server/enrich/enricher.ts';

const enricher = createEnricher();

describe('hostile input', () => {
  const inputs: [string, string][] = [
    ['10k characters', 'very good '.repeat(1000)],
    ['one 10k-character word', 'a'.repeat(10_000)],
    ['control characters', 'bad\u0000\u0001\u0007 service\u001b[31m\u202e reversed\ufeff'],
    ['only emoji', '😡🔥💀👍🏽👨‍👩‍👧‍👦🏳️‍🌈'],
    ['only URLs', 'https://a.example/x http://b.example www.c.example'],
    ['lone surrogates', '\ud83d bad \ude00 good \ud800'],
    ['combining marks', 'Z̷̢̛̪a̶̡͕l̴̛̰g̵̢̛o̵̡̧ ̸t̵e̸x̷t'],
    ['emoticon soup', ':):(:-D;P<3<3<3):(:'],
    ['zero-width and bidi', '\u200b\u200b\u200e\u2066hello\u2069'],
    ['NUL only', '\u0000\u0000'],
  ];
  for (const [name, text] of inputs) {
    it(`never throws on ${name} and returns a well-formed enrichment`, () => {
      const e = enricher.enrich(text);
      expect(typeof e.lang).toBe('string');
      expect(e.langConfidence).toBeGreaterThanOrEqual(0);
      expect(e.langConfidence).toBeLessThanOrEqual(1);
      expect(Math.abs(e.sentiment.score)).toBeLessThanOrEqual(1);
      expect(Array.isArray(e.keywords)).toBe(true);
      expect(e.keywords.length).toBeLessThanOrEqual(12);
    });
  }

  it('treats a non-string as empty text', () => {
    const e = enricher.enrich(undefined as unknown as string);
    expect(e).toEqual({ lang: 'und', langConfidence: 0, sentiment: { score: 0, label: 'neutral', confidence: 0 }, keywords: [], hashtags: [], mentions: [] });
  });


  it('enriches the longest input without throwing (its speed is measured in tests/bench, not here)', () => {
    const e = enricher.enrich('great service but the delay was terrible '.repeat(300));
    expect(e.lang).toBe('en');
    expect(e.keywords.length).toBeLessThanOrEqual(12);
  });
});
