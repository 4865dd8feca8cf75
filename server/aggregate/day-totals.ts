import { CELLS } from './cells.ts';
import { dayStart } from './day-start.ts';

/** Per-day counters (local days of `timeZone`) for today and the `keepDays - 1` days before. */
export class DayTotals {
  private readonly days = new Map<number, Int32Array>();

  constructor(
    readonly timeZone: string,
    readonly keepDays = 8,
  ) {}

  /** Returns the day start the message was counted in, or null when it is too old or in the future. */
  add(t: number, now: number, cell: number): number | null {
    const day = dayStart(t, this.timeZone);
    const today = dayStart(now, this.timeZone);
    if (day > today || day < this.oldestKept(today)) return null;
    let counts = this.days.get(day);
    if (!counts) {
      counts = new Int32Array(CELLS);
      this.days.set(day, counts);
      this.prune(today);
    }
    counts[cell]++;
    return day;
  }

  /** Sum of cells for one day (0 when unknown). */
  sum(day: number, cells: Int32Array): number {
    const counts = this.days.get(day);
    if (!counts) return 0;
    let n = 0;
    for (let i = 0; i < cells.length; i++) n += counts[cells[i]];
    return n;
  }

  /** Day starts held, oldest first, limited to the kept range around `now`. */
  heldDays(now: number): number[] {
    const today = dayStart(now, this.timeZone);
    const oldest = this.oldestKept(today);
    return [...this.days.keys()].filter((d) => d >= oldest && d <= today).sort((a, b) => a - b);
  }

  private oldestKept(today: number): number {
    // Approximate by 24 h steps, then snap to that day's local midnight.
    return dayStart(today - (this.keepDays - 1) * 86_400_000 + 12 * 3_600_000, this.timeZone);
  }

  private prune(today: number): void {
    const oldest = this.oldestKept(today);
    for (const d of this.days.keys()) if (d < oldest) this.days.delete(d);
  }
}
