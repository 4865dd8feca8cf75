import type { Channel, Lang, MessageInput, SentimentLabel } from '../../schemas/message.ts';
import { createRng, weighted } from '../prng.ts';
import { SourceError } from '../types.ts';
import { createCustomerPool, type Customer } from './authors.ts';
import { brandAccount, CHANNEL_TABLE, CHANNEL_WEIGHTS, DEFAULT_BRAND, LANG_TABLES, REPLY_CHANNEL_FACTOR, type Brand } from './channels.ts';
import { composeInbound, composeReply } from './compose.ts';
import { incidentActive, resolveIncident, type Incident, type IncidentSpec } from './incident.ts';
import { MinHeap } from './heap.ts';
import { PHRASES, type PhraseBank } from './phrases/index.ts';
import { BASE_RATE_PER_MIN, maxRhythmFactor, rhythmFactor } from './rhythm.ts';

/** Options of the timer-free message generator. */
export interface GeneratorOptions {
  /** Same seed, same messages. Default: random. */
  seed?: number;
  /** Multiplies the traffic (1 ≈ 35,000 messages a week). Default 1. */
  rate?: number;
  /** Total messages per minute over an average day at rate 1. Default ≈ 3.47. */
  baseRatePerMin?: number;
  /** Offset of the audience's local time from UTC, for the daily rhythm. Default: this host's offset at `start`. */
  utcOffsetMinutes?: number;
  /** 0 = flat day, 1 = full day/night rhythm. Default 1. */
  rhythmStrength?: number;
  /** Multiplies the chance that an inbound message gets a reply (≈ 45 % at 1). Default 1. */
  replyShare?: number;
  /** Median time before the brand answers. Default 8 min. */
  replyDelayMedianMs?: number;
  /** Replies waiting for their time; beyond this new ones are dropped and counted. Default 10,000. */
  maxPendingReplies?: number;
  brand?: Brand;
  /** Prefix of every message id, so two runs never collide. Default `sim<seed in base 36>`. */
  runId?: string;
  /** Told what the simulator meant by every message it makes, e.g. to measure enrichment accuracy. */
  groundTruth?: (msg: MessageInput, truth: GroundTruth) => void;
}

/** What a simulated message really is, for tests and accuracy measurements. */
export interface GroundTruth {
  lang: Lang;
  sentiment: SentimentLabel;
  /** Topic of the incident the message is about, if any. */
  incident: string | null;
}

/** Counters of a generator. */
export interface GeneratorStats {
  inbound: number;
  outbound: number;
  pendingReplies: number;
  repliesDropped: number;
}

/** A deterministic stream of messages on a simulated clock; no timers. */
export interface Generator {
  /** Simulated time reached so far (epoch ms). */
  readonly clock: number;
  readonly seed: number;
  /** Every message created after `clock` up to and including `t`, oldest first; moves `clock` to `t`. */
  until(t: number): MessageInput[];
  /** The next `count` messages, however much simulated time they need. */
  take(count: number): MessageInput[];
  /** Moves the clock to `t` without creating the inbound messages in between (replies still come). */
  skipTo(t: number): void;
  /** Starts (or schedules, if `at` is ahead) an incident; replaces any other. Throws `HW_ERR_SOURCE_OPTION` on bad values. */
  startIncident(spec: IncidentSpec, at: number): Incident;
  /** Ends the current or scheduled incident at `at`. */
  stopIncident(at: number): void;
  /** The incident running at `t`, if any. */
  incidentAt(t: number): Incident | null;
  /** The incident running or scheduled. */
  readonly incident: Incident | null;
  setRate(rate: number, at: number): void;
  readonly rate: number;
  stats(): GeneratorStats;
}

interface PendingReply {
  due: number;
  inboundId: string;
  channel: Channel;
  bank: PhraseBank;
  sentiment: SentimentLabel;
  customer: Customer;
  incident: boolean;
}

const MINUTE = 60_000;
const BASE_SENTIMENT = weighted<SentimentLabel>([
  ['negative', 0.38],
  ['neutral', 0.4],
  ['positive', 0.22],
]);
const REPLY_CHANCE: Readonly<Record<SentimentLabel, number>> = { negative: 0.6, neutral: 0.5, positive: 0.3 };

/** Expected replies per inbound message, so that `baseRatePerMin` counts both directions. */
function expectedReplyShare(replyShare: number): number {
  const totalWeight = Object.values(CHANNEL_WEIGHTS).reduce((a, b) => a + b, 0);
  const channelFactor =
    (Object.entries(CHANNEL_WEIGHTS) as Array<[Channel, number]>).reduce((a, [c, w]) => a + w * REPLY_CHANNEL_FACTOR[c], 0) / totalWeight;
  const bySentiment = 0.38 * REPLY_CHANCE.negative + 0.4 * REPLY_CHANCE.neutral + 0.22 * REPLY_CHANCE.positive;
  return Math.min(1, bySentiment * channelFactor * replyShare);
}

