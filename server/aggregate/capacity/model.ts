import type { CapacityData, ChannelCapacity } from '../../schemas/live.ts';
import type { Channel } from '../../schemas/message.ts';
import { agentsForServiceLevel, averageSpeedOfAnswer, erlangC, serviceLevel } from './erlang-c.ts';
import { agentsToDrain, drainWait, hoursToBreach } from './backlog.ts';

const HOUR = 3_600_000;
/** A channel within this share of its target, or this close to a breach, shows as tight. */
export const TIGHT_SHARE = 0.8;
export const TIGHT_BREACH_MS = 30 * 60_000;

/** `ok`: enough people; `tight`: near the target or breaching within 30 min; `over`: not enough people now. */
export type CapacityStatus = 'ok' | 'tight' | 'over';

/** Open cases of one priority tier. */
export interface PriorityCount {
  tier: string;
  label: string;
  open: number;
}

/** Where the agent count comes from: a staff POST, the schedule, or the configured default. */
export type AgentsSource = 'staffed' | 'schedule' | 'default';

/** Fields the capacity model adds to the schema's ChannelCapacity (see the report for the schema change). */
export interface CapacityModelFields {
  model: 'erlang-c' | 'backlog';
  status: CapacityStatus;
  agentsSource: AgentsSource;
  /** Agents needed now to meet the target (Erlang C service level, or draining the backlog within the target). */
  agentsNeeded: number;
  /** Inbound messages per hour, from the last 15 min. */
  inflowPerHour: number;
  /** Planning figure: cases one agent handles per hour. */
  handlingRatePerAgentHour: number;
  /** Observed: brand replies per agent per hour over the last 15 min; null without agents. */
  measuredRatePerAgentHour: number | null;
  /** Erlang C: predicted share answered within the target with the current agents; null for backlog channels. */
  serviceLevel: number | null;
  /** The share the team aims to answer within the target (e.g. 0.8). */
  serviceLevelTarget: number;
  /** Erlang C probability that a new message waits at all; null for backlog channels. */
  probabilityOfWaiting: number | null;
  /** ms until a new message would wait past the target at current rates: 0 = now, null = not at current rates. */
  timeToBreachMs: number | null;
  /** Age of the oldest open case in ms; null when none. */
  oldestOpenMs: number | null;
  /** Open cases per priority tier, highest first, then `normal`. */
  priority: PriorityCount[];
}
/** ChannelCapacity as the capacity topic sends it: the schema's fields plus the model's. */
export type ChannelCapacityModel = ChannelCapacity & CapacityModelFields;
/** The capacity topic's data with the model's fields. */
export type CapacityModelData = CapacityData & { channels: ChannelCapacityModel[] };

/** Everything the model needs for one channel. */
export interface ModelInput {
  channel: Channel;
  openCases: number;
  oldestOpenMs: number | null;
  inflow15m: number;
  replies15m: number;
  agents: number;
  agentsSource: AgentsSource;
  casesPerAgentHour: number;
  targetMs: number;
  model: 'erlang-c' | 'backlog';
  serviceLevelTarget: number;
  priority: PriorityCount[];
}

const finiteMs = (hours: number): number | null => (Number.isFinite(hours) ? Math.round(hours * HOUR) : null);

/**
 * The capacity of one channel right now. Pure. Chat channels: Erlang C on inflow and handling rate, plus the wait
 * behind cases already queued beyond one per agent. Asynchronous channels: the backlog drained by the team.
 */
export function channelModel(i: ModelInput): ChannelCapacityModel {
  const lambda = Math.max(0, i.inflow15m) * 4; // per hour
  const mu = i.casesPerAgentHour;
  const n = Math.max(0, i.agents);
  const targetH = i.targetMs / HOUR;
  const erlang = i.model === 'erlang-c';
  // In a chat each agent is busy with one case; only the cases beyond that wait in the queue.
  const queue = erlang ? Math.max(0, i.openCases - n) : Math.max(0, i.openCases);
  const drainH = drainWait(queue, n, mu);
  let waitH = drainH;
  let sl: number | null = null;
  let pWait: number | null = null;
  let needed = agentsToDrain(queue, lambda, mu, targetH);
  if (erlang) {
    const traffic = lambda / mu;
    sl = n > 0 ? serviceLevel(n, traffic, 1 / mu, targetH) : lambda > 0 ? 0 : 1;
    pWait = n > 0 ? erlangC(n, traffic) : lambda > 0 ? 1 : 0;
    const asaH = n > 0 ? averageSpeedOfAnswer(n, traffic, 1 / mu) : Infinity;
    if (n > traffic) waitH = Math.max(drainH, asaH);
    needed = Math.max(needed, agentsForServiceLevel(traffic, 1 / mu, targetH, i.serviceLevelTarget));
  }
  let breachH = hoursToBreach(queue, lambda, n, mu, targetH);
  if (erlang && sl !== null && sl < i.serviceLevelTarget && lambda > 0) breachH = 0;
  const idle = i.openCases === 0 && lambda === 0;
  const predictedWaitMs = n === 0 ? null : finiteMs(waitH);
  const timeToBreachMs = breachH === null ? null : Math.max(0, Math.round(breachH * HOUR));
  const over = !idle && (n === 0 || waitH > targetH || needed > n || timeToBreachMs === 0);
  const tight = !over && !idle && (waitH >= TIGHT_SHARE * targetH || (timeToBreachMs !== null && timeToBreachMs < TIGHT_BREACH_MS));
  return {
    channel: i.channel,
    openCases: i.openCases,
    inflow15m: i.inflow15m,
    replies15m: i.replies15m,
    agents: n,
    predictedWaitMs,
    targetMs: i.targetMs,
    overCapacity: over,
    model: i.model,
    status: over ? 'over' : tight ? 'tight' : 'ok',
    agentsSource: i.agentsSource,
    agentsNeeded: needed,
    inflowPerHour: lambda,
    handlingRatePerAgentHour: mu,
    measuredRatePerAgentHour: n > 0 ? (i.replies15m * 4) / n : null,
    serviceLevel: sl === null ? null : Math.round(sl * 1000) / 1000,
    serviceLevelTarget: i.serviceLevelTarget,
    probabilityOfWaiting: pWait === null ? null : Math.round(pWait * 1000) / 1000,
    timeToBreachMs,
    oldestOpenMs: i.oldestOpenMs,
    priority: i.priority,
  };
}
