import WebSocket from 'ws';
import { BrandAccounts, type AdapterContext } from '../ingest/adapters/common.ts';
import { fromMastodon } from '../ingest/adapters/mastodon.ts';
import { backoff, connectorBase, type ConnectorError, type ConnectorStats } from './connector-common.ts';
import type { MessageInput } from '../schemas/message.ts';
import type { Sink, Source } from './types.ts';

/** Options of the Mastodon streaming client. */
export interface MastodonOptions {
  /** The server's base URL, e.g. `https://mastodon.social` (HUBWALL_MASTODON_URL). */
  url: string;
  /** Access token (HUBWALL_MASTODON_TOKEN); sent as a bearer header, never in the URL. */
  token?: string;
  /** `user` (home timeline and notifications of the brand's account), `public`, `public:local`, `hashtag:<tag>`, `list:<id>`. */
  stream?: string;
  /** `sse` (HTTP server-sent events, default) or `websocket`. */
  transport?: 'sse' | 'websocket';
  brandAccounts?: string[];
  /** Reconnect backoff bounds in ms (default 1 s … 60 s). */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** Reconnect when nothing (not even a heartbeat, which Mastodon sends every 15 s) arrives for this long. */
  idleTimeoutMs?: number;
  onError?: (err: ConnectorError) => void;
}

/** Statuses held while the sink is busy; beyond this the oldest are dropped (counted). */
const MAX_PENDING = 500;

/** Streaming path and query for a stream name (Mastodon's `/api/v1/streaming/...` endpoints). */
export function streamPath(stream: string): { sse: string; ws: string } {
  const [name, arg] = stream.split(/:(.*)/s);
  const enc = encodeURIComponent;
  if (name === 'hashtag' && arg) return { sse: `hashtag?tag=${enc(arg)}`, ws: `stream=hashtag&tag=${enc(arg)}` };
  if (name === 'list' && arg) return { sse: `list?list=${enc(arg)}`, ws: `stream=list&list=${enc(arg)}` };
  if (name === 'public' && arg === 'local') return { sse: 'public/local', ws: 'stream=public:local' };
  return { sse: name || 'user', ws: `stream=${enc(name || 'user')}` };
}

/**
 * A Mastodon streaming client (server-sent events or WebSocket) that turns `update` events into messages on `x`.
 * Reconnects with bounded backoff; every timer and socket is released on `stop()`. Not started by default.
 */
