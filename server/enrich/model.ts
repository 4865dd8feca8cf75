import { readFileSync } from 'node:fs';
import type { Lang, LangOrUnd, Sentiment, SentimentLabel } from '../schemas/message.ts';
import { createFeatureBuf, extractFeatures, type FeatureBuf, type FeatureConfig } from './features.ts';
import type { LexiconParts } from './sentiment.ts';
import { Kind, type Tokens } from './tokenize.ts';

/** How one language is scored: the full model, the shared (language-independent) model, or the lexicon alone. */
export type ModelMethod = 'model' | 'shared' | 'lexicon';

/** Measured quality of one language, as stored by the training script. */
export interface LangQuality {
  /** Macro-F1 of the model, the lexicon and the shared model, by where they were measured. */
  cvModel?: number;
  cvLexicon?: number;
  valModel?: number;
  valLexicon?: number;
  fixtureModel?: number;
  fixtureLexicon?: number;
  fixtureItems?: number;
}

/** One linear model inside the file: hashed weights (int8, one scale) for the three classes. */
export interface SubModelHeader {
  config: FeatureConfig;
  /** Weight = int8 × scale. */
  scale: number;
  /** Byte offset of the weights in the blob after the header. */
  offset: number;
  temperature: number;
}

/** The JSON header of a model file. */
export interface ModelHeader {
  version: 1;
  classes: readonly SentimentLabel[];
  main: SubModelHeader;
  shared: SubModelHeader;
  langs: Record<Lang, { method: ModelMethod; bias: [number, number, number]; quality: LangQuality }>;
  /** What the model was trained on and how it was tuned, for the status page. */
  trainedOn: string;
}

/** A loaded sentiment model. */
export interface SentimentModel {
  header: ModelHeader;
  /** Milliseconds spent reading and checking the file. */
  loadMs: number;
  /** Bytes of the model file. */
  bytes: number;
  /** Scores one tokenized text with the model this language uses; null when the language falls back to the lexicon. */
  score(tk: Tokens, text: string, lang: LangOrUnd, lex: LexiconParts): Sentiment | null;
}

/** Default location of the shipped model. */
export const MODEL_URL = new URL('./model/sentiment.bin', import.meta.url);
const MAGIC = 0x4d535748; // "HWSM" little-endian

/** Serialises a header and the int8 weights of both sub-models into one file body. */
export function encodeModel(header: ModelHeader, main: Int8Array, shared: Int8Array): Uint8Array {
  header.main.offset = 0;
  header.shared.offset = main.length;
  const json = new TextEncoder().encode(JSON.stringify(header));
  const pad = (4 - ((8 + json.length) % 4)) % 4;
  const out = new Uint8Array(8 + json.length + pad + main.length + shared.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, MAGIC, true);
  dv.setUint32(4, json.length + pad, true);
  out.set(json, 8);
  out.fill(0x20, 8 + json.length, 8 + json.length + pad);
  const base = 8 + json.length + pad;
  out.set(new Uint8Array(main.buffer, main.byteOffset, main.length), base);
  out.set(new Uint8Array(shared.buffer, shared.byteOffset, shared.length), base + main.length);
  return out;
}

/** Reads a model file synchronously (createEnricher is sync); throws with the path when the file is unusable. */
export function loadModel(path: string | URL = MODEL_URL): SentimentModel {
  const t0 = performance.now();
  const m = modelFromBytes(readFileSync(path), String(path));
  m.loadMs = performance.now() - t0;
  return m;
}

