import type { WallMessage } from '../../server/schemas/live.ts';

/** One drill-down view: a keyword, a channel, or one post to read whole. */
export type DrillView = { kind: 'keyword'; word: string } | { kind: 'channel'; channel: string } | { kind: 'post'; post: WallMessage };

/** Views kept for "back"; deeper taps drop the oldest, so a visitor tapping for an hour never grows the page. */
export const MAX_DRILL_DEPTH = 6;

/** The open drill-down, as a small stack: tapping a post in a keyword panel can go back to the panel. */
export class DrillState {
  /** Views from the first tapped to the one on screen; empty when closed. */
  stack = $state.raw<DrillView[]>([]);
  /** The view on screen, or null. */
  current = $derived(this.stack.length ? this.stack[this.stack.length - 1] : null);

  open(view: DrillView): void {
    const top = this.current;
    if (top && sameView(top, view)) return;
    this.stack = [...this.stack, view].slice(-MAX_DRILL_DEPTH);
  }

  back(): void {
    this.stack = this.stack.slice(0, -1);
  }

  close(): void {
    if (this.stack.length) this.stack = [];
  }
}

function sameView(a: DrillView, b: DrillView): boolean {
  if (a.kind === 'keyword' && b.kind === 'keyword') return a.word === b.word;
  if (a.kind === 'channel' && b.kind === 'channel') return a.channel === b.channel;
  if (a.kind === 'post' && b.kind === 'post') return a.post.id === b.post.id && a.post.channel === b.post.channel;
  return false;
}
