import { Type, type Static } from '@sinclair/typebox';
import { CHANNELS, type Channel } from '../schemas/message.ts';

/** Largest calamity HTML accepted before sanitizing (bytes of text). */
export const MAX_HTML = 50_000;
const ScreenId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.:-]+$' });
const Keyword = Type.String({ minLength: 1, maxLength: 60 });
const ChannelT = Type.Union(CHANNELS.map((c) => Type.Literal(c)));

/** Which screens a calamity screen or a command is for. */
export const Targets = Type.Union([Type.Literal('all'), Type.Array(ScreenId, { minItems: 1, maxItems: 100 })]);
export type Targets = Static<typeof Targets>;

/** What staff send to switch calamity mode on (the HTML is sanitized before it is stored or sent). */
export const CalamityInput = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 120 }),
    html: Type.String({ maxLength: MAX_HTML }),
    screens: Targets,
    /** Live stream beside the HTML, filtered by this keyword; null shows none. */
    keyword: Type.Optional(Type.Union([Keyword, Type.Null()])),
    /** Keywords whose mention counts are shown beside the HTML. */
    counters: Type.Optional(Type.Array(Keyword, { maxItems: 6 })),
  },
  { additionalProperties: false },
);
export type CalamityInput = Static<typeof CalamityInput>;

/** The calamity screen as every wall receives it. */
export interface CalamityState {
  on: boolean;
  title: string;
  /** Sanitized HTML; shown only in a sandboxed iframe with a strict CSP. */
  html: string;
  screens: Targets;
  keyword: string | null;
  counters: string[];
  /** When it was switched on (server time), null when off. */
  since: number | null;
  by: string | null;
}

/** A command addressed to screens by id; each screen runs it once. */
export interface ScreenCommand {
  id: string;
  kind: 'push' | 'reload';
  screens: Targets;
  dashboard?: string;
  /** How long a pushed dashboard stays before the rotation resumes. */
  holdMs?: number;
  at: number;
}

/** One early-warning alert, as the panel sees it. */
export interface Alert {
  id: string;
  at: number;
  updatedAt: number;
  kind: 'negative-volume' | 'keyword';
  /** Human summary: what climbed, by how much, against which baseline. */
  summary: string;
  ratio: number;
  keywords: string[];
  channels: Channel[];
  dismissed: boolean;
}

/** Payload of the `control` topic: everything screens must obey, plus open alerts for the panel. */
export interface ControlData {
  calamity: CalamityState;
  /** True: no social content on any screen. */
  killSwitch: boolean;
  /** Recently hidden posts and authors (`channel:id`), so screens drop what they already show. */
  hidden: { posts: string[]; authors: string[] };
  commands: ScreenCommand[];
  alerts: Alert[];
}

export const HideInput = Type.Object(
  { kind: Type.Union([Type.Literal('post'), Type.Literal('author')]), channel: ChannelT, ref: Type.String({ minLength: 1, maxLength: 200 }), label: Type.Optional(Type.String({ maxLength: 200 })) },
  { additionalProperties: false },
);
export type HideInput = Static<typeof HideInput>;

export const PostRef = Type.Object({ channel: ChannelT, id: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });
export type PostRef = Static<typeof PostRef>;

export const FEATURED_MODES = ['positive-recent', 'most-engaged'] as const;
export type FeaturedMode = (typeof FEATURED_MODES)[number];
export const FeaturedRulesInput = Type.Object(
  {
    mode: Type.Union(FEATURED_MODES.map((m) => Type.Literal(m))),
    blocklist: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 200 }),
  },
  { additionalProperties: false },
);
export type FeaturedRulesInput = Static<typeof FeaturedRulesInput>;

export const KillInput = Type.Object({ on: Type.Boolean() }, { additionalProperties: false });
export const PushInput = Type.Object(
  { dashboard: Type.String({ minLength: 1, maxLength: 64 }), minutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 240 })) },
  { additionalProperties: false },
);
export const ScreenParams = Type.Object({ screen: Type.Union([Type.Literal('all'), ScreenId]) });
export const WarningSettingsInput = Type.Object(
  { factor: Type.Number({ minimum: 1.5, maximum: 20 }), minNegative: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })) },
  { additionalProperties: false },
);
export type WarningSettings = { factor: number; minNegative: number };
export const PreviewInput = Type.Object({ html: Type.String({ maxLength: MAX_HTML }) }, { additionalProperties: false });
export const AuditQuery = Type.Object(
  { before: Type.Optional(Type.Integer({ minimum: 1 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })) },
  { additionalProperties: false },
);
export const MessagesQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 40 })), q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) },
  { additionalProperties: false },
);

/** Key of a post or an author in moderation sets and on the wire. */
export const refKey = (channel: string, ref: string) => `${channel}:${ref}`;
