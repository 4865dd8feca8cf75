import type { FastifyInstance } from 'fastify';
import { HubwallError } from '../errors.ts';
import { AuditQuery, WarningSettingsInput, type WarningSettings } from './schemas.ts';
import { AlertParams } from './routes-moderation.ts';
import { fillTemplate, templateFor } from './templates.ts';
import type { Control } from './service.ts';

/** Early-warning alerts, their settings, the one-tap calamity template, the demo incident and the audit log. */
export async function alertsRoutes(app: FastifyInstance, control: Control, now: () => number): Promise<void> {
  // The staff view of the control state (alerts, who did what); the public control topic leaves those out.
  app.get('/api/control/state', async () => ({ ok: true, data: control.data() }));
  app.get('/api/control/alerts', async () => ({ ok: true, data: { alerts: control.alerts(), settings: control.warning } }));

  app.post<{ Params: { id: string } }>('/api/control/alerts/:id/dismiss', { schema: { params: AlertParams } }, async (req) => {
    if (!control.dismissAlert(req.params.id)) throw new HubwallError('HW_ERR_NOT_FOUND', `no alert "${req.params.id}"`, 404);
    app.audited(req, 'alert.dismiss', { id: req.params.id });
    return { ok: true, data: {} };
  });

  // Only prepares a draft: nothing reaches a screen until a person switches it on.
  app.get<{ Params: { id: string } }>('/api/control/alerts/:id/template', { schema: { params: AlertParams } }, async (req) => {
    const alert = control.alerts().find((a) => a.id === req.params.id);
    if (!alert) throw new HubwallError('HW_ERR_NOT_FOUND', `no alert "${req.params.id}"`, 404);
    const t = fillTemplate(templateFor(alert.keywords), { keywords: alert.keywords, time: new Date(now()).toISOString().slice(11, 16) + ' UTC' });
    return {
      ok: true,
      data: { template: { ...t, keyword: alert.keywords[0] ?? t.keyword, counters: alert.keywords.length ? alert.keywords.slice(0, 4) : t.counters } },
    };
  });

  app.put<{ Body: { factor: number; minNegative?: number } }>('/api/control/settings/warning', { schema: { body: WarningSettingsInput } }, async (req) => {
    const next: WarningSettings = { factor: req.body.factor, minNegative: req.body.minNegative ?? control.warning.minNegative };
    control.setWarning(next);
    app.audited(req, 'settings.warning', next);
    return { ok: true, data: { settings: next } };
  });

  app.post('/api/control/demo/incident', { config: { role: 'admin' } }, async (req) => {
    const sim = app.demo.simulator;
    if (!sim) throw new HubwallError('HW_ERR_DEMO_OFF', 'the demo feed is off (HUBWALL_DEMO=0): there is no incident to start', 409);
    const incident = sim.startIncident();
    app.audited(req, 'demo.incident', { topic: incident.topic, minutes: Math.round(incident.durationMs / 60_000) });
    return { ok: true, data: { incident } };
  });

  app.delete('/api/control/demo/incident', { config: { role: 'admin' } }, async (req) => {
    const sim = app.demo.simulator;
    if (!sim) throw new HubwallError('HW_ERR_DEMO_OFF', 'the demo feed is off (HUBWALL_DEMO=0): there is no incident to stop', 409);
    sim.stopIncident();
    app.audited(req, 'demo.incident-stop');
    return { ok: true, data: {} };
  });

  app.get<{ Querystring: { before?: number; limit?: number } }>('/api/control/audit', { config: { role: 'admin' }, schema: { querystring: AuditQuery } }, async (req) => ({
    ok: true,
    data: app.audit.read(req.query.before, req.query.limit ?? 50),
  }));
}
