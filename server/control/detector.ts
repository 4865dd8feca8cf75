import type { TrendingItem } from '../schemas/live.ts';
import type { Channel } from '../schemas/message.ts';
import type { Alert } from './schemas.ts';

/** Early-warning defaults; `factor` is what staff tune in the panel (or HUBWALL_WARNING_FACTOR). */
export const DETECTOR_DEFAULTS = {
  /** Alert when the current window is this many times its baseline. */
  factor: 3,
  windowMs: 5 * 60_000, // 5 min
  /** The baseline is the average 5-minute window over this span before the current window. */
  baselineMs: 60 * 60_000, // 60 min
  /** Fewer negative messages than this in a window never alert, whatever the ratio (a quiet night). */
  minNegative: 30,
  /** Baseline floor per window, so a near-silent baseline does not make any blip look huge. */
  baselineFloor: 10,
  /** A keyword must reach this many mentions per hour… */
  keywordMinRate: 60,
  /** …and be at least this negative to raise an alert on its own. */
  keywordMinNegativeShare: 0.4,
  /** An open alert absorbs new signals for this long before a new alert is raised. */
  reopenMs: 10 * 60_000, // 10 min
  maxAlerts: 20,
  maxKeywords: 6,
  maxChannels: 3,
};
export type DetectorSettings = typeof DETECTOR_DEFAULTS;

/** Per-minute counts: `t` is the minute start (epoch ms). */
export type Series = readonly { t: number; n: number }[];

/** What the detector looks at: inbound negative counts per minute (in total and per channel) and trending words. */
export interface DetectorInput {
  now: number;
  negative: Series;
  negativeByChannel: Partial<Record<Channel, Series>>;
  trending: readonly TrendingItem[];
  /** How much history the aggregates hold (ms); trending baselines assume 24 h and are corrected when there is less. */
  historyMs: number;
}

/** History needed before a keyword can be said to climb past its own baseline. */
const KEYWORD_MIN_HISTORY_MS = 60 * 60_000;

/** Something that climbed past its own baseline. */
export interface Signal {
  kind: Alert['kind'];
  summary: string;
  ratio: number;
  keywords: string[];
  channels: Channel[];
}

const MINUTE = 60_000;
const sumBetween = (s: Series, from: number, to: number) => s.reduce((acc, b) => (b.t >= from && b.t < to ? acc + b.n : acc), 0);
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Current window and baseline per window for one series. */
function windowStats(s: Series, now: number, o: DetectorSettings) {
  const end = Math.floor(now / MINUTE) * MINUTE + MINUTE;
  const start = end - o.windowMs;
  const current = sumBetween(s, start, end);
  const baseline = sumBetween(s, start - o.baselineMs, start) / (o.baselineMs / o.windowMs);
  return { current, baseline };
}

/**
 * Finds what climbed past its own baseline by `factor`: the negative volume of the last 5 minutes against the
 * average 5 minutes of the hour before, and each trending keyword's rate against its own baseline. Names the
 * keywords and channels driving it. Pure.
 */
