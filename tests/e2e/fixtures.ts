import { test as base, expect, type Page } from '@playwright/test';

export const INGEST_TOKEN = 'e2e-token-0123456789abcdef';

/** Opens a screen of the wall and waits until its config has arrived (a dashboard is on screen). */
export async function openWall(page: Page, query: string): Promise<void> {
  await page.goto(`/?${query}`);
  await expect(page.locator('[data-widget]').first()).toBeVisible();
}

/**
 * Starts watching the page for `text`; the returned function waits until it has appeared at least once.
 * A busy raw stream may scroll a post away within seconds, so "it reached the wall" is what is checked.
 */
export async function watchForText(page: Page, text: string): Promise<(timeout?: number) => Promise<void>> {
  await page.evaluate((t) => {
    const w = window as unknown as { __seen?: Record<string, boolean> };
    w.__seen ??= {};
    const seen = w.__seen;
    const check = () => {
      if (document.body.innerText.includes(t)) seen[t] = true;
    };
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true });
    check();
  }, text);
  return async (timeout = 5_000) => {
    await page.waitForFunction((t) => (window as unknown as { __seen?: Record<string, boolean> }).__seen?.[t] === true, text, { timeout });
  };
}

/** Collects console errors so a test can assert the wall ran clean. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await use(errors);
  },
});
export { expect };