export function createMastodon(opts: MastodonOptions, sink: Sink): Source<ConnectorStats> {
  const name = 'mastodon';
  const base = new URL(opts.url);
  const host = base.host;
  const ctx: AdapterContext = { brandAccounts: new BrandAccounts(opts.brandAccounts) };
  const path = streamPath(opts.stream ?? 'user');
  const delays = backoff(opts.minBackoffMs ?? 1_000, opts.maxBackoffMs ?? 60_000);
  const idleMs = opts.idleTimeoutMs ?? 45_000;
  const { report, delivery, stats } = connectorBase(name, sink, opts.onError);
  let running = false;
  let retry: NodeJS.Timeout | null = null;
  let idle: NodeJS.Timeout | null = null;
  let abort: AbortController | null = null;
  let socket: WebSocket | null = null;
  let pending: MessageInput[] = [];

  const flush = (): void => {
    if (delivery.busy || !pending.length) return;
    const batch = pending;
    pending = [];
    void delivery.send(batch).then(flush);
  };
  const onEvent = (event: string, data: string): void => {
    if (event !== 'update') return; // delete, notification, status.update, filters_changed: nothing new to store
    let status: unknown;
    try {
      status = JSON.parse(data);
    } catch {
      stats.rejected++;
      return report('HW_ERR_SOURCE_PAYLOAD', 'an update event should carry a JSON status');
    }
    const r = fromMastodon(status, host, ctx);
    stats.rejected += r.errors.length;
    for (const e of r.errors) report('HW_ERR_SOURCE_PAYLOAD', e.message);
    stats.produced += r.messages.length;
    pending.push(...r.messages);
    if (pending.length > MAX_PENDING) stats.dropped += pending.splice(0, pending.length - MAX_PENDING).length;
    flush();
  };
  const alive = (): void => {
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => {
      report('HW_ERR_SOURCE_CONNECT', `no data for ${idleMs} ms: reconnecting`);
      drop();
    }, idleMs);
  };
  const clearTimers = (): void => {
    if (idle) clearTimeout(idle);
    if (retry) clearTimeout(retry);
    idle = retry = null;
  };
  /** Closes the current connection and schedules the next attempt. */
  function drop(): void {
    abort?.abort();
    abort = null;
    if (socket) {
      socket.removeAllListeners();
      socket.on('error', () => {}); // a late error on a socket we gave up must not crash the process
      socket.terminate();
      socket = null;
    }
    clearTimers();
    if (!running) return;
    stats.failures++;
    retry = setTimeout(connect, delays.next());
  }
  const headers = (): Record<string, string> => (opts.token ? { authorization: `Bearer ${opts.token}` } : {});

  async function connectSse(ac: AbortController): Promise<void> {
    const res = await fetch(new URL(`api/v1/streaming/${path.sse}`, base.href.endsWith('/') ? base : `${base.href}/`), { headers: { ...headers(), accept: 'text/event-stream' }, signal: ac.signal });
    if (!res.ok || !res.body) throw new Error(`the streaming API answered ${res.status}`);
    stats.connects++;
    delays.reset();
    alive();
    const decoder = new TextDecoder();
    let buf = '';
    let event = 'message';
    let data: string[] = [];
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      alive();
      buf += decoder.decode(chunk, { stream: true });
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl).replace(/\r$/, '');
        buf = buf.slice(nl + 1);
        if (line === '') {
          if (data.length) onEvent(event, data.join('\n'));
          event = 'message';
          data = [];
        } else if (line.startsWith(':')) continue; // heartbeat comment
        else if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (buf.length > 1_000_000) throw new Error('an event longer than 1 MB: reconnecting');
    }
    throw new Error('the stream ended');
  }

  function connectWs(): void {
    const wsBase = base.href.replace(/^http/, 'ws').replace(/\/?$/, '/');
    const ws = (socket = new WebSocket(`${wsBase}api/v1/streaming?${path.ws}`, { headers: headers() }));
    ws.on('open', () => {
      stats.connects++;
      delays.reset();
      alive();
    });
    ws.on('message', (raw) => {
      alive();
      try {
        const frame = JSON.parse(String(raw)) as { event?: string; payload?: unknown };
        if (typeof frame.event === 'string' && typeof frame.payload === 'string') onEvent(frame.event, frame.payload);
      } catch {
        stats.rejected++;
        report('HW_ERR_SOURCE_PAYLOAD', 'a WebSocket frame should be JSON {event, payload}');
      }
    });
    ws.on('ping', alive);
    ws.on('error', (err) => report('HW_ERR_SOURCE_CONNECT', `WebSocket: ${err.message}`));
    ws.on('close', () => {
      if (socket === ws) drop();
    });
  }

  function connect(): void {
    retry = null;
    if (!running) return;
    if (opts.transport === 'websocket') return connectWs();
    const ac = (abort = new AbortController());
    connectSse(ac).catch((err: Error) => {
      // Aborted by us (stop, idle timeout): the one who aborted already scheduled what comes next.
      if (ac.signal.aborted || !running) return;
      report('HW_ERR_SOURCE_CONNECT', err.message);
      drop();
    });
  }

  return {
    name,
    start() {
      if (running) return;
      running = true;
      connect();
    },
    async stop() {
      running = false;
      drop();
      await delivery.idle();
    },
    stats: () => ({ running, ...stats, ...delivery.counters() }),
  };
}
