import fp from 'fastify-plugin';
import { Type } from '@sinclair/typebox';
import { readFileSync } from 'node:fs';
import { LANGS, type Lang } from '../schemas/message.ts';

export interface LangSupportInfo {
  scored: boolean;
  method: string;
  source: string;
  note?: string;
  /** How the quality was measured (validation split, cross-validation or hand-written fixtures). */
  measured?: string;
}

export interface StatusOptions {
  demo: () => boolean;
  sentimentSupport: () => Record<Lang, LangSupportInfo>;
}

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
export const VERSION = pkg.version;

const LangInfo = Type.Object({ scored: Type.Boolean(), method: Type.String(), source: Type.String(), note: Type.Optional(Type.String()), measured: Type.Optional(Type.String()) });
const StatusReply = Type.Object({
  ok: Type.Literal(true),
  data: Type.Object({
    version: Type.String(),
    uptime: Type.Number({ description: 'seconds since start' }),
    messagesStored: Type.Integer(),
    ingest: Type.Object({ ratePerSecond: Type.Number(), accepted: Type.Integer(), duplicates: Type.Integer(), pendingWrites: Type.Integer() }),
    screens: Type.Object({
      connected: Type.Integer(),
      sockets: Type.Integer(),
      list: Type.Array(Type.Object({ id: Type.String(), dashboard: Type.Union([Type.String(), Type.Null()]), version: Type.Union([Type.String(), Type.Null()]), lastSeen: Type.Number() })),
    }),
    demo: Type.Boolean(),
    /** True while the demo writes its history into an empty store (the first seconds after a fresh start). */
    demoBackfilling: Type.Boolean(),
    /** Per webhook: deliveries, refused signatures and bad payloads (see GET /api/webhooks/stats). */
    webhooks: Type.Unknown(),
    /** Per stream client (Mastodon, RSS): running, delivered, errors. */
    connectors: Type.Unknown(),
    sentiment: Type.Record(Type.String(), LangInfo),
  }),
});

/** GET /api/status: what an ops engineer checks first. */
export default fp<StatusOptions>(
  async (app, opts) => {
    const started = Date.now();
    // Counted once at start, then kept current from the pipeline: a COUNT(*) per request would scan the table.
    const storedAtStart = app.store.messages.count();
    const acceptedAtStart = app.pipeline.stats().accepted;
    app.get('/api/status', { schema: { response: { 200: StatusReply } } }, async () => {
      const ingest = app.pipeline.stats();
      const screens = app.hub.screens();
      const support = opts.sentimentSupport();
      return {
        ok: true as const,
        data: {
          version: VERSION,
          uptime: Math.round((Date.now() - started) / 1000),
          messagesStored: storedAtStart + ingest.accepted - acceptedAtStart,
          ingest: { ratePerSecond: ingest.ratePerSecond, accepted: ingest.accepted, duplicates: ingest.duplicates, pendingWrites: app.store.write.stats().pending },
          screens: {
            connected: screens.length,
            sockets: app.hub.stats().clients,
            list: screens.slice(0, 200).map((s) => ({ id: s.id, dashboard: s.dashboard, version: s.version, lastSeen: s.lastSeen })),
          },
          demo: opts.demo(),
          demoBackfilling: app.demo.backfilling(),
          webhooks: app.hasDecorator('webhookStats') ? app.webhookStats() : {},
          connectors: app.hasDecorator('connectorStats') ? app.connectorStats() : {},
          sentiment: Object.fromEntries(LANGS.map((l) => [l, support[l]])),
        },
      };
    });
  },
  { name: 'status', dependencies: ['store', 'ingest', 'live', 'webhooks', 'connectors', 'demo'] },
);
