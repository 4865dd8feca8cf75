import type { Channel } from '../schemas/message.ts';
import { DEFAULT_CAPACITY_CONFIG } from './capacity/defaults.ts';
import { channelModel, type ChannelCapacityModel } from './capacity/model.ts';

/** Staffing of one channel as the first capacity version had it (agents, rate, target in ms). */
export interface ChannelStaffing {
  agents: number;
  /** Cases one agent handles per hour. */
  casesPerAgentHour: number;
  /** Response-time target in ms. */
  targetMs: number;
}

/** Default staffing per channel, derived from the capacity defaults (server/aggregate/capacity/defaults.ts). */
export const DEFAULT_STAFFING: Record<Channel, ChannelStaffing> = Object.fromEntries(
  Object.entries(DEFAULT_CAPACITY_CONFIG.channels).map(([c, p]) => [c, { agents: p.agents, casesPerAgentHour: p.casesPerAgentHour, targetMs: p.targetMinutes * 60_000 }]),
) as Record<Channel, ChannelStaffing>;

export interface CapacityInput {
  channel: Channel;
  openCases: number;
  inflow15m: number;
  replies15m: number;
  staffing: ChannelStaffing;
}

/**
 * One channel's capacity from counts and staffing, through the full model (Erlang C for chat apps, backlog drain
 * for public channels; see server/aggregate/capacity/). Kept for callers of the first version; pure.
 */
export function channelCapacity(i: CapacityInput): ChannelCapacityModel {
  const plan = DEFAULT_CAPACITY_CONFIG.channels[i.channel];
  return channelModel({
    channel: i.channel,
    openCases: i.openCases,
    oldestOpenMs: null,
    inflow15m: i.inflow15m,
    replies15m: i.replies15m,
    agents: i.staffing.agents,
    agentsSource: 'default',
    casesPerAgentHour: i.staffing.casesPerAgentHour,
    targetMs: i.staffing.targetMs,
    model: plan.model,
    serviceLevelTarget: plan.serviceLevel,
    priority: [],
  });
}
