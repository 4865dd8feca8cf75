import fp from 'fastify-plugin';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createControl, type Control } from './service.ts';
import { controlTopic, featuredTopic } from './topics.ts';
import { calamityRoutes } from './routes-calamity.ts';
import { moderationRoutes } from './routes-moderation.ts';
import { screensRoutes } from './routes-screens.ts';
import { alertsRoutes } from './routes-alerts.ts';

declare module 'fastify' {
  interface FastifyInstance {
    control: Control;
  }
}

export interface ControlOptions {
  /** Built display folder with control.html; null serves no panel page (API-only tests). */
  staticDir?: string | null;
  /** Early-warning factor at first start (then changed in the panel). */
  warningFactor?: number;
  /** How often the early-warning detector runs; 0 turns the timer off (tests call `app.control.evaluate()`). */
  warningEveryMs?: number;
  now?: () => number;
}

/**
 * Staff control: calamity mode, featured post, moderation, kill switch, screen commands and early warning.
 * Decorates `isHidden` (before the query plugin, which only adds a default) and serves the `control` and
 * `featured` topics; every change is pushed at once with `publishNow`, not on the tick.
 */
export default fp<ControlOptions>(
  async (app, opts) => {
    const now = opts.now ?? Date.now;
    let featured: ReturnType<typeof featuredTopic> | null = null;
    let historyLoaded = false;
    const loaded = () => void (historyLoaded = true);
    app.demo.backfilled.then(loaded, loaded);
    const control = createControl({
      db: app.store.db,
      aggregates: app.aggregates,
      now,
      warningFactor: opts.warningFactor,
      historyReady: () => historyLoaded,
      publish: (topic) => {
        if (topic === 'featured') featured?.invalidate();
        app.hub.publishNow(topic);
      },
    });
    featured = featuredTopic(control, now);
    app.decorate('control', control);
    app.decorate('isHidden', control.isHidden);
    app.hub.addTopic(controlTopic(control));
    app.hub.addTopic(featured.handler);

    await calamityRoutes(app, control, now);
    await moderationRoutes(app, control);
    await screensRoutes(app, control);
    await alertsRoutes(app, control, now);

    if (opts.staticDir) {
      const page = join(opts.staticDir, 'control.html');
      app.get('/control', async (_req, reply) => {
        try {
          return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(await readFile(page));
        } catch {
          return reply.code(503).type('text/plain').send('The control panel is not built: run `npm run build`.');
        }
      });
    }

    const every = opts.warningEveryMs ?? 15_000; // 15 s: an alert reaches staff well within a minute
    if (every > 0) {
      const timer = setInterval(() => {
        try {
          const raised = control.evaluate();
          if (raised) {
            app.audit.write('system', 'alert.raised', { id: raised.id, kind: raised.kind, keywords: raised.keywords, channels: raised.channels }, null);
            app.log.warn({ alert: raised.summary, keywords: raised.keywords, channels: raised.channels }, 'early warning');
          }
        } catch (err) {
          app.log.error({ err }, 'early-warning evaluation failed');
        }
      }, every);
      timer.unref();
      app.addHook('onClose', async () => clearInterval(timer));
    }
  },
  { name: 'control', dependencies: ['store', 'aggregates', 'live', 'config', 'auth', 'demo'] },
);
