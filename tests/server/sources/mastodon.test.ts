import { describe, expect, it } from 'vitest';
import { createServer, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { cleanups, listen, until } from './local-server.ts';
import { WebSocketServer } from 'ws';
import { createMastodon, streamPath } from '../../../server/sources/mastodon.ts';
import type { MessageInput } from '../../../server/schemas/message.ts';
import type { Source } from '../../../server/sources/types.ts';
import type { ConnectorStats } from '../../../server/sources/connector-common.ts';

const status = JSON.parse(readFileSync(new URL('../ingest/adapters/fixtures/mastodon-status.json', import.meta.url), 'utf8'));
const run = (src: Source<ConnectorStats>) => {
  src.start();
  cleanups.push(() => src.stop());
  return src;
};

describe('Mastodon streaming client', () => {
  it('maps stream names to the documented endpoints', () => {
    expect(streamPath('user')).toEqual({ sse: 'user', ws: 'stream=user' });
    expect(streamPath('public:local')).toEqual({ sse: 'public/local', ws: 'stream=public:local' });
    expect(streamPath('hashtag:ash cloud')).toEqual({ sse: 'hashtag?tag=ash%20cloud', ws: 'stream=hashtag&tag=ash%20cloud' });
  });

  it('reads update events over SSE with the bearer token, skips heartbeats and other events, and reconnects after a drop', async () => {
    const seen: { url?: string; auth?: string }[] = [];
    const open: ServerResponse[] = [];
    const server = createServer((req, res) => {
      seen.push({ url: req.url, auth: req.headers.authorization });
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      open.push(res);
      const id = `${seen.length}`;
      res.write(':)\n\n');
      res.write(`event: delete\ndata: 123\n\n`);
      res.write(`event: update\ndata: ${JSON.stringify({ ...status, id })}\n\n`);
      // The first connection drops right away; the client must come back.
      if (seen.length === 1) res.end();
    });
    const base = await listen(server);
    cleanups.push(() => new Promise<void>((r) => { for (const s of open) s.destroy(); server.close(() => r()); }));
    const got: MessageInput[] = [];
    const src = run(createMastodon({ url: base, token: 'tok-123', minBackoffMs: 20, maxBackoffMs: 50 }, (b) => void got.push(...b)));
    await until(() => got.length >= 2);
    expect(seen[0]).toEqual({ url: '/api/v1/streaming/user', auth: 'Bearer tok-123' });
    const host = new URL(base).host;
    expect(got.map((m) => m.id)).toEqual([`md:${host}/1`, `md:${host}/2`]);
    expect(got[0]).toMatchObject({ channel: 'x', text: 'Stuck at #AMS & no info from @hubwallair 3 hours now…' });
    expect(src.stats()).toMatchObject({ running: true, connects: 2, produced: 2, delivered: 2 });
  });

  it('reads WebSocket frames {event, payload} and stops cleanly', async () => {
    const server = createServer();
    const wss = new WebSocketServer({ server });
    let auth: string | undefined;
    let url: string | undefined;
    wss.on('connection', (ws, req) => {
      auth = req.headers.authorization;
      url = req.url;
      ws.send(JSON.stringify({ stream: ['user'], event: 'update', payload: JSON.stringify(status) }));
      ws.send('not json');
    });
    const base = await listen(server);
    cleanups.push(() => new Promise<void>((r) => { for (const c of wss.clients) c.terminate(); wss.close(); server.close(() => r()); }));
    const got: MessageInput[] = [];
    const errors: string[] = [];
    const src = createMastodon({ url: base, token: 'tok-ws', transport: 'websocket', stream: 'public:local', onError: (e) => errors.push(e.code) }, (b) => void got.push(...b));
    src.start();
    await until(() => got.length === 1 && errors.length === 1);
    expect(url).toBe('/api/v1/streaming?stream=public:local');
    expect(auth).toBe('Bearer tok-ws');
    expect(errors).toEqual(['HW_ERR_SOURCE_PAYLOAD']);
    await src.stop();
    expect(src.stats().running).toBe(false);
    await until(() => wss.clients.size === 0);
  });

  it('backs off with growing delays while the server refuses, and clears its timers on stop', async () => {
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.writeHead(401).end();
    });
    const base = await listen(server);
    cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
    const errors: string[] = [];
    const src = createMastodon({ url: base, minBackoffMs: 20, maxBackoffMs: 200, onError: (e) => errors.push(e.message) }, () => {});
    src.start();
    // Three refusals seen by the client, not just three requests on the server: a stop() while the third answer is
    // still on its way would abort it before it counts.
    await until(() => src.stats().failures >= 3);
    expect(hits).toBeGreaterThanOrEqual(3);
    await src.stop();
    // A request already on the wire when stop() aborted it may still reach the server: let it land, then count.
    await new Promise((r) => setTimeout(r, 50));
    const after = hits;
    // Retries run every 20–200 ms: a timer left behind would show up within this window.
    await new Promise((r) => setTimeout(r, 300));
    expect(hits).toBe(after);
    expect(errors[0]).toContain('401');
  });
});
