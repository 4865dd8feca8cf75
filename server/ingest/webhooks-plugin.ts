import fp from 'fastify-plugin';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CHANNELS, type Channel, type MessageInput } from '../schemas/message.ts';
import { HubwallError } from '../errors.ts';
import { INGEST_LIMITS } from './plugin.ts';
import { bearerMatches } from './bearer.ts';
import { BrandAccounts, type AdapterContext, type AdapterResult } from './adapters/common.ts';
import { hmacSha256Matches, sameSecret, wechatSignatureMatches } from './adapters/signature.ts';
import { fromMeta } from './adapters/meta.ts';
import { fromLine } from './adapters/line.ts';
import { fromWechat } from './adapters/wechat.ts';
import { fromX } from './adapters/x.ts';
import { fromRelay } from './adapters/relay.ts';
import { createWebhookStats, type WebhookName, type WebhookStats } from './webhook-stats.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Per-webhook and per-channel counters of deliveries, refusals and bad items. */
    webhookStats: () => WebhookStats;
  }
}

/** Secrets and settings of the platform webhooks; each comes from the env variable named beside it. */
export interface WebhooksOptions {
  /** HUBWALL_META_APP_SECRET: signs every Meta delivery (`X-Hub-Signature-256`). */
  metaAppSecret?: string;
  /** HUBWALL_META_VERIFY_TOKEN: the token typed into the Meta app dashboard for the GET challenge. */
  metaVerifyToken?: string;
  /** HUBWALL_LINE_CHANNEL_SECRET: signs every LINE delivery (`x-line-signature`). */
  lineChannelSecret?: string;
  /** HUBWALL_WECHAT_TOKEN: the token set in the Official Account's server configuration. */
  wechatToken?: string;
  /** HUBWALL_WEBHOOK_TOKEN: bearer token or HMAC key for relays (X stream relay, KakaoTalk, Apple Messages). */
  relayToken?: string;
  /** HUBWALL_BRAND_ACCOUNTS: the brand's own account ids and handles; their messages are outbound replies. */
  brandAccounts?: string[];
}

/** Platforms resend deliveries that are slow or fail; these bodies are small, so a tight cap costs nothing. */
export const WEBHOOK_BODY_LIMIT = 1024 * 1024; // 1 MiB

const Reply = Type.Object({
  ok: Type.Boolean(),
  data: Type.Optional(
    Type.Object({
      accepted: Type.Integer(),
      duplicates: Type.Integer(),
      ignored: Type.Integer(),
      rejectedCount: Type.Integer(),
      rejected: Type.Array(Type.Object({ index: Type.Integer(), field: Type.String(), code: Type.String(), message: Type.String() })),
    }),
  ),
  error: Type.Optional(Type.Object({ code: Type.String(), message: Type.String() })),
});
const ErrorReply = Type.Object({ ok: Type.Boolean(), error: Type.Object({ code: Type.String(), message: Type.String() }) });
const JSON_REPLIES = { 200: Reply, 400: Reply, 401: ErrorReply, 403: ErrorReply, 413: ErrorReply };
const TEXT_REPLIES = { 200: Type.String(), 400: ErrorReply, 401: ErrorReply, 403: ErrorReply };
const WechatQuery = Type.Object({
  signature: Type.Optional(Type.String({ maxLength: 64 })),
  timestamp: Type.Optional(Type.String({ maxLength: 20 })),
  nonce: Type.Optional(Type.String({ maxLength: 64 })),
  echostr: Type.Optional(Type.String({ maxLength: 200 })),
  openid: Type.Optional(Type.String({ maxLength: 100 })),
});
// The verify token travels in the query string: request logs at info level would print it.
const QUIET = 'warn' as const;

