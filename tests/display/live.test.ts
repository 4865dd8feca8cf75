import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// A stand-in socket that records what the client sends and lets the test play the server.
class FakeSocket {
  static OPEN = 1;
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: Record<string, unknown>[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((ev: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(s: string) {
    this.sent.push(JSON.parse(s));
  }
  close() {
    this.readyState = 3;
    this.onclose?.();
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  frame(f: Record<string, unknown>) {
    this.onmessage?.({ data: JSON.stringify({ v: 1, ...f }) });
  }
}

const store = new Map<string, string>();
let live: typeof import('../../display/lib/live.svelte.ts').live;
let mod: typeof import('../../display/lib/live.svelte.ts');

beforeAll(async () => {
  vi.useFakeTimers();
  vi.stubGlobal('WebSocket', FakeSocket);
  vi.stubGlobal('location', { protocol: 'http:', host: 'wall.example:8080' });
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  });
  mod = await import('../../display/lib/live.svelte.ts');
  live = mod.live;
});
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const last = () => FakeSocket.all[FakeSocket.all.length - 1];

describe('live client', () => {
  it('pins its timings', () => {
    expect(mod.SILENCE_TIMEOUT_MS).toBe(35_000);
    expect(mod.LINGER_MS).toBe(5_000);
    expect(mod.MAX_SUBSCRIPTIONS).toBe(64);
  });

  it('connects lazily to /live on the same host and subscribes once per key', () => {
    expect(FakeSocket.all).toHaveLength(0);
    const a = live.subscribe('kpi');
    const b = live.subscribe('kpi');
    expect(a.topic).toBe(b.topic);
    expect(last().url).toBe('ws://wall.example:8080/live');
    last().open();
    expect(last().sent.filter((f) => f.type === 'subscribe')).toEqual([{ v: 1, type: 'subscribe', topic: 'kpi' }]);
    expect(live.connected).toBe(true);
    a.release();
    b.release();
  });

  it('matches frames by canonical key and merges deltas', () => {
    const h = live.subscribe('stream', { lang: ['nl', 'en'] });
    const key = 'stream|{"lang":["en","nl"]}';
    const ws = last();
    ws.frame({ type: 'snapshot', topic: 'stream', key, t: 1_000, data: { messages: [{ id: 'a' }] } });
    ws.frame({ type: 'delta', topic: 'stream', key, t: 2_000, data: { messages: [{ id: 'b' }] } });
    ws.frame({ type: 'delta', topic: 'stream', key: 'stream|{}', t: 3_000, data: { messages: [{ id: 'x' }] } });
    expect((h.topic.data?.messages ?? []).map((m) => m.id)).toEqual(['b', 'a']);
    expect(h.topic.source).toBe('live');
    h.release();
  });

  it('unsubscribes only after the last release has lingered', () => {
    const ws = last();
    const h = live.subscribe('trending');
    h.release();
    vi.advanceTimersByTime(mod.LINGER_MS - 1);
    expect(ws.sent.some((f) => f.type === 'unsubscribe' && f.topic === 'trending')).toBe(false);
    vi.advanceTimersByTime(2);
    expect(ws.sent.some((f) => f.type === 'unsubscribe' && f.topic === 'trending')).toBe(true);
  });

  it('says hello and resubscribes after a reconnect, and marks itself disconnected meanwhile', () => {
    const h = live.subscribe('capacity');
    live.hello('left', 'overview');
    const before = FakeSocket.all.length;
    last().close();
    expect(live.connected).toBe(false);
    vi.advanceTimersByTime(mod.SILENCE_TIMEOUT_MS); // longer than any first backoff
    expect(FakeSocket.all.length).toBe(before + 1);
    last().open();
    const sent = last().sent;
    expect(sent[0]).toMatchObject({ type: 'hello', screen: 'left', dashboard: 'overview' });
    expect(sent.some((f) => f.type === 'subscribe' && f.topic === 'capacity')).toBe(true);
    h.release();
  });

  it('closes a silent socket and reconnects by itself', () => {
    const ws = last();
    ws.frame({ type: 'heartbeat', t: Date.now() });
    const n = FakeSocket.all.length;
    vi.advanceTimersByTime(mod.SILENCE_TIMEOUT_MS + 2_000);
    expect(ws.readyState).toBe(3);
    vi.advanceTimersByTime(5_000);
    expect(FakeSocket.all.length).toBeGreaterThan(n);
    last().open();
  });

  it('takes server time from frames and ages data by local receipt', () => {
    const ws = last();
    ws.frame({ type: 'heartbeat', t: Date.now() + 60_000 });
    expect(live.serverTimeOffset).toBe(60_000); // a jump is taken whole
    ws.frame({ type: 'heartbeat', t: Date.now() + 61_000 });
    expect(live.serverTimeOffset).toBe(60_200); // jitter is smoothed
    expect(live.lastFrameAt).toBe(Date.now());
  });

  it('keeps the last snapshot in local storage so a new subscription starts from it', () => {
    const h = live.subscribe('languages');
    last().frame({ type: 'snapshot', topic: 'languages', key: 'languages|{}', t: 5, data: { windowMs: 1, counts: { nl: 3 } } });
    vi.advanceTimersByTime(mod.CACHE_WRITE_EVERY_MS + 1_000);
    const raw = store.get('hubwall:snap:languages|{}');
    expect(raw && JSON.parse(raw).data).toEqual({ windowMs: 1, counts: { nl: 3 } });
    h.release();
  });

  it('survives garbage frames', () => {
    expect(() => last().onmessage?.({ data: '{not json' })).not.toThrow();
  });
});
