import { describe, expect, it } from 'vitest';
import type { WallMessage } from '../../server/schemas/live.ts';
import { MAX_MINUTES, MAX_STREAM, MINUTES_SPAN_MS, applyDelta, boundSnapshot, mergeByT, prependMessages } from '../../display/lib/merge.ts';

const minute = (i: number, total = i) => ({ t: i * 60_000, total, byChannel: {} });
const msg = (id: string): WallMessage =>
  ({ id, channel: 'x', direction: 'inbound', author: { id: 'a', name: 'A' }, text: id, createdAt: 0, lang: 'en', sentiment: { score: 0, label: 'neutral', confidence: 1 }, keywords: [], hashtags: [], url: null, engagement: { likes: 0, shares: 0, replies: 0 } }) as WallMessage;

describe('merge caps', () => {
  it('pins its caps', () => {
    expect(MAX_MINUTES).toBe(24 * 60 + 5);
    expect(MAX_STREAM).toBe(120);
  });
});

describe('mergeByT', () => {
  it('replaces changed buckets, appends new ones, sorts oldest first', () => {
    const out = mergeByT([minute(1), minute(2)], [minute(3), minute(2, 99)], 10);
    expect(out.map((b) => [b.t / 60_000, b.total])).toEqual([[1, 1], [2, 99], [3, 3]]);
  });
  it('keeps only the newest `cap` buckets', () => {
    expect(mergeByT([minute(1), minute(2)], [minute(3)], 2).map((b) => b.t / 60_000)).toEqual([2, 3]);
  });
  it('drops buckets older than the span before the newest', () => {
    const out = mergeByT([minute(0)], [minute(24 * 60 + 1)], 100, MINUTES_SPAN_MS);
    expect(out.map((b) => b.t / 60_000)).toEqual([24 * 60 + 1]);
  });
  it('ignores buckets without a finite time', () => {
    expect(mergeByT<{ t: number }>([{ t: Number.NaN }], [minute(1)], 10)).toHaveLength(1);
  });
});

describe('applyDelta', () => {
  it('merges volume minutes and days by t', () => {
    const prev = { bucketMs: 60_000, minutes: [minute(1), minute(2)], days: [{ t: 0, total: 5, byChannel: {} }] };
    const next = applyDelta('volume', prev, { bucketMs: 60_000, minutes: [minute(2, 7)], days: [] }) as typeof prev;
    expect(next.minutes.map((m) => m.total)).toEqual([1, 7]);
    expect(next.days).toHaveLength(1);
    expect(prev.minutes[1].total).toBe(2); // input untouched
  });
  it('merges sentiment minutes by t', () => {
    const prev = { bucketMs: 60_000, minutes: [{ t: 0, negative: 1, neutral: 1, positive: 1 }] };
    const next = applyDelta('sentiment', prev, { bucketMs: 60_000, minutes: [{ t: 60_000, negative: 2, neutral: 0, positive: 0 }] }) as typeof prev;
    expect(next.minutes).toHaveLength(2);
  });
  it('prepends stream messages newest first, without duplicates, capped', () => {
    const prev = { messages: [msg('b'), msg('a')] };
    const next = applyDelta('stream', prev, { messages: [msg('d'), msg('c'), msg('b')] }) as typeof prev;
    expect(next.messages.map((m) => m.id)).toEqual(['d', 'c', 'b', 'a']);
    const many = Array.from({ length: 300 }, (_, i) => msg(String(i)));
    expect((applyDelta('stream', prev, { messages: many }) as typeof prev).messages).toHaveLength(MAX_STREAM);
  });
  it('replaces every other topic wholesale', () => {
    expect(applyDelta('kpi', { a: 1 }, { b: 2 })).toEqual({ b: 2 });
    expect(applyDelta('trending', { items: [1] }, { items: [] })).toEqual({ items: [] });
  });
  it('takes a delta as the state when there is none yet, and ignores an empty delta', () => {
    expect(applyDelta('stream', null, { messages: [msg('a')] })).toEqual({ messages: [msg('a')] });
    expect(applyDelta('kpi', { a: 1 }, null)).toEqual({ a: 1 });
  });
});

describe('boundSnapshot and prependMessages', () => {
  it('caps an oversized stream snapshot', () => {
    const snap = { messages: Array.from({ length: 500 }, (_, i) => msg(String(i))) };
    expect((boundSnapshot('stream', snap) as typeof snap).messages).toHaveLength(MAX_STREAM);
  });
  it('respects a smaller cap', () => {
    expect(prependMessages([msg('a')], [msg('b')], 1).map((m) => m.id)).toEqual(['b']);
  });
});
