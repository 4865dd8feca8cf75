import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { AUTH, buildTestApp, input, tempDir } from '../../helper.ts';
import type { ChannelCapacityModel } from '../../../../server/aggregate/capacity/model.ts';

type App = Awaited<ReturnType<typeof buildTestApp>>;
let app: App | undefined;
let cleanup: (() => void) | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  cleanup?.();
  cleanup = undefined;
});
const row = (a: App, channel: string) => (a.aggregates.capacity().channels as ChannelCapacityModel[]).find((c) => c.channel === channel)!;
const ingest = (a: App, items: unknown[]) => a.inject({ method: 'POST', url: '/api/messages', headers: AUTH, payload: items as never });

describe('capacity through the app', () => {
  it('counts open chat cases with priority tiers and closes them with the brand reply', async () => {
    app = await buildTestApp();
    const now = Date.now();
    await ingest(app, [
      input({ id: 'w1', channel: 'whatsapp', author: { id: 'c1' }, text: 'My flight leaves in 2 hours, bag missing', createdAt: now - 60_000 }),
      input({ id: 'w2', channel: 'whatsapp', author: { id: 'c2' }, text: 'Is my booking for tomorrow ok? urgent', createdAt: now - 30_000 }),
      input({ id: 'w3', channel: 'whatsapp', author: { id: 'c3' }, text: 'Just a question about seats', createdAt: now }),
    ]);
    let r = row(app, 'whatsapp');
    expect(r).toMatchObject({ openCases: 3, inflow15m: 3, model: 'erlang-c', agents: 2, agentsSource: 'default' });
    expect(r.priority.map((p) => [p.tier, p.open])).toEqual([['travel-now', 1], ['urgent', 1], ['loyal', 0], ['normal', 1]]);
    await ingest(app, [input({ id: 'r1', channel: 'whatsapp', direction: 'outbound', inReplyTo: 'w1', author: { id: 'brand' }, createdAt: now })]);
    r = row(app, 'whatsapp');
    expect(r.openCases).toBe(2);
    expect(r.replies15m).toBe(1);
  });

  it('takes staffing from staff (bearer token), validates it, and reports the new row', async () => {
    app = await buildTestApp();
    const post = (body: unknown, headers = AUTH) => app!.inject({ method: 'POST', url: '/api/channels/line/staffing', headers, payload: body as never });
    expect((await post({ agents: 4 }, {} as typeof AUTH)).statusCode).toBe(401);
    expect((await post({ agents: -1 })).statusCode).toBe(400);
    expect((await post({ agents: 4, colour: 'red' })).statusCode).toBe(400);
    const ok = await post({ agents: 4, casesPerAgentHour: 20, targetMinutes: 5 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data).toMatchObject({ channel: 'line', agents: 4, agentsSource: 'staffed', handlingRatePerAgentHour: 20, targetMs: 300_000 });
    const cleared = await app.inject({ method: 'DELETE', url: '/api/channels/line/staffing', headers: AUTH });
    expect(cleared.json().data).toMatchObject({ agents: 2, agentsSource: 'default' });
  });

  it('refuses staff actions without a session or a token, and says how to get in', async () => {
    app = await buildTestApp({ ingestToken: undefined });
    const r = await app.inject({ method: 'POST', url: '/api/channels/line/staffing', payload: { agents: 1 } });
    expect(r.statusCode).toBe(401);
    expect(r.json().error.message).toContain('sign in to the control panel');
    expect(r.json().error.message).toContain('HUBWALL_INGEST_TOKEN');
  });

  it('lets a signed-in team lead change staffing from the panel: CSRF checked, audited under their name', async () => {
    app = await buildTestApp({ ingestToken: undefined, auth: { adminUser: 'lead', adminPassword: 'lead-secret-pw' } });
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'lead', password: 'lead-secret-pw' } });
    const cookie = String(login.headers['set-cookie']).split(';')[0] as string;
    const csrf = login.json().data.csrf as string;
    const post = (headers: Record<string, string>) =>
      app!.inject({ method: 'POST', url: '/api/channels/whatsapp/staffing', headers, payload: { agents: 7 } });
    // A forged cross-site form has the cookie but not the session's CSRF token.
    expect((await post({ cookie })).statusCode).toBe(403);
    expect((await post({ cookie: 'hw_session=expired-or-made-up' })).statusCode).toBe(401);
    const ok = await post({ cookie, 'x-csrf-token': csrf });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data).toMatchObject({ channel: 'whatsapp', agents: 7, agentsSource: 'staffed' });
    const cleared = await app.inject({ method: 'DELETE', url: '/api/channels/whatsapp/staffing', headers: { cookie, 'x-csrf-token': csrf } });
    expect(cleared.json().data).toMatchObject({ agentsSource: 'default' });
    const audit = app.store.db.prepare("SELECT actor, action FROM audit WHERE action LIKE 'capacity.%' ORDER BY rowid").all();
    expect(audit).toEqual([{ actor: 'lead', action: 'capacity.staffing' }, { actor: 'lead', action: 'capacity.staffing.clear' }]);
  });

  it('marks a case handled (404 when none is open) and keeps staffing and marks across a restart', async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const dbFile = join(tmp.dir, 'hubwall.sqlite');
    app = await buildTestApp({ dbFile });
    await ingest(app, [input({ id: 'f1', channel: 'facebook', author: { id: 'a' } }), input({ id: 'f2', channel: 'facebook', author: { id: 'b' } })]);
    expect(row(app, 'facebook').openCases).toBe(2);
    const mark = await app.inject({ method: 'POST', url: '/api/cases/facebook/f1/handled', headers: AUTH });
    expect(mark.statusCode).toBe(200);
    expect(mark.json().data.capacity.openCases).toBe(1);
    expect((await app.inject({ method: 'POST', url: '/api/cases/facebook/f1/handled', headers: AUTH })).statusCode).toBe(404);
    await app.inject({ method: 'POST', url: '/api/channels/facebook/staffing', headers: AUTH, payload: { agents: 7 } });
    const audited = app.store.db.prepare("SELECT action FROM audit WHERE action LIKE 'capacity.%' ORDER BY seq").all();
    expect(audited).toEqual([{ action: 'capacity.handled' }, { action: 'capacity.staffing' }]);
    await app.close();
    app = await buildTestApp({ dbFile });
    expect(row(app, 'facebook')).toMatchObject({ openCases: 1, agents: 7, agentsSource: 'staffed' });
  });

  it('uses a staffing config: schedule, targets and model per channel', async () => {
    app = await buildTestApp({ capacity: { config: { channels: { x: { targetMinutes: 30, model: 'erlang-c', schedule: [{ from: '00:00', to: '24:00', agents: 5 }] } } } } });
    expect(row(app, 'x')).toMatchObject({ agents: 5, agentsSource: 'schedule', targetMs: 1_800_000, model: 'erlang-c' });
    const r = await app.inject({ url: '/api/capacity' });
    expect(r.json().data.channels).toHaveLength(8);
  });
});
