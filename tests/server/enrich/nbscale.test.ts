import { describe, expect, it } from 'vitest';
import { fit, logitsOf, nbScale, type Rows } from '../../../server/enrich/train/fit.ts';

// Four buckets: 0 = bias (every row), 1 = only in negative rows, 2 = only in positive rows, 3 = spread evenly.
function toyRows(): Rows {
  const spec: [number[], number][] = [
    [[0, 1, 3], 0], [[0, 1], 0], [[0, 3], 1], [[0], 1], [[0, 2, 3], 2], [[0, 2], 2],
  ];
  const ptr = new Int32Array(spec.length + 1);
  const idx: number[] = [];
  spec.forEach(([f], r) => {
    idx.push(...f);
    ptr[r + 1] = idx.length;
  });
  return { ptr, idx: Int32Array.from(idx), val: new Float32Array(idx.length).fill(1), label: Int8Array.from(spec, ([, y]) => y), length: spec.length };
}

describe('NBSVM-style scaling for the sentiment model (training only)', () => {
  const rows = toyRows();
  const all = [0, 1, 2, 3, 4, 5];

  it('gives a class-specific feature a larger scale for its class than a feature spread over all classes', () => {
    const s = nbScale(rows, all, 2, 1, 0.1);
    expect(s[1 * 3 + 0]).toBeGreaterThan(s[3 * 3 + 0] as number);
    expect(s[2 * 3 + 2]).toBeGreaterThan(s[3 * 3 + 2] as number);
    for (const v of s) expect(v).toBeGreaterThanOrEqual(0.1);
  });

  it('counts only the rows it is given (fitting folds), so held-out rows cannot leak into the scales', () => {
    const s = nbScale(rows, [0, 1, 2, 3], 2, 1, 0.1);
    // Bucket 2 appears only in rows 4 and 5: unseen here, so it keeps the neutral scale.
    expect([s[6], s[7], s[8]]).toEqual([1, 1, 1]);
  });

  it('folds the scales into the returned weights: a plain linear pass predicts the training labels', () => {
    const weight = new Float64Array(rows.length).fill(1);
    const w = fit(rows, all, weight, 2, 1e-3, 200, nbScale(rows, all, 2, 1, 0.1));
    const z = logitsOf(rows, all, w);
    const pred = all.map((r) => [0, 1, 2].reduce((b, c) => ((z[r * 3 + c] as number) > (z[r * 3 + b] as number) ? c : b), 0));
    expect(pred).toEqual(Array.from(rows.label));
  });
});
