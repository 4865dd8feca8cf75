import type { WebSocket } from 'ws';
import { PROTOCOL_VERSION, type ServerFrame, type Topic, type TopicFilter } from '../schemas/live.ts';
import { canonicalKey } from '../schemas/live-key.ts';
import type { Message } from '../schemas/message.ts';
import type { Changes } from '../aggregate/aggregates.ts';
import type { TopicHandler } from './topic-handler.ts';
import { parseClientFrame } from './client-frames.ts';
import { DEFAULT_LIMITS, LiveClient, type BackpressureLimits, type ScreenInfo } from './live-client.ts';

export interface HubOptions {
  /** Deltas are flushed on this fixed tick. */
  tickMs?: number;
  /** Heartbeat frame + ws ping period; a client that misses two pongs is dropped. */
  heartbeatMs?: number;
  limits?: BackpressureLimits;
  maxSubscriptions?: number;
  /** Invalid frames tolerated before the socket is closed. */
  maxBadFrames?: number;
  /** New messages held between ticks; the stream shows far fewer, so older ones are dropped first. */
  maxPendingMessages?: number;
  takeChanges: () => Changes;
  now?: () => number;
  log?: { warn: (obj: object, msg: string) => void; debug?: (obj: object, msg: string) => void };
}

interface Group {
  topic: Topic;
  filter: TopicFilter;
  clients: Set<LiveClient>;
}

/**
 * The live hub: groups subscribers by canonical key, computes each key's delta once per tick,
 * serializes it once and sends the same string to every subscriber that can take it.
 */
