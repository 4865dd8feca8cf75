import type { WallMessage } from '../../server/schemas/live.ts';
import type { KeywordSummary } from '../../server/query/keyword-summary.ts';

/** Drill-down requests give up after this long; the panel says so and offers to retry. */
export const FETCH_TIMEOUT_MS = 8_000; // 8 s

/** One page of the drill-down API. */
export interface MessagePage {
  messages: WallMessage[];
  nextCursor: string | null;
}

/** Reads an `{ok, data}` / `{ok: false, error}` answer; throws an Error with the server's message on failure. */
async function call<T>(url: string, signal?: AbortSignal): Promise<T> {
  // One controller for both the caller's abort and the timeout (AbortSignal.any is missing on older kiosk browsers).
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(new Error('the server did not answer in time')), FETCH_TIMEOUT_MS);
  const onAbort = () => ctl.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const r = await fetch(url, { signal: ctl.signal, headers: { accept: 'application/json' } });
    const body = (await r.json().catch(() => null)) as { ok?: boolean; data?: T; error?: { message?: string } } | null;
    if (!r.ok || !body?.ok || body.data === undefined) throw new Error(body?.error?.message ?? `the server answered ${r.status}`);
    return body.data;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** GET /api/messages with the given filters (newest first, hidden posts already excluded by the server). */
export function fetchMessages(filter: { keyword?: string; channel?: string; limit?: number; cursor?: string | null }, signal?: AbortSignal): Promise<MessagePage> {
  const q = new URLSearchParams();
  if (filter.keyword) q.set('keyword', filter.keyword);
  if (filter.channel) q.set('channel', filter.channel);
  q.set('limit', String(filter.limit ?? 20));
  if (filter.cursor) q.set('cursor', filter.cursor);
  return call<MessagePage>(`/api/messages?${q}`, signal);
}

/** GET /api/keywords/:word: sentiment split and 24 hourly counts. */
export function fetchKeyword(word: string, signal?: AbortSignal): Promise<KeywordSummary> {
  return call<KeywordSummary>(`/api/keywords/${encodeURIComponent(word)}`, signal);
}
