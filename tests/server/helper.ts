import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type AppOptions } from '../../server/app.ts';
import type { Message, MessageInput } from '../../server/schemas/message.ts';

export const TOKEN = 'test-token-0123456789abcdef';
export const AUTH = { authorization: `Bearer ${TOKEN}` };

/** A temp folder removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'hubwall-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The app as tests use it: real SQLite (file or memory), no static files, no demo feed, ingest token set. */
export async function buildTestApp(opts: Partial<AppOptions> = {}) {
  const app = await buildApp({ dbFile: ':memory:', ingestToken: TOKEN, staticDir: null, demo: false, ...opts });
  await app.ready();
  return app;
}

let seq = 0;
/** A valid ingest item; override any field. */
export function input(over: Partial<MessageInput> = {}): MessageInput {
  seq++;
  return { id: `m${seq}-${Math.random().toString(36).slice(2, 8)}`, channel: 'x', author: { id: `u${seq % 7}`, name: 'Test User' }, text: 'Thanks for the great flight!', createdAt: Date.now(), ...over };
}

/** An enriched message for pure-module tests. */
export function message(over: Partial<Message> = {}): Message {
  seq++;
  const now = Date.now();
  return {
    id: `m${seq}`,
    channel: 'x',
    direction: 'inbound',
    author: { id: 'u1', name: 'U' },
    text: 'hello',
    createdAt: now,
    receivedAt: now,
    inReplyTo: null,
    url: null,
    engagement: { likes: 0, shares: 0, replies: 0 },
    lang: 'en',
    langConfidence: 1,
    sentiment: { score: 0, label: 'neutral', confidence: 0.5 },
    keywords: [],
    hashtags: [],
    mentions: [],
    ...over,
  };
}
