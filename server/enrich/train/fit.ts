import type { LangOrUnd } from '../../schemas/message.ts';
import { createFeatureBuf, extractFeatures, type FeatureConfig } from '../features.ts';
import { lexiconPass } from '../sentiment.ts';
import { createTokens, tokenize } from '../tokenize.ts';
import type { Example } from './data.ts';
import { minimize } from './lbfgs.ts';

/** Sparse rows (CSR) of hashed features, one row per example. */
export interface Rows {
  ptr: Int32Array;
  idx: Int32Array;
  val: Float32Array;
  label: Int8Array;
  length: number;
}

/** Turns texts into hashed feature rows with the same tokenizer, lexicon and extractor the enricher uses. */
export function featurize(examples: readonly Example[], cfg: FeatureConfig, langOf: (e: Example) => LangOrUnd = (e) => e.lang): Rows {
  const tk = createTokens();
  const fb = createFeatureBuf();
  const ptr = new Int32Array(examples.length + 1);
  let idx = new Int32Array(1 << 20);
  let val = new Float32Array(1 << 20);
  let nnz = 0;
  examples.forEach((e, r) => {
    const lang = langOf(e);
    tokenize(e.text, tk);
    extractFeatures(tk, e.text, lang, lexiconPass(tk, lang), cfg, fb);
    if (nnz + fb.n > idx.length) {
      const i2 = new Int32Array(idx.length * 2);
      i2.set(idx);
      idx = i2;
      const v2 = new Float32Array(val.length * 2);
      v2.set(val);
      val = v2;
    }
    idx.set(fb.idx.subarray(0, fb.n), nnz);
    val.set(fb.val.subarray(0, fb.n), nnz);
    nnz += fb.n;
    ptr[r + 1] = nnz;
  });
  return { ptr, idx: idx.slice(0, nnz), val: val.slice(0, nnz), label: Int8Array.from(examples, (e) => e.label), length: examples.length };
}

/** Fits multinomial logistic regression with L2 on the chosen rows; returns weights over all hash buckets (bucket × 3 classes). */
// With `scale` (per bucket and class, e.g. NB log-count ratios), class c sees feature b as value × scale[b·3+c]; the
// returned weights have the scale folded in, so inference stays a plain linear model. L2 then shrinks a feature's
// effective weight by λ/scale², i.e. features with a weak class signal on the fitting rows are shrunk harder (NBSVM).
export function fit(rows: Rows, use: readonly number[], weight: Float64Array, bits: number, lambda: number, maxIter = 150, scale?: Float32Array): Float32Array {
  // Train in the compact space of buckets these rows touch: L-BFGS memory scales with it, not with 2^bits.
  const compact = new Int32Array(1 << bits).fill(-1);
  let dims = 0;
  for (const r of use) {
    for (let j = rows.ptr[r] as number; j < (rows.ptr[r + 1] as number); j++) {
      const b = rows.idx[j] as number;
      if (compact[b] === -1) compact[b] = dims++;
    }
  }
  const col = new Int32Array(rows.idx.length).fill(-1);
  for (const r of use) for (let j = rows.ptr[r] as number; j < (rows.ptr[r + 1] as number); j++) col[j] = compact[rows.idx[j] as number] as number;
  let wSum = 0;
  for (const r of use) wSum += weight[r] as number;
  const sc = new Float64Array(dims * 3).fill(1);
  if (scale) {
    for (let b = 0; b < compact.length; b++) {
      const c = compact[b] as number;
      if (c >= 0) for (let k = 0; k < 3; k++) sc[c * 3 + k] = scale[b * 3 + k] as number;
    }
  }
  const objective = (x: Float64Array, grad: Float64Array): number => {
    let loss = 0;
    for (let i = 0; i < x.length; i++) grad[i] = lambda * (x[i] as number);
    for (const r of use) {
      const a = rows.ptr[r] as number;
      const b = rows.ptr[r + 1] as number;
      let z0 = 0;
      let z1 = 0;
      let z2 = 0;
      for (let j = a; j < b; j++) {
        const c = (col[j] as number) * 3;
        const v = rows.val[j] as number;
        z0 += (x[c] as number) * v * (sc[c] as number);
        z1 += (x[c + 1] as number) * v * (sc[c + 1] as number);
        z2 += (x[c + 2] as number) * v * (sc[c + 2] as number);
      }
      const m = Math.max(z0, z1, z2);
      const e0 = Math.exp(z0 - m);
      const e1 = Math.exp(z1 - m);
      const e2 = Math.exp(z2 - m);
      const z = e0 + e1 + e2;
      const y = rows.label[r] as number;
      const w = (weight[r] as number) / wSum;
      loss -= w * ((y === 0 ? z0 : y === 1 ? z1 : z2) - m - Math.log(z));
      const d0 = w * (e0 / z - (y === 0 ? 1 : 0));
      const d1 = w * (e1 / z - (y === 1 ? 1 : 0));
      const d2 = w * (e2 / z - (y === 2 ? 1 : 0));
      for (let j = a; j < b; j++) {
        const c = (col[j] as number) * 3;
        const v = rows.val[j] as number;
        grad[c] = (grad[c] as number) + d0 * v * (sc[c] as number);
        grad[c + 1] = (grad[c + 1] as number) + d1 * v * (sc[c + 1] as number);
        grad[c + 2] = (grad[c + 2] as number) + d2 * v * (sc[c + 2] as number);
      }
    }
    let reg = 0;
    for (let i = 0; i < x.length; i++) reg += (x[i] as number) * (x[i] as number);
    return loss + 0.5 * lambda * reg;
  };
  const x = new Float64Array(dims * 3);
  minimize(objective, x, { maxIter });
  const out = new Float32Array(3 << bits);
  for (let b = 0; b < compact.length; b++) {
    const c = compact[b] as number;
    if (c >= 0) {
      for (let k = 0; k < 3; k++) out[b * 3 + k] = (x[c * 3 + k] as number) * (sc[c * 3 + k] as number);
    }
  }
  return out;
}

