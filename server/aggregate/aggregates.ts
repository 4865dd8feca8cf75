import type { FeaturedData, KeywordItem, KeywordsData, KpiData, LanguagesData, SentimentData, Topic, TopicFilter, TrendingData, VolumeData } from '../schemas/live.ts';
import { CHANNELS, SENTIMENT_LABELS, type Channel, type Message } from '../schemas/message.ts';
import { CELLS, LANG_DIM, cellOf, matchingCells, type CellFilter } from './cells.ts';
import { DayTotals } from './day-totals.ts';
import { dayStart } from './day-start.ts';
import { BucketRing } from './time-buckets.ts';
import { SlidingCounter } from './sliding-counter.ts';
import { ReplyTracker } from './reply-tracker.ts';
import { rankTrending } from './trending.ts';
import { pickFeatured } from './featured.ts';
import { createCapacity, type CapacityOptions } from './capacity/index.ts';
import type { CapacityModelData } from './capacity/model.ts';

const MINUTE = 60_000;
const DAY_MINUTES = 1440;
/** Positive posts kept as featured candidates. */
const FEATURED_CANDIDATES = 500;
/** Words kept per keyword window in snapshots. */
const TOP_K = 60;
const SENTIMENT_INDEX: Record<string, number> = { negative: 0, neutral: 1, positive: 2 };

export interface AggregatesOptions {
  /** IANA zone whose midnight starts "today". */
  timeZone?: string;
  now?: () => number;
  /** Staffing config and priority tiers of the capacity model (server/aggregate/capacity/). */
  capacity?: CapacityOptions;
}

/** Which minutes and days changed since the last `takeChanges`, so the hub can send deltas. */
export interface Changes {
  minutes: number[];
  days: number[];
  topics: Set<Topic>;
}

/**
 * In-memory aggregates keyed by event time. Every structure has a fixed bound, so memory stays flat
 * whatever the traffic: a 24 h minute ring, 8 local days, capped keyword buckets, capped trackers.
 */
