import { describe, expect, it } from 'vitest';
import { WARN_AT, capacityLoad, capacityStatus, type CapacityRow } from '../../display/lib/capacity-status.ts';
import { formatWait } from '../../display/lib/format.ts';

const MIN = 60_000;
/** A busy WhatsApp row with a 15 min target; each test changes what it is about. */
const row = (over: Partial<CapacityRow> = {}): CapacityRow => ({
  channel: 'whatsapp',
  openCases: 6,
  inflow15m: 10,
  replies15m: 8,
  agents: 3,
  predictedWaitMs: 3 * MIN,
  targetMs: 15 * MIN,
  overCapacity: false,
  ...over,
});

describe('capacityStatus', () => {
  it('pins its default: tight from 80 % of the target wait', () => {
    expect(WARN_AT).toBe(0.8);
    expect(capacityStatus(row({ predictedWaitMs: 11 * MIN }))).toBe('ok');
    expect(capacityStatus(row({ predictedWaitMs: 12 * MIN }))).toBe('tight');
  });
  it('calls a channel with no open cases and no inflow idle, whatever else the row says', () => {
    expect(capacityStatus(row({ openCases: 0, inflow15m: 0, status: 'over', overCapacity: true }))).toBe('idle');
    expect(capacityStatus(row({ openCases: 0, inflow15m: 1 }))).toBe('ok');
  });
  it("takes the model's status, and only escalates ok to tight", () => {
    expect(capacityStatus(row({ status: 'over' }))).toBe('over');
    expect(capacityStatus(row({ status: 'tight' }))).toBe('tight');
    expect(capacityStatus(row({ status: 'ok', predictedWaitMs: 13 * MIN }))).toBe('tight');
    expect(capacityStatus(row({ status: 'over', predictedWaitMs: 13 * MIN }))).toBe('over');
  });
  it('derives the status from overCapacity and the wait when an older server sends no status', () => {
    expect(capacityStatus(row({ overCapacity: true }))).toBe('over');
    expect(capacityStatus(row({ predictedWaitMs: 16 * MIN }))).toBe('over');
    expect(capacityStatus(row({ predictedWaitMs: null, agents: 0 }))).toBe('over');
  });
  it('honours a screen’s own warnAt', () => {
    expect(capacityStatus(row({ predictedWaitMs: 8 * MIN }), 0.5)).toBe('tight');
    expect(capacityStatus(row({ predictedWaitMs: 8 * MIN }), 0.9)).toBe('ok');
  });
});

describe('capacityLoad', () => {
  it('is the predicted wait as a share of the target', () => {
    expect(capacityLoad(row({ predictedWaitMs: 6 * MIN }))).toBeCloseTo(0.4);
  });
  it('is endless when cases wait with nobody on shift, and zero when nothing waits', () => {
    expect(capacityLoad(row({ predictedWaitMs: null }))).toBe(Infinity);
    expect(capacityLoad(row({ predictedWaitMs: null, openCases: 0 }))).toBe(0);
  });
  it('maps a missing or zero target to zero instead of dividing by it', () => {
    expect(capacityLoad(row({ targetMs: 0 }))).toBe(0);
  });
});

describe('formatWait', () => {
  it('reads like formatDuration up to 3 h, then rounds to hours and days', () => {
    expect(formatWait(45_000)).toBe('45 s');
    expect(formatWait(80 * MIN)).toBe('1 h 20 min');
    expect(formatWait(13 * 60 * MIN + 58 * MIN)).toBe('14 h');
    expect(formatWait(3 * 24 * 60 * MIN)).toBe('3 days');
  });
  it('shows a dash for what is not a wait', () => {
    expect(formatWait(null)).toBe('–');
    expect(formatWait(-1)).toBe('–');
    expect(formatWait(Infinity)).toBe('–');
  });
});