/**
 * NB log-count ratios per bucket and class (one class against the rest), from the chosen rows only, as scales for
 * {@link fit}: |r| + floor, so no feature is frozen at zero. Each row counts a bucket once (binarised).
 */
export function nbScale(rows: Rows, use: readonly number[], bits: number, alpha: number, floor: number): Float32Array {
  const cnt = new Float64Array(3 << bits);
  const tot = [0, 0, 0];
  for (const r of use) {
    const y = rows.label[r] as number;
    for (let j = rows.ptr[r] as number; j < (rows.ptr[r + 1] as number); j++) {
      cnt[(rows.idx[j] as number) * 3 + y] = (cnt[(rows.idx[j] as number) * 3 + y] as number) + 1;
      tot[y] = (tot[y] as number) + 1;
    }
  }
  const all = (tot[0] as number) + (tot[1] as number) + (tot[2] as number);
  const n = 1 << bits;
  const out = new Float32Array(3 << bits).fill(1);
  for (let b = 0; b < n; b++) {
    const a0 = cnt[b * 3] as number;
    const a1 = cnt[b * 3 + 1] as number;
    const a2 = cnt[b * 3 + 2] as number;
    const s = a0 + a1 + a2;
    if (s === 0) continue;
    for (let c = 0; c < 3; c++) {
      const p = ((cnt[b * 3 + c] as number) + alpha) / ((tot[c] as number) + alpha * n);
      const q = (s - (cnt[b * 3 + c] as number) + alpha) / (all - (tot[c] as number) + alpha * n);
      out[b * 3 + c] = Math.abs(Math.log(p / q)) + floor;
    }
  }
  return out;
}

/** Raw logits (3 per row) of the chosen rows under weights over all buckets. */
export function logitsOf(rows: Rows, use: readonly number[], w: Float32Array | Int8Array, scale = 1): Float64Array {
  const out = new Float64Array(use.length * 3);
  use.forEach((r, k) => {
    let z0 = 0;
    let z1 = 0;
    let z2 = 0;
    for (let j = rows.ptr[r] as number; j < (rows.ptr[r + 1] as number); j++) {
      const c = (rows.idx[j] as number) * 3;
      const v = rows.val[j] as number;
      z0 += (w[c] as number) * v;
      z1 += (w[c + 1] as number) * v;
      z2 += (w[c + 2] as number) * v;
    }
    out[k * 3] = z0 * scale;
    out[k * 3 + 1] = z1 * scale;
    out[k * 3 + 2] = z2 * scale;
  });
  return out;
}

/** Quantises weights to int8 with one scale; the largest 0.01 % are clipped so small weights keep their resolution. */
export function quantize(w: Float32Array): { q: Int8Array; scale: number } {
  const abs: number[] = [];
  for (let i = 0; i < w.length; i++) if (w[i] !== 0) abs.push(Math.abs(w[i] as number));
  abs.sort((a, b) => a - b);
  const clip = abs.length ? (abs[Math.floor(abs.length * 0.9999)] as number) : 1;
  const scale = clip / 127 || 1;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round((w[i] as number) / scale)));
  return { q, scale };
}
