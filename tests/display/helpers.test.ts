import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, backoffDelay } from '../../display/lib/backoff.ts';
import { driftOffset, DRIFT_MAX_PX, DRIFT_PERIOD_MS } from '../../display/lib/drift.ts';
import { formatCount, formatDuration, formatPercent, timeAgo, truncate } from '../../display/lib/format.ts';
import { pickScreen, safeTimeZone } from '../../display/lib/screen.ts';
import { bucketStarts, bucketize, dataSince, rankKeys, toShares } from '../../display/lib/series.ts';
import { CACHE_MAX_ENTRIES, SnapshotCache } from '../../display/lib/snapshot-cache.ts';

class MemoryStorage {
  map = new Map<string, string>();
  quota = Infinity;
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    const used = [...this.map.values()].reduce((a, b) => a + b.length, 0);
    if (used + v.length > this.quota) throw new Error('QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

describe('backoffDelay', () => {
  it('grows exponentially with half of it jittered, capped at 30 s', () => {
    expect(backoffDelay(0, () => 0)).toBe(500);
    expect(backoffDelay(0, () => 1)).toBe(1_000);
    expect(backoffDelay(3, () => 0.5)).toBe(6_000);
    expect(backoffDelay(50, () => 1)).toBe(BACKOFF_CAP_MS);
    expect(backoffDelay(-1, () => 0)).toBe(500);
  });
});

describe('SnapshotCache', () => {
  it('reads back what it wrote', () => {
    const c = new SnapshotCache(new MemoryStorage());
    c.write('kpi|{}', { t: 1, at: 2, data: { a: 1 } });
    expect(c.read('kpi|{}')).toEqual({ t: 1, at: 2, data: { a: 1 } });
    expect(c.read('nope')).toBeNull();
  });
  it('evicts the least recently written entries past its cap', () => {
    const s = new MemoryStorage();
    const c = new SnapshotCache(s);
    for (let i = 0; i < CACHE_MAX_ENTRIES + 5; i++) c.write(`k${i}`, { t: i, at: i, data: i });
    expect(c.read('k0')).toBeNull();
    expect(c.read(`k${CACHE_MAX_ENTRIES + 4}`)).not.toBeNull();
    expect([...s.map.keys()].filter((k) => k.startsWith('hubwall:snap:'))).toHaveLength(CACHE_MAX_ENTRIES);
  });
  it('survives a full storage and no storage at all', () => {
    const s = new MemoryStorage();
    const c = new SnapshotCache(s);
    for (let i = 0; i < 10; i++) c.write(`k${i}`, { t: i, at: i, data: 'x'.repeat(100) });
    s.quota = 800;
    expect(() => c.write('big', { t: 0, at: 0, data: 'y'.repeat(300) })).not.toThrow();
    expect(new SnapshotCache(null).read('k')).toBeNull();
  });
  it('treats corrupt entries as absent', () => {
    const s = new MemoryStorage();
    s.setItem('hubwall:snap:k', '{not json');
    expect(new SnapshotCache(s).read('k')).toBeNull();
  });
});

describe('series', () => {
  it('ends the buckets at the one holding now', () => {
    const starts = bucketStarts(10 * 60_000 + 30_000, 30, 5);
    expect(starts.map((t) => t / 60_000)).toEqual([-20, -15, -10, -5, 0, 5, 10].slice(1));
  });
  it('sums minutes into buckets and ignores rows out of range', () => {
    const starts = [0, 300_000];
    const rows = [{ t: 0, n: 1 }, { t: 60_000, n: 2 }, { t: 300_000, n: 4 }, { t: 600_000, n: 8 }];
    expect(bucketize(rows, starts, ['n'], (r) => r.n)).toEqual({ n: [3, 4] });
  });
  it('says since when a chart has data only when its range starts mostly empty', () => {
    const starts = Array.from({ length: 48 }, (_, i) => i * 1_800_000); // 24 h of 30-min buckets
    const fromBucket = (first: number) => ({ a: starts.map((_, i) => (i >= first ? 3 : 0)), b: starts.map(() => 0) });
    expect(dataSince(starts, fromBucket(44))).toBe(44 * 1_800_000); // a wall started two hours ago
    expect(dataSince(starts, fromBucket(2))).toBeNull(); // two quiet night buckets: no note
    expect(dataSince(starts, fromBucket(0))).toBeNull();
    expect(dataSince(starts, fromBucket(99))).toBeNull(); // no data at all: the widget says so itself
  });
  it('computes shares and ranks keys', () => {
    expect(toShares({ a: [1, 0], b: [3, 0] })).toEqual({ a: [25, null], b: [75, null] });
    expect(rankKeys({ a: [1], b: [5], c: [0] })).toEqual(['b', 'a']);
  });
});

describe('small helpers', () => {
  it('formats counts, percentages, durations and ages', () => {
    expect(formatCount(1234, 'en-GB')).toBe('1,234');
    expect(formatCount(123_456, 'en-GB')).toBe('123.5k');
    expect(formatCount(undefined)).toBe('–');
    expect(formatPercent(0.237)).toBe('24%');
    expect(formatDuration(80 * 60_000)).toBe('1 h 20 min');
    expect(formatDuration(null)).toBe('–');
    expect(timeAgo(0, 3 * 60_000)).toBe('3 min ago');
  });
  it('truncates at a word boundary', () => {
    expect(truncate('hello wonderful world', 18)).toBe('hello wonderful…');
    expect(truncate('hello wonderful world', 12)).toBe('hello wonder…'); // a far-back space would waste the line
    expect(truncate('short', 12)).toBe('short');
  });
  it('picks the requested screen, else the default, else the first', () => {
    const walls = { defaultScreen: 'b', screens: [{ id: 'a' }, { id: 'b' }] } as never;
    expect(pickScreen(walls, 'a')?.id).toBe('a');
    expect(pickScreen(walls, 'zz')?.id).toBe('b');
    expect(pickScreen({ screens: [{ id: 'a' }] } as never, null)?.id).toBe('a');
    expect(pickScreen(null, 'a')).toBeNull();
  });
  it('maps a bad time zone to UTC', () => {
    expect(safeTimeZone('Europe/Amsterdam')).toBe('Europe/Amsterdam');
    expect(safeTimeZone('Mars/Olympus')).toBe('UTC');
  });
  it('drifts within a few pixels, stepping every period', () => {
    const a = driftOffset(0);
    const b = driftOffset(DRIFT_PERIOD_MS);
    expect(a).toEqual({ x: 0, y: 0 });
    expect(b).not.toEqual(a);
    for (let i = 0; i < 40; i++) {
      const o = driftOffset(i * DRIFT_PERIOD_MS);
      expect(Math.abs(o.x)).toBeLessThanOrEqual(DRIFT_MAX_PX);
      expect(Math.abs(o.y)).toBeLessThanOrEqual(DRIFT_MAX_PX);
    }
  });
});
