import { getContext, setContext } from 'svelte';
import type { WallMessage } from '../../server/schemas/live.ts';

/** What a touch screen does when a visitor taps something; widgets call these and never fetch. */
export interface TouchActions {
  /** True on interactive screens; elsewhere nothing is tappable and widgets render as on a wall. */
  readonly enabled: boolean;
  openKeyword(word: string): void;
  openChannel(channel: string): void;
  openPost(post: WallMessage): void;
}

const KEY = Symbol('hubwall.touch');

/** Makes the touch actions available to every component below (called once by the wall app). */
export function provideTouch(actions: TouchActions): void {
  setContext(KEY, actions);
}

/** The touch actions when a touch screen provides them and is interactive, else null (walls, embeds). */
export function touchActions(): TouchActions | null {
  const t = getContext<TouchActions | undefined>(KEY);
  return t ?? null;
}
