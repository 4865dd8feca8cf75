import type { WebSocket } from 'ws';
import type { TopicFilter, Topic } from '../schemas/live.ts';

/** Backpressure thresholds on a socket's unsent bytes. */
export interface BackpressureLimits {
  /** Above this, frames for this client are held back (state conflated, stream buffered). */
  softBytes: number;
  /** Above this, the client is closed; it reconnects and takes a fresh snapshot. */
  hardBytes: number;
  /** Stream messages held per subscription while a client is slow; the oldest are dropped first. */
  streamBacklog: number;
}

export const DEFAULT_LIMITS: BackpressureLimits = { softBytes: 512 * 1024, hardBytes: 4 * 1024 * 1024, streamBacklog: 100 };

export interface ScreenInfo {
  id: string;
  dashboard: string | null;
  version: string | null;
  lastSeen: number;
}

/** Per-connection state: subscriptions, screen identity, what is owed after a slow spell. */
export class LiveClient {
  readonly subs = new Map<string, { topic: Topic; filter: TopicFilter }>();
  /** Keys whose frames were skipped: owed a fresh snapshot when the socket drains. */
  readonly owedSnapshot = new Set<string>();
  /** Stream messages held per key while slow (bounded). */
  readonly backlog = new Map<string, unknown[]>();
  screen: ScreenInfo | null = null;
  alive = true;
  badFrames = 0;
  dropped = 0;
  readonly connectedAt = Date.now();

  constructor(
    readonly socket: WebSocket,
    readonly address: string,
    readonly limits: BackpressureLimits,
  ) {}

  get open(): boolean {
    return this.socket.readyState === 1;
  }

  /** 'ok' when under the soft limit, 'slow' between the limits, 'dead' past the hard limit. */
  pressure(): 'ok' | 'slow' | 'dead' {
    const b = this.socket.bufferedAmount;
    if (b > this.limits.hardBytes) return 'dead';
    return b > this.limits.softBytes ? 'slow' : 'ok';
  }

  /** Holds stream messages for later, newest first, dropping the oldest past the cap. */
  hold(key: string, messages: unknown[]): void {
    const held = this.backlog.get(key) ?? [];
    held.unshift(...messages);
    if (held.length > this.limits.streamBacklog) {
      this.dropped += held.length - this.limits.streamBacklog;
      held.length = this.limits.streamBacklog;
    }
    this.backlog.set(key, held);
  }

  send(frame: string): void {
    if (this.open) this.socket.send(frame);
  }
}
