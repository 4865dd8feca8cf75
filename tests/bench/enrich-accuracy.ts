// Accuracy of the shipped sentiment scorer (model where it won, else lexicon) and the language detector on the val splits.
// The lexicon-vs-model comparison per language, speed and model size are in tests/bench/sentiment.bench.ts.
// Run: node --import tsx tests/bench/enrich-accuracy.ts [--split train]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Sentiment from 'sentiment';
import { createEnricher } from '../../server/enrich/enricher.ts';
import type { SentimentLabel } from '../../server/schemas/message.ts';
import { macroF1 } from '../../server/enrich/train/data.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = process.env.HUBWALL_SENTIMENT_DATA ?? resolve(repoRoot, '../shared/sentiment');
// val is for reporting; train only for tuning the neutral band and weights.
const split = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] ?? 'val' : 'val';
const LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

if (!existsSync(dataDir)) {
  console.log(`No sentiment data at ${dataDir} (set HUBWALL_SENTIMENT_DATA); nothing to measure.`);
  process.exit(0);
}


const enricher = createEnricher();
// The plain English AFINN scorer, as the side-by-side baseline: sign of its score, zero is neutral.
const baseline = new Sentiment();
const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
console.log(`split: ${split}   data: ${dataDir}`);
console.log('lang   items  sent.acc  macro-F1  (hinted F1)  lang.acc  und%   baseline F1 (sentiment pkg)');
for (const lang of ['en', 'nl', 'fr', 'de', 'es', 'pt', 'it', 'zh', 'ja', 'ko'] as const) {
  const textFile = resolve(dataDir, lang, `${split}_text.txt`);
  const labelFile = resolve(dataDir, lang, `${split}_labels.txt`);
  if (!existsSync(textFile) || !existsSync(labelFile)) {
    console.log(`${lang.padEnd(5)}  no labelled data`);
    continue;
  }
  const texts = readFileSync(textFile, 'utf8').split('\n');
  const labels = readFileSync(labelFile, 'utf8').split('\n').filter((l) => l.trim() !== '').map(Number);
  const n = labels.length;
  const gold: number[] = [], pred: number[] = [], predHinted: number[] = [], predBase: number[] = [];
  let langOk = 0, und = 0;
  for (let i = 0; i < n; i++) {
    const text = texts[i] ?? '';
    const e = enricher.enrich(text);
    // With the language known (as a platform hint would give), sentiment is measured apart from detection.
    const h = e.lang === lang ? e : enricher.enrich(text, lang);
    const b = baseline.analyze(text).score;
    predBase.push(b > 0 ? 2 : b < 0 ? 0 : 1);
    gold.push(labels[i] as number);
    pred.push(LABELS.indexOf(e.sentiment.label));
    predHinted.push(LABELS.indexOf(h.lang === lang ? h.sentiment.label : e.sentiment.label));
    if (e.lang === lang) langOk++;
    if (e.lang === 'und') und++;
  }
  const acc = gold.filter((g, i) => g === pred[i]).length / n;
  console.log(
    `${lang.padEnd(5)} ${String(n).padStart(6)}   ${pct(acc)}%    ${macroF1(gold, pred).toFixed(3)}     (${macroF1(gold, predHinted).toFixed(3)})     ${pct(langOk / n)}%  ${pct(und / n)}   ${macroF1(gold, predBase).toFixed(3)}`,
  );
}