function checkRate(rate: number): void {
  if (!Number.isFinite(rate) || rate < 0) {
    throw new SourceError('HW_ERR_SOURCE_OPTION', 'simulator', `\`rate\` should be a finite number ≥ 0, got ${JSON.stringify(rate)}`);
  }
}

/** Creates a generator whose simulated clock starts at `start` (epoch ms). */
export function createGenerator(start: number, opts: GeneratorOptions = {}): Generator {
  const seed = (opts.seed ?? Math.floor(Math.random() * 2 ** 32)) >>> 0;
  const rng = createRng(seed);
  let rate = opts.rate ?? 1;
  checkRate(rate);
  const utcOffset = opts.utcOffsetMinutes ?? -new Date(start).getTimezoneOffset();
  const strength = Math.min(1, Math.max(0, opts.rhythmStrength ?? 1));
  const replyShare = opts.replyShare ?? 1;
  const replyMedian = opts.replyDelayMedianMs ?? 8 * MINUTE;
  const maxPending = opts.maxPendingReplies ?? 10_000;
  const brand = opts.brand ?? DEFAULT_BRAND;
  const runId = opts.runId ?? `sim${seed.toString(36)}`;
  const inboundPerMs = (opts.baseRatePerMin ?? BASE_RATE_PER_MIN) / (1 + expectedReplyShare(replyShare)) / MINUTE;
  const rhythmMax = maxRhythmFactor(strength);
  const customers = createCustomerPool();
  const pending = new MinHeap<PendingReply>((r) => r.due);

  let clock = start;
  let seq = 0;
  let incident: Incident | null = null;
  const counters = { inbound: 0, outbound: 0, repliesDropped: 0 };

  const multiplierAt = (t: number): number => (incidentActive(incident, t) ? incident.multiplier : 1);
  const rateAt = (t: number): number => inboundPerMs * rate * rhythmFactor(t, utcOffset, strength) * multiplierAt(t);

  /** The first incident boundary after t, where the top rate changes. */
  const boundaryAfter = (t: number): number => {
    if (!incident) return Infinity;
    if (t < incident.startsAt) return incident.startsAt;
    if (t < incident.endsAt) return incident.endsAt;
    return Infinity;
  };

  // Arrival times by thinning: propose at the top rate, accept with rate(t)/top. The top rate changes
  // only at incident boundaries, and the process is memoryless, so we restart there.
  const nextArrival = (from: number): number => {
    let t = from;
    for (;;) {
      const top = inboundPerMs * rate * rhythmMax * multiplierAt(t);
      const boundary = boundaryAfter(t);
      const candidate = top > 0 ? t + rng.exp(1 / top) : Infinity;
      if (candidate >= boundary) {
        if (boundary === Infinity) return Infinity;
        t = boundary;
        continue;
      }
      t = candidate;
      if (rng.next() * top <= rateAt(t)) return t;
    }
  };

  let nextInbound = nextArrival(start);
  // An arrival already drawn before `at` stays valid: the rates before `at` did not change.
  const resample = (at: number): void => {
    if (nextInbound > at) nextInbound = nextArrival(Math.max(at, clock));
  };

  const newId = (): string => `${runId}-${(++seq).toString(36)}`;

  const makeInbound = (t: number): MessageInput => {
    const active = incidentActive(incident, t) ? incident : null;
    const aboutIncident = active !== null && rng.chance(1 - 1 / active.multiplier);
    const channel = CHANNEL_TABLE.sample(rng);
    const bank = PHRASES[LANG_TABLES[channel].sample(rng)];
    let sentiment: SentimentLabel;
    let template: string;
    const ctx = { bank, channel, brand, tag: undefined as string | undefined, topic: undefined as string | undefined };
    if (aboutIncident && active) {
      sentiment = rng.chance(active.negativeShare) ? 'negative' : rng.chance(0.7) ? 'neutral' : 'positive';
      const texts = bank.incidents[active.topic] ?? bank.incidentGeneric;
      template = rng.pick(texts[sentiment]);
      ctx.tag = active.hashtag;
      ctx.topic = rng.pick(active.keywords);
    } else {
      sentiment = BASE_SENTIMENT.sample(rng);
      template = rng.pick(bank.inbound[sentiment]);
    }
    const customer = customers.get(channel, bank, rng);
    const msg: MessageInput = {
      id: newId(),
      channel,
      direction: 'inbound',
      author: { id: customer.id, name: customer.name },
      text: composeInbound(template, sentiment, ctx, rng),
      createdAt: Math.floor(t),
    };
    // X hands out a language hint with most posts; the others do not.
    if (channel === 'x' && rng.chance(0.85)) msg.lang = bank.lang;
    if (channel === 'x' || channel === 'facebook') {
      const buzz = aboutIncident ? 4 : 1;
      msg.engagement = {
        likes: Math.floor(rng.exp(sentiment === 'positive' ? 8 : 2 * buzz)),
        shares: Math.floor(rng.exp(0.6 * buzz)),
        replies: Math.floor(rng.exp(0.5 * buzz)),
      };
    }
    counters.inbound++;
    opts.groundTruth?.(msg, { lang: bank.lang, sentiment, incident: aboutIncident && active ? active.topic : null });

    let chance = REPLY_CHANCE[sentiment] * REPLY_CHANNEL_FACTOR[channel] * replyShare;
    // In a storm the team answers fewer messages and later: open cases pile up on the capacity screens.
    if (aboutIncident) chance *= 0.5;
    if (rng.chance(chance)) {
      if (pending.size >= maxPending) counters.repliesDropped++;
      else {
        const delay = replyMedian * Math.exp(0.8 * gaussian()) * (aboutIncident ? 3 : 1);
        const due = t + Math.min(Math.max(delay, MINUTE), 12 * replyMedian * (aboutIncident ? 3 : 1));
        pending.push({ due, inboundId: msg.id, channel, bank, sentiment, customer, incident: aboutIncident });
      }
    }
    return msg;
  };

  // Standard normal from two uniforms (Box–Muller), for log-normal reply delays.
  function gaussian(): number {
    const u = 1 - rng.next();
    const v = rng.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  const makeReply = (r: PendingReply): MessageInput => {
    const { bank, customer } = r;
    const template = r.incident ? rng.pick(bank.incidentReplies) : rng.pick(bank.replies[r.sentiment]);
    // Japanese replies address the family name (with 様); Chinese and Korean the full name; the others the given name.
    const name = bank.lang === 'zh' || bank.lang === 'ko' ? customer.name : customer.given;
    const ctx = { bank, channel: r.channel, brand, name, family: customer.family };
    counters.outbound++;
    const msg: MessageInput = {
      id: newId(),
      channel: r.channel,
      direction: 'outbound',
      author: brandAccount(r.channel, brand),
      text: composeReply(template, ctx, rng, r.channel === 'x' ? customer.handle : undefined),
      createdAt: Math.floor(r.due),
      inReplyTo: r.inboundId,
    };
    // Brand replies are written to calm: apologetic answers read neutral, thanks read positive.
    opts.groundTruth?.(msg, { lang: bank.lang, sentiment: r.sentiment === 'positive' ? 'positive' : 'neutral', incident: null });
    return msg;
  };

  /** Emits the earliest event if it is at or before `limit`. */
  const step = (limit: number): MessageInput | null => {
    const reply = pending.peek();
    if (reply && reply.due <= nextInbound && reply.due <= limit) {
      pending.pop();
      clock = Math.max(clock, reply.due);
      return makeReply(reply);
    }
    if (nextInbound <= limit) {
      const t = nextInbound;
      clock = Math.max(clock, t);
      const msg = makeInbound(t);
      nextInbound = nextArrival(t);
      return msg;
    }
    return null;
  };

  return {
    get clock() {
      return clock;
    },
    seed,
    until(t) {
      const out: MessageInput[] = [];
      for (let m = step(t); m; m = step(t)) out.push(m);
      clock = Math.max(clock, t);
      return out;
    },
    take(count) {
      const out: MessageInput[] = [];
      while (out.length < count) {
        const m = step(Infinity);
        if (!m) break; // rate 0 and no replies left
        out.push(m);
      }
      return out;
    },
    skipTo(t) {
      if (t <= clock) return;
      clock = t;
      nextInbound = nextArrival(t);
    },
    startIncident(spec, at) {
      incident = resolveIncident(spec, at);
      resample(at);
      return { ...incident, keywords: [...incident.keywords] };
    },
    stopIncident(at) {
      if (!incident) return;
      if (at <= incident.startsAt) incident = null;
      else if (at < incident.endsAt) incident = { ...incident, endsAt: at };
      resample(at);
    },
    incidentAt: (t) => (incidentActive(incident, t) ? { ...incident, keywords: [...incident.keywords] } : null),
    get incident() {
      return incident ? { ...incident, keywords: [...incident.keywords] } : null;
    },
    setRate(r, at) {
      checkRate(r);
      rate = r;
      resample(at);
    },
    get rate() {
      return rate;
    },
    stats: () => ({ ...counters, pendingReplies: pending.size }),
  };
}

/** Options of `generate`. */
export type GenerateOptions = GeneratorOptions;

/**
 * `count` messages starting at `atTime` (epoch ms), following the daily rhythm, without timers.
 * At rate 1, 35,000 messages span about a week; raise `rate` to pack them closer together.
 */
export function generate(count: number, atTime: number, opts: GenerateOptions = {}): MessageInput[] {
  return createGenerator(atTime, opts).take(count);
}
