import Database from 'better-sqlite3';

/** Rows indexed per transaction: big enough to amortize the commit, small enough to keep lock times short. */
const BATCH = 2_000;

const schema = (s: string) => `
  CREATE VIRTUAL TABLE IF NOT EXISTS ${s}.fts USING fts5 (text, content='', tokenize='unicode61 remove_diacritics 2', detail=none);
  CREATE TABLE IF NOT EXISTS ${s}.meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
`;

/** Opens the search database file for writing (the worker's connection). */
export function openSearchFile(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  return db;
}

/**
 * The full-text index of message text, kept in its own SQLite file so that indexing (the costliest part of a
 * write) runs on another thread with its own write lock, off the ingest commit path. Rowids are message `seq`s.
 * The wall queries it through an ATTACHed read connection as `search.fts`.
 * `catchUp` reads rows it has not indexed yet from the messages database and indexes them; it is idempotent and
 * resumes after a crash from the last committed `seq`.
 */
export function openSearchIndex(messagesDb: Database.Database, search: Database.Database, schemaName = 'main') {
  search.exec(schema(schemaName));
  const lastStmt = search.prepare(`SELECT value FROM ${schemaName}.meta WHERE key = 'last_seq'`);
  const setLast = search.prepare(`INSERT INTO ${schemaName}.meta (key, value) VALUES ('last_seq', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
  const insert = search.prepare(`INSERT INTO ${schemaName}.fts (rowid, text) VALUES (?, ?)`);
  const pending = messagesDb.prepare('SELECT seq, text FROM messages WHERE seq > ? ORDER BY seq LIMIT ?');
  let last = (lastStmt.get() as { value: number } | undefined)?.value ?? 0;

  const indexBatch = search.transaction((rows: { seq: number; text: string }[]) => {
    for (const r of rows) insert.run(r.seq, r.text);
    setLast.run(rows[rows.length - 1].seq);
  });

  return {
    /** Indexes everything committed so far; returns how many rows it indexed. */
    catchUp(maxRows = Infinity): number {
      let n = 0;
      while (n < maxRows) {
        const rows = pending.all(last, BATCH) as { seq: number; text: string }[];
        if (!rows.length) break;
        indexBatch(rows);
        last = rows[rows.length - 1].seq;
        n += rows.length;
        if (rows.length < BATCH) break;
      }
      return n;
    },
    get lastSeq() {
      return last;
    },
  };
}
export type SearchIndex = ReturnType<typeof openSearchIndex>;
