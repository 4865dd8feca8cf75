import type { Channel, LangOrUnd, Message, SentimentLabel } from './message.ts';

/** Bumped on any breaking change of frame shapes; every frame carries it as `v`. */
export const PROTOCOL_VERSION = 1;

export const TOPICS = ['config', 'volume', 'sentiment', 'languages', 'keywords', 'trending', 'kpi', 'stream', 'featured', 'capacity', 'control'] as const;
export type Topic = (typeof TOPICS)[number];

/** Filters a subscription may carry. Aggregate topics honour channel and lang; stream honours all. */
export interface TopicFilter {
  channel?: Channel[];
  lang?: LangOrUnd[];
  sentiment?: SentimentLabel[];
  /** Stream only: keep messages whose keywords or hashtags contain this word (lower case). */
  keyword?: string;
  /** Stream only: customers' messages (`inbound`) or the brand's replies (`outbound`); both when unset. */
  direction?: 'inbound' | 'outbound';
}

// ── client → server ──────────────────────────────────────────────
export type ClientFrame =
  | { v: number; type: 'subscribe'; topic: Topic; filter?: TopicFilter }
  | { v: number; type: 'unsubscribe'; topic: Topic; filter?: TopicFilter }
  /** A screen says who it is and what it shows; sent on connect and on every dashboard change. */
  | { v: number; type: 'hello'; screen: string; dashboard?: string; version?: string }
  | { v: number; type: 'ping' };

// ── server → client ──────────────────────────────────────────────
/**
 * `key` is the canonical form of topic+filter; a client matches frames to its subscriptions by key.
 * `t` is server time (epoch ms) so screens show server time, not their own drifting clock.
 */
export type ServerFrame =
  | { v: number; type: 'snapshot'; topic: Topic; key: string; t: number; data: unknown }
  | { v: number; type: 'delta'; topic: Topic; key: string; t: number; data: unknown }
  | { v: number; type: 'heartbeat'; t: number }
  | { v: number; type: 'error'; t: number; error: { code: string; message: string } };

// ── topic payloads ───────────────────────────────────────────────
/** volume: per-minute counts by channel (24 h ring) and daily totals (7 days). Delta: only changed minutes/days. */
export interface VolumeData {
  bucketMs: number;
  minutes: { t: number; total: number; byChannel: Partial<Record<Channel, number>> }[];
  days: { t: number; total: number; byChannel: Partial<Record<Channel, number>> }[];
}
/** sentiment: per-minute counts by label (24 h). Delta: only changed minutes. */
export interface SentimentData {
  bucketMs: number;
  minutes: { t: number; negative: number; neutral: number; positive: number }[];
}
/** languages: message counts per language over the last 24 h (full state each time). */
export interface LanguagesData {
  windowMs: number;
  counts: Partial<Record<LangOrUnd, number>>;
}
export type KeywordWindow = '15m' | '1h' | '24h';
export interface KeywordItem {
  word: string;
  count: number;
  negative: number;
  neutral: number;
  positive: number;
}
/** keywords: top-k per window (full state each time). */
export interface KeywordsData {
  windows: Record<KeywordWindow, KeywordItem[]>;
}
export interface TrendingItem {
  word: string;
  /** Mentions per hour now (last 15 min, scaled). */
  rate: number;
  /** Mentions per hour over its own baseline (last 24 h, excluding now). */
  baseline: number;
  /** rate / max(baseline, floor) */
  ratio: number;
  negativeShare: number;
}
export interface TrendingData {
  items: TrendingItem[];
}
export interface KpiData {
  messagesToday: number;
  messagesWeek: number;
  messagesLastHour: number;
  /** 0…1 share of negative inbound messages today. */
  shareNegative: number;
  repliesSent: number;
  /** Median ms from an inbound message to the brand's reply, today; null when no replies. */
  medianReplyMs: number | null;
  /** Messages per minute over the last 5 minutes. */
  ratePerMinute: number;
}
/** A message as screens see it (no internal fields). */
export type WallMessage = Pick<
  Message,
  'id' | 'channel' | 'direction' | 'author' | 'text' | 'createdAt' | 'lang' | 'sentiment' | 'keywords' | 'hashtags' | 'url' | 'engagement'
>;
/** stream: snapshot = newest first (bounded); delta = new messages newest first. */
export interface StreamData {
  messages: WallMessage[];
}
export interface FeaturedData {
  message: WallMessage | null;
  /** 'pinned' by staff, or the rule that picked it. */
  reason: string;
}
export interface ChannelCapacity {
  channel: Channel;
  openCases: number;
  inflow15m: number;
  replies15m: number;
  agents: number;
  /** Expected wait for a new message in ms; null when no agents. */
  predictedWaitMs: number | null;
  targetMs: number;
  overCapacity: boolean;
}
export interface CapacityData {
  channels: ChannelCapacity[];
}
