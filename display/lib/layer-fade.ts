import type { TransitionConfig } from 'svelte/transition';

/**
 * Opacity fade for the full-screen layers. Svelte's `fade` reads the node's computed opacity first, which forces a
 * style recalculation of the whole wall inside the task that mounts the next layer; layers are always opaque, so
 * this one does not ask. A duration of 0 is a cut: the calamity screen appears, and the dashboard goes, at once.
 */
export function layerFade(_node: Element, { duration = 400 }: { duration?: number } = {}): TransitionConfig {
  return { duration, css: (t) => `opacity: ${t}` };
}
