import { Type, type Static, type TLiteral, type TUnion } from '@sinclair/typebox';
import { CHANNELS, LANGS, SENTIMENT_LABELS } from './message.ts';

/** Widget types the display knows; each maps to one component in display/widgets/. */
export const WIDGET_TYPES = [
  'kpi-tiles',
  'word-cloud',
  'featured-post',
  'raw-stream',
  'channel-capacity',
  'sentiment-timeline',
  'volume-by-channel',
  'language-mix',
  'trending-topics',
] as const;
export type WidgetType = (typeof WIDGET_TYPES)[number];

/** A union of string literals whose static type is the literal union, not plain string. */
const lit = <T extends readonly string[]>(xs: T) =>
  Type.Union(xs.map((x) => Type.Literal(x))) as unknown as TUnion<{ -readonly [K in keyof T]: TLiteral<T[K]> }>;

/** A rectangle on the dashboard grid, 1-based like CSS grid lines. */
export const GridArea = Type.Object(
  {
    col: Type.Integer({ minimum: 1, maximum: 24 }),
    row: Type.Integer({ minimum: 1, maximum: 24 }),
    colSpan: Type.Integer({ minimum: 1, maximum: 24, default: 1 }),
    rowSpan: Type.Integer({ minimum: 1, maximum: 24, default: 1 }),
  },
  { additionalProperties: false },
);
export type GridArea = Static<typeof GridArea>;

export const WidgetFilter = Type.Object(
  {
    channel: Type.Optional(Type.Array(lit(CHANNELS), { maxItems: 8, uniqueItems: true })),
    lang: Type.Optional(Type.Array(Type.Union([lit(LANGS), Type.Literal('und')]), { maxItems: 11, uniqueItems: true })),
    sentiment: Type.Optional(Type.Array(lit(SENTIMENT_LABELS), { maxItems: 3, uniqueItems: true })),
    keyword: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    direction: Type.Optional(Type.Union([Type.Literal('inbound'), Type.Literal('outbound')])),
  },
  { additionalProperties: false },
);

export const Widget = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,39}$' }),
    type: lit(WIDGET_TYPES),
    title: Type.Optional(Type.String({ maxLength: 80 })),
    filter: Type.Optional(WidgetFilter),
    /** Landscape placement. */
    area: GridArea,
    /** Placement on portrait screens; when absent, widgets stack in reading order. */
    portraitArea: Type.Optional(GridArea),
    /** Type-specific options (documented per widget in README); validated by the widget's own schema. */
    options: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false },
);
export type Widget = Static<typeof Widget>;

export const Dashboard = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,39}$' }),
    title: Type.String({ minLength: 1, maxLength: 80 }),
    /** Seconds this dashboard stays on screen in a rotation. */
    duration: Type.Integer({ minimum: 5, maximum: 3600, default: 30 }),
    layout: Type.Object(
      {
        columns: Type.Integer({ minimum: 1, maximum: 24 }),
        rows: Type.Integer({ minimum: 1, maximum: 24 }),
        portrait: Type.Optional(
          Type.Object(
            { columns: Type.Integer({ minimum: 1, maximum: 24 }), rows: Type.Integer({ minimum: 1, maximum: 24 }) },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
    widgets: Type.Array(Widget, { minItems: 1, maxItems: 24 }),
  },
  { additionalProperties: false },
);
export type Dashboard = Static<typeof Dashboard>;

export const Screen = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,39}$' }),
    title: Type.Optional(Type.String({ maxLength: 80 })),
    /** Dashboard ids in rotation order. */
    playlist: Type.Array(Type.String(), { minItems: 1, maxItems: 50 }),
    /** Overrides each dashboard's duration (seconds) when set. */
    interval: Type.Optional(Type.Integer({ minimum: 5, maximum: 3600 })),
    theme: Type.String({ default: 'brand' }),
    /** IANA time zone for the footer clock, e.g. Europe/Amsterdam. */
    timeZone: Type.String({ default: 'UTC' }),
    /** BCP 47 locale for numbers and the clock, e.g. nl-NL. */
    locale: Type.String({ default: 'en-GB' }),
    /** Touch screens: rotation pauses on interaction. */
    interactive: Type.Boolean({ default: false }),
    /** Seconds of no touch before rotation resumes (interactive screens). */
    idleResume: Type.Integer({ minimum: 5, maximum: 3600, default: 60 }),
  },
  { additionalProperties: false },
);
export type Screen = Static<typeof Screen>;

export const Walls = Type.Object(
  {
    /** Screen used when the URL names none. */
    defaultScreen: Type.Optional(Type.String()),
    screens: Type.Array(Screen, { minItems: 1, maxItems: 100 }),
    /**
     * Words never shown as keywords (word clouds, trending): the brand's own name and handles are in nearly every
     * post and would crowd out what people talk about. Matched case-insensitively; drill-down still finds them.
     */
    ignoreKeywords: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 60, pattern: '^\\S+$' }), { maxItems: 500, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type Walls = Static<typeof Walls>;

/** A theme: CSS custom properties applied on :root; charts read the same names. */
export const Theme = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,39}$' }),
    label: Type.String({ maxLength: 80 }),
    /** Names must start with `--`; values are plain CSS values (no url(), no semicolons). */
    vars: Type.Record(Type.String({ pattern: '^--[a-z0-9-]+$' }), Type.String({ maxLength: 200, pattern: '^[^;{}<>]*$' })),
  },
  { additionalProperties: false },
);
export type Theme = Static<typeof Theme>;

/** What the `config` topic carries and GET /api/config returns. */
export interface WallConfig {
  dashboards: Record<string, Dashboard>;
  walls: Walls;
  themes: Record<string, Theme>;
  /** Content hash: screens compare it to skip no-op updates. */
  revision: string;
}
