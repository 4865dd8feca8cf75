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
  return {
    candidates: (now: number): Message[] => (candidates.all(now - FEATURED_DEFAULTS.maxAgeMs) as MessageRow[]).map(rowToMessage),
    find: (channel: string, id: string): Message | null => {
      const r = one.get(channel, id) as MessageRow | undefined;
      return r ? rowToMessage(r) : null;
    },
  };
}
