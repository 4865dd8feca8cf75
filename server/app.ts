import Fastify, { type FastifyServerOptions } from 'fastify';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import storePlugin from './store/plugin.ts';
import aggregatePlugin from './aggregate/plugin.ts';
import livePlugin, { type LiveOptions } from './live/plugin.ts';
import ingestPlugin from './ingest/plugin.ts';
import statusPlugin from './status/plugin.ts';
import webPlugin from './web/plugin.ts';
import securityHeaders from './web/security-headers.ts';
import configPlugin, { type ConfigPluginOptions } from './config/plugin.ts';
import demoPlugin from './sources/demo-plugin.ts';
import queryPlugin from './query/plugin.ts';
import authPlugin, { type AuthOptions } from './auth/plugin.ts';
import controlPlugin, { type ControlOptions } from './control/plugin.ts';
import webhooksPlugin, { type WebhooksOptions } from './ingest/webhooks-plugin.ts';
import capacityPlugin from './aggregate/capacity/plugin.ts';
import type { CapacityOptions } from './aggregate/capacity/index.ts';
import connectorsPlugin, { type ConnectorsOptions } from './sources/connectors-plugin.ts';
import embedPlugin, { type EmbedOptions } from './embed/plugin.ts';
import { HubwallError } from './errors.ts';
import { createEnricher } from './enrich/enricher.ts';

export interface AppOptions {
  /** SQLite file path, or `:memory:`. */
  dbFile: string;
  /** Bearer token for POST /api/messages; unset disables ingest over HTTP. */
  ingestToken?: string;
  /** Built-in demo feed on/off. */
  demo?: boolean;
  /** Demo feed messages per second (average). */
  demoRate?: number;
  /** Hours of simulated history ingested into an empty store when the demo starts. */
  demoBackfillHours?: number;
  /** Seconds after start at which the demo's ash-cloud incident begins. */
  demoIncidentAfter?: number;
  /** IANA zone for "today" in KPIs. */
  timeZone?: string;
  live?: LiveOptions;
  /** Enrichment worker threads (default 0: in the main thread). */
  enrichWorkers?: number;
  config?: ConfigPluginOptions;
  /** Staff accounts and sessions (issue 4). */
  auth?: Omit<AuthOptions, 'now'>;
  /** Control panel: calamity, featured, moderation, screens, early warning (issue 4). */
  control?: Omit<ControlOptions, 'now' | 'staticDir'>;
  /** Platform webhook secrets and the brand's accounts (issue 6); a platform without its secret answers 403. */
  webhooks?: WebhooksOptions;
  /** Staffing plans, schedule and priority tiers of the capacity model (issue 6). */
  capacity?: CapacityOptions;
  /** Mastodon streaming and RSS/Atom polling; off unless configured (issue 6). */
  connectors?: Omit<ConnectorsOptions, 'brandAccounts'>;
  /** Intranet embeds: allowed framing origins, embed tokens (issue 5). `staticDir` defaults to the app's. */
  embed?: Omit<EmbedOptions, 'now'>;
  /** Folder with the built display; null serves no static files (API-only tests). */
  staticDir?: string | null;
  logger?: FastifyServerOptions['logger'];
  now?: () => number;
}

export const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../dist/display', import.meta.url));

/** Builds the Hubwall app: plugins first, then routes; owns the one error handler. Call `ready()` or `listen()`. */
export async function buildApp(opts: AppOptions) {
  const app = Fastify({
    logger: opts.logger ?? false,
    genReqId: () => randomUUID().slice(0, 8),
    // Unknown fields are refused with a 400, not silently dropped: a typo in a query must not widen it.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
    requestIdHeader: 'x-request-id',
    // A trusted reverse proxy may set X-Forwarded-For; without one, ip is the socket peer.
    trustProxy: process.env.HUBWALL_TRUST_PROXY === '1',
  });

  app.setErrorHandler((err, req, reply) => {
    if (err instanceof HubwallError) {
      return reply.code(err.statusCode).send({ ok: false, error: { code: err.code, message: err.message } });
    }
    const e = err as { validation?: unknown; statusCode?: number; code?: string; message: string };
    if (e.validation) {
      return reply.code(400).send({ ok: false, error: { code: 'HW_ERR_VALIDATION', message: e.message } });
    }
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
      return reply.code(e.statusCode).send({ ok: false, error: { code: e.code ?? 'HW_ERR_BAD_REQUEST', message: e.message } });
    }
    req.log.error({ err }, 'request failed');
    return reply.code(500).send({ ok: false, error: { code: 'HW_ERR_INTERNAL', message: 'internal error: see the server log' } });
  });
  app.setNotFoundHandler((req, reply) =>
    reply.code(404).send({ ok: false, error: { code: 'HW_ERR_NOT_FOUND', message: `no route for ${req.method} ${req.url.split('?')[0]}` } }),
  );

  const enricher = createEnricher();
  const now = opts.now ?? Date.now;

  await app.register(securityHeaders);
  await app.register(storePlugin, { file: opts.dbFile });
  await app.register(aggregatePlugin, { timeZone: opts.timeZone ?? 'UTC', now, capacity: opts.capacity });
  await app.register(livePlugin, { ...opts.live, now });
  await app.register(configPlugin, opts.config ?? {});
  await app.register(ingestPlugin, { token: opts.ingestToken, enrich: (text, hint) => enricher.enrich(text, hint), enrichWorkers: opts.enrichWorkers, now });
  await app.register(webhooksPlugin, opts.webhooks ?? {});
  // Staff actions on capacity share the ingest token until the control panel's login covers them (issue 6).
  await app.register(capacityPlugin, { token: opts.ingestToken, now });
  await app.register(connectorsPlugin, { ...opts.connectors, brandAccounts: opts.webhooks?.brandAccounts });
  await app.register(demoPlugin, { enabled: opts.demo ?? false, ratePerSecond: opts.demoRate, backfillHours: opts.demoBackfillHours, incidentAfterSeconds: opts.demoIncidentAfter, now });
  // Control (issue 4) goes after the demo feed (its incident route) and before query, which only defaults `isHidden`.
  await app.register(authPlugin, { ...opts.auth, now });
  await app.register(controlPlugin, { ...opts.control, staticDir: opts.staticDir === null ? null : (opts.staticDir ?? DEFAULT_STATIC_DIR), now });
  await app.register(queryPlugin, { now });
  await app.register(embedPlugin, { staticDir: opts.staticDir === null ? null : (opts.staticDir ?? DEFAULT_STATIC_DIR), ...opts.embed, now });
  await app.register(statusPlugin, { demo: () => app.demo.running(), sentimentSupport: () => enricher.support() });
  if (opts.staticDir !== null) await app.register(webPlugin, { root: opts.staticDir ?? DEFAULT_STATIC_DIR });
  return app;
}
