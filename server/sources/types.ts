import type { MessageInput } from '../schemas/message.ts';

/** Where a source hands its messages. A slow sink makes the source drop batches, never queue them. */
export type Sink = (batch: MessageInput[]) => Promise<void> | void;

/** Stable error codes a source reports through `onError`. */
export type SourceErrorCode = 'HW_ERR_SOURCE_SINK' | 'HW_ERR_SOURCE_OPTION' | 'HW_ERR_REPLAY_LINE' | 'HW_ERR_REPLAY_FILE';

/** An error a source reports instead of throwing; `line` is set for replay lines (1-based). */
export class SourceError extends Error {
  readonly code: SourceErrorCode;
  readonly source: string;
  readonly line?: number;
  constructor(code: SourceErrorCode, source: string, message: string, opts: { line?: number; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'SourceError';
    this.code = code;
    this.source = source;
    if (opts.line !== undefined) this.line = opts.line;
  }
}

/** Counters every source reports. */
export interface SourceStats {
  running: boolean;
  /** Messages made or read. */
  produced: number;
  /** Messages the sink accepted (its call returned or resolved). */
  delivered: number;
  /** Messages dropped because the sink was still busy or a batch was over its cap. */
  dropped: number;
  /** Sink calls that threw or rejected. */
  sinkErrors: number;
}

/** What every built-in source (simulator, replay) looks like to the server. */
export interface Source<S extends SourceStats = SourceStats> {
  readonly name: string;
  /** Starts producing; calling it on a running source does nothing. */
  start(): void;
  /** Clears every timer and waits for the batch in flight; safe to call twice. */
  stop(): Promise<void>;
  stats(): S;
}

/** Options every source shares. */
export interface SourceBaseOptions {
  /** Told about sink failures and bad input; the source keeps running. */
  onError?: (err: SourceError) => void;
  /** Clock in epoch ms; tests inject one. Default `Date.now`. */
  now?: () => number;
}
