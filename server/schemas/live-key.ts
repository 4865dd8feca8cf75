import type { Topic, TopicFilter } from './live.ts';

/**
 * Canonical key of a subscription: the server groups clients by it and serializes one frame per key;
 * clients compute the same key to match frames. Empty arrays and unset fields are dropped.
 */
export function canonicalKey(topic: Topic, filter?: TopicFilter): string {
  const out: Record<string, unknown> = {};
  if (filter) {
    for (const name of Object.keys(filter).sort()) {
      const value = (filter as Record<string, unknown>)[name];
      if (value === undefined || value === null || value === '') continue;
      if (Array.isArray(value)) {
        if (value.length === 0) continue;
        out[name] = [...value].map(String).sort();
      } else {
        out[name] = typeof value === 'string' ? value.toLowerCase() : value;
      }
    }
  }
  return `${topic}|${JSON.stringify(out)}`;
}
