import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HubwallError } from '../errors.ts';
import { frameAncestors, originAllowed, originOf, type EmbedOrigin } from './origins.ts';
import { TOKEN_PATTERN } from './tokens-repo.ts';

/** Dashboard, widget, screen and theme ids, as the config schema spells them. */
const ID = '^[a-z0-9][a-z0-9-]{0,39}$';

const Params = Type.Object(
  { dashboard: Type.String({ pattern: ID }), widget: Type.Optional(Type.String({ pattern: ID })) },
  { additionalProperties: false },
);
const Query = Type.Object(
  {
    rotate: Type.Optional(Type.Union([Type.Literal('0'), Type.Literal('1')])),
    screen: Type.Optional(Type.String({ pattern: ID })),
    theme: Type.Optional(Type.String({ pattern: ID })),
    token: Type.Optional(Type.String({ pattern: TOKEN_PATTERN })),
  },
  { additionalProperties: false },
);

/**
 * The embed page's CSP: the wall's policy (server/web/security-headers.ts) with `frame-ancestors` widened from
 * 'self' to the allowed intranet origins. Browsers refuse to render the page inside any other site.
 */
export function embedCsp(allowed: readonly EmbedOrigin[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "connect-src 'self' ws: wss:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    frameAncestors(allowed),
  ].join('; ');
}

/** Fetch destinations of a framed page; a top-level visit (`document`) frames nothing and is not checked. */
const FRAMED = new Set(['iframe', 'frame', 'embed', 'object']);

/**
 * The embedding page's origin when the request shows one that may not frame us, else null. Browsers send a `Referer`
 * (at least the origin, by default) and `Sec-Fetch-Dest` when loading a frame; without a Referer we cannot tell, and
 * the CSP `frame-ancestors` still stops the browser from showing the page.
 */
export function refusedEmbedder(headers: FastifyRequest['headers'], host: string, allowed: readonly EmbedOrigin[]): string | null {
  const dest = headers['sec-fetch-dest'];
  if (typeof dest === 'string' && !FRAMED.has(dest)) return null;
  for (const value of [headers.origin, headers.referer]) {
    const o = originOf(typeof value === 'string' ? value : undefined);
    if (o && o.host !== host && !originAllowed(o, allowed)) return o.origin;
  }
  return null;
}

/** GET /embed/:dashboard and /embed/:dashboard/:widget: the embed page with a per-response CSP. */
export async function pageRoutes(
  app: FastifyInstance,
  opts: { allowed: readonly EmbedOrigin[]; staticDir: string | null; checkRead: (req: FastifyRequest, token?: string) => void },
): Promise<void> {
  const csp = embedCsp(opts.allowed);
  const page = opts.staticDir ? join(opts.staticDir, 'embed.html') : null;

  const handler = async (req: FastifyRequest<{ Params: Static<typeof Params>; Querystring: Static<typeof Query> }>, reply: FastifyReply) => {
    // The CSP goes on every answer, errors included, so no refusal page can be framed by a foreign site either.
    reply.header('Content-Security-Policy', csp);
    const refused = refusedEmbedder(req.headers, req.host, opts.allowed);
    if (refused) {
      throw new HubwallError('HW_ERR_EMBED_ORIGIN', `${refused} may not embed Hubwall: add it to HUBWALL_EMBED_ORIGINS (now: ${opts.allowed.map((o) => o.source).join(', ') || 'none'})`, 403);
    }
    const { dashboard: dashboardId, widget: widgetId } = req.params;
    const cfg = app.wallConfig.current();
    const dashboard = cfg.dashboards[dashboardId];
    if (!dashboard) {
      throw new HubwallError('HW_ERR_EMBED_NOT_FOUND', `\`dashboard\` should be one of ${Object.keys(cfg.dashboards).sort().join(', ')}, got "${dashboardId}"`, 404);
    }
    if (widgetId && !dashboard.widgets.some((w) => w.id === widgetId)) {
      throw new HubwallError('HW_ERR_EMBED_NOT_FOUND', `\`widget\` should be one of ${dashboard.widgets.map((w) => w.id).join(', ')} (dashboard "${dashboardId}"), got "${widgetId}"`, 404);
    }
    if (req.query.screen && !cfg.walls.screens.some((s) => s.id === req.query.screen)) {
      throw new HubwallError('HW_ERR_EMBED_NOT_FOUND', `\`screen\` should be one of ${cfg.walls.screens.map((s) => s.id).join(', ')}, got "${req.query.screen}"`, 404);
    }
    opts.checkRead(req, req.query.token);
    if (!page) throw new HubwallError('HW_ERR_NOT_BUILT', 'the display is not built: run `npm run build`', 503);
    let html: Buffer;
    try {
      html = await readFile(page);
    } catch {
      throw new HubwallError('HW_ERR_NOT_BUILT', 'the embed page is not built: run `npm run build`', 503);
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  };

  const schema = { params: Params, querystring: Query };
  app.get('/embed/:dashboard', { schema }, handler);
  app.get('/embed/:dashboard/:widget', { schema }, handler);
}
