import { afterEach, describe, expect, it } from 'vitest';
import { AUTH, buildTestApp, input } from '../helper.ts';
import { connect } from './ws-client.ts';
import { canonicalKey } from '../../../server/schemas/live-key.ts';
import { PROTOCOL_VERSION } from '../../../server/schemas/live.ts';

type App = Awaited<ReturnType<typeof buildTestApp>>;
let app: App | undefined;
const sockets: Awaited<ReturnType<typeof connect>>[] = [];
afterEach(async () => {
  await Promise.all(sockets.splice(0).map((s) => s.close()));
  await app?.close();
  app = undefined;
});

async function start() {
  app = await buildTestApp({ live: { tickMs: 50 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return `ws://127.0.0.1:${port}/live`;
}
async function screen(url: string) {
  const s = await connect(url);
  sockets.push(s);
  return s;
}
const ingest = (payload: unknown) => app!.inject({ method: 'POST', url: '/api/messages', headers: AUTH, payload: payload as string });

describe('live hub over a real WebSocket', () => {
  it('greets with a heartbeat carrying protocol version and server time', async () => {
    const s = await screen(await start());
    const hb = await s.waitFor((f) => f.type === 'heartbeat');
    expect(hb.v).toBe(PROTOCOL_VERSION);
    expect(Math.abs(hb.t - Date.now())).toBeLessThan(5_000);
  });

  it('answers a subscription with a snapshot, then sends deltas when messages arrive', async () => {
    const s = await screen(await start());
    s.send({ v: 1, type: 'subscribe', topic: 'kpi' });
    const snap = await s.waitFor((f) => f.type === 'snapshot' && f.topic === 'kpi');
    expect(snap.key).toBe(canonicalKey('kpi', {}));
    expect(snap.data.messagesToday).toBe(0);
    await ingest([input(), input()]);
    const delta = await s.waitFor((f) => f.type === 'delta' && f.topic === 'kpi' && f.data.messagesToday === 2);
    expect(delta.v).toBe(PROTOCOL_VERSION);
  });

  it('filters the stream per subscription: a LINE screen never sees an X post', async () => {
    const url = await start();
    const lineScreen = await screen(url);
    const allScreen = await screen(url);
    lineScreen.send({ v: 1, type: 'subscribe', topic: 'stream', filter: { channel: ['line'] } });
    allScreen.send({ v: 1, type: 'subscribe', topic: 'stream' });
    await lineScreen.waitFor((f) => f.type === 'snapshot');
    await allScreen.waitFor((f) => f.type === 'snapshot');
    await ingest([input({ id: 'on-x', channel: 'x' }), input({ id: 'on-line', channel: 'line', text: 'ありがとう' })]);
    const all = await allScreen.waitFor((f) => f.type === 'delta' && f.topic === 'stream');
    expect(all.data.messages.map((m: { id: string }) => m.id)).toEqual(['on-line', 'on-x']);
    const line = await lineScreen.waitFor((f) => f.type === 'delta' && f.topic === 'stream');
    expect(line.data.messages.map((m: { id: string }) => m.id)).toEqual(['on-line']);
    expect(line.key).toBe(canonicalKey('stream', { channel: ['line'] }));
  });

  it("filters the stream by direction: a needs-attention list of customers' posts never shows the brand's reply", async () => {
    const s = await screen(await start());
    s.send({ v: 1, type: 'subscribe', topic: 'stream', filter: { direction: 'inbound', sentiment: ['negative'] } });
    await s.waitFor((f) => f.type === 'snapshot');
    await ingest([
      input({ id: 'angry', text: 'My bag is lost and nobody helps, terrible service' }),
      input({ id: 'sorry', direction: 'outbound', author: { id: 'brand', name: 'Hubwall Air' }, text: 'So sorry, terrible delay, we are on it' }),
    ]);
    const d = await s.waitFor((f) => f.type === 'delta' && f.topic === 'stream');
    expect(d.data.messages.map((m: { id: string }) => m.id)).toEqual(['angry']);
    expect(d.key).toBe(canonicalKey('stream', { direction: 'inbound', sentiment: ['negative'] }));
    // A direction that is neither is refused like any other bad filter.
    s.send({ v: 1, type: 'subscribe', topic: 'stream', filter: { direction: 'sideways' } });
    const err = await s.waitFor((f) => f.type === 'error');
    expect(err.error.message).toMatch(/direction/);
  });

  it('serializes one frame per key and sends the identical text to every subscriber', async () => {
    const url = await start();
    const a = await screen(url);
    const b = await screen(url);
    for (const s of [a, b]) s.send({ v: 1, type: 'subscribe', topic: 'volume', filter: { channel: ['x'] } });
    await a.waitFor((f) => f.type === 'snapshot');
    await b.waitFor((f) => f.type === 'snapshot');
    await ingest(input());
    await a.waitFor((f) => f.type === 'delta');
    await b.waitFor((f) => f.type === 'delta');
    const deltaText = (s: typeof a) => s.raw.find((r) => r.includes('"type":"delta"'));
    expect(deltaText(a)).toBe(deltaText(b));
  });

  it('snapshots a stream that already has messages, newest first', async () => {
    const url = await start();
    await ingest([input({ id: 'first', createdAt: Date.now() - 1000 }), input({ id: 'second' })]);
    const s = await screen(url);
    s.send({ v: 1, type: 'subscribe', topic: 'stream' });
    const snap = await s.waitFor((f) => f.type === 'snapshot');
    expect(snap.data.messages.map((m: { id: string }) => m.id)).toEqual(['second', 'first']);
  });

  it('explains bad frames with an error frame and keeps the socket open', async () => {
    const s = await screen(await start());
    s.ws.send('not json');
    expect((await s.waitFor((f) => f.type === 'error')).error.code).toBe('HW_ERR_FRAME_JSON');
    s.send({ v: 1, type: 'subscribe', topic: 'weather' });
    const e2 = await s.waitFor((f) => f.type === 'error' && f.error.code === 'HW_ERR_FRAME_INVALID');
    expect(e2.error.message).toContain('/topic');
    s.send({ v: 99, type: 'ping' });
    expect((await s.waitFor((f) => f.error?.code === 'HW_ERR_PROTOCOL_VERSION')).error.message).toContain('reload');
    s.send({ v: 1, type: 'subscribe', topic: 'kpi' });
    await s.waitFor((f) => f.type === 'snapshot');
  });

  it('closes a socket that keeps sending garbage', async () => {
    const s = await screen(await start());
    const closed = new Promise<number>((resolve) => s.ws.once('close', (code) => resolve(code)));
    for (let i = 0; i < 25; i++) s.ws.send('garbage');
    expect(await closed).toBe(1008);
  });

  it('lists screens that said hello in the status', async () => {
    const url = await start();
    const s = await screen(url);
    s.send({ v: 1, type: 'hello', screen: 'left', dashboard: 'overview', version: '0.1.0' });
    s.send({ v: 1, type: 'ping' });
    await s.waitFor((f) => f.type === 'heartbeat' && s.frames.length > 1);
    const status = (await app!.inject({ url: '/api/status' })).json().data;
    expect(status.screens.connected).toBe(1);
    expect(status.screens.list[0]).toMatchObject({ id: 'left', dashboard: 'overview', version: '0.1.0' });
    await s.close();
    await new Promise((r) => setTimeout(r, 100));
    expect((await app!.inject({ url: '/api/status' })).json().data.screens.connected).toBe(0);
  });

  it('serves the wall config as a snapshot on the config topic', async () => {
    const s = await screen(await start());
    s.send({ v: 1, type: 'subscribe', topic: 'config' });
    const snap = await s.waitFor((f) => f.type === 'snapshot' && f.topic === 'config');
    expect(Object.keys(snap.data.dashboards)).toHaveLength(9);
    expect(snap.data.walls.screens.map((x: { id: string }) => x.id)).toContain('left');
  });
});

describe('late arrivals', () => {
  it('keeps posts that arrive long after they were written out of the live stream, but counts them', async () => {
    const s = await screen(await start());
    s.send({ v: 1, type: 'subscribe', topic: 'stream' });
    await s.waitFor((f) => f.type === 'snapshot');
    await ingest([input({ id: 'old', createdAt: Date.now() - 30 * 60_000 }), input({ id: 'new' })]);
    const d = await s.waitFor((f) => f.type === 'delta' && f.topic === 'stream');
    expect(d.data.messages.map((m: { id: string }) => m.id)).toEqual(['new']);
    expect(app!.aggregates.kpi().messagesLastHour).toBe(2);
  });
});
