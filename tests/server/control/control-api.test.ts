import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { buildTestApp } from '../helper.ts';
import { connect } from '../live/ws-client.ts';
import { signIn } from './session.ts';

type App = Awaited<ReturnType<typeof buildTestApp>>;
let app: App;
let staff: Awaited<ReturnType<typeof signIn>>;
let admin: Awaited<ReturnType<typeof signIn>>;
let url: string;

beforeAll(async () => {
  app = await buildTestApp({ control: { warningEveryMs: 0 }, live: { tickMs: 50 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = `ws://127.0.0.1:${(app.server.address() as AddressInfo).port}/live`;
  staff = await signIn(app, 'sam', 'staff');
  admin = await signIn(app, 'ada', 'admin');
});
afterAll(async () => app.close());

const ON = { title: 'Ash cloud', html: '<h1>Flights grounded</h1>', screens: 'all', keyword: 'ash', counters: ['ash', 'volcano'] };

describe('control API refusals', () => {
  const routes: [string, string, object?][] = [
    ['POST', '/api/control/calamity/on', ON],
    ['POST', '/api/control/calamity/off'],
    ['POST', '/api/control/kill', { on: true }],
    ['POST', '/api/control/hide', { kind: 'post', channel: 'x', ref: '1' }],
    ['POST', '/api/control/featured/pin', { channel: 'x', id: '1' }],
    ['PUT', '/api/control/featured/rules', { mode: 'most-engaged', blocklist: [] }],
    ['POST', '/api/control/screens/left/reload'],
    ['POST', '/api/control/screens/left/push', { dashboard: 'overview' }],
    ['PUT', '/api/control/settings/warning', { factor: 4 }],
  ];

  it.each(routes)('%s %s without a session is 401', async (method, path, payload) => {
    const r = await app.inject({ method: method as 'POST', url: path, payload });
    expect(r.statusCode).toBe(401);
    expect(r.json()).toEqual({ ok: false, error: { code: 'HW_ERR_UNAUTHENTICATED', message: 'sign in first: no valid session cookie' } });
  });

  it.each(routes)('%s %s with a wrong or missing CSRF token is 403', async (method, path, payload) => {
    const missing = await app.inject({ method: method as 'POST', url: path, payload, headers: { cookie: staff.cookie } });
    const wrong = await app.inject({ method: method as 'POST', url: path, payload, headers: { cookie: staff.cookie, 'x-csrf-token': admin.csrf } });
    for (const r of [missing, wrong]) {
      expect(r.statusCode).toBe(403);
      expect(r.json().error.code).toBe('HW_ERR_CSRF');
    }
  });

  it('refuses a state change from another origin even with the right token', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/control/kill', payload: { on: true }, headers: { ...staff.headers, origin: 'https://evil.example' } });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe('HW_ERR_ORIGIN');
  });

  it('keeps the audit log and the demo incident for admins (403 for staff)', async () => {
    for (const [method, path] of [['GET', '/api/control/audit'], ['POST', '/api/control/demo/incident']] as const) {
      const r = await app.inject({ method, url: path, headers: staff.headers });
      expect(r.statusCode).toBe(403);
      expect(r.json().error.code).toBe('HW_ERR_FORBIDDEN');
    }
  });

  it('validates bodies with a field-naming message', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/control/calamity/on', headers: staff.headers, payload: { ...ON, screens: [] } });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('HW_ERR_VALIDATION');
    expect(r.json().error.message).toContain('screens');
  });

  it('says the demo feed is off instead of starting an incident', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/control/demo/incident', headers: admin.headers });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('HW_ERR_DEMO_OFF');
  });
});

