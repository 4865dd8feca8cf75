import type Database from 'better-sqlite3';
import type { Message } from '../schemas/message.ts';
import { rowToMessage } from '../store/messages-repo.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { toFtsQuery } from './fts-query.ts';

type Row = Parameters<typeof rowToMessage>[0];
/** Rounds of reading past hidden posts before a short page is returned (with a cursor to go on). */
const MAX_ROUNDS = 5;

export interface MessageQuery {
  keyword?: string;
  channel?: string[];
  lang?: string[];
  sentiment?: string[];
  direction?: 'inbound' | 'outbound';
  from?: number;
  to?: number;
  q?: string;
  limit: number;
  cursor?: string;
}

export interface MessagePage {
  messages: Message[];
  nextCursor: string | null;
}

/** Builds and runs the drill-down query, newest first, with keyset pagination and hidden posts excluded. */
export function queryMessages(db: Database.Database, query: MessageQuery, isHidden: (m: Message) => boolean = () => false): MessagePage | { error: string } {
  const where: string[] = [];
  const args: unknown[] = [];
  const inList = (column: string, values?: string[]) => {
    if (!values?.length) return;
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    args.push(...values);
  };
  inList('channel', query.channel);
  inList('lang', query.lang);
  inList('sentiment_label', query.sentiment);
  if (query.direction) {
    where.push('direction = ?');
    args.push(query.direction);
  }
  if (query.from !== undefined) {
    where.push('created_at >= ?');
    args.push(query.from);
  }
  if (query.to !== undefined) {
    where.push('created_at < ?');
    args.push(query.to);
  }
  if (query.keyword) {
    const k = query.keyword.toLowerCase().replace(/^#/, '');
    where.push("(EXISTS (SELECT 1 FROM json_each(messages.keywords) WHERE value = ?) OR EXISTS (SELECT 1 FROM json_each(messages.hashtags) WHERE value = ?))");
    args.push(k, k);
  }
  if (query.q !== undefined) {
    const fts = toFtsQuery(query.q);
    if (!fts) return { error: '`q` should contain at least one word' };
    where.push('seq IN (SELECT rowid FROM search.fts WHERE fts MATCH ?)');
    args.push(fts);
  }
  let after = { createdAt: Number.MAX_SAFE_INTEGER, seq: Number.MAX_SAFE_INTEGER };
  if (query.cursor) {
    const c = decodeCursor(query.cursor);
    if (!c) return { error: '`cursor` should be the `nextCursor` of an earlier page' };
    after = c;
  }
  where.push('(created_at < ? OR (created_at = ? AND seq < ?))');
  const sql = `SELECT * FROM messages WHERE ${where.join(' AND ')} ORDER BY created_at DESC, seq DESC LIMIT ?`;
  const stmt = db.prepare(sql);
  const messages: Message[] = [];
  let exhausted = false;
  // Hidden posts are skipped in rounds, so a moderated author cannot shrink a page to nothing; bounded rounds.
  for (let round = 0; round < MAX_ROUNDS && messages.length < query.limit && !exhausted; round++) {
    const rows = stmt.all(...args, after.createdAt, after.createdAt, after.seq, query.limit) as Row[];
    if (rows.length < query.limit) exhausted = true;
    for (const row of rows) {
      after = { createdAt: row.created_at, seq: row.seq };
      const m = rowToMessage(row);
      if (!isHidden(m)) messages.push(m);
      if (messages.length === query.limit) break;
    }
  }
  const done = exhausted && messages.length < query.limit;
  return { messages, nextCursor: done ? null : encodeCursor(after) };
}
