import type Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';

/** Every embed token starts with this, so a leaked one is recognisable in logs and secret scanners. */
export const TOKEN_PREFIX = 'hwe_';
/** Shape of a token as issued: the prefix and 32 random bytes in base64url. */
export const TOKEN_PATTERN = '^hwe_[A-Za-z0-9_-]{43}$';
/** Active tokens at most: each one is an intranet, not a visitor. */
export const MAX_ACTIVE_TOKENS = 100;
/** Rows listed at most (active first, then the most recently revoked). */
export const MAX_LISTED_TOKENS = 200;
/** `last_used_at` is written at most this often per token, so busy embeds do not write on every request. */
export const TOUCH_EVERY_MS = 60_000; // 1 min

/** What admins see of a token: never the token itself, only its last four characters. */
export interface EmbedTokenInfo {
  id: number;
  label: string;
  hint: string;
  createdBy: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
  revokedBy: string | null;
}

interface Row {
  id: number;
  label: string;
  hint: string;
  created_by: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
  revoked_by: string | null;
}

const toInfo = (r: Row): EmbedTokenInfo => ({
  id: r.id,
  label: r.label,
  hint: r.hint,
  createdBy: r.created_by,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
  revokedBy: r.revoked_by,
});

/** SHA-256 of a token: tokens are 256 random bits, so a plain hash cannot be reversed or guessed from a leaked table. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The `embed_tokens` table (migration 3): read-only tokens for intranets off the wall's network. */
export function createEmbedTokensRepo(db: Database.Database) {
  const insert = db.prepare('INSERT INTO embed_tokens (token_hash, hint, label, created_by, created_at) VALUES (?, ?, ?, ?, ?)');
  const byHash = db.prepare('SELECT id, last_used_at FROM embed_tokens WHERE token_hash = ? AND revoked_at IS NULL');
  const byId = db.prepare('SELECT * FROM embed_tokens WHERE id = ?');
  const list = db.prepare('SELECT * FROM embed_tokens ORDER BY revoked_at IS NOT NULL, coalesce(revoked_at, created_at) DESC LIMIT ?');
  const active = db.prepare('SELECT count(*) AS n FROM embed_tokens WHERE revoked_at IS NULL');
  const revoke = db.prepare('UPDATE embed_tokens SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL');
  const touch = db.prepare('UPDATE embed_tokens SET last_used_at = ? WHERE id = ?');
  return {
    /** Issues a token; the plain value is returned once and never stored. */
    create(label: string, createdBy: string, now: number): { token: string; info: EmbedTokenInfo } {
      const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
      const id = Number(insert.run(hashToken(token), token.slice(-4), label, createdBy, now).lastInsertRowid);
      return { token, info: toInfo(byId.get(id) as Row) };
    },
    /** The id of the active token with this value, or null; records the use (throttled). */
    verify(token: string, now: number): number | null {
      if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
      const r = byHash.get(hashToken(token)) as { id: number; last_used_at: number | null } | undefined;
      if (!r) return null;
      if (r.last_used_at === null || now - r.last_used_at >= TOUCH_EVERY_MS) touch.run(now, r.id);
      return r.id;
    },
    find: (id: number): EmbedTokenInfo | null => {
      const r = byId.get(id) as Row | undefined;
      return r ? toInfo(r) : null;
    },
    list: (): EmbedTokenInfo[] => (list.all(MAX_LISTED_TOKENS) as Row[]).map(toInfo),
    activeCount: (): number => (active.get() as { n: number }).n,
    /** Revokes an active token; false when unknown or already revoked. */
    revoke: (id: number, by: string, now: number): boolean => revoke.run(now, by, id).changes === 1,
  };
}
export type EmbedTokensRepo = ReturnType<typeof createEmbedTokensRepo>;

/** A request URL with any `token=` query value masked, for logs (embed pages and the live socket take `?token=`). */
export function maskTokenInUrl(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/g, '$1***');
}