/** Webhook endpoints for Meta, LINE, WeChat, X relays and generic relays: verify, adapt, then the ingest pipeline. */
export default fp<WebhooksOptions>(
  async (app, opts) => {
    const stats = createWebhookStats();
    const ctx: AdapterContext = { brandAccounts: new BrandAccounts(opts.brandAccounts) };
    app.decorate('webhookStats', () => stats.snapshot());

    /** Refuses a delivery whose platform secret is unset (403, naming the variable) or whose signature fails (401). */
    function guard(req: FastifyRequest, webhook: WebhookName, envVar: string, secret: string | undefined, verified: (secret: string) => boolean): void {
      stats.count(webhook, 'deliveries');
      if (!secret) {
        stats.count(webhook, 'refusedUnconfigured');
        throw new HubwallError('HW_ERR_WEBHOOK_DISABLED', `the ${webhook} webhook is off: set ${envVar} on the server`, 403);
      }
      if (!verified(secret)) {
        stats.count(webhook, 'refusedSignatures');
        // Never the signature or the body: only who knocked, where.
        req.log.warn({ webhook, ip: req.ip }, 'webhook refused: bad or missing signature');
        throw new HubwallError('HW_ERR_SIGNATURE', `the ${webhook} delivery is not signed with ${envVar}`, 401);
      }
    }

    /** Hands the valid messages to the pipeline, per channel so counters can say which channel they belong to. */
    async function deliver(req: FastifyRequest, reply: FastifyReply, webhook: WebhookName, result: AdapterResult | { error: string }) {
      if ('error' in result) {
        stats.count(webhook, 'badPayloads');
        req.log.info({ webhook, reason: result.error }, 'webhook payload refused');
        throw new HubwallError('HW_ERR_PAYLOAD', result.error, 400);
      }
      for (const [channel, n] of Object.entries(result.rejectedByChannel)) stats.items(channel as Channel, 'rejectedItems', n);
      const byChannel = new Map<Channel, MessageInput[]>();
      for (const m of result.messages) byChannel.set(m.channel, [...(byChannel.get(m.channel) ?? []), m]);
      let accepted = 0;
      let duplicates = 0;
      for (const [channel, messages] of byChannel) {
        const r = await app.pipeline.accept(messages);
        stats.items(channel, 'accepted', r.accepted);
        stats.items(channel, 'duplicates', r.duplicates);
        accepted += r.accepted;
        duplicates += r.duplicates;
      }
      const errors = result.errors;
      const data = { accepted, duplicates, ignored: result.ignored, rejectedCount: errors.length, rejected: errors.slice(0, INGEST_LIMITS.maxErrorsListed) };
      if (errors.length) req.log.info({ webhook, rejected: errors.length, accepted }, 'webhook delivery partly refused');
      if (errors.length && !result.messages.length) {
        stats.count(webhook, 'badPayloads');
        return reply.code(400).send({ ok: false, data, error: { code: 'HW_ERR_PAYLOAD', message: `no valid message in the delivery: ${errors[0].message}` } });
      }
      return { ok: true, data };
    }

    const json = (raw: Buffer, webhook: WebhookName): unknown => {
      try {
        return JSON.parse(raw.toString('utf8'));
      } catch {
        stats.count(webhook, 'badPayloads');
        throw new HubwallError('HW_ERR_PAYLOAD', 'the body should be JSON', 400);
      }
    };
    const rawOf = (req: FastifyRequest): Buffer => (Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));

    await app.register(async (scoped: FastifyInstance) => {
      // Signatures are computed over the exact bytes sent, so in this scope every body stays a Buffer.
      // Bodies are schema-checked by the adapters after the signature, not before: unsigned input is not parsed.
      scoped.removeAllContentTypeParsers();
      scoped.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT }, (_req, body, done) => done(null, body));

      scoped.get(
        '/webhooks/meta',
        {
          logLevel: QUIET,
          schema: {
            querystring: Type.Object({
              'hub.mode': Type.Optional(Type.String({ maxLength: 20 })),
              'hub.verify_token': Type.Optional(Type.String({ maxLength: 200 })),
              'hub.challenge': Type.Optional(Type.String({ maxLength: 200 })),
            }),
            response: TEXT_REPLIES,
          },
        },
        async (req, reply) => {
          const q = req.query as Record<string, string | undefined>;
          if (!opts.metaVerifyToken) throw new HubwallError('HW_ERR_WEBHOOK_DISABLED', 'the meta webhook is off: set HUBWALL_META_VERIFY_TOKEN on the server', 403);
          if (q['hub.mode'] !== 'subscribe' || !sameSecret(q['hub.verify_token'], opts.metaVerifyToken)) {
            req.log.warn({ webhook: 'meta', ip: req.ip }, 'webhook verification refused: wrong verify token');
            throw new HubwallError('HW_ERR_VERIFY_TOKEN', '`hub.verify_token` should match HUBWALL_META_VERIFY_TOKEN and `hub.mode` be subscribe', 403);
          }
          return reply.type('text/plain').send(q['hub.challenge'] ?? '');
        },
      );

      scoped.post('/webhooks/meta', { schema: { response: JSON_REPLIES } }, async (req, reply) => {
        const raw = rawOf(req);
        guard(req, 'meta', 'HUBWALL_META_APP_SECRET', opts.metaAppSecret, (s) => hmacSha256Matches(raw, s, req.headers['x-hub-signature-256'] as string | undefined, { prefix: 'sha256=', encoding: 'hex' }));
        return deliver(req, reply, 'meta', fromMeta(json(raw, 'meta'), ctx));
      });

      scoped.post('/webhooks/line', { schema: { response: JSON_REPLIES } }, async (req, reply) => {
        const raw = rawOf(req);
        guard(req, 'line', 'HUBWALL_LINE_CHANNEL_SECRET', opts.lineChannelSecret, (s) => hmacSha256Matches(raw, s, req.headers['x-line-signature'] as string | undefined, { encoding: 'base64' }));
        return deliver(req, reply, 'line', fromLine(json(raw, 'line'), ctx));
      });

      scoped.get('/webhooks/wechat', { logLevel: QUIET, schema: { querystring: WechatQuery, response: TEXT_REPLIES } }, async (req, reply) => {
        const q = req.query as Record<string, string | undefined>;
        guard(req, 'wechat', 'HUBWALL_WECHAT_TOKEN', opts.wechatToken, (s) => wechatSignatureMatches(s, q));
        return reply.type('text/plain').send(q.echostr ?? '');
      });

      scoped.post('/webhooks/wechat', { logLevel: QUIET, schema: { querystring: WechatQuery, response: { ...JSON_REPLIES, 200: Type.String() } } }, async (req, reply) => {
        const q = req.query as Record<string, string | undefined>;
        guard(req, 'wechat', 'HUBWALL_WECHAT_TOKEN', opts.wechatToken, (s) => wechatSignatureMatches(s, q));
        await deliver(req, reply, 'wechat', fromWechat(rawOf(req).toString('utf8'), ctx));
        if (reply.sent) return reply;
        // WeChat wants the literal `success` (or an empty body) within 5 s, else it retries and warns the follower.
        return reply.type('text/plain').send('success');
      });

      /** Relays authenticate with the shared token as a bearer, or by signing the body with it (HMAC-SHA256, hex). */
      const relayVerified = (req: FastifyRequest, raw: Buffer) => (s: string) =>
        bearerMatches(req.headers.authorization, s) || hmacSha256Matches(raw, s, req.headers['x-hubwall-signature-256'] as string | undefined, { prefix: 'sha256=', encoding: 'hex' });

      scoped.post('/webhooks/x', { schema: { response: JSON_REPLIES } }, async (req, reply) => {
        const raw = rawOf(req);
        guard(req, 'x', 'HUBWALL_WEBHOOK_TOKEN', opts.relayToken, relayVerified(req, raw));
        return deliver(req, reply, 'x', fromX(raw.toString('utf8'), ctx));
      });

      scoped.post(
        '/webhooks/relay/:channel',
        { schema: { params: Type.Object({ channel: Type.Union(CHANNELS.map((c) => Type.Literal(c))) }), response: JSON_REPLIES } },
        async (req, reply) => {
          const raw = rawOf(req);
          guard(req, 'relay', 'HUBWALL_WEBHOOK_TOKEN', opts.relayToken, relayVerified(req, raw));
          const { channel } = req.params as { channel: Channel };
          return deliver(req, reply, 'relay', fromRelay(channel, json(raw, 'relay'), ctx));
        },
      );
    });

    const Counters = Type.Object({ deliveries: Type.Integer(), refusedSignatures: Type.Integer(), refusedUnconfigured: Type.Integer(), badPayloads: Type.Integer() });
    const ChannelCounters = Type.Object({ accepted: Type.Integer(), duplicates: Type.Integer(), rejectedItems: Type.Integer() });
    app.get(
      '/api/webhooks/stats',
      { schema: { response: { 200: Type.Object({ ok: Type.Boolean(), data: Type.Object({ webhooks: Type.Record(Type.String(), Counters), channels: Type.Record(Type.String(), ChannelCounters) }) }) } } },
      async () => ({ ok: true, data: stats.snapshot() }),
    );
  },
  { name: 'webhooks', dependencies: ['ingest'] },
);
