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

  it('drops greetings, thanks and question words that the package stopword lists miss', () => {
    expect(enricher.enrich('Hi, when does the check-in desk open? Thanks!', 'en').keywords).toEqual(['check', 'desk', 'open']);
    expect(enricher.enrich('Hallo, wann öffnet der Schalter? Danke', 'de').keywords).toEqual(['öffnet', 'schalter']);
    expect(enricher.enrich('Bonjour, combien de bagages en cabine ? Merci', 'fr').keywords).toEqual(['bagages', 'cabine']);
    expect(enricher.enrich('Hoi, wanneer opent de balie? Alvast bedankt', 'nl').keywords).toEqual(['opent', 'balie']);
  });

  it('drops parts of identifiers: codes joined to digits, mixed letters and digits, codes before numbers, signatures', () => {
    const en = enricher.enrich('My claim TRV-6419469 for flight HW1642 and booking ZD35HG, seat 12F, ref AB/1234 is still open', 'en');
    expect(en.keywords).toEqual(['claim', 'flight', 'booking', 'seat', 'ref', 'open']);
    expect(enricher.enrich('Your case KL 1234 is with our baggage team. ^MV', 'en').keywords).toEqual(['case', 'baggage', 'team']);
    expect(enricher.enrich('保险理赔TRV-6419469被拒了', 'zh').keywords).not.toContain('trv');
    const ko = enricher.enrich('HW1642편 수하물이 안 왔어요', 'ko').keywords;
    expect(ko).toContain('수하물');
    expect(ko.some((k) => /hw|\d/.test(k))).toBe(false);
  });

  it('keeps ordinary capitalised words and words with hyphens between letters', () => {
    expect(enricher.enrich('The WiFi at Schiphol was down, e-mail me', 'en').keywords).toEqual(['wifi', 'schiphol', 'down', 'mail']);
  });

  it('takes a Latin-then-CJK word ("Wi-Fiは使えますか") apart as Japanese', () => {
    expect(enricher.enrich('機内でWi-Fiは使えますか？', 'ja').keywords).toEqual(['機内']);
  });
});

