import type Database from 'better-sqlite3';
import type { Message } from '../schemas/message.ts';
import { refKey } from './schemas.ts';

/** Most hidden posts and authors kept each; past this the oldest are released (a wall's stream is minutes long). */
export const MAX_HIDDEN = 5_000;
/** Most recent hidden keys sent to screens on the control topic. */
export const HIDDEN_ON_WIRE = 300;

/** One hidden post or author, as the panel lists it. */
export interface HiddenEntry {
  kind: 'post' | 'author';
  channel: string;
  ref: string;
  label: string;
  actor: string;
  at: number;
}

/** Hidden posts and authors: in memory for the per-message check, in the `hidden` table for restarts. */
export function createModeration(db: Database.Database) {
  const insert = db.prepare('INSERT OR REPLACE INTO hidden (kind, channel, ref, label, actor, at) VALUES (?, ?, ?, ?, ?, ?)');
  const remove = db.prepare('DELETE FROM hidden WHERE kind = ? AND channel = ? AND ref = ?');
  const all = db.prepare('SELECT kind, channel, ref, label, actor, at FROM hidden ORDER BY at');
  // Insertion-ordered maps, oldest first, so trimming and "most recent" are cheap.
  const posts = new Map<string, HiddenEntry>();
  const authors = new Map<string, HiddenEntry>();
  const mapOf = (kind: 'post' | 'author') => (kind === 'post' ? posts : authors);
  for (const e of all.all() as HiddenEntry[]) mapOf(e.kind).set(refKey(e.channel, e.ref), e);

  const trim = (m: Map<string, HiddenEntry>) => {
    while (m.size > MAX_HIDDEN) {
      const [key, e] = m.entries().next().value as [string, HiddenEntry];
      m.delete(key);
      remove.run(e.kind, e.channel, e.ref);
    }
  };
  const recent = (m: Map<string, HiddenEntry>, n: number) => [...m.values()].slice(-n).reverse();
  return {
    /** True when the post or its author is hidden. Called per message per tick: two map lookups. */
    isHidden: (m: Message): boolean => (posts.size > 0 && posts.has(refKey(m.channel, m.id))) || (authors.size > 0 && authors.has(refKey(m.channel, m.author.id))),
    /** True when this exact post or author is hidden. */
    has: (kind: 'post' | 'author', channel: string, ref: string): boolean => mapOf(kind).has(refKey(channel, ref)),
    hide(e: HiddenEntry): void {
      const m = mapOf(e.kind);
      m.delete(refKey(e.channel, e.ref));
      m.set(refKey(e.channel, e.ref), e);
      insert.run(e.kind, e.channel, e.ref, e.label, e.actor, e.at);
      trim(m);
    },
    /** Undoes a hide; false when it was not hidden. */
    unhide(kind: 'post' | 'author', channel: string, ref: string): boolean {
      const had = mapOf(kind).delete(refKey(channel, ref));
      remove.run(kind, channel, ref);
      return had;
    },
    /** Newest first, at most `n` of each kind. */
    list: (n: number): HiddenEntry[] => [...recent(posts, n), ...recent(authors, n)].sort((a, b) => b.at - a.at),
    /** Keys for screens: the most recent hides, which are the ones a screen may still show. */
    wire: () => ({ posts: recent(posts, HIDDEN_ON_WIRE).map((e) => refKey(e.channel, e.ref)), authors: recent(authors, HIDDEN_ON_WIRE).map((e) => refKey(e.channel, e.ref)) }),
    counts: () => ({ posts: posts.size, authors: authors.size }),
  };
}
export type Moderation = ReturnType<typeof createModeration>;
