import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { AUTH, buildTestApp, input, message, tempDir } from '../helper.ts';
import { signIn } from './session.ts';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.cleanup()));

describe('control state across a restart', () => {
  it('keeps calamity mode, kill switch, hidden posts and authors, featured pin and rules, warning factor and users', async () => {
    const d = tempDir();
    dirs.push(d);
    const dbFile = join(d.dir, 'hubwall.sqlite');
    const first = await buildTestApp({ dbFile, control: { warningEveryMs: 0 } });
    const s = await signIn(first, 'rita', 'admin');
    const keep = input({ text: 'Thank you for the wonderful flight and kind crew!' });
    const hide = input({ text: 'spam spam spam' });
    await first.inject({ method: 'POST', url: '/api/messages', headers: AUTH, payload: [keep, hide] });
    const post = (url: string, payload?: object, method: 'POST' | 'PUT' = 'POST') => first.inject({ method, url, headers: s.headers, payload });
    await post('/api/control/calamity/on', { title: 'Outage', html: '<h1>Down</h1><script>x()</script>', screens: ['left'], keyword: 'outage', counters: ['down'] });
    await post('/api/control/kill', { on: true });
    await post('/api/control/hide', { kind: 'post', channel: 'x', ref: hide.id });
    await post('/api/control/hide', { kind: 'author', channel: 'facebook', ref: 'troll' });
    await post('/api/control/featured/pin', { channel: 'x', id: keep.id });
    await post('/api/control/featured/rules', { mode: 'most-engaged', blocklist: ['competitor'] }, 'PUT');
    await post('/api/control/settings/warning', { factor: 4.5 }, 'PUT');
    await first.close();

    const second = await buildTestApp({ dbFile, control: { warningEveryMs: 0 } });
    const data = second.control.data();
    expect(data.calamity).toMatchObject({ on: true, title: 'Outage', html: '<h1>Down</h1>', screens: ['left'], keyword: 'outage', counters: ['down'], by: 'rita' });
    expect(data.killSwitch).toBe(true);
    expect(data.hidden).toEqual({ posts: [`x:${hide.id}`], authors: ['facebook:troll'] });
    expect(second.control.featuredSettings).toEqual({ mode: 'most-engaged', blocklist: ['competitor'], pinned: { channel: 'x', id: keep.id } });
    expect(second.control.warning.factor).toBe(4.5);
    // The session survives too (stored server-side), so staff stay signed in through a deploy.
    const me = await second.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } });
    expect(me.json().data.user.username).toBe('rita');
    await second.inject({ method: 'POST', url: '/api/control/kill', headers: s.headers, payload: { on: false } });
    expect(second.control.pickFeatured()).toMatchObject({ reason: 'pinned by staff', message: { id: keep.id } });
    await second.close();
  });

  it('keeps early-warning alerts, and their dismissal, across a restart', async () => {
    const d = tempDir();
    dirs.push(d);
    const dbFile = join(d.dir, 'hubwall.sqlite');
    const T = Date.now();
    const first = await buildTestApp({ dbFile, control: { warningEveryMs: 0 } });
    // A quiet past and a burst of negative posts now, straight into the aggregates (the detector reads only those).
    const negative = { label: 'negative' as const, score: -0.8, confidence: 0.9 };
    for (let i = 0; i < 20; i++) first.aggregates.add(message({ createdAt: T - 2 * 3_600_000 + i * 1_000, keywords: ['gate'] }));
    for (let i = 0; i < 120; i++) first.aggregates.add(message({ createdAt: T - i * 2_000, sentiment: negative, keywords: ['gate', 'queue'], channel: 'line' }));
    const raised = first.control.evaluate();
    expect(raised?.kind).toBe('negative-volume');
    await first.close();

    const second = await buildTestApp({ dbFile, control: { warningEveryMs: 0 } });
    expect(second.control.data().alerts.map((a) => [a.id, a.summary])).toEqual([[raised!.id, raised!.summary]]);
    expect(second.control.dismissAlert(raised!.id)).toBe(true);
    await second.close();

    const third = await buildTestApp({ dbFile, control: { warningEveryMs: 0 } });
    expect(third.control.data().alerts).toEqual([]); // dismissed stays dismissed
    expect(third.control.alerts()[0]).toMatchObject({ id: raised!.id, dismissed: true });
    await third.close();
  });
});
