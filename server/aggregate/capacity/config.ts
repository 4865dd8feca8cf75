import { Type, type Static } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { readFileSync } from 'node:fs';
import { CHANNELS, type Channel } from '../../schemas/message.ts';
import { describeExpected } from '../../schemas/describe-expected.ts';
import { HubwallError, shown } from '../../errors.ts';
import { DEFAULT_CAPACITY_CONFIG } from './defaults.ts';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const HHMM = '^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$';

/** One staffing slot: on these days (all when omitted) from `from` to `to` (local time), this many agents. */
export const ScheduleSlot = Type.Object(
  {
    days: Type.Optional(Type.Array(Type.Union(DAYS.map((d) => Type.Literal(d))), { minItems: 1, maxItems: 7 })),
    from: Type.String({ pattern: HHMM }),
    to: Type.String({ pattern: HHMM }),
    agents: Type.Integer({ minimum: 0, maximum: 500 }),
  },
  { additionalProperties: false },
);

/** Planning figures of one channel; all optional, the defaults fill in. */
export const ChannelPlan = Type.Object(
  {
    /** Agents when no schedule slot applies and nobody posted staffing. */
    agents: Type.Optional(Type.Integer({ minimum: 0, maximum: 500 })),
    /** Cases one agent handles per hour. */
    casesPerAgentHour: Type.Optional(Type.Number({ minimum: 0.1, maximum: 1000 })),
    /** Response-time target in minutes. */
    targetMinutes: Type.Optional(Type.Number({ minimum: 1, maximum: 10_080 })),
    /** `erlang-c` for chat-like channels, `backlog` for asynchronous ones. */
    model: Type.Optional(Type.Union([Type.Literal('erlang-c'), Type.Literal('backlog')])),
    /** Share of cases to answer within the target (Erlang C), e.g. 0.8. */
    serviceLevel: Type.Optional(Type.Number({ minimum: 0.5, maximum: 0.999 })),
    schedule: Type.Optional(Type.Array(ScheduleSlot, { maxItems: 100 })),
  },
  { additionalProperties: false },
);

/** A priority tier: a case belongs to the first tier it matches while it is younger than the tier's window. */
export const PriorityTier = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9-]{1,30}$' }),
    label: Type.String({ minLength: 1, maxLength: 60 }),
    /** Words or phrases matched case-insensitively anywhere in the text. */
    keywords: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 80 }), { maxItems: 200 })),
    /** Regular expressions (case-insensitive, Unicode) matched against the text. */
    patterns: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 300 }), { maxItems: 50 })),
    /** Author ids (e.g. loyalty members), `channel:id` or bare id. */
    authors: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 10_000 })),
    /** Also matches customers the brand answered in the last 24 h (already in conversation). */
    inConversation: Type.Optional(Type.Boolean()),
    /** Minutes after the message during which the match holds (the trip has left, "tomorrow" is today); none = always. */
    windowMinutes: Type.Optional(Type.Number({ minimum: 1, maximum: 10_080 })),
  },
  { additionalProperties: false },
);

/** The capacity config: per-channel plans and priority tiers (HUBWALL_STAFFING_FILE, else the defaults). */
export const CapacityConfig = Type.Object(
  {
    channels: Type.Optional(Type.Partial(Type.Object(Object.fromEntries(CHANNELS.map((c) => [c, ChannelPlan])) as Record<Channel, typeof ChannelPlan>), { additionalProperties: false })),
    priority: Type.Optional(Type.Array(PriorityTier, { maxItems: 10 })),
  },
  { additionalProperties: false },
);
export type CapacityConfig = Static<typeof CapacityConfig>;
export type ChannelPlan = Static<typeof ChannelPlan>;
export type PriorityTier = Static<typeof PriorityTier>;
export type ScheduleSlot = Static<typeof ScheduleSlot>;

/** A channel's plan with every default filled in. */
export type ResolvedPlan = Required<Omit<ChannelPlan, 'schedule'>> & { schedule: ScheduleSlot[] };

const check = TypeCompiler.Compile(CapacityConfig);

/** Validates a capacity config; throws HW_ERR_CAPACITY_CONFIG naming the source, the field and the fix. */
export function validateCapacityConfig(value: unknown, source: string): CapacityConfig {
  if (!check.Check(value)) {
    const e = check.Errors(value).First();
    const field = e ? e.path.replace(/^\//, '').replace(/\//g, '.') || '(root)' : '(root)';
    const why = !e ? 'is invalid' : e.message.startsWith('Unexpected property') ? 'is not a known field: remove it' : e.value === undefined ? 'is required' : `should be ${describeExpected(e.schema)}, got ${shown(e.value)}`;
    throw new HubwallError('HW_ERR_CAPACITY_CONFIG', `${source}: \`${field}\` ${why}`);
  }
  for (const [i, tier] of (value.priority ?? []).entries()) {
    for (const [k, p] of (tier.patterns ?? []).entries()) {
      try {
        new RegExp(p, 'iu');
      } catch (err) {
        throw new HubwallError('HW_ERR_CAPACITY_CONFIG', `${source}: \`priority.${i}.patterns.${k}\` should be a regular expression: ${(err as Error).message}`);
      }
    }
  }
  return value;
}

/** Reads and validates a staffing file (JSON); a missing or broken file stops the start with file and reason. */
export function loadCapacityConfig(file: string): CapacityConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new HubwallError('HW_ERR_CAPACITY_CONFIG', `${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}): fix HUBWALL_STAFFING_FILE`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new HubwallError('HW_ERR_CAPACITY_CONFIG', `${file}: should be JSON: ${(err as Error).message}`);
  }
  return validateCapacityConfig(json, file);
}

/** Plans for every channel: the config's values over the defaults. */
export function resolvePlans(config: CapacityConfig): Record<Channel, ResolvedPlan> {
  const out = {} as Record<Channel, ResolvedPlan>;
  for (const c of CHANNELS) {
    const d = DEFAULT_CAPACITY_CONFIG.channels[c];
    const o = config.channels?.[c] ?? {};
    out[c] = { ...d, ...o, schedule: o.schedule ?? d.schedule };
  }
  return out;
}

/** Minutes since local midnight and weekday (`mon`…) of an instant in a zone. */
function localClock(t: number, timeZone: string): { day: (typeof DAYS)[number]; minute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(t);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: get('weekday').toLowerCase().slice(0, 3) as (typeof DAYS)[number], minute: Number(get('hour')) * 60 + Number(get('minute')) };
}
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** Agents the schedule gives at `t`, or null when no slot covers it; a slot past midnight (22:00–06:00) wraps. */
export function scheduledAgents(schedule: readonly ScheduleSlot[], t: number, timeZone: string): number | null {
  if (!schedule.length) return null;
  const { day, minute } = localClock(t, timeZone);
  const prev = DAYS[(DAYS.indexOf(day) + 6) % 7];
  for (const s of schedule) {
    const from = minutes(s.from);
    const to = minutes(s.to);
    const on = (d: (typeof DAYS)[number]) => !s.days || s.days.includes(d);
    if (from < to ? on(day) && minute >= from && minute < to : (on(day) && minute >= from) || (on(prev) && minute < to)) return s.agents;
  }
  return null;
}
