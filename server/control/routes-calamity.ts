import type { FastifyInstance } from 'fastify';
import { CalamityInput, PreviewInput, type CalamityInput as CalamityInputT } from './schemas.ts';
import { TEMPLATES, fillTemplate } from './templates.ts';
import { sanitizeCalamityHtml } from './sanitize.ts';
import type { Control } from './service.ts';

const clock = (t: number) => new Date(t).toISOString().slice(11, 16) + ' UTC';

/** Calamity mode: templates, sanitized preview, on and off. */
export async function calamityRoutes(app: FastifyInstance, control: Control, now: () => number): Promise<void> {
  app.get('/api/control/templates', async () => ({
    ok: true,
    data: { templates: TEMPLATES.map((t) => fillTemplate(t, { time: clock(now()) })) },
  }));

  // POST, not GET: the draft can be 50 KB, and this keeps every body-carrying route behind the CSRF check.
  app.post<{ Body: { html: string } }>('/api/control/calamity/preview', { schema: { body: PreviewInput } }, async (req) => ({
    ok: true,
    data: sanitizeCalamityHtml(req.body.html),
  }));

  app.post<{ Body: CalamityInputT }>('/api/control/calamity/on', { schema: { body: CalamityInput } }, async (req) => {
    const { state, removed } = control.calamityOn(req.body, req.user?.username ?? 'unknown');
    app.audited(req, 'calamity.on', { title: state.title, screens: state.screens, keyword: state.keyword, removed, htmlBytes: state.html.length });
    return { ok: true, data: { calamity: state, removed } };
  });

  app.post('/api/control/calamity/off', async (req) => {
    const state = control.calamityOff();
    app.audited(req, 'calamity.off', { title: state.title });
    return { ok: true, data: { calamity: state } };
  });
}
