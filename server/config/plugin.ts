import fp from 'fastify-plugin';
import { fileURLToPath } from 'node:url';
import { Type } from '@sinclair/typebox';
import { createConfigService, type ConfigService } from './service.ts';

declare module 'fastify' {
  interface FastifyInstance {
    wallConfig: ConfigService;
  }
}

export const DEFAULT_DASHBOARDS_DIR = fileURLToPath(new URL('../../dashboards', import.meta.url));
export const DEFAULT_THEMES_DIR = fileURLToPath(new URL('../../themes', import.meta.url));

export interface ConfigPluginOptions {
  dashboardsDir?: string;
  themesDir?: string;
  /** Watch the folders and push valid edits to open screens. */
  watch?: boolean;
}

const ErrorList = Type.Object({
  ok: Type.Literal(true),
  data: Type.Object({
    revision: Type.String(),
    errors: Type.Array(Type.Object({ code: Type.String(), file: Type.String(), field: Type.String(), message: Type.String() }, { additionalProperties: true })),
  }),
});

/**
 * Dashboards, walls and themes: validated at load, watched, served at GET /api/config and on the `config` topic.
 * An invalid edit is logged and listed at GET /api/config/errors while the last good config stays live.
 */
export default fp<ConfigPluginOptions>(
  async (app, opts) => {
    const service = await createConfigService({
      dashboardsDir: opts.dashboardsDir ?? DEFAULT_DASHBOARDS_DIR,
      themesDir: opts.themesDir ?? DEFAULT_THEMES_DIR,
      watch: opts.watch ?? false,
      log: app.log,
    });
    app.decorate('wallConfig', service);
    // The keyword ignore list is the one config setting the server itself applies (to keyword top-k and trending).
    const applyIgnored = (walls: { ignoreKeywords?: string[] }) => {
      if (app.hasDecorator('aggregates')) app.aggregates.ignoreKeywords(walls.ignoreKeywords ?? []);
    };
    applyIgnored(service.current().walls);
    app.hub.addTopic({ topic: 'config', snapshot: () => service.current(), delta: () => undefined });
    const unsubscribe = service.subscribe((cfg) => {
      app.log.info({ revision: cfg.revision }, 'config changed: pushing to screens');
      applyIgnored(cfg.walls);
      app.hub.publishNow('config');
    });
    app.get('/api/config', async () => ({ ok: true, data: service.current() }));
    app.get('/api/config/errors', { schema: { response: { 200: ErrorList } } }, async () => ({
      ok: true as const,
      data: { revision: service.current().revision, errors: [...service.errors()] },
    }));
    app.addHook('onClose', async () => {
      unsubscribe();
      service.close();
    });
  },
  { name: 'config', dependencies: ['live'] },
);
