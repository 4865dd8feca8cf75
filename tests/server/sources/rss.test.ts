import { describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { cleanups, listen, until } from './local-server.ts';
import { createRss } from '../../../server/sources/rss.ts';
import type { MessageInput } from '../../../server/schemas/message.ts';
import { buildTestApp } from '../helper.ts';

const rss = readFileSync(new URL('../ingest/adapters/fixtures/rss.xml', import.meta.url), 'utf8');
const atom = readFileSync(new URL('../ingest/adapters/fixtures/atom.xml', import.meta.url), 'utf8');

describe('RSS/Atom poller', () => {
  it('polls each feed, sends new items once, and uses conditional requests', async () => {
    const requests: { url?: string; etag?: string }[] = [];
    const server = createServer((req, res) => {
      requests.push({ url: req.url, etag: req.headers['if-none-match'] as string | undefined });
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/xml', etag: '"v1"' }).end(req.url === '/atom' ? atom : rss);
    });
    const base = await listen(server);
    cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
    const got: MessageInput[] = [];
    const errors: string[] = [];
    const src = createRss({ urls: [`${base}/rss`, `${base}/atom`], intervalMs: 30, onError: (e) => errors.push(e.code) }, (b) => void got.push(...b));
    src.start();
    cleanups.push(() => src.stop());
    await until(() => requests.length >= 6);
    expect(got.map((m) => m.id).sort()).toEqual(['rss:news-2026-11-26-ash', 'rss:urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a']);
    expect(requests.slice(2).every((r) => r.etag === '"v1"')).toBe(true);
    expect(errors).toContain('HW_ERR_SOURCE_PAYLOAD'); // the undated RSS item
  });

  it('backs off a failing feed, refuses an oversized one, and stops without leaving timers', async () => {
    let hits = 0;
    const server = createServer((req, res) => {
      hits++;
      if (req.url === '/big') return res.writeHead(200, { 'content-length': String(6 * 1024 * 1024) }).end();
      res.writeHead(500).end();
    });
    const base = await listen(server);
    cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
    const errors: string[] = [];
    const src = createRss({ urls: [`${base}/down`, `${base}/big`], intervalMs: 10, minBackoffMs: 20, maxBackoffMs: 40, onError: (e) => errors.push(e.message) }, () => {});
    src.start();
    await until(() => hits >= 6);
    await src.stop();
    const after = hits;
    await new Promise((r) => setTimeout(r, 150));
    expect(hits).toBe(after);
    expect(errors.some((e) => e.includes('answered 500'))).toBe(true);
    expect(errors.some((e) => e.includes('larger than'))).toBe(true);
    expect(src.stats()).toMatchObject({ running: false, produced: 0 });
  });
});

describe('stream clients in the app', () => {
  it('are not started unless configured', async () => {
    const app = await buildTestApp();
    cleanups.push(() => app.close());
    expect(app.connectorStats()).toEqual({});
  });
});
