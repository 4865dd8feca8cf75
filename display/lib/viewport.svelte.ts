/** Viewport size and root font size, shared so charts can size their text like the rest of the page. */
class Viewport {
  /** Inner width in CSS px. */
  width = $state(typeof window === 'undefined' ? 1920 : window.innerWidth);
  /** Inner height in CSS px. */
  height = $state(typeof window === 'undefined' ? 1080 : window.innerHeight);
  /** Root font size in px (1rem), which the stylesheet derives from the viewport. */
  rem = $state(16);

  /** Re-reads sizes; called from a resize listener. */
  measure(): void {
    if (typeof window === 'undefined') return;
    this.width = window.innerWidth;
    this.height = window.innerHeight;
    const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
    this.rem = Number.isFinite(px) && px > 0 ? px : 16;
  }
}

/** The one viewport state. */
export const viewport = new Viewport();
