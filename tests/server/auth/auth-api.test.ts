import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helper.ts';
import { signIn, PASSWORD } from '../control/session.ts';

type App = Awaited<ReturnType<typeof buildTestApp>>;
const apps: App[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close();
});
async function app(opts: Parameters<typeof buildTestApp>[0] = {}) {
  const a = await buildTestApp(opts);
  apps.push(a);
  return a;
}

describe('auth API', () => {
  it('creates the first admin from settings and signs in with an HttpOnly SameSite=Strict cookie', async () => {
    const a = await app({ auth: { adminUser: 'alice', adminPassword: 'alice-secret-pw' } });
    const r = await a.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'alice', password: 'alice-secret-pw' } });
    expect(r.statusCode).toBe(200);
    expect(r.json().data.user).toEqual({ username: 'alice', role: 'admin' });
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toMatch(/^hw_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    // Only a hash of the session id is stored.
    const id = cookie.split(';')[0].split('=')[1];
    const rows = a.store.db.prepare('SELECT id_hash FROM sessions').all() as { id_hash: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0].id_hash).not.toContain(id);
    const me = await a.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: cookie.split(';')[0] } });
    expect(me.json().data.user.username).toBe('alice');
  });

  it('stores passwords as scrypt hashes, never in clear', async () => {
    const a = await app({ auth: { adminUser: 'alice', adminPassword: 'alice-secret-pw' } });
    const row = a.auth.users.find('alice');
    expect(row?.password_hash).toMatch(/^scrypt\$15\$8\$1\$/);
    expect(row?.password_hash).not.toContain('alice-secret-pw');
  });

  it('refuses a wrong password with the same answer as an unknown user', async () => {
    const a = await app();
    await signIn(a, 'bob');
    const wrong = await a.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'bob', password: 'nope-nope-nope' } });
    const unknown = await a.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'nope-nope-nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('HW_ERR_LOGIN');
  });

  it('locks out an address+user after 5 failures (429 with retry-after), even for the right password', async () => {
    const a = await app();
    await signIn(a, 'carol');
    for (let i = 0; i < 5; i++) await a.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'carol', password: `wrong-${i}-xxxxx` } });
    const r = await a.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'carol', password: PASSWORD } });
    expect(r.statusCode).toBe(429);
    expect(r.json().error.code).toBe('HW_ERR_RATE_LIMITED');
    expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses a login posted from another site (login CSRF)', async () => {
    const a = await app();
    await signIn(a, 'dave');
    const r = await a.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: 'https://evil.example' }, payload: { username: 'dave', password: PASSWORD } });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe('HW_ERR_ORIGIN');
  });

  it('logs out: the session is gone and the cookie is cleared; logout itself needs the CSRF token', async () => {
    const a = await app();
    const s = await signIn(a, 'erin');
    const noCsrf = await a.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('HW_ERR_CSRF');
    const out = await a.inject({ method: 'POST', url: '/api/auth/logout', headers: s.headers });
    expect(out.statusCode).toBe(200);
    expect(String(out.headers['set-cookie'])).toMatch(/hw_session=;/);
    const me = await a.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } });
    expect(me.json()).toEqual({ ok: true, data: { user: null, csrf: null, expiresAt: null } });
    const gone = await a.inject({ method: 'GET', url: '/api/control/hidden', headers: { cookie: s.cookie } });
    expect(gone.statusCode).toBe(401);
  });

  it('expires sessions', async () => {
    let t = Date.now();
    const a = await app({ now: () => t, auth: { sessionTtlMs: 60_000 } });
    const s = await signIn(a, 'fay');
    t += 61_000;
    const me = await a.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } });
    expect(me.json().data.user).toBeNull();
  });

  it('lets only admins manage users, with a password policy', async () => {
    const a = await app();
    const admin = await signIn(a, 'root', 'admin');
    const staff = await signIn(a, 'gus', 'staff');
    const denied = await a.inject({ method: 'POST', url: '/api/auth/users', headers: staff.headers, payload: { username: 'hal', password: 'long-enough-pw', role: 'staff' } });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('HW_ERR_FORBIDDEN');
    const short = await a.inject({ method: 'POST', url: '/api/auth/users', headers: admin.headers, payload: { username: 'hal', password: 'short', role: 'staff' } });
    expect(short.json().error.code).toBe('HW_ERR_PASSWORD');
    const ok = await a.inject({ method: 'POST', url: '/api/auth/users', headers: admin.headers, payload: { username: 'hal', password: 'long-enough-pw', role: 'staff' } });
    expect(ok.statusCode).toBe(200);
    const list = await a.inject({ method: 'GET', url: '/api/auth/users', headers: admin.headers });
    expect(list.json().data.users.map((u: { username: string }) => u.username)).toEqual(['gus', 'hal', 'root']);
    const self = await a.inject({ method: 'DELETE', url: '/api/auth/users/root', headers: admin.headers });
    expect(self.json().error.code).toBe('HW_ERR_SELF');
  });

  it('never writes passwords, session ids or CSRF tokens to the audit log', async () => {
    const a = await app();
    const s = await signIn(a, 'ivy');
    await a.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'ivy', password: 'a-wrong-password' } });
    const all = JSON.stringify(a.store.db.prepare('SELECT * FROM audit').all());
    expect(all).toContain('login.failed');
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toContain('a-wrong-password');
    expect(all).not.toContain(s.csrf);
    expect(all).not.toContain(s.cookie.split('=')[1]);
  });
});