export function createHub(handlers: TopicHandler[], opts: HubOptions) {
  const tickMs = opts.tickMs ?? 250;
  const heartbeatMs = opts.heartbeatMs ?? 10_000;
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const maxSubs = opts.maxSubscriptions ?? 64;
  const maxBad = opts.maxBadFrames ?? 20;
  const maxPending = opts.maxPendingMessages ?? 5_000;
  const now = opts.now ?? Date.now;
  const byTopic = new Map<Topic, TopicHandler>(handlers.map((h) => [h.topic, h]));
  const clients = new Set<LiveClient>();
  const groups = new Map<string, Group>();
  let pending: Message[] = [];
  let framesSent = 0;
  let closedSlow = 0;

  const frame = (f: ServerFrame) => JSON.stringify(f);
  const snapshotFrame = (g: Group, key: string) => {
    const handler = byTopic.get(g.topic);
    return frame({ v: PROTOCOL_VERSION, type: 'snapshot', topic: g.topic, key, t: now(), data: handler ? handler.snapshot(g.filter) : null });
  };
  const errorFrame = (code: string, message: string) => frame({ v: PROTOCOL_VERSION, type: 'error', t: now(), error: { code, message } });

  function deliver(c: LiveClient, key: string, g: Group, text: string, data: unknown): void {
    const p = c.pressure();
    if (p === 'dead') {
      closedSlow++;
      c.socket.terminate();
      return;
    }
    if (p === 'slow') {
      // Stream items are held (bounded); any other topic is owed its latest state once the socket drains (conflation).
      if (g.topic === 'stream' && data && typeof data === 'object' && 'messages' in data) c.hold(key, (data as { messages: unknown[] }).messages);
      else c.owedSnapshot.add(key);
      return;
    }
    c.send(text);
    framesSent++;
  }

  /** Sends what a client was owed while it was slow, now that its buffer has drained. */
  function settleOwed(c: LiveClient, snapshotCache: Map<string, string>): void {
    if (c.pressure() !== 'ok') return;
    for (const key of c.owedSnapshot) {
      const g = groups.get(key);
      if (!g) continue;
      let text = snapshotCache.get(key);
      if (!text) {
        text = snapshotFrame(g, key);
        snapshotCache.set(key, text);
      }
      c.send(text);
    }
    c.owedSnapshot.clear();
    for (const [key, held] of c.backlog) {
      if (held.length) c.send(frame({ v: PROTOCOL_VERSION, type: 'delta', topic: 'stream', key, t: now(), data: { messages: held } }));
    }
    c.backlog.clear();
  }

  function tick(): void {
    const t = now();
    const changes = opts.takeChanges();
    const newMessages = pending;
    pending = [];
    const ctx = { now: t, changes, newMessages };
    const snapshotCache = new Map<string, string>();
    for (const [key, g] of groups) {
      const handler = byTopic.get(g.topic);
      if (!handler) continue;
      const data = handler.delta(g.filter, ctx);
      if (data === undefined) continue;
      const text = frame({ v: PROTOCOL_VERSION, type: 'delta', topic: g.topic, key, t, data });
      for (const c of g.clients) deliver(c, key, g, text, data);
    }
    for (const c of clients) if (c.owedSnapshot.size || c.backlog.size) settleOwed(c, snapshotCache);
  }

  function subscribe(c: LiveClient, topic: Topic, filter: TopicFilter = {}): void {
    const key = canonicalKey(topic, filter);
    if (!c.subs.has(key)) {
      if (c.subs.size >= maxSubs) {
        c.send(errorFrame('HW_ERR_TOO_MANY_SUBSCRIPTIONS', `a screen may hold at most ${maxSubs} subscriptions`));
        return;
      }
      c.subs.set(key, { topic, filter });
      let g = groups.get(key);
      if (!g) {
        g = { topic, filter, clients: new Set() };
        groups.set(key, g);
      }
      g.clients.add(c);
    }
    const g = groups.get(key);
    if (g) c.send(snapshotFrame(g, key));
  }

  function unsubscribe(c: LiveClient, key: string): void {
    c.subs.delete(key);
    c.owedSnapshot.delete(key);
    c.backlog.delete(key);
    const g = groups.get(key);
    if (!g) return;
    g.clients.delete(c);
    if (!g.clients.size) groups.delete(key);
  }

  function onFrame(c: LiveClient, raw: string): void {
    const parsed = parseClientFrame(raw);
    if (!parsed.ok) {
      c.send(errorFrame(parsed.code, parsed.message));
      if (++c.badFrames > maxBad) c.socket.close(1008, 'too many invalid frames');
      return;
    }
    const f = parsed.frame;
    if (f.v !== PROTOCOL_VERSION) {
      c.send(errorFrame('HW_ERR_PROTOCOL_VERSION', `\`v\` should be ${PROTOCOL_VERSION}, got ${f.v}: reload the screen`));
      return;
    }
    switch (f.type) {
      case 'subscribe':
        return subscribe(c, f.topic, f.filter);
      case 'unsubscribe':
        return unsubscribe(c, canonicalKey(f.topic, f.filter));
      case 'hello':
        c.screen = { id: f.screen, dashboard: f.dashboard ?? null, version: f.version ?? null, lastSeen: now() };
        return;
      case 'ping':
        if (c.screen) c.screen.lastSeen = now();
        c.send(frame({ v: PROTOCOL_VERSION, type: 'heartbeat', t: now() }));
        return;
    }
  }

  function attach(socket: WebSocket, address: string): LiveClient {
    const c = new LiveClient(socket, address, limits);
    clients.add(c);
    socket.on('message', (data, isBinary) => {
      if (isBinary) {
        c.send(errorFrame('HW_ERR_FRAME_BINARY', 'frames should be text JSON'));
        return;
      }
      onFrame(c, data.toString());
    });
    socket.on('pong', () => {
      c.alive = true;
    });
    socket.on('close', () => {
      clients.delete(c);
      for (const key of [...c.subs.keys()]) unsubscribe(c, key);
    });
    // Without an error listener a broken socket would throw and take the process down.
    socket.on('error', (err) => opts.log?.warn({ err: err.message, address }, 'live socket error'));
    socket.send(frame({ v: PROTOCOL_VERSION, type: 'heartbeat', t: now() }));
    return c;
  }

  function heartbeat(): void {
    const text = frame({ v: PROTOCOL_VERSION, type: 'heartbeat', t: now() });
    for (const c of clients) {
      if (!c.alive) {
        c.socket.terminate();
        continue;
      }
      c.alive = false;
      c.socket.ping();
      if (c.pressure() === 'ok') c.send(text);
    }
  }

  const tickTimer = setInterval(tick, tickMs);
  const heartbeatTimer = setInterval(heartbeat, heartbeatMs);
  tickTimer.unref();
  heartbeatTimer.unref();

  return {
    attach,
    tick,
    /** Adds (or replaces) a topic served by another plugin, e.g. config or control. */
    addTopic(handler: TopicHandler): void {
      byTopic.set(handler.topic, handler);
    },
    /** Queues accepted messages for the next tick's stream deltas (bounded). */
    push(messages: readonly Message[]): void {
      for (const m of messages) pending.push(m);
      if (pending.length > maxPending) pending.splice(0, pending.length - maxPending);
    },
    /** Sends a topic's new state to its subscribers now, off the tick (control changes cannot wait). */
    publishNow(topic: Topic): void {
      const t = now();
      for (const [key, g] of groups) {
        if (g.topic !== topic) continue;
        const handler = byTopic.get(topic);
        if (!handler) continue;
        const data = handler.snapshot(g.filter);
        const text = frame({ v: PROTOCOL_VERSION, type: 'delta', topic, key, t, data });
        for (const c of g.clients) deliver(c, key, g, text, data);
      }
    },
    screens(): (ScreenInfo & { address: string; connectedAt: number })[] {
      const out = [];
      for (const c of clients) if (c.screen) out.push({ ...c.screen, address: c.address, connectedAt: c.connectedAt });
      return out;
    },
    stats: () => ({ clients: clients.size, groups: groups.size, framesSent, closedSlow }),
    close(): void {
      clearInterval(tickTimer);
      clearInterval(heartbeatTimer);
      for (const c of clients) c.socket.close(1001, 'server shutting down');
    },
  };
}
export type Hub = ReturnType<typeof createHub>;
