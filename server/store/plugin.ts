import fp from 'fastify-plugin';
import type Database from 'better-sqlite3';
import type { Worker } from 'node:worker_threads';
import { openDatabase } from './db.ts';
import { createMessagesRepo, type MessagesRepo } from './messages-repo.ts';
import { createWriteQueue } from './write-queue.ts';
import { openSearchFile, openSearchIndex } from './search-index.ts';
import { startTsWorker } from '../ts-worker.ts';

export interface Store {
  db: Database.Database;
  messages: MessagesRepo;
  /** Batched, committed-before-resolve writes of messages. */
  write: ReturnType<typeof createWriteQueue>;
  /** Full-text index (`search.fts` on `db`); it trails commits by at most a poll interval. */
  search: { flush: () => Promise<void> };
}

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
  }
}

/** How often the search worker looks for new rows. */
const SEARCH_POLL_MS = 250;

/** The embedded SQLite store (WAL); `file` may be `:memory:` for tests. */
export default fp<{ file: string; maxPendingWrites?: number }>(
  async (app, opts) => {
    const db = openDatabase(opts.file);
    const messages = createMessagesRepo(db);
    let search: Store['search'];
    let write: Store['write'];
    let stopSearch = async () => {};

    if (opts.file === ':memory:') {
      // No file to share with a worker: index in-thread, right after each commit.
      db.exec("ATTACH DATABASE ':memory:' AS search");
      const index = openSearchIndex(db, db, 'search');
      write = createWriteQueue((m) => {
        const fresh = messages.insertMany(m);
        index.catchUp();
        return fresh;
      }, { maxPending: opts.maxPendingWrites });
      search = { flush: async () => void index.catchUp() };
    } else {
      const searchFile = `${opts.file.replace(/\.sqlite$/, '')}.search.sqlite`;
      const setup = openSearchFile(searchFile);
      openSearchIndex(db, setup); // creates the schema before the read connection attaches it
      setup.close();
      db.prepare('ATTACH DATABASE ? AS search').run(searchFile);
      write = createWriteQueue(messages.insertMany, { maxPending: opts.maxPendingWrites });
      const worker: Worker = startTsWorker(new URL('./search-worker.ts', import.meta.url), { messagesFile: opts.file, searchFile, pollMs: SEARCH_POLL_MS });
      const waiters = new Map<string, (() => void)[]>();
      const waitFor = (type: string) => new Promise<void>((resolve) => waiters.set(type, [...(waiters.get(type) ?? []), resolve]));
      let fallback: ReturnType<typeof setInterval> | null = null;
      worker.on('message', (msg: { type: string; message?: string }) => {
        if (msg.type === 'error') app.log.warn({ err: msg.message }, 'search index: batch failed, retrying');
        for (const resolve of waiters.get(msg.type) ?? []) resolve();
        waiters.delete(msg.type);
      });
      worker.on('error', (err) => {
        // Search must not stop because its thread died: keep indexing on the main thread.
        app.log.error({ err: err.message }, 'search worker failed: indexing on the main thread');
        const index = openSearchIndex(db, db, 'search');
        fallback = setInterval(() => index.catchUp(5_000), 1_000);
        fallback.unref();
        for (const list of waiters.values()) list.forEach((r) => r());
        waiters.clear();
      });
      search = {
        flush: () => {
          const done = waitFor('flushed');
          worker.postMessage({ type: 'flush' });
          return done;
        },
      };
      stopSearch = async () => {
        if (fallback) clearInterval(fallback);
        const stopped = waitFor('stopped');
        worker.postMessage({ type: 'stop' });
        await Promise.race([stopped, new Promise((r) => setTimeout(r, 5_000))]);
        await worker.terminate();
      };
    }

    app.decorate('store', { db, messages, write, search });
    app.addHook('onClose', async () => {
      write.drain();
      await stopSearch();
      db.close();
    });
    app.log.info({ file: opts.file }, 'store opened');
  },
  { name: 'store' },
);
