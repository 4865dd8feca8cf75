/** Counts per word: [total, negative, neutral, positive]. */
export type WordCounts = Int32Array;

/**
 * Word counts over a sliding window made of `buckets` buckets of `bucketMs`, with a running total per word
 * so top-k needs no re-summing. Each bucket holds at most `capPerBucket` words: when full, words seen only
 * once are pruned (the long tail), which bounds memory at about buckets × cap entries whatever the traffic.
 */
export class SlidingCounter {
  private readonly ring: (Map<string, WordCounts> | null)[];
  private readonly ringBucket: Float64Array;
  readonly totals = new Map<string, WordCounts>();
  private current = -Infinity;

  constructor(
    readonly bucketMs: number,
    readonly buckets: number,
    readonly capPerBucket: number,
  ) {
    this.ring = new Array(buckets).fill(null);
    this.ringBucket = new Float64Array(buckets).fill(-1);
  }

  /** Window length in ms. */
  get windowMs(): number {
    return this.bucketMs * this.buckets;
  }

  /** Moves the window so it ends at `now`, dropping buckets that fell out. */
  advance(now: number): void {
    const b = Math.floor(now / this.bucketMs);
    if (b <= this.current) return;
    const from = Math.max(this.current + 1, b - this.buckets + 1);
    for (let nb = from; nb <= b; nb++) this.evictSlot(nb % this.buckets, nb);
    this.current = b;
  }

  /** Counts `words` at time `t` with sentiment index (0 neg, 1 neu, 2 pos); ignores times outside the window. */
  add(t: number, now: number, words: readonly string[], sentiment: number): void {
    this.advance(now);
    const b = Math.floor(t / this.bucketMs);
    if (b > this.current || b <= this.current - this.buckets) return;
    const slot = b % this.buckets;
    if (this.ringBucket[slot] !== b) return;
    let bucket = this.ring[slot];
    if (!bucket) {
      bucket = new Map();
      this.ring[slot] = bucket;
    }
    for (const w of words) {
      let c = bucket.get(w);
      if (!c) {
        if (bucket.size >= this.capPerBucket) this.pruneTail(bucket);
        c = new Int32Array(4);
        bucket.set(w, c);
      }
      c[0]++;
      c[1 + sentiment]++;
      let tot = this.totals.get(w);
      if (!tot) {
        tot = new Int32Array(4);
        this.totals.set(w, tot);
      }
      tot[0]++;
      tot[1 + sentiment]++;
    }
  }

  /** Count of a word in the window (0 when absent). */
  count(word: string): number {
    return this.totals.get(word)?.[0] ?? 0;
  }

  /** The k most counted words, highest first (ties by word for stable output). */
  top(k: number): { word: string; counts: WordCounts }[] {
    const out: { word: string; counts: WordCounts }[] = [];
    let floor = 0;
    for (const [word, counts] of this.totals) {
      if (out.length >= k && counts[0] <= floor) continue;
      out.push({ word, counts });
      if (out.length > k * 4) {
        out.sort(byCount);
        out.length = k;
        floor = out[k - 1].counts[0];
      }
    }
    out.sort(byCount);
    if (out.length > k) out.length = k;
    return out;
  }

  private evictSlot(slot: number, newBucket: number): void {
    const old = this.ring[slot];
    if (old) for (const [w, c] of old) this.subtract(w, c);
    this.ring[slot] = null;
    this.ringBucket[slot] = newBucket;
  }

  private subtract(word: string, c: WordCounts): void {
    const tot = this.totals.get(word);
    if (!tot) return;
    for (let i = 0; i < 4; i++) tot[i] -= c[i];
    if (tot[0] <= 0) this.totals.delete(word);
  }

  private pruneTail(bucket: Map<string, WordCounts>): void {
    for (let threshold = 1; bucket.size >= this.capPerBucket; threshold++) {
      for (const [w, c] of bucket) {
        if (c[0] <= threshold) {
          this.subtract(w, c);
          bucket.delete(w);
        }
      }
    }
  }
}

function byCount(a: { word: string; counts: WordCounts }, b: { word: string; counts: WordCounts }): number {
  return b.counts[0] - a.counts[0] || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0);
}
