import { CHANNELS, type Channel, type Message } from '../../schemas/message.ts';
import { CaseTracker } from './cases.ts';
import { resolvePlans, scheduledAgents, validateCapacityConfig, type CapacityConfig, type ResolvedPlan } from './config.ts';
import { DEFAULT_PRIORITY } from './defaults.ts';
import { NORMAL_TIER, compilePriority, type PriorityRules } from './priority.ts';
import { channelModel, type AgentsSource, type ChannelCapacityModel } from './model.ts';

/** What staff set for a channel through `POST /api/channels/:channel/staffing`; it wins over schedule and defaults. */
export interface StaffingOverride {
  agents: number;
  casesPerAgentHour?: number;
  targetMinutes?: number;
  /** When it was set (epoch ms). */
  at: number;
}

/** Options of the capacity state. */
export interface CapacityOptions {
  config?: CapacityConfig;
  /** IANA zone of the staffing schedule. */
  timeZone?: string;
}

/** Counts the model reads from the minute buckets of the aggregates. */
export interface FlowCounts {
  inflow15m: number;
  replies15m: number;
}

/**
 * Capacity state: open cases with their priority, planning figures (config, schedule, staff overrides) and the
 * model that turns them into per-channel rows. Memory is bounded by the case tracker's limits.
 */
export function createCapacity(opts: CapacityOptions = {}) {
  const timeZone = opts.timeZone ?? 'UTC';
  const config = validateCapacityConfig(opts.config ?? {}, 'capacity config');
  const plans: Record<Channel, ResolvedPlan> = resolvePlans(config);
  const rules: PriorityRules = compilePriority(config.priority ?? DEFAULT_PRIORITY);
  const tracker = new CaseTracker(rules);
  const overrides = new Map<Channel, StaffingOverride>();

  function agentsAt(channel: Channel, t: number): { agents: number; source: AgentsSource } {
    const o = overrides.get(channel);
    if (o) return { agents: o.agents, source: 'staffed' };
    const s = scheduledAgents(plans[channel].schedule, t, timeZone);
    return s === null ? { agents: plans[channel].agents, source: 'default' } : { agents: s, source: 'schedule' };
  }

  return {
    /** Feeds one committed message (inbound opens or joins a case, outbound may end one). */
    add: (m: Message) => tracker.add(m),
    /** Ends an open case by message id (or chat customer id); false when there was none. */
    markHandled: (channel: Channel, id: string, at: number) => tracker.markHandled(channel, id, at),
    setStaffing(channel: Channel, o: StaffingOverride | null): void {
      if (o) overrides.set(channel, o);
      else overrides.delete(channel);
    },
    staffing: (): Partial<Record<Channel, StaffingOverride>> => Object.fromEntries(overrides),
    /** One row per channel (those in `only`, or all). */
    channels(t: number, flows: (c: Channel) => FlowCounts, only?: readonly Channel[]): ChannelCapacityModel[] {
      const counts = tracker.counts(t, rules.tiers.length);
      return CHANNELS.filter((c) => !only?.length || only.includes(c)).map((channel) => {
        const plan = plans[channel];
        const o = overrides.get(channel);
        const c = counts.get(channel);
        const { agents, source } = agentsAt(channel, t);
        const perTier = c?.perTier ?? new Array(rules.tiers.length + 1).fill(0);
        return channelModel({
          channel,
          openCases: c?.open ?? 0,
          oldestOpenMs: c?.oldestMs ?? null,
          ...flows(channel),
          agents,
          agentsSource: source,
          casesPerAgentHour: o?.casesPerAgentHour ?? plan.casesPerAgentHour,
          targetMs: (o?.targetMinutes ?? plan.targetMinutes) * 60_000,
          model: plan.model,
          serviceLevelTarget: plan.serviceLevel,
          priority: [...rules.tiers.map((tier, k) => ({ tier: tier.id, label: tier.label, open: perTier[k] })), { tier: NORMAL_TIER, label: 'Other', open: perTier[rules.tiers.length] }],
        });
      });
    },
    /** Open cases held (for tests and status). */
    get openCases() {
      return tracker.size;
    },
  };
}
export type Capacity = ReturnType<typeof createCapacity>;
