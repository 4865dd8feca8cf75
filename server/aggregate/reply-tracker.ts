import type { Channel, Message } from '../schemas/message.ts';

interface OpenCase {
  channel: Channel;
  createdAt: number;
}

/**
 * Tracks inbound messages awaiting the brand's reply (open cases) and reply times, within bounds:
 * at most `maxOpen` cases (oldest dropped first) and `maxReplyTimes` recent reply times.
 */
export class ReplyTracker {
  private readonly open = new Map<string, OpenCase>();
  private readonly openPerChannel = new Map<Channel, number>();
  /** Ring of [repliedAt, replyMs] pairs. */
  private readonly replies: Float64Array;
  private replyCount = 0;

  constructor(
    readonly maxOpen = 100_000,
    readonly maxReplyTimes = 10_000,
    /** Cases older than this no longer count as open (they are handled elsewhere or abandoned). */
    readonly openTtlMs = 24 * 3_600_000,
  ) {
    this.replies = new Float64Array(maxReplyTimes * 2);
  }

  add(m: Message): void {
    if (m.direction === 'inbound') {
      const key = `${m.channel}:${m.id}`;
      if (this.open.has(key)) return;
      if (this.open.size >= this.maxOpen) this.dropOldest();
      this.open.set(key, { channel: m.channel, createdAt: m.createdAt });
      this.bump(m.channel, 1);
      return;
    }
    if (!m.inReplyTo) return;
    const key = `${m.channel}:${m.inReplyTo}`;
    const c = this.open.get(key);
    if (!c) return;
    this.open.delete(key);
    this.bump(c.channel, -1);
    const slot = this.replyCount % this.maxReplyTimes;
    this.replies[slot * 2] = m.createdAt;
    this.replies[slot * 2 + 1] = Math.max(0, m.createdAt - c.createdAt);
    this.replyCount++;
  }

  /** Open cases per channel, after dropping those older than the TTL. */
  openCases(now: number): Map<Channel, number> {
    const cutoff = now - this.openTtlMs;
    // Map iteration is insertion order, which is roughly arrival order: stop at the first young case.
    for (const [key, c] of this.open) {
      if (c.createdAt >= cutoff) break;
      this.open.delete(key);
      this.bump(c.channel, -1);
    }
    return new Map(this.openPerChannel);
  }

  /** Median reply time in ms of replies sent at or after `since`; null when none. */
  medianReplyMs(since: number): number | null {
    const n = Math.min(this.replyCount, this.maxReplyTimes);
    const xs: number[] = [];
    for (let i = 0; i < n; i++) if (this.replies[i * 2] >= since) xs.push(this.replies[i * 2 + 1]);
    if (!xs.length) return null;
    xs.sort((a, b) => a - b);
    const mid = xs.length >> 1;
    return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  }

  private dropOldest(): void {
    const first = this.open.entries().next();
    if (first.done) return;
    this.open.delete(first.value[0]);
    this.bump(first.value[1].channel, -1);
  }

  private bump(channel: Channel, by: number): void {
    this.openPerChannel.set(channel, (this.openPerChannel.get(channel) ?? 0) + by);
  }
}
