import { describe, expect, it } from 'vitest';
import { createAggregates } from '../../../server/aggregate/aggregates.ts';
import { message } from '../helper.ts';

const T0 = Date.UTC(2026, 10, 26, 12, 0, 0);

describe('aggregates', () => {
  it('starts empty, with UTC days and no reply time', () => {
    const agg = createAggregates({ now: () => T0 });
    expect(agg.volume().minutes).toEqual([]);
    expect(agg.kpi()).toMatchObject({ messagesToday: 0, messagesWeek: 0, shareNegative: 0, repliesSent: 0, medianReplyMs: null });
    expect(agg.keywords().windows['15m']).toEqual([]);
  });

  it('counts messages per minute by channel and honours channel and language filters', () => {
    const agg = createAggregates({ now: () => T0 });
    agg.add(message({ channel: 'x', lang: 'en', createdAt: T0 - 60_000 }));
    agg.add(message({ channel: 'x', lang: 'nl', createdAt: T0 - 60_000 }));
    agg.add(message({ channel: 'line', lang: 'ja', createdAt: T0 }));
    const v = agg.volume();
    expect(v.minutes).toEqual([
      { t: T0 - 60_000, total: 2, byChannel: { x: 2 } },
      { t: T0, total: 1, byChannel: { line: 1 } },
    ]);
    expect(agg.volume({ channel: ['line'] }).minutes).toEqual([{ t: T0, total: 1, byChannel: { line: 1 } }]);
    expect(agg.volume({ lang: ['nl'] }).minutes.map((m) => m.total)).toEqual([1]);
    expect(agg.languages().counts).toEqual({ en: 1, nl: 1, ja: 1 });
  });

  it('splits minutes by sentiment and reports only the changed minutes as a delta', () => {
    const agg = createAggregates({ now: () => T0 });
    agg.add(message({ createdAt: T0, sentiment: { score: -0.8, label: 'negative', confidence: 0.9 } }));
    agg.add(message({ createdAt: T0, sentiment: { score: 0.8, label: 'positive', confidence: 0.9 } }));
    agg.add(message({ createdAt: T0 - 120_000 }));
    const changes = agg.takeChanges();
    expect(changes.minutes).toEqual([T0 - 120_000, T0]);
    expect(agg.sentiment(undefined, [T0]).minutes).toEqual([{ t: T0, negative: 1, neutral: 0, positive: 1 }]);
    expect(agg.takeChanges().minutes).toEqual([]);
  });

  it('ignores messages older than a week and keeps them out of today', () => {
    const agg = createAggregates({ now: () => T0 });
    agg.add(message({ createdAt: T0 - 9 * 86_400_000 }));
    agg.add(message({ createdAt: T0 - 2 * 86_400_000 }));
    agg.add(message({ createdAt: T0 }));
    expect(agg.kpi()).toMatchObject({ messagesToday: 1, messagesWeek: 2 });
    expect(agg.volume().days.map((d) => d.total)).toEqual([1, 1]);
  });

  it('starts "today" at local midnight of the configured time zone', () => {
    // 23:30 UTC on the 25th is 00:30 on the 26th in Amsterdam (UTC+1 in November).
    const now = Date.UTC(2026, 10, 26, 8, 0);
    const agg = createAggregates({ now: () => now, timeZone: 'Europe/Amsterdam' });
    agg.add(message({ createdAt: Date.UTC(2026, 10, 25, 23, 30) }));
    agg.add(message({ createdAt: Date.UTC(2026, 10, 25, 22, 30) }));
    expect(agg.kpi().messagesToday).toBe(1);
  });

  it('computes share negative of inbound, replies sent and the median reply time', () => {
    const agg = createAggregates({ now: () => T0 });
    const a = message({ id: 'a', createdAt: T0 - 10 * 60_000, sentiment: { score: -0.5, label: 'negative', confidence: 0.8 } });
    const b = message({ id: 'b', createdAt: T0 - 10 * 60_000 });
    agg.add(a);
    agg.add(b);
    agg.add(message({ direction: 'outbound', inReplyTo: 'a', createdAt: T0 - 8 * 60_000 }));
    agg.add(message({ direction: 'outbound', inReplyTo: 'b', createdAt: T0 - 6 * 60_000 }));
    const k = agg.kpi();
    expect(k.shareNegative).toBe(0.5);
    expect(k.repliesSent).toBe(2);
    expect(k.medianReplyMs).toBe(3 * 60_000);
  });

  it('ranks keywords per window with their sentiment split', () => {
    let now = T0;
    const agg = createAggregates({ now: () => now });
    agg.add(message({ keywords: ['delay', 'schiphol'], createdAt: now - 30 * 60_000, sentiment: { score: -1, label: 'negative', confidence: 1 } }));
    agg.add(message({ keywords: ['delay'], createdAt: now }));
    const w = agg.keywords().windows;
    expect(w['15m']).toEqual([{ word: 'delay', count: 1, negative: 0, neutral: 1, positive: 0 }]);
    expect(w['1h'][0]).toEqual({ word: 'delay', count: 2, negative: 1, neutral: 1, positive: 0 });
    now += 2 * 3_600_000;
    expect(agg.keywords().windows['1h']).toEqual([]);
    expect(agg.keywords().windows['24h'].map((x) => x.word)).toEqual(['delay', 'schiphol']);
  });

  it('leaves ignored words (the brand name) out of every keyword window and trending, still filling the top k', () => {
    const now = T0;
    const agg = createAggregates({ now: () => now });
    for (let i = 0; i < 40; i++) agg.add(message({ keywords: ['hubwall', 'delay'], createdAt: now - i * 20_000 }));
    for (let i = 0; i < 5; i++) agg.add(message({ keywords: ['gate', 'hubwall'], createdAt: now - i * 20_000 }));
    expect(agg.keywords(2).windows['15m'].map((x) => x.word)).toEqual(['hubwall', 'delay']);
    agg.takeChanges();
    agg.ignoreKeywords(['HubWall']);
    expect(agg.takeChanges().topics).toEqual(new Set(['keywords', 'trending']));
    for (const w of ['15m', '1h', '24h'] as const) expect(agg.keywords(2).windows[w].map((x) => x.word)).toEqual(['delay', 'gate']);
    expect(agg.trending().items.map((x) => x.word)).not.toContain('hubwall');
    agg.ignoreKeywords(['hubwall']); // the same list again: nothing to push
    expect(agg.takeChanges().topics.size).toBe(0);
    agg.ignoreKeywords([]); // counting went on: taking the word off the list brings it straight back
    expect(agg.keywords(2).windows['15m'].map((x) => x.word)).toEqual(['hubwall', 'delay']);
  });

  it('finds a word trending against its own baseline and not a steady one', () => {
    const now = T0;
    const agg = createAggregates({ now: () => now });
    for (let h = 1; h < 20; h++) for (let i = 0; i < 4; i++) agg.add(message({ keywords: ['baggage'], createdAt: now - h * 3_600_000 }));
    for (let i = 0; i < 2; i++) agg.add(message({ keywords: ['baggage'], createdAt: now - i * 60_000 }));
    for (let i = 0; i < 30; i++) agg.add(message({ keywords: ['ashcloud'], createdAt: now - i * 20_000, sentiment: { score: -1, label: 'negative', confidence: 1 } }));
    const items = agg.trending().items;
    expect(items.map((i) => i.word)).toEqual(['ashcloud']);
    expect(items[0].negativeShare).toBe(1);
  });

  it('judges trending against the history there is: nothing in the first hour, steady words stay flat on a young store', () => {
    const now = T0;
    const agg = createAggregates({ now: () => now });
    // 40 minutes of a steady 2-a-minute word: no usual rate yet, so nothing can be "rising against" it.
    for (let m = 0; m < 40; m++) for (let i = 0; i < 2; i++) agg.add(message({ keywords: ['check'], createdAt: now - m * 60_000 - i * 1_000 }));
    expect(agg.trending().items).toEqual([]);
    // Two hours of the same pace: its rate equals its baseline (about 120/h), not twelve times a day's average.
    for (let m = 40; m < 120; m++) for (let i = 0; i < 2; i++) agg.add(message({ keywords: ['check'], createdAt: now - m * 60_000 - i * 1_000 }));
    for (let i = 0; i < 30; i++) agg.add(message({ keywords: ['ashcloud'], createdAt: now - i * 20_000 }));
    expect(agg.trending().items.map((x) => x.word)).toEqual(['ashcloud']);
  });

  it('features a confident positive post and never a low-confidence one', () => {
    const agg = createAggregates({ now: () => T0 });
    agg.add(message({ text: 'Not sure this counts as praise really', createdAt: T0, sentiment: { score: 0.3, label: 'positive', confidence: 0.2 } }));
    expect(agg.featured().message).toBeNull();
    agg.add(message({ id: 'good', text: 'The crew on KL1234 were wonderful, thank you!', createdAt: T0, sentiment: { score: 0.8, label: 'positive', confidence: 0.9 } }));
    expect(agg.featured().message?.id).toBe('good');
  });

  it('stays bounded under a flood of distinct keywords', () => {
    const agg = createAggregates({ now: () => T0 });
    for (let i = 0; i < 60_000; i++) agg.add(message({ keywords: [`w${i}`, 'common'], createdAt: T0 - (i % 840) * 1000 }));
    const s = agg.sizes();
    expect(s.keywords15m).toBeLessThanOrEqual(15 * 2_000);
    expect(s.keywords24h).toBeLessThanOrEqual(24 * 5_000);
    expect(s.featuredCandidates).toBeLessThanOrEqual(500);
    // The frequent word survives the pruning of the long tail.
    expect(agg.keywords().windows['15m'][0]).toMatchObject({ word: 'common', count: 60_000 });
  });
});
