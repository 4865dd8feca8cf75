import fp from 'fastify-plugin';
import type Database from 'better-sqlite3';
import { openDatabase } from './db.ts';
import { createMessagesRepo, type MessagesRepo } from './messages-repo.ts';
import { createWriteQueue } from './write-queue.ts';

export interface Store {
  db: Database.Database;
  messages: MessagesRepo;
  /** Batched, committed-before-resolve writes of messages. */
  write: ReturnType<typeof createWriteQueue>;
}

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
  }
}

/** The embedded SQLite store (WAL); `file` may be `:memory:` for tests. */
export default fp<{ file: string; maxPendingWrites?: number }>(
  async (app, opts) => {
    const db = openDatabase(opts.file);
    const messages = createMessagesRepo(db);
    const write = createWriteQueue(messages.insertMany, { maxPending: opts.maxPendingWrites });
    app.decorate('store', { db, messages, write });
    app.addHook('onClose', async () => {
      write.drain();
      db.close();
    });
    app.log.info({ file: opts.file }, 'store opened');
  },
  { name: 'store' },
);
