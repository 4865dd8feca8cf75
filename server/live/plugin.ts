import fp from 'fastify-plugin';
import websocket from '@fastify/websocket';
import type { FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
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
    /** Installs the optional gate on `/live` (embed tokens, issue 5); without one every client is accepted. */
    setLiveGate: (gate: LiveGate) => void;
  }
}

/** An optional check on `/live` connections, set by another plugin (embed tokens, issue 5). */
export interface LiveGate {
  /** Runs before the upgrade; throwing (a HubwallError) answers that HTTP error and no socket is opened. */
  authorize(req: FastifyRequest): void;
  /** Called with each accepted socket, e.g. to close it when the token it used is revoked. */
  opened?(socket: WebSocket, req: FastifyRequest): void;
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
    // ── optional gate (issue 5) ──
    let gate: LiveGate | null = null;
    app.decorate('setLiveGate', (g: LiveGate) => {
      gate = g;
    });
    const authorize = async (req: FastifyRequest) => gate?.authorize(req);
    app.get('/live', { websocket: true, preValidation: authorize }, (socket, req) => {
      hub.attach(socket, req.ip);
      gate?.opened?.(socket, req);
    });
    app.addHook('preClose', async () => hub.close());
  },
  { name: 'live', dependencies: ['store', 'aggregates'] },
);
