import fp from 'fastify-plugin';
import websocket from '@fastify/websocket';
import { createHub, type Hub } from './hub.ts';
import { aggregateTopics } from './topics/aggregate-topics.ts';
import { STREAM_RING, streamTopic } from './topics/stream.ts';
import type { Message } from '../schemas/message.ts';
import type { BackpressureLimits } from './live-client.ts';

/** Posts created longer ago than this when they arrive stay out of the live stream. */
export const STREAM_MAX_LAG_MS = 10 * 60_000;

declare module 'fastify' {
  interface FastifyInstance {
    hub: Hub;
    /** Hands committed messages to the live side (stream ring + next tick). */
    publishMessages: (messages: readonly Message[]) => void;
  }
}

export interface LiveOptions {
  tickMs?: number;
  heartbeatMs?: number;
  limits?: BackpressureLimits;
  now?: () => number;
}

/** The live hub on `/live`: topics, snapshot then deltas on a fixed tick, heartbeats, backpressure. */
export default fp<LiveOptions>(
  async (app, opts) => {
    // permessage-deflate stays off: it collapses fan-out (see ARCHITECTURE.md). 16 KiB is plenty for client frames.
    await app.register(websocket, { options: { maxPayload: 16 * 1024, perMessageDeflate: false } });
    // Moderation (control plugin, registered later) decides per message at send time; until then nothing is hidden.
    const stream = streamTopic({ isHidden: (m) => app.isHidden?.(m) === true });
    const hub = createHub([...aggregateTopics(app.aggregates), stream.handler], {
      tickMs: opts.tickMs,
      heartbeatMs: opts.heartbeatMs,
      limits: opts.limits,
      now: opts.now,
      takeChanges: () => app.aggregates.takeChanges(),
      log: app.log,
    });
    for (const m of app.store.messages.latest(STREAM_RING).reverse()) stream.remember(m);
    app.decorate('hub', hub);
    app.decorate('publishMessages', (messages: readonly Message[]) => {
      // A backfill, a replay or a platform catching up delivers old posts: they count in the charts but must not
      // flood the top of a "newest first" stream.
      const fresh = messages.filter((m) => m.createdAt >= m.receivedAt - STREAM_MAX_LAG_MS);
      for (const m of fresh) stream.remember(m);
      hub.push(fresh);
    });
    app.get('/live', { websocket: true }, (socket, req) => {
      hub.attach(socket, req.ip);
    });
    app.addHook('preClose', async () => hub.close());
  },
  { name: 'live', dependencies: ['store', 'aggregates'] },
);
