import { describe, expect, it } from 'vitest';
import { channelModel, type ModelInput } from '../../../../server/aggregate/capacity/model.ts';
import { DEFAULT_CAPACITY_CONFIG } from '../../../../server/aggregate/capacity/defaults.ts';

const base: ModelInput = {
  channel: 'whatsapp', openCases: 0, oldestOpenMs: null, inflow15m: 0, replies15m: 0, agents: 2, agentsSource: 'default',
  casesPerAgentHour: 12, targetMs: 15 * 60_000, model: 'erlang-c', serviceLevelTarget: 0.8, priority: [],
};

describe('channel capacity model', () => {
  it('pins the defaults: chat apps Erlang C in 15 min, public channels backlog in 60 min, 2 agents, 80 %', () => {
    expect(DEFAULT_CAPACITY_CONFIG.channels.whatsapp).toMatchObject({ agents: 2, casesPerAgentHour: 12, targetMinutes: 15, model: 'erlang-c', serviceLevel: 0.8 });
    expect(DEFAULT_CAPACITY_CONFIG.channels.x).toMatchObject({ agents: 2, casesPerAgentHour: 10, targetMinutes: 60, model: 'backlog' });
  });

  it('is ok and idle with nothing open and nothing coming in', () => {
    expect(channelModel(base)).toMatchObject({ status: 'ok', overCapacity: false, predictedWaitMs: 0, agentsNeeded: 0, timeToBreachMs: null, serviceLevel: 1 });
  });

  it('chat: 30 messages/h at 12/h per agent is 2.5 E; 2 agents are over, Erlang C asks for 3', () => {
    // A = 2.5; N = 2 < A: unstable. SL(3) = 1 − 0.7022·e^(−0.5·0.25/(1/12)) = 1 − 0.7022·e^(−1.5) = 0.8433 ≥ 0.8 → 3.
    // Hand check of N = 3: C(3, 2.5) = 0.7022 (Erlang B recursion), t/AHT = 0.25 h × 12/h = 3, (N − A)·3 = 1.5.
    const r = channelModel({ ...base, inflow15m: 7.5 });
    expect(r.inflowPerHour).toBe(30);
    expect(r).toMatchObject({ status: 'over', overCapacity: true, agentsNeeded: 3, serviceLevel: 0, probabilityOfWaiting: 1, timeToBreachMs: 0 });
    const ok = channelModel({ ...base, inflow15m: 7.5, agents: 3 });
    expect(ok.serviceLevel).toBeCloseTo(0.843, 3);
    expect(ok.probabilityOfWaiting).toBeCloseTo(0.702, 3);
    expect(ok.agentsNeeded).toBe(3);
    // ASA = C·AHT/(N−A) = 0.7022 × 5 min / 0.5 = 7.02 min, below 80 % of the 15 min target (12 min) → ok.
    expect(ok.predictedWaitMs! / 60_000).toBeCloseTo(7.02, 1);
    expect(ok.status).toBe('ok');
  });

  it('chat: cases queued beyond one per agent add their drain time to the wait', () => {
    // 2 agents, 8 open → 6 queued at 24/h → 15 min: at the target (tight or over), and more agents needed.
    const r = channelModel({ ...base, openCases: 8 });
    expect(r.predictedWaitMs).toBe(15 * 60_000);
    expect(r.agentsNeeded).toBe(2); // 6 queued / 0.25 h = 24/h → 2 agents drain it exactly within the target
    expect(r.status).toBe('tight');
    expect(channelModel({ ...base, openCases: 9 }).status).toBe('over');
  });

  it('backlog: 30 open posts, 2 agents × 10/h, 1 h target → 1.5 h wait, over, 3 needed; no service level', () => {
    const r = channelModel({ ...base, channel: 'x', model: 'backlog', casesPerAgentHour: 10, targetMs: 3_600_000, openCases: 30 });
    expect(r).toMatchObject({ predictedWaitMs: 5_400_000, status: 'over', agentsNeeded: 3, serviceLevel: null, probabilityOfWaiting: null, timeToBreachMs: 0 });
  });

  it('backlog: a growing queue gives the time to breach and the agents that would stop it', () => {
    // 15 open, 2 × 10/h, 1 h target: wait 45 min now. Inflow 40/h > 20/h, so the queue grows 20/h and a new
    // message waits past 1 h once 20 are queued: (20 − 15)/(40 − 20) h = 15 min from now.
    const r = channelModel({ ...base, channel: 'x', model: 'backlog', casesPerAgentHour: 10, targetMs: 3_600_000, openCases: 15, inflow15m: 10 });
    expect(r.timeToBreachMs).toBe(15 * 60_000);
    expect(r.agentsNeeded).toBe(6); // (15/1 + 40)/10 = 5.5 → 6
    expect(r.status).toBe('over'); // needed > agents
  });

  it('without agents: no predicted wait, over when there is work, ok when idle', () => {
    expect(channelModel({ ...base, agents: 0, openCases: 1 })).toMatchObject({ predictedWaitMs: null, status: 'over', measuredRatePerAgentHour: null });
    expect(channelModel({ ...base, agents: 0 })).toMatchObject({ status: 'ok' });
  });

  it('reports the measured rate per agent from replies in the last 15 min', () => {
    expect(channelModel({ ...base, replies15m: 6 }).measuredRatePerAgentHour).toBe(12);
  });
});
