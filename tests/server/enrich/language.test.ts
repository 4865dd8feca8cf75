import { describe, expect, it } from 'vitest';
import { createEnricher } from '../../../server/enrich/enricher.ts';

const enricher = createEnricher();
const lang = (text: string, hint?: string): string => enricher.enrich(text, hint).lang;

const SENTENCES: Record<string, string[]> = {
  nl: ['Mijn pakket is nog steeds niet bezorgd en niemand neemt de telefoon op.', 'Wat een gezellige avond was het gisteren bij jullie in de winkel!'],
  en: ['My package still has not arrived and nobody answers the phone.', 'What a lovely evening it was at your shop yesterday!'],
  fr: ["Mon colis n'est toujours pas arrivé et personne ne répond au téléphone.", 'Quelle belle soirée nous avons passée hier dans votre magasin !'],
  de: ['Mein Paket ist immer noch nicht angekommen und niemand geht ans Telefon.', 'Was für ein schöner Abend das gestern in eurem Laden war!'],
  es: ['Mi paquete todavía no ha llegado y nadie contesta el teléfono.', '¡Qué noche tan bonita pasamos ayer en vuestra tienda!'],
  pt: ['Minha encomenda ainda não chegou e ninguém atende o telefone.', 'Que noite maravilhosa passamos ontem na sua loja!'],
  it: ['Il mio pacco non è ancora arrivato e nessuno risponde al telefono.', 'Che bella serata abbiamo passato ieri nel vostro negozio!'],
  zh: ['我的包裹还没有到，也没有人接电话。', '昨天在你们店里度过了一个非常愉快的晚上！'],
  ja: ['荷物がまだ届いていなくて、誰も電話に出ません。', '昨日はお店でとても楽しい夜を過ごしました！'],
  ko: ['제 택배가 아직도 도착하지 않았고 아무도 전화를 받지 않아요.', '어제 가게에서 정말 즐거운 저녁을 보냈어요!'],
};

describe('language detection', () => {
  for (const [code, sentences] of Object.entries(SENTENCES)) {
    it(`detects ${code} on everyday sentences`, () => {
      for (const s of sentences) expect(lang(s), s).toBe(code);
    });
  }

  it('returns und for languages outside the ten', () => {
    expect(lang('Моя посылка до сих пор не пришла, и никто не отвечает.')).toBe('und');
    expect(lang('طردي لم يصل بعد ولا أحد يرد على الهاتف')).toBe('und');
    expect(lang('Paket saya belum sampai dan tidak ada yang menjawab telepon.')).toBe('und');
  });

  it('returns und with zero confidence for empty or letterless text', () => {
    for (const t of ['', '   ', '12345', 'https://example.com/x', '!!!']) {
      const e = enricher.enrich(t);
      expect(e.lang).toBe('und');
      expect(e.langConfidence).toBe(0);
    }
  });

  it('gives a confidence between 0 and 1', () => {
    for (const sentences of Object.values(SENTENCES)) {
      for (const s of sentences) {
        const c = enricher.enrich(s).langConfidence;
        expect(c).toBeGreaterThan(0);
        expect(c).toBeLessThanOrEqual(1);
      }
    }
  });

  it('uses the platform hint when the text is too short to tell', () => {
    expect(lang('ok', 'nl')).toBe('nl');
    expect(lang('👍', 'pt-BR')).toBe('pt');
    expect(lang('ok')).toBe('und');
  });

  it('ignores a hint outside the ten languages and does not let a hint override clear text', () => {
    expect(lang('ok', 'ru')).toBe('und');
    expect(lang(SENTENCES.de?.[0] ?? '', 'en')).toBe('de');
  });

  it('reads kanji-only text as Japanese when the platform says so', () => {
    expect(lang('東京駅', 'ja')).toBe('ja');
    expect(lang('東京駅')).toBe('zh');
  });
});
