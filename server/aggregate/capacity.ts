import type { ChannelCapacity } from '../schemas/live.ts';
import { CHANNELS, type Channel } from '../schemas/message.ts';

export interface ChannelStaffing {
  agents: number;
  /** Cases one agent handles per hour. */
  casesPerAgentHour: number;
  /** Response-time target in ms. */
  targetMs: number;
}

/** Defaults until staffing is configured: messaging apps are answered within 15 min, public posts within 60. */
export const DEFAULT_STAFFING: Record<Channel, ChannelStaffing> = Object.fromEntries(
  CHANNELS.map((c) => [
    c,
    { agents: 2, casesPerAgentHour: 12, targetMs: c === 'x' || c === 'facebook' ? 60 * 60_000 : 15 * 60_000 },
  ]),
) as Record<Channel, ChannelStaffing>;

export interface CapacityInput {
  channel: Channel;
  openCases: number;
  inflow15m: number;
  replies15m: number;
  staffing: ChannelStaffing;
}

/**
 * Backlog-drain estimate of the wait for a new message: the open queue divided by the team's handling rate,
 * net of new inflow. Pure. (The full model with Erlang C for chat channels lives with the capacity work.)
 */
export function channelCapacity(i: CapacityInput): ChannelCapacity {
  const { agents, casesPerAgentHour, targetMs } = i.staffing;
  const ratePerHour = agents * casesPerAgentHour;
  const predictedWaitMs = ratePerHour > 0 ? Math.round((i.openCases / ratePerHour) * 3_600_000) : null;
  const overCapacity = predictedWaitMs === null ? i.openCases > 0 : predictedWaitMs > targetMs || i.inflow15m * 4 > ratePerHour;
  return {
    channel: i.channel,
    openCases: i.openCases,
    inflow15m: i.inflow15m,
    replies15m: i.replies15m,
    agents,
    predictedWaitMs,
    targetMs,
    overCapacity,
  };
}
