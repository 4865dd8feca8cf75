import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { HubwallError } from '../errors.ts';
import { PushInput, ScreenParams } from './schemas.ts';
import type { Control } from './service.ts';

/** Screens overview and commands (push a dashboard, reload), addressed by screen id or `all`. */
export async function screensRoutes(app: FastifyInstance, control: Control): Promise<void> {
  const configured = () => app.wallConfig.current().walls.screens.map((s) => ({ id: s.id, title: s.title }));
  app.get('/api/control/screens', async () => {
    const cfg = app.wallConfig.current();
    return {
      ok: true,
      data: {
        screens: control.screens.list(app.hub.screens(), configured()),
        dashboards: Object.values(cfg.dashboards).map((d) => ({ id: d.id, title: d.title })),
      },
    };
  });

  const Push = Type.Object({ screen: ScreenParams.properties.screen });
  app.post<{ Params: { screen: string }; Body: { dashboard: string; minutes?: number } }>(
    '/api/control/screens/:screen/push',
    { schema: { params: Push, body: PushInput } },
    async (req) => {
      const { dashboard, minutes } = req.body;
      if (!app.wallConfig.current().dashboards[dashboard]) {
        throw new HubwallError('HW_ERR_DASHBOARD', `\`dashboard\` should be one of ${Object.keys(app.wallConfig.current().dashboards).join(', ')}, got "${dashboard}"`);
      }
      const screens = req.params.screen === 'all' ? 'all' : [req.params.screen];
      const cmd = control.screens.command('push', screens, { dashboard, holdMs: (minutes ?? 5) * 60_000 });
      app.hub.publishNow('control');
      app.audited(req, 'screen.push', { screen: req.params.screen, dashboard, minutes: minutes ?? 5 });
      return { ok: true, data: { command: cmd } };
    },
  );

  app.post<{ Params: { screen: string } }>('/api/control/screens/:screen/reload', { schema: { params: Push } }, async (req) => {
    const screens = req.params.screen === 'all' ? 'all' : [req.params.screen];
    const cmd = control.screens.command('reload', screens);
    app.hub.publishNow('control');
    app.audited(req, 'screen.reload', { screen: req.params.screen });
    return { ok: true, data: { command: cmd } };
  });
}
