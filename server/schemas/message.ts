import { Type, type Static } from '@sinclair/typebox';

/** The eight channels Hubwall ingests. */
export const CHANNELS = ['x', 'facebook', 'messenger', 'whatsapp', 'wechat', 'line', 'kakaotalk', 'applemessages'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The ten languages Hubwall enriches; anything else is `und`. */
export const LANGS = ['nl', 'en', 'fr', 'de', 'es', 'pt', 'it', 'zh', 'ja', 'ko'] as const;
export type Lang = (typeof LANGS)[number];
export type LangOrUnd = Lang | 'und';

export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

export const MAX_TEXT_CHARS = 10_000;

/** One message as a source or the ingest API hands it in (before enrichment). */
export const MessageInput = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 200 }),
    channel: Type.Union(CHANNELS.map((c) => Type.Literal(c))),
    direction: Type.Optional(Type.Union([Type.Literal('inbound'), Type.Literal('outbound')])),
    author: Type.Object(
      {
        id: Type.String({ minLength: 1, maxLength: 200 }),
        name: Type.Optional(Type.String({ maxLength: 200 })),
      },
      { additionalProperties: false },
    ),
    text: Type.String({ maxLength: MAX_TEXT_CHARS }),
    /** ISO 8601 date-time, or epoch milliseconds. */
    createdAt: Type.Union([Type.String({ format: 'date-time' }), Type.Integer({ minimum: 0 })]),
    inReplyTo: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    url: Type.Optional(Type.String({ maxLength: 2000, pattern: '^https?://' })),
    /** ISO 639-1 hint from the platform, used when detection is unsure. */
    lang: Type.Optional(Type.String({ maxLength: 8 })),
    engagement: Type.Optional(
      Type.Object(
        {
          likes: Type.Optional(Type.Integer({ minimum: 0 })),
          shares: Type.Optional(Type.Integer({ minimum: 0 })),
          replies: Type.Optional(Type.Integer({ minimum: 0 })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type MessageInput = Static<typeof MessageInput>;

export interface Sentiment {
  /** −1 (very negative) … 1 (very positive). */
  score: number;
  label: SentimentLabel;
  /** 0 … 1: how sure the scorer is of the label. */
  confidence: number;
}

/** What enrichment adds to a message. Pure function of the text (and a language hint). */
export interface Enrichment {
  lang: LangOrUnd;
  /** 0 … 1 */
  langConfidence: number;
  sentiment: Sentiment;
  keywords: string[];
  hashtags: string[];
  mentions: string[];
}

/** The one record that flows from ingest to store, aggregates and screens. Times are epoch ms. */
export interface Message extends Enrichment {
  id: string;
  channel: Channel;
  direction: 'inbound' | 'outbound';
  author: { id: string; name: string };
  text: string;
  createdAt: number;
  receivedAt: number;
  inReplyTo: string | null;
  url: string | null;
  engagement: { likes: number; shares: number; replies: number };
}
