import type Database from 'better-sqlite3';
import { rowToMessage, type MessageRow } from '../store/messages-repo.ts';
import type { Message } from '../schemas/message.ts';
import { FEATURED_DEFAULTS } from '../aggregate/featured.ts';

/** Most candidates read per pick: the newest positive inbound posts of the last hour. */
export const FEATURED_CANDIDATES = 1_000;

/** Reads featured candidates and pinned posts from the store (indexed by created_at; at most once a second). */
export function createFeaturedSource(db: Database.Database) {
  const candidates = db.prepare(
    `SELECT * FROM messages WHERE created_at >= ? AND direction = 'inbound' AND sentiment_label = 'positive'
     ORDER BY created_at DESC LIMIT ${FEATURED_CANDIDATES}`,
  );
  const one = db.prepare('SELECT * FROM messages WHERE channel = ? AND id = ?');
  // Bounded by time first (indexed), then a substring match: staff look for a post they just saw on a wall.
  const search = db.prepare(
    `SELECT * FROM messages WHERE created_at >= ? AND (instr(lower(text), ?) > 0 OR instr(lower(author_name), ?) > 0)
     ORDER BY created_at DESC LIMIT ?`,
  );
  const latest = db.prepare('SELECT * FROM messages ORDER BY created_at DESC, seq DESC LIMIT ?');
  return {
    latest: (limit: number): Message[] => (latest.all(limit) as MessageRow[]).map(rowToMessage),
    candidates: (now: number): Message[] => (candidates.all(now - FEATURED_DEFAULTS.maxAgeMs) as MessageRow[]).map(rowToMessage),
    /** Posts of the last 24 h whose text or author contains `q` (case-insensitive), newest first. */
    search: (q: string, now: number, limit: number): Message[] => {
      const needle = q.toLowerCase();
      return (search.all(now - 86_400_000, needle, needle, limit) as MessageRow[]).map(rowToMessage);
    },
    find: (channel: string, id: string): Message | null => {
      const r = one.get(channel, id) as MessageRow | undefined;
      return r ? rowToMessage(r) : null;
    },
  };
}
