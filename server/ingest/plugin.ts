import fp from 'fastify-plugin';
import { Type } from '@sinclair/typebox';
import { createPipeline, type Pipeline } from './pipeline.ts';
import { createEnrichPool } from './enrich-pool.ts';
import { bearerMatches } from './bearer.ts';
import { parseNdjson } from './ndjson.ts';
import { validateItem, type ItemError } from './validate.ts';
import { HubwallError } from '../errors.ts';
import type { Enrichment, MessageInput } from '../schemas/message.ts';

declare module 'fastify' {
  interface FastifyInstance {
    pipeline: Pipeline;
  }
}

/** Documented ingest limits (README). */
export const INGEST_LIMITS = { maxBodyBytes: 5 * 1024 * 1024, maxItems: 5_000, maxErrorsListed: 100 };

export interface IngestOptions {
  /** Bearer token for POST /api/messages; when unset the route refuses every request. */
  token?: string;
  enrich: (text: string, langHint?: string) => Enrichment;
  /** Worker threads for enrichment; 0 enriches in the main thread. */
  enrichWorkers?: number;
  now?: () => number;
}

const NDJSON_TYPES = ['application/x-ndjson', 'application/ndjson', 'application/jsonl'];

const IngestReply = Type.Object({
  ok: Type.Boolean(),
  data: Type.Optional(Type.Object({
    accepted: Type.Integer(),
    duplicates: Type.Integer(),
    rejectedCount: Type.Integer(),
    rejected: Type.Array(Type.Object({ index: Type.Integer(), field: Type.String(), code: Type.String(), message: Type.String() })),
  })),
  error: Type.Optional(Type.Object({ code: Type.String(), message: Type.String() })),
});

/** POST /api/messages: one message, a JSON array or NDJSON; each bad item refused with its reason, the rest kept. */
export default fp<IngestOptions>(
  async (app, opts) => {
    const pool = createEnrichPool({ size: opts.enrichWorkers ?? 0, local: opts.enrich, log: app.log });
    app.addHook('onClose', async () => pool.close());
    const pipeline = createPipeline({
      enrichMany: (texts, hints) => pool.enrichMany(texts, hints),
      commit: (messages) => app.store.write.submit(messages),
      onCommitted: (messages) => {
        for (const m of messages) app.aggregates.add(m);
        app.publishMessages(messages);
      },
      now: opts.now,
    });
    app.decorate('pipeline', pipeline);

    app.addContentTypeParser(NDJSON_TYPES, { parseAs: 'string', bodyLimit: INGEST_LIMITS.maxBodyBytes }, (_req, body, done) => done(null, body));

    app.post(
      '/api/messages',
      {
        bodyLimit: INGEST_LIMITS.maxBodyBytes,
        schema: {
          body: {
            content: {
              'application/json': { schema: Type.Union([Type.Object({}), Type.Array(Type.Unknown())]) },
              'application/x-ndjson': { schema: Type.String() },
              'application/ndjson': { schema: Type.String() },
              'application/jsonl': { schema: Type.String() },
            },
          },
          response: { 200: IngestReply, 400: IngestReply },
        },
        onRequest: async (req) => {
          if (!opts.token) throw new HubwallError('HW_ERR_INGEST_DISABLED', 'ingest is disabled: set HUBWALL_INGEST_TOKEN on the server', 403);
          if (!bearerMatches(req.headers.authorization, opts.token)) {
            req.log.warn({ ip: req.ip }, 'ingest refused: bad or missing bearer token');
            throw new HubwallError('HW_ERR_UNAUTHORIZED', 'send `Authorization: Bearer <HUBWALL_INGEST_TOKEN>`', 401);
          }
        },
      },
      async (req, reply) => {
        let items: unknown[];
        const errors: ItemError[] = [];
        if (typeof req.body === 'string' && !NDJSON_TYPES.some((t) => req.headers['content-type']?.startsWith(t))) {
          throw new HubwallError('HW_ERR_MEDIA_TYPE', `send application/json or application/x-ndjson, got ${req.headers['content-type'] ?? 'no content type'}`, 415);
        }
        if (typeof req.body === 'string') {
          const parsed = parseNdjson(req.body);
          items = parsed.items;
          errors.push(...parsed.errors);
        } else {
          items = Array.isArray(req.body) ? req.body : [req.body];
        }
        if (items.length > INGEST_LIMITS.maxItems) {
          throw new HubwallError('HW_ERR_BATCH_TOO_LARGE', `a batch should hold at most ${INGEST_LIMITS.maxItems} messages, got ${items.length}: split it`, 413);
        }
        if (items.length === 0) throw new HubwallError('HW_ERR_BATCH_EMPTY', 'the body should hold at least one message');
        const valid: MessageInput[] = [];
        const failedLines = new Set(errors.map((e) => e.index));
        items.forEach((item, index) => {
          if (failedLines.has(index)) return;
          const err = validateItem(item, index);
          if (err) errors.push(err);
          else valid.push(item as MessageInput);
        });
        errors.sort((a, b) => a.index - b.index);
        const result = await pipeline.accept(valid);
        const data = { ...result, rejectedCount: errors.length, rejected: errors.slice(0, INGEST_LIMITS.maxErrorsListed) };
        if (!valid.length) {
          return reply.code(400).send({ ok: false, data, error: { code: 'HW_ERR_BATCH_REJECTED', message: `no valid message in the batch: ${errors[0]?.message ?? ''}` } });
        }
        if (errors.length) req.log.info({ rejected: errors.length, accepted: result.accepted }, 'ingest batch partly rejected');
        return { ok: true, data };
      },
    );
  },
  { name: 'ingest', dependencies: ['store', 'aggregates', 'live'] },
);
