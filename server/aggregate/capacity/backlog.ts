/**
 * Backlog-drain model for asynchronous channels (public posts, comments): the open cases form a FIFO queue that
 * `agents` work through at `ratePerAgentHour` each while new ones arrive at `inflowPerHour`. All times in hours.
 */

/** Hours a new message waits behind `queue` cases; Infinity without agents (and work to do). */
export function drainWait(queue: number, agents: number, ratePerAgentHour: number): number {
  const capacity = agents * ratePerAgentHour;
  if (queue <= 0) return 0;
  return capacity > 0 ? queue / capacity : Infinity;
}

/**
 * Hours until a new message would wait longer than `targetHours`, at current rates: 0 when that is already so,
 * null when the queue is not growing (inflow within capacity) so the target holds.
 */
export function hoursToBreach(queue: number, inflowPerHour: number, agents: number, ratePerAgentHour: number, targetHours: number): number | null {
  const capacity = agents * ratePerAgentHour;
  if (capacity <= 0) return queue > 0 || inflowPerHour > 0 ? 0 : null;
  if (queue / capacity > targetHours) return 0;
  if (inflowPerHour <= capacity) return null;
  return (targetHours * capacity - queue) / (inflowPerHour - capacity);
}

/** Agents needed to clear today's queue within the target while keeping up with inflow: ⌈(queue/T + λ) / μ⌉. */
export function agentsToDrain(queue: number, inflowPerHour: number, ratePerAgentHour: number, targetHours: number): number {
  if (ratePerAgentHour <= 0 || targetHours <= 0) return 0;
  const need = (Math.max(0, queue) / targetHours + Math.max(0, inflowPerHour)) / ratePerAgentHour;
  // A hair of tolerance so 2.0000000001 from float division does not ask for a third agent.
  return Math.max(0, Math.ceil(need - 1e-9));
}
