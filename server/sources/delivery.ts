import type { MessageInput } from '../schemas/message.ts';
import { SourceError, type Sink } from './types.ts';

/** Counters kept by a delivery. */
export interface DeliveryCounters {
  delivered: number;
  sinkErrors: number;
}

/** Hands batches to a sink and keeps count; callers check `busy` to drop instead of queueing. */
export interface Delivery {
  /** Hands a batch to the sink and resolves when it is done; never rejects. */
  send(batch: MessageInput[]): Promise<void>;
  /** Resolves when no batch is in flight. */
  idle(): Promise<void>;
  readonly busy: boolean;
  counters(): DeliveryCounters;
}

/** Wraps a sink so that its failures are counted and reported, never thrown into the source. */
export function createDelivery(source: string, sink: Sink, onError?: (err: SourceError) => void): Delivery {
  const c: DeliveryCounters = { delivered: 0, sinkErrors: 0 };
  let inFlight: Promise<void> | null = null;

  const fail = (cause: unknown): void => {
    c.sinkErrors++;
    const reason = cause instanceof Error ? cause.message : String(cause);
    try {
      onError?.(new SourceError('HW_ERR_SOURCE_SINK', source, `sink should accept a batch, got an error: ${reason}`, { cause }));
    } catch {
      // A failing error handler must not stop the source either.
    }
  };

  const send = (batch: MessageInput[]): Promise<void> => {
    let result: Promise<void> | void;
    try {
      result = sink(batch);
    } catch (err) {
      fail(err);
      return Promise.resolve();
    }
    if (!result || typeof (result as Promise<void>).then !== 'function') {
      c.delivered += batch.length;
      return Promise.resolve();
    }
    const p = (result as Promise<void>).then(
      () => {
        c.delivered += batch.length;
      },
      fail,
    );
    inFlight = p;
    return p.finally(() => {
      if (inFlight === p) inFlight = null;
    });
  };

  return {
    send: (batch) => (batch.length === 0 ? Promise.resolve() : send(batch)),
    async idle() {
      while (inFlight) await inFlight.catch(() => undefined);
    },
    get busy() {
      return inFlight !== null;
    },
    counters: () => ({ ...c }),
  };
}
