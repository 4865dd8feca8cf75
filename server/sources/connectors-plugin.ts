import fp from 'fastify-plugin';
import { createMastodon, type MastodonOptions } from './mastodon.ts';
import { createRss, type RssOptions } from './rss.ts';
import type { ConnectorError, ConnectorStats } from './connector-common.ts';
import type { Source } from './types.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Counters of the running stream clients (Mastodon, RSS), by name; empty when none is configured. */
    connectorStats: () => Record<string, ConnectorStats>;
  }
}

/** Stream clients to run; each only when configured (HUBWALL_MASTODON_URL, HUBWALL_RSS_URLS). */
export interface ConnectorsOptions {
  mastodon?: Omit<MastodonOptions, 'onError' | 'brandAccounts'>;
  rss?: Omit<RssOptions, 'onError' | 'brandAccounts'>;
  brandAccounts?: string[];
}

/** Starts the configured stream clients after the app is ready, feeding the ingest pipeline; stops them on close. */
export default fp<ConnectorsOptions>(
  async (app, opts) => {
    const onError = (e: ConnectorError) => app.log.warn({ code: e.code, source: e.source }, e.message);
    const sink = async (batch: Parameters<typeof app.pipeline.accept>[0]) => {
      await app.pipeline.accept(batch);
    };
    const sources: Source<ConnectorStats>[] = [];
    if (opts.mastodon?.url) sources.push(createMastodon({ ...opts.mastodon, brandAccounts: opts.brandAccounts, onError }, sink));
    if (opts.rss?.urls.length) sources.push(createRss({ ...opts.rss, brandAccounts: opts.brandAccounts, onError }, sink));
    app.decorate('connectorStats', () => Object.fromEntries(sources.map((s) => [s.name, s.stats()])));
    if (!sources.length) return;
    app.addHook('onReady', async () => {
      for (const s of sources) s.start();
      app.log.info({ sources: sources.map((s) => s.name) }, 'stream clients started');
    });
    app.addHook('preClose', async () => {
      await Promise.all(sources.map((s) => s.stop()));
    });
  },
  { name: 'connectors', dependencies: ['ingest'] },
);
