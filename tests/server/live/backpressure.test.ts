import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import type { WebSocket } from 'ws';
import { createHub } from '../../../server/live/hub.ts';
import type { TopicHandler } from '../../../server/live/topic-handler.ts';
import { message } from '../helper.ts';
import { streamTopic } from '../../../server/live/topics/stream.ts';

/** A socket whose unsent-bytes figure the test controls: the kernel's buffers make a real slow reader slow to set up. */
class FakeSocket extends EventEmitter {
  readyState = 1;
  bufferedAmount = 0;
  sent: string[] = [];
  terminated = false;
  pinged = 0;
  send(s: string) { this.sent.push(s); }
  terminate() { this.terminated = true; this.readyState = 3; this.emit('close'); }
  close() { this.readyState = 3; this.emit('close'); }
  ping() { this.pinged++; }
}

const noChanges = () => ({ minutes: [], days: [], topics: new Set<never>() });

function setup() {
  let state = 0;
  const counter: TopicHandler = { topic: 'kpi', snapshot: () => ({ n: state }), delta: () => ({ n: ++state }) };
  const stream = streamTopic();
  const hub = createHub([counter, stream.handler], { tickMs: 60_000, heartbeatMs: 60_000, takeChanges: noChanges, limits: { softBytes: 1000, hardBytes: 10_000, streamBacklog: 5 } });
  const sock = new FakeSocket();
  hub.attach(sock as unknown as WebSocket, '127.0.0.1');
  const sub = (topic: string) => sock.emit('message', Buffer.from(JSON.stringify({ v: 1, type: 'subscribe', topic })), false);
  return { hub, sock, sub, stream };
}
const frames = (s: FakeSocket) => s.sent.map((x) => JSON.parse(x));

describe('backpressure', () => {
  it('conflates state topics for a slow screen and sends only the latest once it drains', () => {
    const { hub, sock, sub } = setup();
    sub('kpi');
    sock.bufferedAmount = 5_000;
    const before = sock.sent.length;
    for (let i = 0; i < 10; i++) hub.tick();
    expect(sock.sent.length).toBe(before);
    sock.bufferedAmount = 0;
    hub.tick();
    const after = frames(sock).slice(before);
    // One fresh delta for this tick plus one catch-up snapshot of the latest state; no backlog of ten.
    expect(after.length).toBeLessThanOrEqual(2);
    expect(after.at(-1).data.n).toBe(11);
    hub.close();
  });

  it('holds a bounded stream backlog for a slow screen, dropping the oldest', () => {
    const { hub, sock, sub } = setup();
    sub('stream');
    sock.bufferedAmount = 5_000;
    for (let i = 0; i < 20; i++) {
      hub.push([message({ id: `s${i}` })]);
      hub.tick();
    }
    sock.bufferedAmount = 0;
    hub.tick();
    const deltas = frames(sock).filter((f) => f.type === 'delta');
    expect(deltas).toHaveLength(1);
    expect(deltas[0].data.messages.map((m: { id: string }) => m.id)).toEqual(['s19', 's18', 's17', 's16', 's15']);
    hub.close();
  });

  it('closes a screen past the hard limit so it reconnects for a fresh snapshot', () => {
    const { hub, sock, sub } = setup();
    sub('kpi');
    sock.bufferedAmount = 50_000;
    hub.tick();
    expect(sock.terminated).toBe(true);
    expect(hub.stats().clients).toBe(0);
    expect(hub.stats().closedSlow).toBe(1);
    hub.close();
  });

  it('drops a screen that misses its pong', () => {
    const sock = new FakeSocket();
    const hub = createHub([], { tickMs: 60_000, heartbeatMs: 20, takeChanges: noChanges });
    hub.attach(sock as unknown as WebSocket, '127.0.0.1');
    return new Promise<void>((resolve) => {
      setTimeout(() => {
        expect(sock.pinged).toBeGreaterThanOrEqual(1);
        expect(sock.terminated).toBe(true);
        hub.close();
        resolve();
      }, 120);
    });
  });

  it('caps subscriptions per screen', () => {
    const sock = new FakeSocket();
    const hub = createHub([{ topic: 'stream', snapshot: () => ({}), delta: () => undefined }], { tickMs: 60_000, maxSubscriptions: 3, takeChanges: noChanges });
    hub.attach(sock as unknown as WebSocket, '127.0.0.1');
    for (const kw of ['a', 'b', 'c', 'd']) sock.emit('message', Buffer.from(JSON.stringify({ v: 1, type: 'subscribe', topic: 'stream', filter: { keyword: kw } })), false);
    expect(frames(sock).filter((f) => f.type === 'snapshot')).toHaveLength(3);
    expect(frames(sock).at(-1).error.code).toBe('HW_ERR_TOO_MANY_SUBSCRIPTIONS');
    hub.close();
  });
});
