import { readFileSync, existsSync } from 'node:fs';
import type { Lang } from '../../schemas/message.ts';
import { encodeModel, modelFromBytes, type LangQuality, type ModelHeader } from '../model.ts';
import { lexiconPass, scoreSentiment } from '../sentiment.ts';
import { createTokens, tokenize } from '../tokenize.ts';
import { DATA_LANGS, macroF1, readSplit, type Example } from './data.ts';

const LABELS = ['negative', 'neutral', 'positive'] as const;

/** Labels (0/1/2) the plain lexicon scorer gives, with each text's own language. */
export function lexiconLabels(examples: readonly Example[]): Int8Array {
  const tk = createTokens();
  return Int8Array.from(examples, (e) => {
    tokenize(e.text, tk);
    return LABELS.indexOf(scoreSentiment(tk, e.lang).label);
  });
}

/** Argmax of logits / temperature + per-class offsets, for the chosen rows. */
export function argmaxWithBias(z: Float64Array, ids: readonly number[], bias: readonly number[], temperature = 1): number[] {
  return ids.map((r) => {
    let best = 0;
    let bestV = -Infinity;
    for (let c = 0; c < 3; c++) {
      const v = (z[r * 3 + c] as number) / temperature + (bias[c] as number);
      if (v > bestV) {
        bestV = v;
        best = c;
      }
    }
    return best;
  });
}

/** The temperature (grid 0.5…3) that minimises the log-loss of out-of-fold logits: confidences that mean what they say. */
export function tuneTemperature(z: Float64Array, gold: Int8Array): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.5; t <= 3.001; t += 0.05) {
    let loss = 0;
    for (let r = 0; r < gold.length; r++) {
      const a = (z[r * 3] as number) / t;
      const b = (z[r * 3 + 1] as number) / t;
      const c = (z[r * 3 + 2] as number) / t;
      const m = Math.max(a, b, c);
      const lse = m + Math.log(Math.exp(a - m) + Math.exp(b - m) + Math.exp(c - m));
      loss += lse - (z[r * 3 + (gold[r] as number)] as number) / t;
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}

/** Offsets for the negative and positive logits (neutral stays 0) that maximise macro-F1 on the rows, small ones preferred. */
export function tuneBias(z: Float64Array, ids: readonly number[], gold: Int8Array, temperature: number): [number, number, number] {
  const g = ids.map((i) => gold[i] as number);
  let best: [number, number, number] = [0, 0, 0];
  let bestF = -1;
  for (let a = -10; a <= 10; a++) {
    for (let c = -10; c <= 10; c++) {
      const bias: [number, number, number] = [a / 10, 0, c / 10];
      // A tiny penalty on the size of the offsets breaks ties towards the plain model.
      const f = macroF1(g, argmaxWithBias(z, ids, bias, temperature)) - 0.0005 * (Math.abs(a) + Math.abs(c)) / 10;
      if (f > bestF) {
        bestF = f;
        best = bias;
      }
    }
  }
  return best;
}

/**
 * Hand-labelled evaluation set for languages without training data: the blind test set (written without sight of the
 * lexicon, never used to tune anything; tests/server/enrich/fixtures/README.md), so the status page quotes an honest figure.
 */
export const FIXTURE_URL = new URL('../../../tests/server/enrich/fixtures/sentiment-blind-test.json', import.meta.url);

/** Reads the hand-labelled fixture: language → [text, label] pairs. */
export function readFixture(): Partial<Record<Lang, Example[]>> {
  if (!existsSync(FIXTURE_URL)) return {};
  const raw = JSON.parse(readFileSync(FIXTURE_URL, 'utf8')) as Record<string, [string, string][]>;
  const out: Partial<Record<Lang, Example[]>> = {};
  for (const [lang, items] of Object.entries(raw)) {
    out[lang as Lang] = items.map(([text, label]) => ({ text, lang: lang as Lang, label: LABELS.indexOf(label as (typeof LABELS)[number]) }));
  }
  return out;
}

/** Macro-F1 of the model (with each text's language given) and of the lexicon, on val and on the fixture. */
export function evaluateAll(header: ModelHeader, main: { q: Int8Array }, shared: { q: Int8Array }, dir: string): Partial<Record<Lang, LangQuality>> {
  // The model as it would score every language (full model where there is data, shared model elsewhere), even where the
  // lexicon was kept, so the status page can show what the fallback gave up or saved.
  const raw = structuredClone(header);
  for (const l of Object.keys(raw.langs) as Lang[]) raw.langs[l].method = raw.langs[l].quality.cvModel !== undefined ? 'model' : 'shared';
  const model = modelFromBytes(encodeModel(raw, main.q, shared.q));
  const tk = createTokens();
  const measure = (items: readonly Example[]): { model: number; lexicon: number } => {
    const gold: number[] = [];
    const m: number[] = [];
    const l: number[] = [];
    for (const e of items) {
      tokenize(e.text, tk);
      const lex = scoreSentiment(tk, e.lang);
      const s = model.score(tk, e.text, e.lang, lexiconPass(tk, e.lang)) ?? lex;
      gold.push(e.label);
      m.push(LABELS.indexOf(s.label));
      l.push(LABELS.indexOf(lex.label));
    }
    return { model: r3(macroF1(gold, m)), lexicon: r3(macroF1(gold, l)) };
  };
  const out: Partial<Record<Lang, LangQuality>> = {};
  for (const lang of DATA_LANGS) {
    const val = readSplit(dir, lang, 'val');
    if (val.length === 0) continue;
    const r = measure(val);
    out[lang] = { valModel: r.model, valLexicon: r.lexicon };
  }
  for (const [lang, items] of Object.entries(readFixture()) as [Lang, Example[]][]) {
    const r = measure(items);
    out[lang] = { ...out[lang], fixtureModel: r.model, fixtureLexicon: r.lexicon, fixtureItems: items.length };
  }
  return out;
}

function r3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
