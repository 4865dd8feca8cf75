import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Latest schema; migrations run in order and are recorded in `user_version`. */
const MIGRATIONS: string[] = [
  `CREATE TABLE messages (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     channel TEXT NOT NULL,
     id TEXT NOT NULL,
     direction TEXT NOT NULL,
     author_id TEXT NOT NULL,
     author_name TEXT NOT NULL,
     text TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     received_at INTEGER NOT NULL,
     in_reply_to TEXT,
     url TEXT,
     likes INTEGER NOT NULL DEFAULT 0,
     shares INTEGER NOT NULL DEFAULT 0,
     replies INTEGER NOT NULL DEFAULT 0,
     lang TEXT NOT NULL,
     lang_confidence REAL NOT NULL,
     sentiment_score REAL NOT NULL,
     sentiment_label TEXT NOT NULL,
     sentiment_confidence REAL NOT NULL,
     keywords TEXT NOT NULL,
     hashtags TEXT NOT NULL,
     mentions TEXT NOT NULL,
     UNIQUE (channel, id)
   );
   CREATE INDEX messages_created ON messages (created_at);
   CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at INTEGER NOT NULL);
   CREATE TABLE audit (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     at INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL, address TEXT
   );`,
  // 2: control panel (issue 4): staff accounts, server-side sessions (only a hash of the id is stored), hidden posts/authors.
  `CREATE TABLE users (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     username TEXT NOT NULL UNIQUE COLLATE NOCASE,
     role TEXT NOT NULL CHECK (role IN ('staff', 'admin')),
     password_hash TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE sessions (
     id_hash TEXT PRIMARY KEY,
     user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     csrf TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL,
     address TEXT
   );
   CREATE INDEX sessions_expires ON sessions (expires_at);
   CREATE TABLE hidden (
     kind TEXT NOT NULL CHECK (kind IN ('post', 'author')),
     channel TEXT NOT NULL,
     ref TEXT NOT NULL,
     label TEXT NOT NULL,
     actor TEXT NOT NULL,
     at INTEGER NOT NULL,
     PRIMARY KEY (kind, channel, ref)
   );`,
  // 3: read-only embed tokens for intranets (issue 5); only a SHA-256 of each token is stored, revoked rows are kept for the record.
  `CREATE TABLE embed_tokens (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     token_hash TEXT NOT NULL UNIQUE,
     hint TEXT NOT NULL,
     label TEXT NOT NULL,
     created_by TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     last_used_at INTEGER,
     revoked_at INTEGER,
     revoked_by TEXT
   );`,
];

/** Opens (creating when needed) the SQLite database with WAL and migrates it. `:memory:` works for tests. */
export function openDatabase(file: string): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL is durable across process crashes in WAL mode; only an OS crash can lose the last commits.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.pragma('cache_size = -32768'); // 32 MiB page cache
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return db;
}
