/** Agents considered at most when searching for the staffing that meets a target; beyond this the answer is "more". */
export const MAX_AGENTS = 1_000;

/**
 * Erlang C: probability that a new contact has to wait, for `agents` servers offered `traffic` Erlangs
 * (arrivals per hour × handling time in hours). Computed through the Erlang B recursion, which stays
 * finite where A^N/N! would overflow. 1 when the team cannot keep up (traffic ≥ agents); 0 without traffic.
 */
export function erlangC(agents: number, traffic: number): number {
  if (!(traffic > 0)) return 0;
  if (!(agents > traffic)) return 1;
  let b = 1;
  for (let k = 1; k <= agents; k++) b = (traffic * b) / (k + traffic * b);
  return (agents * b) / (agents - traffic * (1 - b));
}

/** Average speed of answer in hours: C · AHT / (N − A); Infinity when the queue grows without end. */
export function averageSpeedOfAnswer(agents: number, traffic: number, handleHours: number): number {
  if (!(traffic > 0)) return 0;
  if (!(agents > traffic)) return Infinity;
  return (erlangC(agents, traffic) * handleHours) / (agents - traffic);
}

/** Service level: share of contacts answered within `targetHours`, 1 − C · e^(−(N − A) · t / AHT). */
export function serviceLevel(agents: number, traffic: number, handleHours: number, targetHours: number): number {
  if (!(traffic > 0)) return 1;
  if (!(agents > traffic)) return 0;
  return 1 - erlangC(agents, traffic) * Math.exp((-(agents - traffic) * targetHours) / handleHours);
}

/** The smallest number of agents whose service level reaches `target` (e.g. 0.8 answered within the target time). */
export function agentsForServiceLevel(traffic: number, handleHours: number, targetHours: number, target: number): number {
  if (!(traffic > 0)) return 0;
  for (let n = Math.max(1, Math.floor(traffic) + 1); n <= MAX_AGENTS; n++) {
    if (serviceLevel(n, traffic, handleHours, targetHours) >= target) return n;
  }
  return MAX_AGENTS;
}
