import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { HubwallError } from '../errors.ts';
import { SESSION_COOKIE } from '../auth/plugin.ts';
import { pathOf } from '../auth/guard.ts';
import { isLocalAddress, needsToken } from './access.ts';
import type { EmbedOrigin } from './origins.ts';
import { pageRoutes } from './routes-page.ts';
import { tokenRoutes } from './routes-tokens.ts';
import { createEmbedTokensRepo, type EmbedTokensRepo } from './tokens-repo.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Intranet embeds (issue 5): allowed origins and read-only embed tokens. */
    embed: { origins: readonly EmbedOrigin[]; requireToken: boolean; tokens: EmbedTokensRepo };
  }
}

export interface EmbedOptions {
  /** Origins allowed to frame `/embed/...` (HUBWALL_EMBED_ORIGINS, parsed by `parseEmbedOrigins`). */
  origins?: readonly EmbedOrigin[];
  /** When true, reads from off the local network (or from foreign pages) need an embed token (HUBWALL_EMBED_REQUIRE_TOKEN). */
  requireToken?: boolean;
  /** Built display folder holding embed.html; null answers 503 for embed pages (API-only tests). */
  staticDir?: string | null;
  /** Which client addresses count as the wall's own network; default loopback and private ranges. */
  isLocal?: (ip: string) => boolean;
  now?: () => number;
}

/** Reads guarded by embed tokens when they are required: the drill-down API (the live socket has its own gate). */
const READ_PREFIXES = ['/api/messages', '/api/keywords/'];

/** The token a read presents: `Authorization: Bearer hwe_…`, `X-Hubwall-Embed-Token`, or `?token=` where a route allows it. */
function presentedToken(req: FastifyRequest, fromQuery?: string): string | undefined {
  const auth = req.headers.authorization;
  if (typeof auth === 'string' && auth.startsWith('Bearer hwe_')) return auth.slice(7);
  const header = req.headers['x-hubwall-embed-token'];
  if (typeof header === 'string' && header) return header;
  return fromQuery;
}

/**
 * Intranet embeds: `/embed/:dashboard[/:widget]` pages framed only by allowed origins (CSP `frame-ancestors`, and a
 * 403 when the request shows another embedder), admin-managed read-only embed tokens, and, when tokens are required,
 * a gate on the live socket and the drill-down API for clients off the local network. Revoking a token closes the
 * live sockets that were opened with it.
 */
export default fp<EmbedOptions>(
  async (app, opts) => {
    const now = opts.now ?? Date.now;
    const origins = opts.origins ?? [];
    const requireToken = opts.requireToken ?? false;
    const isLocal = opts.isLocal ?? isLocalAddress;
    const tokens = createEmbedTokensRepo(app.store.db);
    app.decorate('embed', { origins, requireToken, tokens });

    /** Token id behind each request that passed with one, so its socket can be tracked. */
    const grantedBy = new WeakMap<FastifyRequest, number>();
    /** Live sockets per token id, closed when the token is revoked. */
    const socketsByToken = new Map<number, Set<WebSocket>>();

    /** Lets a read through or throws 401; remembers the token used. A signed-in staff member needs no token. */
    const checkRead = (req: FastifyRequest, fromQuery?: string): void => {
      const token = presentedToken(req, fromQuery);
      if (token !== undefined) {
        const id = tokens.verify(token, now());
        if (id === null) throw new HubwallError('HW_ERR_EMBED_TOKEN', 'the embed token is unknown or revoked: ask an admin for a new one', 401);
        grantedBy.set(req, id);
        return;
      }
      if (!requireToken) return;
      if (!needsToken({ ip: req.ip, host: req.host, origin: req.headers.origin }, origins, isLocal)) return;
      const sid = req.cookies?.[SESSION_COOKIE];
      if (sid && app.auth.sessions.get(sid, now())) return;
      throw new HubwallError('HW_ERR_EMBED_TOKEN', 'this needs an embed token from off the wall network: add `?token=` (live socket, embed page) or `Authorization: Bearer <token>` (API)', 401);
    };

    app.setLiveGate({
      authorize: (req) => checkRead(req, (req.query as { token?: string } | undefined)?.token),
      opened(socket, req) {
        const id = grantedBy.get(req);
        if (id === undefined) return;
        let set = socketsByToken.get(id);
        if (!set) socketsByToken.set(id, (set = new Set()));
        set.add(socket);
        socket.once('close', () => {
          set.delete(socket);
          if (set.size === 0 && socketsByToken.get(id) === set) socketsByToken.delete(id);
        });
      },
    });

    app.addHook('onRequest', async (req) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return;
      const path = pathOf(req.url);
      if (READ_PREFIXES.some((p) => path === p || (p.endsWith('/') && path.startsWith(p)))) checkRead(req);
    });

    const revoked = (id: number): number => {
      const set = socketsByToken.get(id);
      socketsByToken.delete(id);
      for (const s of set ?? []) s.close(1008, 'embed token revoked');
      return set?.size ?? 0;
    };
    await tokenRoutes(app, tokens, { now, revoked });
    await pageRoutes(app, { allowed: origins, staticDir: opts.staticDir ?? null, checkRead });
  },
  { name: 'embed', dependencies: ['store', 'live', 'config', 'auth'] },
);
