import { BrandAccounts, type AdapterContext } from '../ingest/adapters/common.ts';
import { fromFeed } from '../ingest/adapters/rss.ts';
import { backoff, connectorBase, type ConnectorError, type ConnectorStats } from './connector-common.ts';
import type { Sink, Source } from './types.ts';

/** Options of the RSS/Atom poller. */
export interface RssOptions {
  /** Feed URLs (HUBWALL_RSS_URLS). */
  urls: string[];
  /** Poll interval per feed in ms (default 5 min; HUBWALL_RSS_INTERVAL in seconds). */
  intervalMs?: number;
  /** Give up on one request after this long. */
  timeoutMs?: number;
  /** Retry bounds for a failing feed (default 30 s … 1 h). */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  brandAccounts?: string[];
  onError?: (err: ConnectorError) => void;
}

/** A feed body larger than this is refused: no legitimate feed needs it, and a wall must not buffer it. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;
/** Item ids remembered per feed so unchanged items are not resent every poll; the store dedupes the rest. */
const SEEN_PER_FEED = 2_000;

interface FeedState {
  url: string;
  etag?: string;
  lastModified?: string;
  seen: Set<string>;
  timer: NodeJS.Timeout | null;
  delays: ReturnType<typeof backoff>;
}

/** Reads at most `limit` bytes of a response body; throws past it. */
async function boundedText(res: Response, limit: number): Promise<string> {
  if (Number(res.headers.get('content-length') ?? 0) > limit) throw new Error(`the feed is larger than ${limit} bytes`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > limit) throw new Error(`the feed is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Polls RSS 2.0 / Atom feeds and hands new items to the sink as messages on `x`. Conditional requests (ETag,
 * Last-Modified) keep polls cheap; a failing feed backs off on its own without delaying the others. Not started by default.
 */
export function createRss(opts: RssOptions, sink: Sink): Source<ConnectorStats> {
  const name = 'rss';
  const ctx: AdapterContext = { brandAccounts: new BrandAccounts(opts.brandAccounts) };
  const interval = opts.intervalMs ?? 300_000;
  const timeout = opts.timeoutMs ?? 15_000;
  const { report, delivery, stats } = connectorBase(name, sink, opts.onError);
  const feeds: FeedState[] = opts.urls.map((url) => ({ url, seen: new Set(), timer: null, delays: backoff(opts.minBackoffMs ?? 30_000, opts.maxBackoffMs ?? 3_600_000) }));
  const inFlight = new Set<AbortController>();
  let running = false;

  const schedule = (f: FeedState, ms: number) => {
    if (!running) return;
    f.timer = setTimeout(() => void poll(f), ms);
  };

  async function poll(f: FeedState): Promise<void> {
    f.timer = null;
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), timeout);
    inFlight.add(ac);
    try {
      const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8' };
      if (f.etag) headers['if-none-match'] = f.etag;
      if (f.lastModified) headers['if-modified-since'] = f.lastModified;
      const res = await fetch(f.url, { headers, signal: ac.signal, redirect: 'follow' });
      stats.connects++;
      if (res.status === 304) {
        f.delays.reset();
        return schedule(f, interval);
      }
      if (!res.ok) throw new Error(`${f.url} answered ${res.status}`);
      const xml = await boundedText(res, MAX_FEED_BYTES);
      f.etag = res.headers.get('etag') ?? undefined;
      f.lastModified = res.headers.get('last-modified') ?? undefined;
      const r = fromFeed(xml, ctx);
      if ('error' in r) throw new Error(`${f.url}: ${r.error}`);
      stats.rejected += r.errors.length;
      for (const e of r.errors) report('HW_ERR_SOURCE_PAYLOAD', `${f.url}: ${e.message}`);
      const fresh = r.messages.filter((m) => !f.seen.has(m.id));
      for (const m of fresh) f.seen.add(m.id);
      // Sets iterate oldest first: trim the oldest ids once the memory is full.
      for (const id of f.seen) {
        if (f.seen.size <= SEEN_PER_FEED) break;
        f.seen.delete(id);
      }
      stats.produced += fresh.length;
      if (fresh.length) {
        if (delivery.busy) await delivery.idle();
        await delivery.send(fresh);
      }
      f.delays.reset();
      schedule(f, interval);
    } catch (err) {
      if (!running) return;
      stats.failures++;
      report('HW_ERR_SOURCE_CONNECT', ac.signal.aborted ? `${f.url}: no answer within ${timeout} ms` : (err as Error).message);
      schedule(f, f.delays.next());
    } finally {
      clearTimeout(timer);
      inFlight.delete(ac);
    }
  }

  return {
    name,
    start() {
      if (running) return;
      running = true;
      for (const f of feeds) schedule(f, 0);
    },
    async stop() {
      running = false;
      for (const f of feeds) if (f.timer) clearTimeout(f.timer);
      for (const ac of inFlight) ac.abort();
      await delivery.idle();
    },
    stats: () => ({ running, ...stats, ...delivery.counters() }),
  };
}
