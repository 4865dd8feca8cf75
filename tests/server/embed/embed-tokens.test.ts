import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { InjectOptions } from 'fastify';
import { buildTestApp } from '../helper.ts';
import { signIn } from '../control/session.ts';
import { connect } from '../live/ws-client.ts';
import { TOKEN_PATTERN } from '../../../server/embed/tokens-repo.ts';

type App = Awaited<ReturnType<typeof buildTestApp>>;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Tokens required, and every client treated as off the wall network (inject and test sockets come from 127.0.0.1). */
async function start(requireToken = true) {
  app = await buildTestApp({ embed: { requireToken, isLocal: () => false } });
  return app;
}

async function createToken(a: App, label = 'HR intranet') {
  const admin = await signIn(a, 'ada', 'admin');
  const r = await a.inject({ method: 'POST', url: '/api/embed-tokens', headers: admin.headers, payload: { label } });
  expect(r.statusCode, r.body).toBe(200);
  return { admin, token: r.json().data.token as string, id: r.json().data.info.id as number };
}

/** Status of a WebSocket handshake: 101 when it opens, else the HTTP status the server answered. */
function handshake(url: string): Promise<{ status: number; ws?: WebSocket }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.once('open', () => resolve({ status: 101, ws }));
    ws.once('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0 }));
    ws.once('error', () => resolve({ status: 0 }));
  });
}