describe('calamity mode', () => {
  it('offers templates and previews sanitized HTML with what was removed', async () => {
    const t = await app.inject({ method: 'GET', url: '/api/control/templates', headers: { cookie: staff.cookie } });
    expect(t.json().data.templates.map((x: { id: string }) => x.id)).toEqual(['ash-cloud', 'outage', 'travel-ban', 'notice']);
    const p = await app.inject({ method: 'POST', url: '/api/control/calamity/preview', headers: staff.headers, payload: { html: '<p onclick="x()">Hi</p><script>alert(1)</script>' } });
    expect(p.json().data).toEqual({ html: '<p>Hi</p>', removed: ['onclick= event handler', '<script>'] });
  });

  it('switches on for all screens at once over the control topic, sanitized, and off again', async () => {
    const screen = await connect(url);
    screen.send({ v: 1, type: 'subscribe', topic: 'control' });
    await screen.waitFor((f) => f.type === 'snapshot' && f.topic === 'control');
    const bad = '<h1>Flights grounded</h1><script>steal()</script><img src="https://cdn.example/a.png" onerror="x()"><a href="javascript:alert(1)">click</a><form action="https://evil"><input></form><p style="position:fixed;inset:0;color:#fff">cover</p>';
    const r = await app.inject({ method: 'POST', url: '/api/control/calamity/on', headers: staff.headers, payload: { ...ON, html: bad } });
    expect(r.statusCode).toBe(200);
    const f = await screen.waitFor((x) => x.type === 'delta' && x.topic === 'control' && x.data.calamity.on, 1_000);
    const html: string = f.data.calamity.html;
    for (const evil of ['<script', 'steal', 'onerror', 'javascript:', '<form', '<input', 'position', 'inset']) expect(html).not.toContain(evil);
    expect(html).toContain('<h1>Flights grounded</h1>');
    expect(html).toContain('<img src="https://cdn.example/a.png" />');
    expect(html).toContain('<p style="color:#fff">cover</p>');
    // Walls get no staff names; the signed-in panel sees who switched it on.
    expect(f.data.calamity).toMatchObject({ title: 'Ash cloud', screens: 'all', keyword: 'ash', counters: ['ash', 'volcano'], by: null });
    expect((await app.inject({ url: '/api/control/state', headers: { cookie: staff.cookie } })).json().data.calamity.by).toBe('sam');
    expect(r.json().data.removed).toEqual(expect.arrayContaining(['<script>', 'onerror= event handler', 'javascript: URL', '<form>', 'style outside the allowed properties']));

    await app.inject({ method: 'POST', url: '/api/control/calamity/off', headers: staff.headers });
    await screen.waitFor((x) => x.type === 'delta' && x.topic === 'control' && !x.data.calamity.on, 1_000);
    await screen.close();
  });

  it('targets chosen screens', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/control/calamity/on', headers: staff.headers, payload: { ...ON, screens: ['left', 'lobby'] } });
    expect(r.json().data.calamity.screens).toEqual(['left', 'lobby']);
    expect(app.control.data().calamity.screens).toEqual(['left', 'lobby']);
    await app.inject({ method: 'POST', url: '/api/control/calamity/off', headers: staff.headers });
  });

  it('writes every action to the audit log, which admins page through', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/control/audit?limit=3', headers: { cookie: admin.cookie } });
    const page = r.json().data;
    expect(page.entries).toHaveLength(3);
    expect(page.entries[0]).toMatchObject({ actor: 'sam', action: 'calamity.off', address: '127.0.0.1' });
    expect(page.next).toBeGreaterThan(0);
    const older = await app.inject({ method: 'GET', url: `/api/control/audit?limit=200&before=${page.next}`, headers: { cookie: admin.cookie } });
    const actions = older.json().data.entries.map((e: { action: string }) => e.action);
    expect(actions).toContain('calamity.on');
    expect(actions).toContain('login');
  });
});

describe('screens', () => {
  it('lists configured and connected screens with dashboard, version and heartbeat', async () => {
    const s = await connect(url);
    s.send({ v: 1, type: 'hello', screen: 'left', dashboard: 'overview', version: '0.1.0' });
    s.send({ v: 1, type: 'ping' });
    await s.waitFor((f) => f.type === 'heartbeat' && f !== s.frames[0]);
    const r = await app.inject({ method: 'GET', url: '/api/control/screens', headers: { cookie: staff.cookie } });
    const left = r.json().data.screens.find((x: { id: string }) => x.id === 'left');
    expect(left).toMatchObject({ id: 'left', dashboard: 'overview', version: '0.1.0', online: true, configured: true, connections: 1 });
    const lobby = r.json().data.screens.find((x: { id: string }) => x.id === 'lobby');
    expect(lobby).toMatchObject({ online: false, lastSeen: null });
    await s.close();
  });

  it('pushes a dashboard and a reload to a screen by id over the control topic', async () => {
    const s = await connect(url);
    s.send({ v: 1, type: 'subscribe', topic: 'control' });
    await s.waitFor((f) => f.type === 'snapshot' && f.topic === 'control');
    const dashboards = app.wallConfig.current().dashboards;
    const id = Object.keys(dashboards)[1];
    const push = await app.inject({ method: 'POST', url: '/api/control/screens/left/push', headers: staff.headers, payload: { dashboard: id, minutes: 2 } });
    expect(push.statusCode).toBe(200);
    const f = await s.waitFor((x) => x.topic === 'control' && x.data.commands.some((c: { kind: string }) => c.kind === 'push'), 1_000);
    expect(f.data.commands.at(-1)).toMatchObject({ kind: 'push', screens: ['left'], dashboard: id, holdMs: 120_000 });
    await app.inject({ method: 'POST', url: '/api/control/screens/all/reload', headers: staff.headers });
    await s.waitFor((x) => x.topic === 'control' && x.data.commands.some((c: { kind: string; screens: unknown }) => c.kind === 'reload' && c.screens === 'all'), 1_000);
    const bad = await app.inject({ method: 'POST', url: '/api/control/screens/left/push', headers: staff.headers, payload: { dashboard: 'nope' } });
    expect(bad.json().error.code).toBe('HW_ERR_DASHBOARD');
    await s.close();
  });
});
