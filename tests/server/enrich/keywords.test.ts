import { describe, expect, it } from 'vitest';
import { createEnricher } from '../../../server/enrich/enricher.ts';
import { MAX_KEYWORDS } from '../../../server/enrich/keywords.ts';

const enricher = createEnricher();

describe('keywords, hashtags and mentions', () => {
  it('keeps at most 12 keywords by default', () => {
    expect(MAX_KEYWORDS).toBe(12);
    const long = Array.from({ length: 40 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`).join(' ');
    expect(enricher.enrich(long, 'en').keywords.length).toBe(12);
  });

  it('drops stopwords, URLs, numbers, single letters and handles, lower-cases and dedupes', () => {
    const e = enricher.enrich('The Delay at the Airport was 3 hours, the DELAY is a joke @user https://t.co/xyz a b', 'en');
    expect(e.keywords).toEqual(['delay', 'airport', 'hours', 'joke']);
  });

  it('uses stopwords of the detected language', () => {
    expect(enricher.enrich('De vertraging op het vliegveld was echt heel erg lang').keywords).toEqual(['vertraging', 'vliegveld', 'lang']);
    expect(enricher.enrich("L'attente à l'aéroport était vraiment trop longue").keywords).toEqual(['attente', 'aéroport', 'longue']);
  });

  it('segments Chinese into words and keeps words of two or more characters', () => {
    const kw = enricher.enrich('快递延误了三个小时，服务太差了，我很失望').keywords;
    expect(kw).toContain('延误');
    expect(kw).toContain('服务');
    expect(kw).toContain('失望');
    expect(kw.every((w) => w.length >= 2)).toBe(true);
  });

  it('takes kanji and katakana runs as Japanese keywords and strips Korean particles', () => {
    expect(enricher.enrich('空港のカウンターで荷物が遅れました').keywords).toEqual(['空港', 'カウンター', '荷物']);
    expect(enricher.enrich('공항에서 서비스가 너무 느렸어요').keywords).toEqual(['공항', '서비스', '느렸어요']);
  });

  it('extracts hashtags and mentions without their sign, lower case, with Unicode letters', () => {
    const e = enricher.enrich('Great trip with @KLM and @Schiphol_Airport! #Vacances #été #Été #2024 #東京 mail me at a@b.com');
    expect(e.hashtags).toEqual(['vacances', 'été', '東京']);
    expect(e.mentions).toEqual(['klm', 'schiphol_airport']);
    expect(e.keywords).not.toContain('vacances');
  });
});
