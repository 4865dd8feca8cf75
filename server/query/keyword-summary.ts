import type Database from 'better-sqlite3';

export interface KeywordSummary {
  word: string;
  total: number;
  negative: number;
  neutral: number;
  positive: number;
  /** Inbound and outbound mentions per hour over the last 24 h, oldest first (24 entries). */
  hourly: { t: number; count: number }[];
}

const HOUR = 3_600_000;

/** What a visitor sees when tapping a word: its sentiment split and its volume per hour over the last 24 h. */
export function keywordSummary(db: Database.Database, word: string, now: number): KeywordSummary {
  const w = word.toLowerCase().replace(/^#/, '');
  const start = Math.floor(now / HOUR) * HOUR - 23 * HOUR;
  const rows = db
    .prepare(
      `SELECT (created_at / ${HOUR}) * ${HOUR} AS t, sentiment_label AS label, count(*) AS n FROM messages
       WHERE created_at >= ? AND (EXISTS (SELECT 1 FROM json_each(messages.keywords) WHERE value = ?)
                                  OR EXISTS (SELECT 1 FROM json_each(messages.hashtags) WHERE value = ?))
       GROUP BY t, label`,
    )
    .all(start, w, w) as { t: number; label: string; n: number }[];
  const hourly = Array.from({ length: 24 }, (_, i) => ({ t: start + i * HOUR, count: 0 }));
  const out: KeywordSummary = { word: w, total: 0, negative: 0, neutral: 0, positive: 0, hourly };
  for (const r of rows) {
    const slot = hourly[Math.round((r.t - start) / HOUR)];
    if (slot) slot.count += r.n;
    out.total += r.n;
    if (r.label === 'negative' || r.label === 'neutral' || r.label === 'positive') out[r.label] += r.n;
  }
  return out;
}
