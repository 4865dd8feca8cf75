import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { CHANNELS, type Channel } from '../../schemas/message.ts';
import { HubwallError } from '../../errors.ts';
import { bearerMatches } from '../../ingest/bearer.ts';
import { hasSessionCookie, requireSession } from '../../auth/session-guard.ts';
import type { StaffingOverride } from './index.ts';

/** State-table keys; values are JSON. */
const STAFFING_KEY = 'capacity.staffing';
const HANDLED_KEY = 'capacity.handled';
/** "Handled" marks kept for a restart: as long as a case can stay open, and no more than this many. */
const HANDLED_KEEP_MS = 24 * 3_600_000;
const HANDLED_MAX = 5_000;

export interface CapacityPluginOptions {
  /** Token for tools (a workforce planner, a helpdesk): the ingest bearer token (HUBWALL_INGEST_TOKEN). Staff sign in instead. */
  token?: string;
  now?: () => number;
}

const ChannelParam = Type.Union(CHANNELS.map((c) => Type.Literal(c)));
const Ok = Type.Object({ ok: Type.Boolean(), data: Type.Unknown() });
const Err = Type.Object({ ok: Type.Boolean(), error: Type.Object({ code: Type.String(), message: Type.String() }) });
const REPLIES = { 200: Ok, 400: Err, 401: Err, 403: Err, 404: Err };

/** Staff actions on capacity: staffing per channel and "mark as handled", persisted in the state table and audited. */
export default fp<CapacityPluginOptions>(
  async (app, opts) => {
    const now = opts.now ?? Date.now;
    const cap = app.aggregates.capacityState;
    const db = app.store.db;
    const read = db.prepare<[string], { value: string }>('SELECT value FROM state WHERE key = ?');
    const write = db.prepare('INSERT INTO state (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at');
    const audit = db.prepare('INSERT INTO audit (at, actor, action, detail, address) VALUES (?, ?, ?, ?, ?)');
    const load = <T>(key: string, fallback: T): T => {
      try {
        const row = read.get(key);
        return row ? (JSON.parse(row.value) as T) : fallback;
      } catch {
        app.log.warn({ key }, 'capacity: unreadable state ignored');
        return fallback;
      }
    };

    // Restore what staff set before a restart: staffing first, then the marks on cases the rebuild reopened.
    const staffing = load<Partial<Record<Channel, StaffingOverride>>>(STAFFING_KEY, {});
    for (const c of CHANNELS) if (staffing[c]) cap.setStaffing(c, staffing[c]!);
    let handled = load<[Channel, string, number][]>(HANDLED_KEY, []).filter((h) => Array.isArray(h) && h[2] >= now() - HANDLED_KEEP_MS);
    for (const [channel, id, at] of handled) cap.markHandled(channel, id, at);

    // Team leads change staffing from the control panel (their session); a workforce tool posts with the bearer token.
    const staff = async (req: FastifyRequest) => {
      if (req.headers.authorization === undefined && hasSessionCookie(req)) {
        requireSession(app, req, 'staff', now());
        return;
      }
      if (!opts.token) {
        throw new HubwallError('HW_ERR_STAFF_DISABLED', 'sign in to the control panel first (or set HUBWALL_INGEST_TOKEN on the server for tools)', 401);
      }
      if (!bearerMatches(req.headers.authorization, opts.token)) {
        req.log.warn({ ip: req.ip }, 'capacity: staff action refused, bad or missing bearer token');
        throw new HubwallError('HW_ERR_UNAUTHORIZED', 'sign in to the control panel, or send `Authorization: Bearer <HUBWALL_INGEST_TOKEN>`', 401);
      }
    };
    /** Who did it, for the audit log: the signed-in user, or the token a tool used. */
    const actor = (req: FastifyRequest): string => req.user?.username ?? 'ingest-token';
    const row = (channel: Channel) => app.aggregates.capacity({ channel: [channel] }).channels[0];

    app.get('/api/capacity', { schema: { response: { 200: Ok } } }, async () => ({ ok: true, data: app.aggregates.capacity() }));

    app.post(
      '/api/channels/:channel/staffing',
      {
        onRequest: staff,
        schema: {
          params: Type.Object({ channel: ChannelParam }),
          body: Type.Object(
            {
              agents: Type.Integer({ minimum: 0, maximum: 500 }),
              casesPerAgentHour: Type.Optional(Type.Number({ minimum: 0.1, maximum: 1000 })),
              targetMinutes: Type.Optional(Type.Number({ minimum: 1, maximum: 10_080 })),
            },
            { additionalProperties: false },
          ),
          response: REPLIES,
        },
      },
      async (req) => {
        const { channel } = req.params as { channel: Channel };
        const body = req.body as Omit<StaffingOverride, 'at'>;
        const o: StaffingOverride = { ...body, at: now() };
        cap.setStaffing(channel, o);
        write.run(STAFFING_KEY, JSON.stringify(cap.staffing()), o.at);
        audit.run(o.at, actor(req), 'capacity.staffing', JSON.stringify({ channel, ...body }), req.ip);
        app.aggregates.touch('capacity');
        return { ok: true, data: row(channel) };
      },
    );

    app.delete(
      '/api/channels/:channel/staffing',
      { onRequest: staff, schema: { params: Type.Object({ channel: ChannelParam }), response: REPLIES } },
      async (req) => {
        const { channel } = req.params as { channel: Channel };
        cap.setStaffing(channel, null);
        const at = now();
        write.run(STAFFING_KEY, JSON.stringify(cap.staffing()), at);
        audit.run(at, actor(req), 'capacity.staffing.clear', JSON.stringify({ channel }), req.ip);
        app.aggregates.touch('capacity');
        return { ok: true, data: row(channel) };
      },
    );

    app.post(
      '/api/cases/:channel/:id/handled',
      { onRequest: staff, schema: { params: Type.Object({ channel: ChannelParam, id: Type.String({ minLength: 1, maxLength: 200 }) }), response: REPLIES } },
      async (req) => {
        const { channel, id } = req.params as { channel: Channel; id: string };
        const at = now();
        if (!cap.markHandled(channel, id, at)) {
          throw new HubwallError('HW_ERR_CASE_NOT_FOUND', `no open ${channel} case holds message or customer ${JSON.stringify(id).slice(0, 80)}`, 404);
        }
        handled = [...handled.filter((h) => h[2] >= at - HANDLED_KEEP_MS), [channel, id, at] as [Channel, string, number]].slice(-HANDLED_MAX);
        write.run(HANDLED_KEY, JSON.stringify(handled), at);
        audit.run(at, actor(req), 'capacity.handled', JSON.stringify({ channel, id }), req.ip);
        app.aggregates.touch('capacity');
        return { ok: true, data: { channel, id, handled: true, capacity: row(channel) } };
      },
    );
  },
  { name: 'capacity', dependencies: ['store', 'aggregates'] },
);
