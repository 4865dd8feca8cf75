import { canonicalKey } from '../../server/schemas/live-key.ts';
import { PROTOCOL_VERSION, type ClientFrame, type ServerFrame, type Topic, type TopicFilter } from '../../server/schemas/live.ts';
import { backoffDelay } from './backoff.ts';
import { applyDelta, boundSnapshot } from './merge.ts';
import { SnapshotCache } from './snapshot-cache.ts';
import type { TopicData } from './topics.ts';

/** Client ping period; lets the server's sweep see a screen that is alive but idle. */
export const PING_EVERY_MS = 15_000; // 15 s
/** No frame for this long (three heartbeats and change) means the socket is dead even if it looks open. */
export const SILENCE_TIMEOUT_MS = 35_000; // 35 s
/** A released subscription lingers this long, so a dashboard change that re-subscribes the same key costs nothing. */
export const LINGER_MS = 5_000; // 5 s
/** Snapshots are written to local storage at most this often per key; deltas arrive 4 times a second. */
export const CACHE_WRITE_EVERY_MS = 10_000; // 10 s
/** Hard cap on distinct live subscriptions; beyond it the oldest unreferenced ones are dropped first. */
export const MAX_SUBSCRIPTIONS = 64;
/** A server-time sample this far from the current estimate is a clock change, not jitter. */
export const OFFSET_JUMP_MS = 5_000; // 5 s
/** Build version reported in `hello`. */
export const CLIENT_VERSION = '0.1.0';

/** One subscription's reactive state; widgets read `data` through props. */
export class LiveTopic<T = unknown> {
  /** Latest state (snapshot merged with deltas); null until data or a cached snapshot arrives. */
  data = $state.raw<T | null>(null);
  /** Server time (ms) of the newest frame or cached snapshot for this key; 0 when none. */
  t = $state(0);
  /** Where `data` came from: nothing yet, local storage, or this connection. */
  source = $state<'none' | 'cache' | 'live'>('none');
  refs = 0;
  linger: ReturnType<typeof setTimeout> | null = null;
  dirtySince = 0;
  readonly key: string;
  readonly topic: Topic;
  readonly filter: TopicFilter | undefined;

  constructor(key: string, topic: Topic, filter: TopicFilter | undefined) {
    this.key = key;
    this.topic = topic;
    this.filter = filter;
  }
}

/** What `subscribe` hands out: the reactive topic and the one way to let go of it. */
export interface LiveHandle<T> {
  readonly topic: LiveTopic<T>;
  release(): void;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Some kiosk browsers throw on access when storage is disabled.
  }
}

