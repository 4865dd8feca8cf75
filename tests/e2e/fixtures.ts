import { test as base, expect, type Page } from '@playwright/test';

export const INGEST_TOKEN = 'e2e-token-0123456789abcdef';

/** Opens a screen of the wall and waits until its config has arrived (a dashboard is on screen). */
export async function openWall(page: Page, query: string): Promise<void> {
  await page.goto(`/?${query}`);
  await expect(page.locator('[data-widget]').first()).toBeVisible();
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
