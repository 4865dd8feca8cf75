import type { TrendingItem } from '../schemas/live.ts';

export interface TrendingInput {
  word: string;
  /** Count in the last 15 minutes. */
  recent: number;
  /** Count in the last 24 hours (including the recent part). */
  day: number;
  /** Negative mentions in the last 15 minutes. */
  recentNegative: number;
}

export const TRENDING_DEFAULTS = {
  /** A word needs this many mentions in 15 min before it can trend, so one odd post never does. */
  minRecent: 5,
  /** Baseline floor in mentions per hour, so a word never seen before does not get an infinite ratio. */
  baselineFloor: 2,
  /** Ratio at or above which a word counts as trending. */
  minRatio: 2,
  maxItems: 10,
  /**
   * Hours of history before the recent 15 minutes (the full day unless the store is younger). The baseline is the
   * count over these hours, not over 24: a wall started two hours ago would otherwise see every word rise twelvefold.
   */
  historyHours: 23.75,
  /** Below this much history there is no "usual rate" to rise against, and nothing trends. */
  minHistoryHours: 1,
};

/** Ranks words by their current rate against their own baseline (the last 24 h, or the history there is). Pure. */
export function rankTrending(words: readonly TrendingInput[], opts: Partial<typeof TRENDING_DEFAULTS> = {}): TrendingItem[] {
  const o = { ...TRENDING_DEFAULTS, ...opts };
  if (o.historyHours < o.minHistoryHours) return [];
  const hours = Math.min(o.historyHours, 23.75);
  const items: TrendingItem[] = [];
  for (const w of words) {
    if (w.recent < o.minRecent) continue;
    const rate = w.recent * 4; // per hour
    const baseline = Math.max(0, w.day - w.recent) / hours;
    const ratio = rate / Math.max(baseline, o.baselineFloor);
    if (ratio < o.minRatio) continue;
    items.push({ word: w.word, rate, baseline: round2(baseline), ratio: round2(ratio), negativeShare: round2(w.recentNegative / w.recent) });
  }
  items.sort((a, b) => b.ratio - a.ratio || b.rate - a.rate);
  return items.slice(0, o.maxItems);
}

const round2 = (x: number) => Math.round(x * 100) / 100;
