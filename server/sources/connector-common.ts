import { createDelivery } from './delivery.ts';
import type { Sink } from './types.ts';

/** Stable codes the stream clients (Mastodon, RSS) report through `onError`; they keep running after each. */
export type ConnectorErrorCode = 'HW_ERR_SOURCE_CONNECT' | 'HW_ERR_SOURCE_PAYLOAD' | 'HW_ERR_SOURCE_SINK' | 'HW_ERR_SOURCE_OPTION';

/** A problem a stream client reports instead of throwing: which source, what code, what happened. */
export interface ConnectorError {
  code: ConnectorErrorCode;
  source: string;
  message: string;
}

/**
 * What every stream client starts with: an error reporter that a throwing `onError` cannot stop, a delivery to the
 * sink whose failures are reported, and the counters its stats add up.
 */
export function connectorBase(name: string, sink: Sink, onError: ((e: ConnectorError) => void) | undefined) {
  const report = (code: ConnectorErrorCode, message: string): void => {
    try {
      onError?.({ code, source: name, message });
    } catch {
      // A failing error handler must not stop the client.
    }
  };
  const delivery = createDelivery(name, sink, (e) => report('HW_ERR_SOURCE_SINK', e.message));
  const stats = { connects: 0, failures: 0, produced: 0, dropped: 0, rejected: 0 };
  return { report, delivery, stats };
}

/** Reconnect delays: exponential from `minMs` to `maxMs`, with ±20 % jitter so many clients do not retry in step. */
export function backoff(minMs: number, maxMs: number, random: () => number = Math.random) {
  let attempt = 0;
  return {
    /** The next delay in ms (and counts the attempt). */
    next(): number {
      const base = Math.min(maxMs, minMs * 2 ** Math.min(attempt++, 30));
      return Math.round(base * (0.8 + 0.4 * random()));
    },
    reset(): void {
      attempt = 0;
    },
    get attempts() {
      return attempt;
    },
  };
}

/** Counters the stream clients report (the shape of `SourceStats`, plus connection counts). */
export interface ConnectorStats {
  running: boolean;
  produced: number;
  delivered: number;
  dropped: number;
  sinkErrors: number;
  connects: number;
  failures: number;
  /** Items the adapter refused (bad status or feed item). */
  rejected: number;
}
