import type Database from 'better-sqlite3';

/** JSON values in the `state` table (migration 1), so control state survives a restart. */
export function createStateStore(db: Database.Database, now: () => number) {
  const get = db.prepare('SELECT value FROM state WHERE key = ?');
  const put = db.prepare('INSERT INTO state (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at');
  return {
    /** The stored value merged over `fallback` (so a field added later gets its default), or `fallback`. */
    read<T extends object>(key: string, fallback: T): T {
      const row = get.get(key) as { value: string } | undefined;
      if (!row) return fallback;
      try {
        const v: unknown = JSON.parse(row.value);
        return v && typeof v === 'object' && !Array.isArray(v) ? { ...fallback, ...(v as Partial<T>) } : fallback;
      } catch {
        return fallback; // a corrupt row must not keep the server from starting
      }
    },
    write(key: string, value: unknown): void {
      put.run(key, JSON.stringify(value), now());
    },
  };
}
export type StateStore = ReturnType<typeof createStateStore>;