describe('embed tokens: admin API', () => {
  it('creates a token shown once, lists it without the secret, and revokes it; each step audited', async () => {
    const a = await start(false);
    const { admin, token, id } = await createToken(a);
    expect(token).toMatch(new RegExp(TOKEN_PATTERN));
    const list = await a.inject({ url: '/api/embed-tokens', headers: admin.headers });
    expect(list.statusCode).toBe(200);
    const [info] = list.json().data.tokens;
    expect(info).toMatchObject({ id, label: 'HR intranet', hint: token.slice(-4), createdBy: 'ada', revokedAt: null });
    expect(list.body).not.toContain(token);
    // Only a hash is stored.
    const row = a.store.db.prepare('SELECT * FROM embed_tokens WHERE id = ?').get(id) as Record<string, unknown>;
    expect(JSON.stringify(row)).not.toContain(token);

    const del = await a.inject({ method: 'DELETE', url: `/api/embed-tokens/${id}`, headers: admin.headers });
    expect(del.statusCode).toBe(200);
    expect(del.json().data.info).toMatchObject({ id, revokedBy: 'ada' });
    const again = await a.inject({ method: 'DELETE', url: `/api/embed-tokens/${id}`, headers: admin.headers });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('HW_ERR_TOKEN_REVOKED');
    const missing = await a.inject({ method: 'DELETE', url: '/api/embed-tokens/999', headers: admin.headers });
    expect(missing.statusCode).toBe(404);

    const audit = a.store.db.prepare("SELECT actor, action, detail FROM audit WHERE action LIKE 'embed-token.%' ORDER BY seq").all() as { actor: string; action: string; detail: string }[];
    expect(audit.map((e) => [e.actor, e.action])).toEqual([['ada', 'embed-token.create'], ['ada', 'embed-token.revoke']]);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('refuses without a session, to staff who are not admins, and without the right CSRF token or Origin', async () => {
    const a = await start(false);
    const staff = await signIn(a, 'sam', 'staff');
    const admin = await signIn(a, 'ada', 'admin');
    const cases: [string, InjectOptions, number, string][] = [
      ['no session (list)', { url: '/api/embed-tokens' }, 401, 'HW_ERR_UNAUTHENTICATED'],
      ['no session (create)', { method: 'POST', url: '/api/embed-tokens', payload: { label: 'x' } }, 401, 'HW_ERR_UNAUTHENTICATED'],
      ['staff (list)', { url: '/api/embed-tokens', headers: staff.headers }, 403, 'HW_ERR_FORBIDDEN'],
      ['staff (create)', { method: 'POST', url: '/api/embed-tokens', headers: staff.headers, payload: { label: 'x' } }, 403, 'HW_ERR_FORBIDDEN'],
      ['no CSRF', { method: 'POST', url: '/api/embed-tokens', headers: { cookie: admin.cookie }, payload: { label: 'x' } }, 403, 'HW_ERR_CSRF'],
      ['bad CSRF', { method: 'POST', url: '/api/embed-tokens', headers: { cookie: admin.cookie, 'x-csrf-token': 'nope' }, payload: { label: 'x' } }, 403, 'HW_ERR_CSRF'],
      ['other site', { method: 'POST', url: '/api/embed-tokens', headers: { ...admin.headers, origin: 'https://evil.example' }, payload: { label: 'x' } }, 403, 'HW_ERR_ORIGIN'],
      ['bad CSRF (revoke)', { method: 'DELETE', url: '/api/embed-tokens/1', headers: { cookie: admin.cookie, 'x-csrf-token': 'nope' } }, 403, 'HW_ERR_CSRF'],
      ['empty label', { method: 'POST', url: '/api/embed-tokens', headers: admin.headers, payload: { label: '  ' } }, 400, 'HW_ERR_VALIDATION'],
      ['unknown field', { method: 'POST', url: '/api/embed-tokens', headers: admin.headers, payload: { label: 'x', scope: 'all' } }, 400, 'HW_ERR_VALIDATION'],
    ];
    for (const [name, req, status, code] of cases) {
      const r = await a.inject(req);
      expect(r.statusCode, name).toBe(status);
      expect(r.json().error.code, name).toBe(code);
    }
    expect(a.embed.tokens.list()).toEqual([]);
  });
});

describe('embed tokens: reads from off the wall network', () => {
  it('leaves the API and live socket open when tokens are not required', async () => {
    const a = await start(false);
    expect((await a.inject('/api/messages')).statusCode).toBe(200);
  });

  it('refuses the drill-down API and the embed page without a token, accepts a valid one, refuses it once revoked', async () => {
    const a = await start();
    const { admin, token, id } = await createToken(a);
    for (const url of ['/api/messages?limit=5', '/api/keywords/delay']) {
      const none = await a.inject(url);
      expect(none.statusCode, url).toBe(401);
      expect(none.json().error.code).toBe('HW_ERR_EMBED_TOKEN');
      expect((await a.inject({ url, headers: { authorization: `Bearer ${token}` } })).statusCode, url).toBe(200);
      expect((await a.inject({ url, headers: { 'x-hubwall-embed-token': token } })).statusCode, url).toBe(200);
    }
    // A signed-in staff member reads without a token.
    expect((await a.inject({ url: '/api/messages', headers: { cookie: admin.cookie } })).statusCode).toBe(200);
    const bogus = await a.inject({ url: '/api/messages', headers: { authorization: `Bearer hwe_${'x'.repeat(43)}` } });
    expect(bogus.statusCode).toBe(401);
    expect(bogus.json().error.message).toContain('unknown or revoked');

    await a.inject({ method: 'DELETE', url: `/api/embed-tokens/${id}`, headers: admin.headers });
    const revoked = await a.inject({ url: '/api/messages', headers: { authorization: `Bearer ${token}` } });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().error.code).toBe('HW_ERR_EMBED_TOKEN');
  });

  it('refuses the live socket without a valid token, and closes its sockets when the token is revoked', async () => {
    const a = await start();
    const { admin, token, id } = await createToken(a);
    await a.listen({ port: 0, host: '127.0.0.1' });
    const { port } = a.server.address() as { port: number };
    const base = `ws://127.0.0.1:${port}/live`;
    expect((await handshake(base)).status).toBe(401);
    expect((await handshake(`${base}?token=hwe_${'x'.repeat(43)}`)).status).toBe(401);

    const screen = await connect(`${base}?token=${token}`);
    screen.send({ v: 1, type: 'subscribe', topic: 'kpi' });
    await screen.waitFor((f) => f.type === 'snapshot' && f.topic === 'kpi');
    const closed = new Promise<number>((resolve) => screen.ws.once('close', (code) => resolve(code)));
    const del = await a.inject({ method: 'DELETE', url: `/api/embed-tokens/${id}`, headers: admin.headers });
    expect(del.json().data.socketsClosed).toBe(1);
    expect(await closed).toBe(1008);
    expect((await handshake(`${base}?token=${token}`)).status).toBe(401);
  });
});
