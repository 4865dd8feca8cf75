/** Ring of fixed-size time buckets, each an Int32Array of `width` counters. Memory: slots × width × 4 bytes. */
export class BucketRing {
  private readonly counts: Int32Array;
  private readonly bucketOf: Float64Array;

  constructor(
    readonly bucketMs: number,
    readonly slots: number,
    readonly width: number,
  ) {
    this.counts = new Int32Array(slots * width);
    this.bucketOf = new Float64Array(slots).fill(-1);
  }

  /** Adds one to `cell` in the bucket of time `t`; returns false when `t` is outside the ring around `now`. */
  add(t: number, now: number, cell: number): boolean {
    const b = Math.floor(t / this.bucketMs);
    const current = Math.floor(now / this.bucketMs);
    if (b <= current - this.slots || b > current) return false;
    const slot = b % this.slots;
    if (this.bucketOf[slot] !== b) {
      if (this.bucketOf[slot] > b) return false;
      this.counts.fill(0, slot * this.width, (slot + 1) * this.width);
      this.bucketOf[slot] = b;
    }
    this.counts[slot * this.width + cell]++;
    return true;
  }

  /** Sum of the given cells in the bucket starting at `bucketStart` (0 when that bucket is not held). */
  sum(bucketStart: number, cells: Int32Array): number {
    const b = Math.floor(bucketStart / this.bucketMs);
    const slot = b % this.slots;
    if (this.bucketOf[slot] !== b) return 0;
    const base = slot * this.width;
    let n = 0;
    for (let i = 0; i < cells.length; i++) n += this.counts[base + cells[i]];
    return n;
  }

  /** Start times of the buckets in the ring that hold data, oldest first, within the window ending at `now`. */
  heldBuckets(now: number): number[] {
    const current = Math.floor(now / this.bucketMs);
    const out: number[] = [];
    for (let b = current - this.slots + 1; b <= current; b++) {
      if (b >= 0 && this.bucketOf[b % this.slots] === b) out.push(b * this.bucketMs);
    }
    return out;
  }

  /** Start of the bucket containing t. */
  startOf(t: number): number {
    return Math.floor(t / this.bucketMs) * this.bucketMs;
  }
}
