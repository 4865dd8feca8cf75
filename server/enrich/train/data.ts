import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../schemas/message.ts';

/** One labelled text: 0 negative, 1 neutral, 2 positive. */
export interface Example {
  text: string;
  lang: Lang;
  label: number;
}

/** Languages with labelled data in ../shared/sentiment. */
export const DATA_LANGS: readonly Lang[] = ['en', 'de', 'es', 'fr', 'it', 'pt', 'ko'];

/** Where the labelled data lives: env HUBWALL_SENTIMENT_DATA, else ../shared/sentiment beside the repo. */
export function dataDir(): string {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  return process.env.HUBWALL_SENTIMENT_DATA ?? resolve(repoRoot, '../shared/sentiment');
}

/** Reads one split ('train' or 'val'; never the sources' test splits) of one language; empty when missing. */
export function readSplit(dir: string, lang: Lang, split: 'train' | 'val'): Example[] {
  const textFile = resolve(dir, lang, `${split}_text.txt`);
  const labelFile = resolve(dir, lang, `${split}_labels.txt`);
  if (!existsSync(textFile) || !existsSync(labelFile)) return [];
  const texts = readFileSync(textFile, 'utf8').split('\n');
  const labels = readFileSync(labelFile, 'utf8').split('\n');
  const out: Example[] = [];
  for (let i = 0; i < labels.length; i++) {
    const l = (labels[i] as string).trim();
    if (l === '') continue;
    out.push({ text: texts[i] ?? '', lang, label: Number(l) });
  }
  return out;
}

/** Deterministic PRNG (mulberry32), so shuffles and folds repeat run after run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Macro-F1 over the three classes. */
export function macroF1(gold: ArrayLike<number>, pred: ArrayLike<number>): number {
  let sum = 0;
  for (let c = 0; c < 3; c++) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (pred[i] === c && gold[i] === c) tp++;
      else if (pred[i] === c) fp++;
      else if (gold[i] === c) fn++;
    }
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    sum += p + r ? (2 * p * r) / (p + r) : 0;
  }
  return sum / 3;
}