export function createAggregates(opts: AggregatesOptions = {}) {
  const now = opts.now ?? Date.now;
  const timeZone = opts.timeZone ?? 'UTC';
  const capacityState = createCapacity({ timeZone, ...opts.capacity });
  const minutes = new BucketRing(MINUTE, DAY_MINUTES, CELLS);
  const days = new DayTotals(timeZone, 8);
  const kw15m = new SlidingCounter(MINUTE, 15, 2_000);
  const kw1h = new SlidingCounter(5 * MINUTE, 12, 3_000);
  const kw24h = new SlidingCounter(60 * MINUTE, 24, 5_000);
  const replies = new ReplyTracker();
  const featuredCandidates: Message[] = [];
  let changedMinutes = new Set<number>();
  let changedDays = new Set<number>();
  let changedTopics = new Set<Topic>();
  let total = 0;
  /** Words left out of keyword top-k and trending (config `ignoreKeywords`); counting goes on, so removing one restores it. */
  let ignored = new Set<string>();
  const shown = <T extends { word: string }>(items: T[]): T[] => (ignored.size ? items.filter((x) => !ignored.has(x.word)) : items);

  const cellCache = new Map<string, Int32Array>();
  const cells = (f: CellFilter): Int32Array => {
    const key = JSON.stringify([f.direction ?? '', f.channel ?? [], f.lang ?? [], f.sentiment ?? []]);
    let c = cellCache.get(key);
    if (!c) {
      if (cellCache.size > 500) cellCache.clear();
      c = matchingCells(f);
      cellCache.set(key, c);
    }
    return c;
  };
  const filterCells = (f: TopicFilter | undefined, extra: Partial<CellFilter> = {}) =>
    cells({ channel: f?.channel, lang: f?.lang, sentiment: f?.sentiment, ...extra });

  function add(m: Message): void {
    const t = now();
    total++;
    const cell = cellOf(m.direction, m.channel, m.sentiment.label, m.lang);
    if (minutes.add(m.createdAt, t, cell)) changedMinutes.add(minutes.startOf(m.createdAt));
    const day = days.add(m.createdAt, t, cell);
    if (day !== null) changedDays.add(day);
    if (m.direction === 'inbound' && m.keywords.length) {
      const s = SENTIMENT_INDEX[m.sentiment.label] ?? 1;
      kw15m.add(m.createdAt, t, m.keywords, s);
      kw1h.add(m.createdAt, t, m.keywords, s);
      kw24h.add(m.createdAt, t, m.keywords, s);
    }
    replies.add(m);
    capacityState.add(m);
    if (m.direction === 'inbound' && m.sentiment.label === 'positive') {
      featuredCandidates.push(m);
      if (featuredCandidates.length > FEATURED_CANDIDATES) featuredCandidates.shift();
      changedTopics.add('featured');
    }
    for (const topic of ['volume', 'sentiment', 'languages', 'keywords', 'trending', 'kpi', 'capacity'] as const) changedTopics.add(topic);
  }

  function takeChanges(): Changes {
    const out = { minutes: [...changedMinutes].sort((a, b) => a - b), days: [...changedDays].sort((a, b) => a - b), topics: changedTopics };
    changedMinutes = new Set();
    changedDays = new Set();
    changedTopics = new Set();
    return out;
  }

  /** Cell sets per channel that pass the filter, computed once per query rather than per bucket. */
  function channelCells(f: TopicFilter | undefined): [Channel, Int32Array][] {
    return CHANNELS.filter((ch) => !f?.channel?.length || f.channel.includes(ch)).map((ch) => [ch, cells({ channel: [ch], lang: f?.lang, sentiment: f?.sentiment })]);
  }

  function byChannel(sumFor: (cells: Int32Array) => number, perChannel: [Channel, Int32Array][]) {
    const out: Partial<Record<Channel, number>> = {};
    let sum = 0;
    for (const [ch, c] of perChannel) {
      const n = sumFor(c);
      if (n) out[ch] = n;
      sum += n;
    }
    return { total: sum, byChannel: out };
  }

  /** Volume per minute (only minutes with messages) and per day. `onlyMinutes`/`onlyDays` restrict to changes. */
  function volume(f?: TopicFilter, onlyMinutes?: number[], onlyDays?: number[]): VolumeData {
    const t = now();
    const ms = onlyMinutes ?? minutes.heldBuckets(t);
    const ds = onlyDays ?? days.heldDays(t);
    const perChannel = channelCells(f);
    return {
      bucketMs: MINUTE,
      minutes: ms.map((m) => ({ t: m, ...byChannel((c) => minutes.sum(m, c), perChannel) })).filter((x) => x.total > 0 || onlyMinutes),
      days: ds.map((d) => ({ t: d, ...byChannel((c) => days.sum(d, c), perChannel) })),
    };
  }

  function sentiment(f?: TopicFilter, onlyMinutes?: number[]): SentimentData {
    const ms = onlyMinutes ?? minutes.heldBuckets(now());
    const perLabel = SENTIMENT_LABELS.map((label) => [label, filterCells({ ...f, sentiment: [label] })] as const);
    const rows = ms.map((m) => {
      const row = { t: m, negative: 0, neutral: 0, positive: 0 };
      for (const [label, c] of perLabel) row[label] = minutes.sum(m, c);
      return row;
    });
    return { bucketMs: MINUTE, minutes: onlyMinutes ? rows : rows.filter((r) => r.negative + r.neutral + r.positive > 0) };
  }

  function sumMinutes(from: number, to: number, c: Int32Array): number {
    let n = 0;
    for (let m = minutes.startOf(from); m <= to; m += MINUTE) n += minutes.sum(m, c);
    return n;
  }

  function languages(f?: TopicFilter): LanguagesData {
    const t = now();
    const counts: LanguagesData['counts'] = {};
    for (const lang of LANG_DIM) {
      const n = sumMinutes(t - (DAY_MINUTES - 1) * MINUTE, t, cells({ channel: f?.channel, sentiment: f?.sentiment, lang: [lang] }));
      if (n) counts[lang] = n;
    }
    return { windowMs: DAY_MINUTES * MINUTE, counts };
  }

  function keywordItems(counter: SlidingCounter, k: number): KeywordItem[] {
    counter.advance(now());
    return shown(counter.top(k + ignored.size))
      .slice(0, k)
      .map(({ word, counts }) => ({ word, count: counts[0], negative: counts[1], neutral: counts[2], positive: counts[3] }));
  }

  function keywords(k = TOP_K): KeywordsData {
    return { windows: { '15m': keywordItems(kw15m, k), '1h': keywordItems(kw1h, k), '24h': keywordItems(kw24h, k) } };
  }

  function trending(): TrendingData {
    const t = now();
    kw15m.advance(t);
    kw24h.advance(t);
    const inputs = shown(kw15m.top(200 + ignored.size)).slice(0, 200).map(({ word, counts }) => ({ word, recent: counts[0], recentNegative: counts[1], day: kw24h.count(word) }));
    const first = minutes.heldBuckets(t)[0];
    const historyHours = first === undefined ? 0 : Math.max(0, t - 15 * MINUTE - first) / 3_600_000;
    return { items: rankTrending(inputs, { historyHours }) };
  }

  function kpi(f?: TopicFilter): KpiData {
    const t = now();
    const today = dayStart(t, timeZone);
    const all = filterCells(f);
    const inbound = filterCells(f, { direction: 'inbound' });
    const inboundNegative = filterCells({ ...f, sentiment: ['negative'] }, { direction: 'inbound' });
    const outbound = filterCells(f, { direction: 'outbound' });
    const todayInbound = days.sum(today, inbound);
    let week = 0;
    for (const d of days.heldDays(t)) if (d > today - 7 * 86_400_000 + 3_600_000) week += days.sum(d, all);
    return {
      messagesToday: days.sum(today, all),
      messagesWeek: week,
      messagesLastHour: sumMinutes(t - 59 * MINUTE, t, all),
      shareNegative: todayInbound ? days.sum(today, inboundNegative) / todayInbound : 0,
      repliesSent: days.sum(today, outbound),
      medianReplyMs: replies.medianReplyMs(today),
      ratePerMinute: sumMinutes(t - 4 * MINUTE, t, all) / 5,
    };
  }

  function capacity(f?: TopicFilter): CapacityModelData {
    const t = now();
    const flows = (channel: Channel) => ({
      inflow15m: sumMinutes(t - 14 * MINUTE, t, cells({ channel: [channel], direction: 'inbound' })),
      replies15m: sumMinutes(t - 14 * MINUTE, t, cells({ channel: [channel], direction: 'outbound' })),
    });
    return { channels: capacityState.channels(t, flows, f?.channel) };
  }

  function featured(): FeaturedData {
    return pickFeatured(featuredCandidates, now());
  }

  return {
    add,
    takeChanges,
    volume,
    sentiment,
    languages,
    keywords,
    trending,
    kpi,
    capacity,
    /** Capacity state: staffing overrides, "handled" marks and config (the capacity plugin drives it). */
    capacityState,
    /** Marks a topic changed so the hub recomputes it on the next tick (staff actions, not messages). */
    touch(topic: Topic): void {
      changedTopics.add(topic);
    },
    featured,
    /** Sets the words never shown as keywords; keyword and trending screens get the new lists on the next tick. */
    ignoreKeywords(words: readonly string[]): void {
      const next = new Set(words.map((w) => w.toLowerCase()));
      if (next.size === ignored.size && [...next].every((w) => ignored.has(w))) return;
      ignored = next;
      changedTopics.add('keywords');
      changedTopics.add('trending');
    },
    /** Messages counted since start (including those too old for any window). */
    get total() {
      return total;
    },
    /** Sizes of the bounded structures, for tests and status. */
    sizes: () => ({ keywords24h: kw24h.totals.size, keywords1h: kw1h.totals.size, keywords15m: kw15m.totals.size, featuredCandidates: featuredCandidates.length }),
  };
}
export type Aggregates = ReturnType<typeof createAggregates>;
