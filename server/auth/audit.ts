import type Database from 'better-sqlite3';

/** One line of the audit log. */
export interface AuditEntry {
  seq: number;
  at: number;
  actor: string;
  action: string;
  detail: Record<string, unknown>;
  address: string | null;
}

/** Rows kept; older ones are pruned now and then so the table cannot grow without end. */
export const AUDIT_KEEP = 100_000;
/** Largest page a reader may ask for. */
export const AUDIT_PAGE_MAX = 200;

/** The append-only audit log (who, what, when, from where) in the `audit` table of migration 1. */
export function createAuditLog(db: Database.Database, now: () => number = Date.now) {
  const insert = db.prepare('INSERT INTO audit (at, actor, action, detail, address) VALUES (?, ?, ?, ?, ?)');
  const page = db.prepare('SELECT seq, at, actor, action, detail, address FROM audit WHERE seq < ? ORDER BY seq DESC LIMIT ?');
  const prune = db.prepare('DELETE FROM audit WHERE seq <= (SELECT max(seq) FROM audit) - ?');
  let writes = 0;
  return {
    /** Appends one entry. `detail` must never hold a password, token or session id. */
    write(actor: string, action: string, detail: Record<string, unknown>, address: string | null): void {
      insert.run(now(), actor, action, JSON.stringify(detail), address);
      if (++writes % 1_000 === 0) prune.run(AUDIT_KEEP);
    },
    /** Newest first, entries older than `before` (a seq); `next` is the cursor for the following page. */
    read(before: number | undefined, limit: number): { entries: AuditEntry[]; next: number | null } {
      const n = Math.max(1, Math.min(AUDIT_PAGE_MAX, limit));
      const rows = page.all(before ?? Number.MAX_SAFE_INTEGER, n + 1) as { seq: number; at: number; actor: string; action: string; detail: string; address: string | null }[];
      const entries = rows.slice(0, n).map((r) => ({ ...r, detail: safeJson(r.detail) }));
      return { entries, next: rows.length > n ? entries[entries.length - 1].seq : null };
    },
  };
}
export type AuditLog = ReturnType<typeof createAuditLog>;

function safeJson(s: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(s);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : { value: v };
  } catch {
    return { raw: s.slice(0, 200) }; // a hand-edited row must not break the panel's audit view
  }
}
