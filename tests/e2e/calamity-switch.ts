import type { Page } from '@playwright/test';

/**
 * Calamity switch helpers shared by the control spec (does the switch arrive?) and the calamity bench (how fast?).
 * Not a spec: Playwright only runs `*.spec.ts`.
 */

/**
 * Records, in the wall page, the wall-clock time at which the calamity screen appears (`on`) or starts to go
 * (`off`: gone, or its layer already fading out). Polled every 10 ms in the page, so the figure is the screen's.
 */
export async function watchCalamity(page: Page, want: 'on' | 'off'): Promise<void> {
  await page.evaluate((w) => {
    const win = window as unknown as { __calamityAt?: number };
    delete win.__calamityAt;
    const id = setInterval(() => {
      const cal = document.querySelector('[data-calamity]');
      const layer = cal?.closest('.layer') ?? cal;
      const done = w === 'on' ? cal !== null : !layer || Number(getComputedStyle(layer).opacity) < 0.99;
      if (done) {
        win.__calamityAt = Date.now();
        clearInterval(id);
      }
    }, 10);
  }, want);
}

/** Waits until a screen shows the calamity layer fully (`on`) or has removed it (`off`). */
export async function settled(page: Page, state: 'on' | 'off'): Promise<void> {
  await page.waitForFunction((s) => {
    const cal = document.querySelector('[data-calamity]');
    if (s === 'off') return cal === null;
    return cal !== null && Number(getComputedStyle(cal.closest('.layer') ?? cal).opacity) >= 0.99;
  }, state);
}

const seenAt = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { __calamityAt?: number }).__calamityAt ?? false).then((h) => h.jsonValue() as Promise<number>);

/** Clicks ON or OFF in the signed-in panel and returns, per screen, the ms until it showed the change. */
export async function switchCalamity(panel: Page, walls: Page[], want: 'on' | 'off'): Promise<number[]> {
  for (const w of walls) await watchCalamity(w, want);
  const clickedAt = await panel.evaluate(() => Date.now());
  await panel.getByTestId(want === 'on' ? 'calamity-on' : 'calamity-off').click();
  return (await Promise.all(walls.map(seenAt))).map((t) => t - clickedAt);
}