/** Builds a model from the bytes of a model file (see {@link encodeModel}). */
export function modelFromBytes(buf: Uint8Array, path = 'bytes'): SentimentModel {
  const t0 = performance.now();
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf.byteLength < 8 || dv.getUint32(0, true) !== MAGIC) throw new Error(`sentiment model ${String(path)} should start with HWSM`);
  const headLen = dv.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(buf.subarray(8, 8 + headLen))) as ModelHeader;
  if (header.version !== 1) throw new Error(`sentiment model version should be 1, got ${String(header.version)}`);
  const blob = new Int8Array(buf.buffer, buf.byteOffset + 8 + headLen, buf.byteLength - 8 - headLen);
  const size = (h: SubModelHeader): number => 3 << h.config.bits;
  if (blob.length < header.shared.offset + size(header.shared) || blob.length < header.main.offset + size(header.main)) {
    throw new Error(`sentiment model ${String(path)} is truncated`);
  }
  const mainW = blob.subarray(header.main.offset, header.main.offset + size(header.main));
  const sharedW = blob.subarray(header.shared.offset, header.shared.offset + size(header.shared));
  const fb = createFeatureBuf();
  const logits = new Float64Array(3);
  const score = (tk: Tokens, text: string, lang: LangOrUnd, lex: LexiconParts): Sentiment | null => {
    const l = lang === 'und' ? null : header.langs[lang];
    const method: ModelMethod = l ? l.method : 'shared';
    if (method === 'lexicon') return null;
    if (lexiconDecides(tk, lex)) return null;
    const sub = method === 'model' ? header.main : header.shared;
    extractFeatures(tk, text, lang, lex, sub.config, fb);
    linear(method === 'model' ? mainW : sharedW, fb, logits);
    const k = sub.scale / sub.temperature;
    const bias = l ? l.bias : ZERO;
    for (let c = 0; c < 3; c++) logits[c] = (logits[c] as number) * k + (bias[c] as number);
    return toSentiment(logits);
  };
  return { header, loadMs: performance.now() - t0, bytes: buf.byteLength, score };
}

const ZERO: readonly number[] = [0, 0, 0];

/** Most words in a post the lexicon scores alone when it has a verdict: tweets this short are rare in training data. */
export const SHORT_WORDS = 4;

/**
 * True when the lexicon's hand-written rules should decide: a negated sentiment word ("pas mal", "좋지 않아요"), or a
 * short post with a sentiment word or emoji ("👍", "ist guuuut"). The linear model learned "nicht"/"pas" as negative
 * words from tweets and has seen too few short posts; the lexicon's negation, emoji and intensity rules are exact there.
 */
export function lexiconDecides(tk: Tokens, lex: LexiconParts): boolean {
  if (lex.hits === 0 || lex.sum === 0) return false;
  if (lex.negated > 0) return true;
  let words = 0;
  for (let i = 0; i < tk.length; i++) if (tk.kind[i] === Kind.Word && ++words > SHORT_WORDS) return false;
  return true;
}
const LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

/** Adds up the int8 weights of the active features into three raw logits. */
export function linear(w: Int8Array | Float32Array, fb: FeatureBuf, out: Float64Array): void {
  let a = 0;
  let b = 0;
  let c = 0;
  for (let j = 0; j < fb.n; j++) {
    const base = (fb.idx[j] as number) * 3;
    const v = fb.val[j] as number;
    a += (w[base] as number) * v;
    b += (w[base + 1] as number) * v;
    c += (w[base + 2] as number) * v;
  }
  out[0] = a;
  out[1] = b;
  out[2] = c;
}

/** Softmax of three logits → label (argmax), score p(pos) − p(neg), confidence max p. */
export function toSentiment(logits: Float64Array): Sentiment {
  const m = Math.max(logits[0] as number, logits[1] as number, logits[2] as number);
  const e0 = Math.exp((logits[0] as number) - m);
  const e1 = Math.exp((logits[1] as number) - m);
  const e2 = Math.exp((logits[2] as number) - m);
  const z = e0 + e1 + e2;
  const p0 = e0 / z;
  const p1 = e1 / z;
  const p2 = e2 / z;
  const best = p0 >= p1 && p0 >= p2 ? 0 : p2 >= p1 ? 2 : 1;
  return {
    score: Math.round((p2 - p0) * 1000) / 1000,
    label: LABELS[best] as SentimentLabel,
    confidence: Math.round(Math.max(p0, p1, p2) * 100) / 100,
  };
}