export function detect(input: DetectorInput, settings: Partial<DetectorSettings> = {}): Signal[] {
  const o = { ...DETECTOR_DEFAULTS, ...settings };
  const channels = (Object.entries(input.negativeByChannel) as [Channel, Series][])
    .map(([channel, s]) => ({ channel, ...windowStats(s, input.now, o) }))
    .map((c) => ({ ...c, excess: c.current - Math.max(c.baseline, 1) }))
    .filter((c) => c.excess > 0 && c.current >= 5)
    .sort((a, b) => b.excess - a.excess)
    .slice(0, o.maxChannels)
    .map((c) => c.channel);
  // Trending baselines are spread over 24 h; with less history they are too low by that proportion.
  const historyHours = Math.min(24, Math.max(0.5, input.historyMs / 3_600_000));
  const correction = 23.75 / Math.max(0.25, historyHours - 0.25);
  const words = input.trending
    .map((w) => ({ ...w, ratio: w.rate / Math.max(w.baseline * correction, 2) }))
    .filter((w) => w.negativeShare >= o.keywordMinNegativeShare)
    .sort((a, b) => b.ratio - a.ratio);
  const driving = words.slice(0, o.maxKeywords).map((w) => w.word);

  const signals: Signal[] = [];
  const neg = windowStats(input.negative, input.now, o);
  // Without most of the baseline hour in the store, "usual" is unknown: no volume alert rather than a false one.
  const covered = input.historyMs >= o.windowMs + o.baselineMs * 0.75;
  const floor = Math.max(neg.baseline, o.baselineFloor);
  if (covered && neg.current >= o.minNegative && neg.current >= o.factor * floor) {
    signals.push({
      kind: 'negative-volume',
      ratio: round1(neg.current / floor),
      // "10× the usual 0" reads as a bug to staff: below one per window there is no "usual" to multiply.
      summary:
        Math.round(neg.baseline) >= 1
          ? `Negative messages: ${neg.current} in the last 5 min, ${round1(neg.current / floor)}× the usual ${Math.round(neg.baseline)}`
          : `Negative messages: ${neg.current} in the last 5 min, against almost none in the hour before`,
      keywords: driving,
      channels,
    });
  }
  // A fresh install has no baseline for any word: every word would look new. Keyword alerts wait for an hour of history.
  const wordsKnown = input.historyMs >= KEYWORD_MIN_HISTORY_MS;
  for (const w of wordsKnown ? words : []) {
    if (w.ratio < o.factor || w.rate < o.keywordMinRate) continue;
    signals.push({
      kind: 'keyword',
      ratio: round1(w.ratio),
      summary: `“${w.word}” at ${Math.round(w.rate)}/h, ${round1(w.ratio)}× its baseline (${Math.round(w.negativeShare * 100)} % negative)`,
      keywords: [w.word, ...driving.filter((d) => d !== w.word)].slice(0, o.maxKeywords),
      channels,
    });
    if (signals.length >= 4) break;
  }
  return signals;
}

/**
 * Folds new signals into the alert list: an open alert (not dismissed, updated within `reopenMs`) absorbs them;
 * otherwise a new alert is raised. Returns the new list (bounded) and the alert raised, if any. Pure.
 */
export function updateAlerts(
  alerts: readonly Alert[],
  signals: readonly Signal[],
  now: number,
  newId: () => string,
  settings: Partial<DetectorSettings> = {},
): { alerts: Alert[]; raised: Alert | null; updated: boolean } {
  const o = { ...DETECTOR_DEFAULTS, ...settings };
  if (!signals.length) return { alerts: [...alerts], raised: null, updated: false };
  const lead = [...signals].sort((a, b) => (a.kind === b.kind ? b.ratio - a.ratio : a.kind === 'negative-volume' ? -1 : 1))[0];
  const keywords = [...new Set(signals.flatMap((s) => s.keywords))].slice(0, o.maxKeywords);
  const channels = [...new Set(signals.flatMap((s) => s.channels))].slice(0, o.maxChannels);
  const open = alerts.find((a) => !a.dismissed && now - a.updatedAt < o.reopenMs);
  if (open) {
    const merged: Alert = {
      ...open,
      updatedAt: now,
      summary: lead.summary,
      ratio: Math.max(open.ratio, lead.ratio),
      keywords: [...new Set([...open.keywords, ...keywords])].slice(0, o.maxKeywords),
      channels: [...new Set([...open.channels, ...channels])].slice(0, o.maxChannels),
    };
    return { alerts: alerts.map((a) => (a === open ? merged : a)), raised: null, updated: true };
  }
  const raised: Alert = { id: newId(), at: now, updatedAt: now, kind: lead.kind, summary: lead.summary, ratio: lead.ratio, keywords, channels, dismissed: false };
  return { alerts: [raised, ...alerts].slice(0, o.maxAlerts), raised, updated: true };
}
