import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { HubwallError } from '../errors.ts';
import { requireSession } from '../auth/session-guard.ts';
import { MAX_ACTIVE_TOKENS, type EmbedTokensRepo } from './tokens-repo.ts';

const NewToken = Type.Object(
  { label: Type.String({ minLength: 1, maxLength: 80, pattern: '\\S', description: 'who uses it, e.g. "HR intranet"' }) },
  { additionalProperties: false },
);
const TokenId = Type.Object({ id: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

/** Admins create, list and revoke read-only embed tokens; every change is audited (never with the token). */
export async function tokenRoutes(app: FastifyInstance, tokens: EmbedTokensRepo, opts: { now: () => number; revoked: (id: number) => number }): Promise<void> {
  const { now } = opts;
  // These routes live outside the auth plugin's guarded prefixes, so they make the same checks themselves.
  const onRequest = async (req: FastifyRequest) => void requireSession(app, req, 'admin', now());

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
