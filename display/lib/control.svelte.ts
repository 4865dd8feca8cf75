import type { CalamityState, ControlData, ScreenCommand } from '../../server/control/schemas.ts';
import { live, type LiveHandle } from './live.svelte.ts';
import type { HiddenKeys } from './moderate.ts';

/** True when a target list names this screen. */
export function targets(screens: CalamityState['screens'] | ScreenCommand['screens'], screen: string | null): boolean {
  return screens === 'all' || (screen !== null && Array.isArray(screens) && screens.includes(screen));
}

/** Most command ids remembered as done; commands live two minutes on the server, so this is plenty. */
const MAX_SEEN = 200;

/**
 * What the control panel tells this screen: the calamity screen (when it targets this screen), the kill switch,
 * hidden posts, and commands (push a dashboard, reload), each run once. Subscribes to `control` on `start()`.
 */
class WallControl {
  /** Latest control state; null until the first snapshot. */
  data = $state.raw<ControlData | null>(null);
  /** This screen's id (from the URL or the walls' default). */
  screen = $state<string | null>(null);
  /** The calamity screen to show here, or null. */
  calamity = $derived(this.data?.calamity.on && targets(this.data.calamity.screens, this.screen) ? this.data.calamity : null);
  /** True: show no social content at all. */
  killSwitch = $derived(this.data?.killSwitch === true);
  hidden = $derived<HiddenKeys>({ posts: new Set(this.data?.hidden.posts ?? []), authors: new Set(this.data?.hidden.authors ?? []) });
  /** Changes whenever the hidden lists change, so widgets holding their own copies can be rebuilt. */
  hiddenKey = $derived(JSON.stringify([this.data?.hidden.posts.slice(0, 3), this.data?.hidden.posts.length, this.data?.hidden.authors.slice(0, 3), this.data?.hidden.authors.length]));

  #handle: LiveHandle<unknown> | null = null;
  #seen = new Set<string>();
  #primed = false;
  #listeners = new Set<(c: ScreenCommand) => void>();

  /** Subscribes once; later calls are no-ops. */
  start(): void {
    if (this.#handle) return;
    const handle = live.subscribe('control');
    this.#handle = handle;
    $effect.root(() => {
      $effect(() => {
        const d = handle.topic.data as ControlData | null;
        // A cached snapshot from local storage is not the server's word: wait for the live one.
        if (!d || handle.topic.source !== 'live') return;
        this.data = d;
        this.#run(d.commands ?? []);
      });
    });
  }

  /** Calls `fn` for each new command addressed to this screen; returns the unsubscribe function. */
  onCommand(fn: (c: ScreenCommand) => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  #run(commands: readonly ScreenCommand[]): void {
    // Commands already on the server when this page loaded were meant for the page before it (a reload would loop).
    const fresh = this.#primed ? commands.filter((c) => !this.#seen.has(c.id)) : [];
    this.#primed = true;
    for (const c of commands) this.#seen.add(c.id);
    if (this.#seen.size > MAX_SEEN) this.#seen = new Set([...this.#seen].slice(-MAX_SEEN / 2));
    for (const c of fresh) if (targets(c.screens, this.screen)) for (const fn of this.#listeners) fn(c);
  }
}

/** The screen's one control state. */
export const control = new WallControl();
