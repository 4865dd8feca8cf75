import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { HubwallError } from '../errors.ts';
import { SESSION_COOKIE } from '../auth/plugin.ts';
import { CSRF_HEADER, csrfMatches, isStateChange, sameOrigin } from '../auth/guard.ts';
import { hasRole } from '../auth/users-repo.ts';
import { MAX_ACTIVE_TOKENS, type EmbedTokensRepo } from './tokens-repo.ts';

const NewToken = Type.Object(
  { label: Type.String({ minLength: 1, maxLength: 80, pattern: '\\S', description: 'who uses it, e.g. "HR intranet"' }) },
  { additionalProperties: false },
);
const TokenId = Type.Object({ id: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

/**
 * The same checks as the auth plugin's guard on /api/control (session cookie, same-site Origin and the session's CSRF
 * token on changes), with the admin role: these routes live outside its guarded prefixes.
 */
function adminGuard(app: FastifyInstance, now: () => number) {
  return async (req: FastifyRequest) => {
    const id = req.cookies?.[SESSION_COOKIE];
    const session = id ? app.auth.sessions.get(id, now()) : null;
    if (!session) throw new HubwallError('HW_ERR_UNAUTHENTICATED', 'sign in first: no valid session cookie', 401);
    req.user = session.user;
    if (isStateChange(req.method)) {
      if (!sameOrigin(req)) throw new HubwallError('HW_ERR_ORIGIN', '`Origin` should be this server, got another site', 403);
      if (!csrfMatches(req.headers[CSRF_HEADER], session.csrf)) {
        throw new HubwallError('HW_ERR_CSRF', `\`${CSRF_HEADER}\` header should be this session's CSRF token (from login or GET /api/auth/me)`, 403);
      }
    }
    if (!hasRole(session.user.role, 'admin')) throw new HubwallError('HW_ERR_FORBIDDEN', `this needs the admin role, you have ${session.user.role}`, 403);
  };
}

/** Admins create, list and revoke read-only embed tokens; every change is audited (never with the token). */
export async function tokenRoutes(app: FastifyInstance, tokens: EmbedTokensRepo, opts: { now: () => number; revoked: (id: number) => number }): Promise<void> {
  const { now } = opts;
  const onRequest = adminGuard(app, now);

  app.get('/api/embed-tokens', { onRequest }, async () => ({ ok: true, data: { tokens: tokens.list(), maxActive: MAX_ACTIVE_TOKENS } }));

  app.post<{ Body: Static<typeof NewToken> }>('/api/embed-tokens', { onRequest, schema: { body: NewToken } }, async (req) => {
    if (tokens.activeCount() >= MAX_ACTIVE_TOKENS) {
      throw new HubwallError('HW_ERR_TOO_MANY_TOKENS', `at most ${MAX_ACTIVE_TOKENS} active embed tokens: revoke one first`, 409);
    }
    const label = req.body.label.trim();
    const { token, info } = tokens.create(label, req.user?.username ?? 'unknown', now());
    app.audited(req, 'embed-token.create', { id: info.id, label, hint: info.hint });
    // The token is shown once, here; only its hash is kept.
    return { ok: true, data: { token, info } };
  });

  app.delete<{ Params: Static<typeof TokenId> }>('/api/embed-tokens/:id', { onRequest, schema: { params: TokenId } }, async (req) => {
    const { id } = req.params;
    const info = tokens.find(id);
    if (!info) throw new HubwallError('HW_ERR_NOT_FOUND', `no embed token with id ${id}`, 404);
    if (info.revokedAt !== null) throw new HubwallError('HW_ERR_TOKEN_REVOKED', `embed token ${id} ("${info.label}") is already revoked`, 409);
    tokens.revoke(id, req.user?.username ?? 'unknown', now());
    const closed = opts.revoked(id);
    app.audited(req, 'embed-token.revoke', { id, label: info.label, socketsClosed: closed });
    return { ok: true, data: { info: tokens.find(id), socketsClosed: closed } };
  });
}
