import type { ChannelCapacity } from '../../server/schemas/live.ts';
import type { ChannelCapacityModel } from '../../server/aggregate/capacity/model.ts';

/** A capacity row as it may arrive: an older server sends none of the model's fields, so each of those is optional. */
export type CapacityRow = ChannelCapacity & Partial<Omit<ChannelCapacityModel, keyof ChannelCapacity>>;

/** The model's status, plus `idle`: no open cases and nothing coming in. */
export type CapacityStatus = 'over' | 'tight' | 'ok' | 'idle';

/** Share of the target wait at which an `ok` row already shows as tight (the widget's `warnAt` default). */
export const WARN_AT = 0.8;

/** Predicted wait as a share of the target: Infinity when cases wait and nobody is on shift, 0 when nothing waits or no target. */
export function capacityLoad(c: CapacityRow): number {
  if (c.predictedWaitMs === null) return c.openCases > 0 ? Infinity : 0;
  return c.targetMs > 0 ? c.predictedWaitMs / c.targetMs : 0;
}

/**
 * One status for a row, the same on the wall and in the panel: the model's when the server sends one (else derived
 * from `overCapacity` and the wait), escalated from ok to tight once the wait reaches `warnAt` of the target.
 */
export function capacityStatus(c: CapacityRow, warnAt = WARN_AT): CapacityStatus {
  if (c.openCases === 0 && c.inflow15m === 0) return 'idle';
  const s = c.status ?? (c.overCapacity || capacityLoad(c) > 1 ? 'over' : 'ok');
  if (s === 'ok' && capacityLoad(c) >= warnAt) return 'tight';
  return s;
}