function liveUrl(): string {
  const { protocol, host } = location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/live`;
}

/** The one WebSocket client of a screen: reconnects, resubscribes, and keeps the last data per subscription. */
class LiveClient {
  /** True while the socket is open and frames arrive. */
  connected = $state(false);
  /** Local time (ms) of the newest frame, or of the newest cached snapshot before the first frame. */
  lastFrameAt = $state<number | null>(null);
  /** Server time minus local time (ms); add it to Date.now() to get server time. */
  serverTimeOffset = $state(0);
  /** Local clock, refreshed every second so ages and clocks re-render. */
  now = $state(Date.now());
  /** Age (ms) of the newest data this screen has, or null when it has none. */
  dataAge = $derived(this.lastFrameAt === null ? null : Math.max(0, this.now - this.lastFrameAt));
  /** Server time (ms), reactive at one-second resolution. */
  serverNow = $derived(this.now + this.serverTimeOffset);

  #subs = new Map<string, LiveTopic>();
  #cache = new SnapshotCache(storage());
  #ws: WebSocket | null = null;
  #attempt = 0;
  #retry: ReturnType<typeof setTimeout> | null = null;
  #ticker: ReturnType<typeof setInterval> | null = null;
  #lastRecv = 0;
  #lastPing = 0;
  #lastCacheFlush = 0;
  #offsetSamples = 0;
  #hello: { screen: string; dashboard?: string } | null = null;

  /** Server time (ms) right now, not reactive; for schedulers that need millisecond precision. */
  serverTime(): number {
    return Date.now() + this.serverTimeOffset;
  }

  /** Reference-counted subscription: the first subscriber of a key subscribes on the server, the last release unsubscribes. */
  subscribe<K extends Topic>(topic: K, filter?: TopicFilter): LiveHandle<TopicData[K]> {
    const key = canonicalKey(topic, filter);
    let sub = this.#subs.get(key) as LiveTopic<TopicData[K]> | undefined;
    if (!sub) {
      sub = new LiveTopic<TopicData[K]>(key, topic, filter);
      const cached = this.#cache.read(key);
      if (cached) {
        sub.data = cached.data as TopicData[K];
        sub.t = cached.t;
        sub.source = 'cache';
        if (this.lastFrameAt === null || cached.at > this.lastFrameAt) this.lastFrameAt = cached.at;
      }
      this.#subs.set(key, sub as LiveTopic);
      this.#evictIdle();
      this.#send({ v: PROTOCOL_VERSION, type: 'subscribe', topic, filter });
    }
    if (sub.linger) {
      clearTimeout(sub.linger);
      sub.linger = null;
    }
    sub.refs += 1;
    this.#start();
    let released = false;
    const held = sub;
    return {
      topic: held,
      release: () => {
        if (released) return;
        released = true;
        held.refs -= 1;
        if (held.refs > 0) return;
        held.linger = setTimeout(() => this.#drop(held), LINGER_MS);
      },
    };
  }

  /** Seeds a subscription that has nothing yet (first load from GET /api/config before the socket answers). */
  prime<T>(sub: LiveTopic<T>, data: T, t = Date.now()): void {
    if (sub.source !== 'none') return;
    sub.data = data;
    sub.t = t;
    sub.source = 'cache';
  }

  /** Tells the server which screen this is and what it shows; repeated on every reconnect. */
  hello(screen: string, dashboard?: string): void {
    if (this.#hello?.screen === screen && this.#hello.dashboard === dashboard) return;
    this.#hello = { screen, dashboard };
    this.#send({ v: PROTOCOL_VERSION, type: 'hello', screen, dashboard, version: CLIENT_VERSION });
  }

  #drop(sub: LiveTopic): void {
    sub.linger = null;
    if (sub.refs > 0 || this.#subs.get(sub.key) !== sub) return;
    this.#flush(sub);
    this.#subs.delete(sub.key);
    this.#send({ v: PROTOCOL_VERSION, type: 'unsubscribe', topic: sub.topic, filter: sub.filter });
  }

  #evictIdle(): void {
    if (this.#subs.size <= MAX_SUBSCRIPTIONS) return;
    for (const sub of this.#subs.values()) {
      if (this.#subs.size <= MAX_SUBSCRIPTIONS) break;
      if (sub.refs === 0) {
        if (sub.linger) clearTimeout(sub.linger);
        this.#drop(sub);
      }
    }
  }

  #start(): void {
    if (this.#ticker) return;
    this.#ticker = setInterval(() => this.#tick(), 1_000);
    this.#connect();
  }

  #tick(): void {
    const now = Date.now();
    this.now = now;
    if (this.#ws && this.connected) {
      if (now - this.#lastRecv > SILENCE_TIMEOUT_MS) {
        // Half-open sockets never fire `close` by themselves; closing ours starts the reconnect.
        this.#ws.close();
        this.#onClosed();
      } else if (now - this.#lastPing >= PING_EVERY_MS) {
        this.#lastPing = now;
        this.#send({ v: PROTOCOL_VERSION, type: 'ping' });
      }
    }
    if (now - this.#lastCacheFlush >= CACHE_WRITE_EVERY_MS) {
      this.#lastCacheFlush = now;
      for (const sub of this.#subs.values()) this.#flush(sub);
    }
  }

  #flush(sub: LiveTopic): void {
    if (!sub.dirtySince || sub.data === null) return;
    sub.dirtySince = 0;
    this.#cache.write(sub.key, { t: sub.t, at: this.lastFrameAt ?? Date.now(), data: sub.data });
  }

  #connect(): void {
    this.#retry = null;
    if (this.#ws || typeof WebSocket === 'undefined') return;
    let ws: WebSocket;
    try {
      ws = new WebSocket(liveUrl());
    } catch {
      this.#scheduleReconnect();
      return;
    }
    this.#ws = ws;
    ws.onopen = () => {
      this.#lastRecv = Date.now();
      this.#lastPing = Date.now();
      this.connected = true;
      if (this.#hello) this.#send({ v: PROTOCOL_VERSION, type: 'hello', ...this.#hello, version: CLIENT_VERSION });
      for (const sub of this.#subs.values()) this.#send({ v: PROTOCOL_VERSION, type: 'subscribe', topic: sub.topic, filter: sub.filter });
    };
    ws.onmessage = (ev) => this.#onMessage(ev.data);
    ws.onclose = () => {
      if (this.#ws === ws) this.#onClosed();
    };
    // Errors are always followed by `close`; reconnecting is handled there.
    ws.onerror = () => {};
  }

  #onClosed(): void {
    const ws = this.#ws;
    this.#ws = null;
    if (ws) ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
    this.connected = false;
    this.#scheduleReconnect();
  }

  #scheduleReconnect(): void {
    if (this.#retry) return;
    this.#retry = setTimeout(() => this.#connect(), backoffDelay(this.#attempt));
    this.#attempt += 1;
  }

  #send(frame: ClientFrame): void {
    if (this.#ws?.readyState === WebSocket.OPEN) this.#ws.send(JSON.stringify(frame));
  }

  #onMessage(raw: unknown): void {
    if (typeof raw !== 'string') return;
    let frame: ServerFrame;
    try {
      frame = JSON.parse(raw) as ServerFrame;
    } catch {
      return; // One garbled frame must not take the screen down.
    }
    if (!frame || typeof frame !== 'object') return;
    const now = Date.now();
    this.#lastRecv = now;
    // Only a frame that parses proves the server is really back; resetting earlier would hammer a crash-looping server.
    this.#attempt = 0;
    this.lastFrameAt = now;
    this.now = now;
    if (typeof frame.t === 'number') this.#sampleOffset(frame.t - now);
    switch (frame.type) {
      case 'snapshot': {
        const sub = this.#subs.get(frame.key);
        if (!sub) return;
        sub.data = boundSnapshot(frame.topic, frame.data);
        sub.t = frame.t;
        sub.source = 'live';
        sub.dirtySince ||= now;
        return;
      }
      case 'delta': {
        const sub = this.#subs.get(frame.key);
        if (!sub) return;
        sub.data = applyDelta(frame.topic, sub.data, frame.data);
        sub.t = frame.t;
        sub.dirtySince ||= now;
        return;
      }
      case 'error':
        console.warn('[live]', frame.error?.code, frame.error?.message);
        return;
      default:
        return;
    }
  }

  #sampleOffset(sample: number): void {
    // Smooth out network jitter, but take a first sample or a real jump (either clock corrected) whole,
    // so the footer clock is right at once instead of creeping there.
    this.#offsetSamples += 1;
    const jump = Math.abs(sample - this.serverTimeOffset) > OFFSET_JUMP_MS;
    this.serverTimeOffset = this.#offsetSamples === 1 || jump ? sample : Math.round(this.serverTimeOffset + (sample - this.serverTimeOffset) * 0.2);
  }
}

/** The screen's one live client. */
export const live = new LiveClient();
