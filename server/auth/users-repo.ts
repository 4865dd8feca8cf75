import type Database from 'better-sqlite3';
import { createHash, createHmac, randomBytes } from 'node:crypto';

/** Roles, weakest first: an admin may do everything staff may. */
export const ROLES = ['staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is signed in, as routes see it (never the password hash). */
export interface SessionUser {
  id: number;
  username: string;
  role: Role;
}

/** A session as looked up from its cookie. */
export interface Session {
  user: SessionUser;
  csrf: string;
  expiresAt: number;
}

/** Usernames: letters, digits and . _ - (they appear in the audit log and the CLI). */
export const USERNAME_PATTERN = '^[A-Za-z0-9._-]{2,40}$';

/** True when `role` grants at least `needed`. */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** The users table. */
export function createUsersRepo(db: Database.Database) {
  const byName = db.prepare('SELECT id, username, role, password_hash FROM users WHERE username = ?');
  const insert = db.prepare('INSERT INTO users (username, role, password_hash, created_at) VALUES (?, ?, ?, ?)');
  const setHash = db.prepare('UPDATE users SET password_hash = ? WHERE username = ?');
  const list = db.prepare('SELECT id, username, role, created_at FROM users ORDER BY username LIMIT ?');
  const remove = db.prepare('DELETE FROM users WHERE username = ?');
  const count = db.prepare("SELECT count(*) AS n FROM users WHERE role = 'admin'");
  type Row = { id: number; username: string; role: Role; password_hash: string };
  return {
    /** The user and their password hash, or undefined. */
    find: (username: string) => byName.get(username) as Row | undefined,
    /** Creates a user; throws on a duplicate name (SQLite UNIQUE). */
    create: (username: string, role: Role, passwordHash: string, now: number): number => Number(insert.run(username, role, passwordHash, now).lastInsertRowid),
    setPassword: (username: string, passwordHash: string): boolean => setHash.run(passwordHash, username).changes === 1,
    /** Users by name, at most `limit`. */
    list: (limit = 200) => list.all(limit) as { id: number; username: string; role: Role; created_at: number }[],
    remove: (username: string): boolean => remove.run(username).changes === 1,
    admins: (): number => (count.get() as { n: number }).n,
  };
}
export type UsersRepo = ReturnType<typeof createUsersRepo>;

/**
 * Server-side sessions. The cookie holds a random id; the table holds only its hash (HMAC with the session secret
 * when one is set), so a leaked database or backup cannot be replayed as a cookie.
 */
export function createSessionsRepo(db: Database.Database, secret?: string) {
  const hashId = (id: string) => (secret ? createHmac('sha256', secret).update(id).digest('hex') : createHash('sha256').update(id).digest('hex'));
  const insert = db.prepare('INSERT INTO sessions (id_hash, user_id, csrf, created_at, expires_at, address) VALUES (?, ?, ?, ?, ?, ?)');
  const lookup = db.prepare(
    'SELECT u.id, u.username, u.role, s.csrf, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ? AND s.expires_at > ?',
  );
  const remove = db.prepare('DELETE FROM sessions WHERE id_hash = ?');
  const purge = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');
  const removeUser = db.prepare('DELETE FROM sessions WHERE user_id = ?');
  return {
    /** Starts a session; returns the cookie id (shown once, never stored) and its CSRF token. */
    create(userId: number, now: number, ttlMs: number, address: string): { id: string; csrf: string; expiresAt: number } {
      const id = randomBytes(32).toString('base64url');
      const csrf = randomBytes(24).toString('base64url');
      insert.run(hashId(id), userId, csrf, now, now + ttlMs, address);
      return { id, csrf, expiresAt: now + ttlMs };
    },
    /** The live session for a cookie id, or null when unknown or expired. */
    get(id: string, now: number): Session | null {
      const r = lookup.get(hashId(id), now) as { id: number; username: string; role: Role; csrf: string; expires_at: number } | undefined;
      return r ? { user: { id: r.id, username: r.username, role: r.role }, csrf: r.csrf, expiresAt: r.expires_at } : null;
    },
    destroy: (id: string): void => void remove.run(hashId(id)),
    /** Ends every session of a user (password change, removal). */
    destroyUser: (userId: number): void => void removeUser.run(userId),
    purgeExpired: (now: number): number => purge.run(now).changes,
  };
}
export type SessionsRepo = ReturnType<typeof createSessionsRepo>;
