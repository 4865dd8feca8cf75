import fp from 'fastify-plugin';
import { Type, type Static } from '@sinclair/typebox';
import { CHANNELS, LANGS, SENTIMENT_LABELS, type Message } from '../schemas/message.ts';
import { HubwallError } from '../errors.ts';
import { toWallMessage } from '../aggregate/wall-message.ts';
import { queryMessages } from './messages-query.ts';
import { keywordSummary } from './keyword-summary.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Moderation decides what no screen or API may show; defaults to nothing hidden. */
    isHidden: (m: Message) => boolean;
  }
}

/** Page size bounds of the drill-down API. */
export const PAGE = { default: 25, max: 100 };

const MessagesQuery = Type.Object(
  {
    keyword: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    channel: Type.Optional(Type.String({ maxLength: 200, description: 'comma-separated channels' })),
    lang: Type.Optional(Type.String({ maxLength: 100, description: 'comma-separated ISO 639-1 codes or und' })),
    sentiment: Type.Optional(Type.String({ maxLength: 40, description: 'comma-separated labels' })),
    direction: Type.Optional(Type.Union([Type.Literal('inbound'), Type.Literal('outbound')])),
    from: Type.Optional(Type.String({ maxLength: 40, description: 'ISO 8601 or epoch ms' })),
    to: Type.Optional(Type.String({ maxLength: 40 })),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'full-text search' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: PAGE.max, default: PAGE.default })),
    cursor: Type.Optional(Type.String({ maxLength: 80 })),
  },
  { additionalProperties: false },
);

/** Splits a comma list and checks every item against the allowed values, naming the field and the choices. */
function list(field: string, raw: string | undefined, allowed: readonly string[]): string[] | undefined {
  if (raw === undefined) return undefined;
  const items = raw.split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of items) {
    if (!allowed.includes(item)) throw new HubwallError('HW_ERR_QUERY', `\`${field}\` should be a comma-separated list of ${allowed.join(', ')}, got "${item}"`);
  }
  return items;
}

function time(field: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const t = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
  if (!Number.isFinite(t)) throw new HubwallError('HW_ERR_QUERY', `\`${field}\` should be an ISO 8601 date-time or epoch ms, got "${raw}"`);
  return t;
}

/** Drill-down reads for touch screens and intranets: GET /api/messages and GET /api/keywords/:word. */
export default fp<{ now?: () => number }>(
  async (app, opts) => {
    const now = opts.now ?? Date.now;
    if (!app.hasDecorator('isHidden')) app.decorate('isHidden', () => false);

    app.get<{ Querystring: Static<typeof MessagesQuery> }>('/api/messages', { schema: { querystring: MessagesQuery } }, async (req) => {
      const q = req.query;
      const page = queryMessages(
        app.store.db,
        {
          keyword: q.keyword,
          channel: list('channel', q.channel, CHANNELS),
          lang: list('lang', q.lang, [...LANGS, 'und']),
          sentiment: list('sentiment', q.sentiment, SENTIMENT_LABELS),
          direction: q.direction,
          from: time('from', q.from),
          to: time('to', q.to),
          q: q.q,
          limit: q.limit ?? PAGE.default,
          cursor: q.cursor,
        },
        (m) => app.isHidden(m),
      );
      if ('error' in page) throw new HubwallError('HW_ERR_QUERY', page.error);
      return { ok: true, data: { messages: page.messages.map(toWallMessage), nextCursor: page.nextCursor } };
    });

    app.get<{ Params: { word: string } }>(
      '/api/keywords/:word',
      { schema: { params: Type.Object({ word: Type.String({ minLength: 1, maxLength: 60 }) }) } },
      async (req) => ({ ok: true, data: keywordSummary(app.store.db, req.params.word, now()) }),
    );
  },
  { name: 'query', dependencies: ['store'] },
);
