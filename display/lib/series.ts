/** Most points a chart draws; range/bucket beyond this is coarsened so a mis-set option cannot draw 1440 bars. */
export const MAX_POINTS = 240;

/** Start times (ms) of the `range`/`bucket` buckets ending with the one that holds `now`, oldest first. */
export function bucketStarts(now: number, rangeMinutes: number, bucketMinutes: number): number[] {
  const bucketMs = Math.max(1, bucketMinutes) * 60_000;
  let count = Math.max(1, Math.ceil(rangeMinutes / Math.max(1, bucketMinutes)));
  let step = bucketMs;
  if (count > MAX_POINTS) {
    step = bucketMs * Math.ceil(count / MAX_POINTS);
    count = Math.ceil((rangeMinutes * 60_000) / step);
  }
  const last = Math.floor(now / step) * step;
  return Array.from({ length: count }, (_, i) => last - (count - 1 - i) * step);
}

/**
 * Sums per-minute rows into the buckets given by `starts` (equal steps), one array per key.
 * Rows outside the range are ignored; missing minutes count as zero.
 */
export function bucketize<T extends { t: number }>(
  rows: readonly T[] | undefined,
  starts: readonly number[],
  keys: readonly string[],
  pick: (row: T, key: string) => number,
): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const k of keys) out[k] = new Array<number>(starts.length).fill(0);
  if (starts.length === 0) return out;
  const step = starts.length > 1 ? starts[1] - starts[0] : 60_000;
  const first = starts[0];
  const end = starts[starts.length - 1] + step;
  for (const row of rows ?? []) {
    if (!row || !(row.t >= first) || row.t >= end) continue;
    const i = Math.floor((row.t - first) / step);
    for (const k of keys) {
      const v = pick(row, k);
      if (Number.isFinite(v)) out[k][i] += v;
    }
  }
  return out;
}

/** Turns counts per key into each key's share (0…100) of the bucket total; null where the bucket is empty. */
export function toShares(values: Record<string, number[]>): Record<string, (number | null)[]> {
  const keys = Object.keys(values);
  const n = keys.length ? values[keys[0]].length : 0;
  const out: Record<string, (number | null)[]> = {};
  for (const k of keys) out[k] = new Array<number | null>(n).fill(null);
  for (let i = 0; i < n; i++) {
    const total = keys.reduce((s, k) => s + values[k][i], 0);
    if (total > 0) for (const k of keys) out[k][i] = (values[k][i] / total) * 100;
  }
  return out;
}

/** Keys ordered by their total, largest first, dropping those with nothing in range. */
export function rankKeys(values: Record<string, number[]>): string[] {
  return Object.entries(values)
    .map(([k, xs]) => [k, xs.reduce((a, b) => a + b, 0)] as const)
    .filter(([, sum]) => sum > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([k]) => k);
}

/**
 * Start of the first bucket holding any count, when the range's first tenth or more is empty: a wall that started
 * (or a store that was emptied) two hours ago must say its "last 24 hours" chart only covers the time since.
 * Null when the data fills the range (a quiet early bucket or two is not worth a note) or there is none.
 */
export function dataSince(starts: readonly number[], values: Record<string, readonly number[]>): number | null {
  const keys = Object.keys(values);
  const first = starts.findIndex((_, i) => keys.some((k) => (values[k][i] ?? 0) > 0));
  return first >= Math.max(1, Math.ceil(starts.length / 10)) ? starts[first] : null;
}
