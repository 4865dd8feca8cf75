import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { AUTH, buildTestApp, input, tempDir } from '../helper.ts';
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
});
