/** A small seeded pseudo-random generator: same seed, same sequence. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Exponential sample with the given mean. */
  exp(mean: number): number;
}

/** Seeds a Weyl sequence whose state is mixed by a 32-bit avalanche finalizer. */
export function createRng(seed: number): Rng {
  let state = (Math.floor(seed) ^ 0x5bd1e995) >>> 0;
  const next = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z ^= z >>> 16;
    return (z >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    exp: (mean) => -mean * Math.log(1 - next()),
  };
}

/** A weighted choice table built once, sampled in O(log n). */
export interface Weighted<T> {
  sample(rng: Rng): T;
  readonly items: readonly T[];
}

export function weighted<T>(entries: ReadonlyArray<readonly [T, number]>): Weighted<T> {
  const items = entries.map(([item]) => item);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of entries) {
    total += Math.max(0, w);
    cumulative.push(total);
  }
  return {
    items,
    sample(rng) {
      const x = rng.next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] > x) hi = mid;
        else lo = mid + 1;
      }
      return items[lo];
    },
  };
}
