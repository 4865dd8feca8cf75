/** At most this many search terms: more only slows the query without narrowing it usefully. */
const MAX_TERMS = 8;

/**
 * Turns free text typed by a visitor into a safe FTS5 query: every word quoted (so FTS syntax such as
 * `NEAR`, `*`, `:` or quotes cannot be injected) and all words required. Returns null when no word is left.
 */
export function toFtsQuery(text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms = [...new Set(words.map((w) => w.toLowerCase()))].slice(0, MAX_TERMS);
  return terms.length ? terms.map((t) => `"${t}"`).join(' AND ') : null;
}
