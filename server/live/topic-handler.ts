import type { Topic, TopicFilter } from '../schemas/live.ts';
import type { Message } from '../schemas/message.ts';
import type { Changes } from '../aggregate/aggregates.ts';

/** What one tick knows: what changed in the aggregates and which messages arrived since the last tick. */
export interface TickContext {
  now: number;
  changes: Changes;
  newMessages: readonly Message[];
}

/** One topic's behaviour on the live hub: how to snapshot it and what its delta is on a tick. */
export interface TopicHandler {
  topic: Topic;
  snapshot(filter: TopicFilter): unknown;
  /** The delta for this tick, or undefined when nothing changed for this filter. */
  delta(filter: TopicFilter, ctx: TickContext): unknown;
}
