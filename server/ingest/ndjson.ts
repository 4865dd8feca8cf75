import type { ItemError } from './validate.ts';

/** Splits an NDJSON body into items; a line that is not JSON becomes an error for that index. Blank lines are skipped. */
export function parseNdjson(body: string): { items: unknown[]; errors: ItemError[] } {
  const items: unknown[] = [];
  const errors: ItemError[] = [];
  let line = 0;
  for (const raw of body.split('\n')) {
    line++;
    const text = raw.trim();
    if (!text) continue;
    try {
      items.push(JSON.parse(text));
    } catch {
      errors.push({ index: items.length, field: `(line ${line})`, code: 'HW_ERR_LINE_JSON', message: `line ${line} should be one JSON object` });
      items.push(undefined);
    }
  }
  return { items, errors };
}
