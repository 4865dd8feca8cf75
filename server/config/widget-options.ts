import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { WidgetType } from '../schemas/config.ts';
import type { Topic } from '../schemas/live.ts';

const lit = <T extends readonly string[]>(xs: T, dflt: T[number]) => Type.Union(xs.map((x) => Type.Literal(x)), { default: dflt });
const strict = { additionalProperties: false } as const;

/** Chart bucket sizes in minutes; the server keeps per-minute buckets, so any divisor of an hour works. */
export const BUCKET_MINUTES = [1, 5, 10, 15, 30, 60] as const;

/** KPI names a kpi-tiles widget can show; each is a field of the `kpi` topic's data. */
export const KPI_TILES = ['messagesToday', 'messagesWeek', 'messagesLastHour', 'shareNegative', 'repliesSent', 'medianReplyMs', 'ratePerMinute'] as const;

const range = (dflt: number) => Type.Integer({ minimum: 5, maximum: 1440, default: dflt, description: 'minutes of history shown' });
const bucket = (dflt: (typeof BUCKET_MINUTES)[number]) => Type.Union(BUCKET_MINUTES.map((m) => Type.Literal(m)), { default: dflt, description: 'minutes per bar or point' });

/** kpi-tiles: which KPIs to show, in order. */
export const KpiTilesOptions = Type.Object(
  { tiles: Type.Array(Type.Union(KPI_TILES.map((k) => Type.Literal(k))), { minItems: 1, maxItems: 7, uniqueItems: true, default: ['messagesToday', 'messagesLastHour', 'ratePerMinute', 'shareNegative', 'medianReplyMs'] }) },
  strict,
);

/** word-cloud: keyword window, how many words, and what colours them. */
export const WordCloudOptions = Type.Object(
  {
    window: lit(['15m', '1h', '24h'] as const, '1h'),
    maxWords: Type.Integer({ minimum: 5, maximum: 200, default: 80 }),
    colorBy: lit(['sentiment', 'accent'] as const, 'sentiment'),
  },
  strict,
);

/** featured-post: what to show around the post text. */
export const FeaturedPostOptions = Type.Object(
  {
    showAuthor: Type.Boolean({ default: true }),
    showChannel: Type.Boolean({ default: true }),
    showEngagement: Type.Boolean({ default: true }),
    /** Longer text is cut with an ellipsis so the type stays large. */
    maxChars: Type.Integer({ minimum: 40, maximum: 2000, default: 400 }),
  },
  strict,
);

/** raw-stream: how many messages stay on screen (newest first) and what each row shows. */
export const RawStreamOptions = Type.Object(
  {
    maxItems: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    showSentiment: Type.Boolean({ default: true }),
    showChannel: Type.Boolean({ default: true }),
    showLanguage: Type.Boolean({ default: false }),
  },
  strict,
);

/** channel-capacity: row order and when a channel turns to the warning colour. */
export const ChannelCapacityOptions = Type.Object(
  {
    sortBy: lit(['wait', 'inflow', 'openCases', 'channel'] as const, 'wait'),
    /** Share of the target wait (0…1) at which a row shows --warning; over target shows --negative. */
    warnAt: Type.Number({ minimum: 0, maximum: 1, default: 0.8 }),
    showAgents: Type.Boolean({ default: true }),
  },
  strict,
);

/** sentiment-timeline: time range, bucket size and how the three labels are drawn. */
export const SentimentTimelineOptions = Type.Object(
  {
    range: range(240),
    bucket: bucket(5),
    /** `share`: 100 % stacked areas; `stacked`: stacked counts; `lines`: one line per label. */
    mode: lit(['share', 'stacked', 'lines'] as const, 'share'),
  },
  strict,
);

/** volume-by-channel: time range, bucket size, stacked or side by side. */
export const VolumeByChannelOptions = Type.Object(
  {
    range: range(60),
    bucket: bucket(1),
    stacked: Type.Boolean({ default: true }),
  },
  strict,
);

/** language-mix: how many languages (the rest is grouped as "other") and the chart kind. */
export const LanguageMixOptions = Type.Object(
  {
    maxLanguages: Type.Integer({ minimum: 1, maximum: 11, default: 8 }),
    chart: lit(['bars', 'donut'] as const, 'bars'),
  },
  strict,
);

/** trending-topics: how many topics and the smallest rate/baseline ratio worth showing. */
export const TrendingTopicsOptions = Type.Object(
  {
    maxItems: Type.Integer({ minimum: 1, maximum: 30, default: 10 }),
    minRatio: Type.Number({ minimum: 1, maximum: 100, default: 2 }),
    showNegativeShare: Type.Boolean({ default: true }),
  },
  strict,
);

/** The options schema of each widget type; `options` of a widget is validated and defaulted with it. */
export const WIDGET_OPTIONS = {
  'kpi-tiles': KpiTilesOptions,
  'word-cloud': WordCloudOptions,
  'featured-post': FeaturedPostOptions,
  'raw-stream': RawStreamOptions,
  'channel-capacity': ChannelCapacityOptions,
  'sentiment-timeline': SentimentTimelineOptions,
  'volume-by-channel': VolumeByChannelOptions,
  'language-mix': LanguageMixOptions,
  'trending-topics': TrendingTopicsOptions,
} as const satisfies Record<WidgetType, TSchema>;

/** Options of a widget type after defaults are applied (every field present). */
export type WidgetOptions<T extends WidgetType> = Static<(typeof WIDGET_OPTIONS)[T]>;

/** The live topic each widget type subscribes to. */
export const WIDGET_TOPIC = {
  'kpi-tiles': 'kpi',
  'word-cloud': 'keywords',
  'featured-post': 'featured',
  'raw-stream': 'stream',
  'channel-capacity': 'capacity',
  'sentiment-timeline': 'sentiment',
  'volume-by-channel': 'volume',
  'language-mix': 'languages',
  'trending-topics': 'trending',
} as const satisfies Record<WidgetType, Topic>;

/** Filter fields each widget type honours (what its topic filters on); any other filter field is an error. */
export const WIDGET_FILTERS: Record<WidgetType, readonly ('channel' | 'lang' | 'sentiment' | 'keyword' | 'direction')[]> = {
  'kpi-tiles': ['channel', 'lang'],
  // Keyword windows are kept for all traffic only (per-channel copies would multiply their memory by eight).
  'word-cloud': [],
  'featured-post': [],
  'raw-stream': ['channel', 'lang', 'sentiment', 'keyword', 'direction'],
  'channel-capacity': ['channel'],
  'sentiment-timeline': ['channel', 'lang'],
  'volume-by-channel': ['channel', 'lang'],
  'language-mix': ['channel'],
  'trending-topics': [],
};

/** Rules across options that a schema cannot say; returns [option, expected] for each broken one. */
export function optionRules(type: WidgetType, options: Record<string, unknown>): [string, string][] {
  if (type !== 'sentiment-timeline' && type !== 'volume-by-channel') return [];
  const range = options.range as number;
  const bucketMin = options.bucket as number;
  // Fewer than 3 points is no longer a time line.
  return range / bucketMin >= 3 ? [] : [['bucket', `at most ${Math.floor(range / 3)} minutes (a third of range ${range})`]];
}
