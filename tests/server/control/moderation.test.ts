import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { AUTH, buildTestApp, input } from '../helper.ts';
import { connect } from '../live/ws-client.ts';
import { signIn } from './session.ts';

type App = Awaited<ReturnType<typeof buildTestApp>>;
let app: App;
let staff: Awaited<ReturnType<typeof signIn>>;
let url: string;

beforeAll(async () => {
  app = await buildTestApp({ control: { warningEveryMs: 0 }, live: { tickMs: 50 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = `ws://127.0.0.1:${(app.server.address() as AddressInfo).port}/live`;
  staff = await signIn(app, 'mo', 'staff');
});
afterAll(async () => app.close());

const post = (path: string, payload?: object) => app.inject({ method: 'POST', url: path, headers: staff.headers, payload });
const ingest = (items: object[]) => app.inject({ method: 'POST', url: '/api/messages', headers: AUTH, payload: items });
const ids = (f: { data: { messages: { id: string }[] } }) => f.data.messages.map((m) => m.id);

describe('moderation', () => {
  it('hides a post from the stream, the drill-down API and the control topic, and undoes it', async () => {
    const a = input({ text: 'Hijacked hashtag spam #ashcloud buy now' });
    const b = input({ text: 'A normal question about my booking' });
    await ingest([a, b]);
    const hide = await post('/api/control/hide', { kind: 'post', channel: 'x', ref: a.id, label: 'spam' });
    expect(hide.statusCode).toBe(200);
    const s = await connect(url);
    s.send({ v: 1, type: 'subscribe', topic: 'stream' });
    s.send({ v: 1, type: 'subscribe', topic: 'control' });
    const snap = await s.waitFor((f) => f.type === 'snapshot' && f.topic === 'stream');
    expect(ids(snap)).toContain(b.id);
    expect(ids(snap)).not.toContain(a.id);
    const ctl = await s.waitFor((f) => f.type === 'snapshot' && f.topic === 'control');
    expect(ctl.data.hidden.posts).toContain(`x:${a.id}`);
    const api = await app.inject({ method: 'GET', url: '/api/messages?limit=100' });
    expect(api.json().data.messages.map((m: { id: string }) => m.id)).not.toContain(a.id);
    const panel = await app.inject({ method: 'GET', url: '/api/control/messages', headers: { cookie: staff.cookie } });
    expect(panel.json().data.messages.find((m: { id: string }) => m.id === a.id)).toMatchObject({ hiddenPost: true, hiddenAuthor: false });

    const undo = await post('/api/control/unhide', { kind: 'post', channel: 'x', ref: a.id });
    expect(undo.statusCode).toBe(200);
    await s.waitFor((f) => f.type === 'delta' && f.topic === 'control' && !f.data.hidden.posts.includes(`x:${a.id}`), 1_000);
    const again = await post('/api/control/unhide', { kind: 'post', channel: 'x', ref: a.id });
    expect(again.json().error.code).toBe('HW_ERR_NOT_FOUND');
    await s.close();
  });

  it('hides every post of an author, including new ones, live', async () => {
    const s = await connect(url);
    s.send({ v: 1, type: 'subscribe', topic: 'stream' });
    await s.waitFor((f) => f.type === 'snapshot' && f.topic === 'stream');
    await post('/api/control/hide', { kind: 'author', channel: 'x', ref: 'troll-1', label: 'Troll' });
    const troll = input({ author: { id: 'troll-1', name: 'Troll' }, text: 'new troll post arrives later' });
    const fine = input({ author: { id: 'nice-1', name: 'Nice' }, text: 'a fine post arrives in the same batch' });
    await ingest([troll, fine]);
    const d = await s.waitFor((f) => f.type === 'delta' && f.topic === 'stream' && ids(f).includes(fine.id));
    expect(ids(d)).not.toContain(troll.id);
    await post('/api/control/unhide', { kind: 'author', channel: 'x', ref: 'troll-1' });
    await s.close();
  });

  it('kill switch: no stream, no featured post, a flag every screen obeys; off restores', async () => {
    await ingest([input({ text: 'Wonderful crew, thank you so much for the lovely flight!', engagement: { likes: 3, shares: 0, replies: 0 } })]);
    const s = await connect(url);
    for (const topic of ['stream', 'featured', 'control']) s.send({ v: 1, type: 'subscribe', topic });
    await s.waitFor((f) => f.type === 'snapshot' && f.topic === 'control');
    const on = await post('/api/control/kill', { on: true });
    expect(on.json().data.killSwitch).toBe(true);
    await s.waitFor((f) => f.type === 'delta' && f.topic === 'control' && f.data.killSwitch === true, 1_000);
    await s.waitFor((f) => f.type === 'delta' && f.topic === 'featured' && f.data.message === null && f.data.reason === 'social content paused', 1_000);
    const newcomer = await connect(url);
    newcomer.send({ v: 1, type: 'subscribe', topic: 'stream' });
    const snap = await newcomer.waitFor((f) => f.type === 'snapshot' && f.topic === 'stream');
    expect(snap.data.messages).toEqual([]);
    const during = input({ text: 'posted while the kill switch is on' });
    await ingest([during]);
    const api = await app.inject({ method: 'GET', url: '/api/messages' });
    expect(api.json().data.messages).toEqual([]);
    await post('/api/control/kill', { on: false });
    await s.waitFor((f) => f.type === 'delta' && f.topic === 'control' && f.data.killSwitch === false, 1_000);
    await s.close();
    await newcomer.close();
  });
});

describe('finding posts', () => {
  it('finds recent posts by text or author for staff, hidden ones marked', async () => {
    const needle = input({ text: `Needle ${Date.now()} in the haystack`, author: { id: 'n1', name: 'Nora Needle' } });
    await ingest([needle, input({ text: 'hay' })]);
    const r = await app.inject({ method: 'GET', url: '/api/control/messages?q=NEEDLE', headers: { cookie: staff.cookie } });
    expect(r.json().data.messages.map((m: { id: string }) => m.id)).toEqual([needle.id]);
    const tooLong = await app.inject({ method: 'GET', url: `/api/control/messages?q=${'x'.repeat(101)}`, headers: { cookie: staff.cookie } });
    expect(tooLong.statusCode).toBe(400);
  });
});

describe('featured post', () => {
  it('pins a post, refuses blocklisted or hidden ones, and follows the rules again after unpin', async () => {
    const praise = input({ text: 'Thank you so much, the crew was amazing and kind!', engagement: { likes: 50, shares: 5, replies: 0 } });
    const plain = input({ text: 'Can someone tell me the baggage allowance please?' });
    const blocked = input({ text: 'Great service but the competitor Foobar is cheaper, love it' });
    await ingest([praise, plain, blocked]);
    const pin = await post('/api/control/featured/pin', { channel: 'x', id: plain.id });
    expect(pin.json().data.featured).toMatchObject({ reason: 'pinned by staff', message: { id: plain.id } });
    const s = await connect(url);
    s.send({ v: 1, type: 'subscribe', topic: 'featured' });
    const snap = await s.waitFor((f) => f.type === 'snapshot' && f.topic === 'featured');
    expect(snap.data.message.id).toBe(plain.id);

    const rules = await app.inject({ method: 'PUT', url: '/api/control/featured/rules', headers: staff.headers, payload: { mode: 'most-engaged', blocklist: ['Foobar', 'refund'] } });
    expect(rules.json().data.settings).toMatchObject({ mode: 'most-engaged', blocklist: ['foobar', 'refund'] });
    const refused = await post('/api/control/featured/pin', { channel: 'x', id: blocked.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('HW_ERR_BLOCKED');
    const missing = await post('/api/control/featured/pin', { channel: 'x', id: 'nope' });
    expect(missing.statusCode).toBe(404);

    await post('/api/control/featured/unpin');
    const d = await s.waitFor((f) => f.type === 'delta' && f.topic === 'featured' && f.data.reason !== 'pinned by staff', 1_000);
    expect(d.data.message?.id).not.toBe(blocked.id);
    await post('/api/control/hide', { kind: 'post', channel: 'x', ref: praise.id });
    const picked = app.control.pickFeatured();
    expect(picked.message?.id).not.toBe(praise.id);
    const hiddenPin = await post('/api/control/featured/pin', { channel: 'x', id: praise.id });
    expect(hiddenPin.json().error.code).toBe('HW_ERR_HIDDEN');
    await s.close();
  });
});
