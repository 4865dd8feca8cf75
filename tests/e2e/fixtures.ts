import { test as base, expect, type APIRequestContext, type Frame, type Locator, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * Waits until no transition runs in the page (Svelte 5 transitions are Web Animations). Endless ones (a pulsing
 * "live" dot, a placeholder's shimmer) are decoration, never finish, and are not waited for.
 */
export async function animationsDone(page: Page | Frame): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

/** Waits for the page to render two more frames: whatever a handler changed synchronously is on screen by then. */
export async function nextFrames(page: Page | Frame): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
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

/** The editable copy of dashboards/ and themes/ the e2e server watches (made by tests/playwright.config.ts). */
export function wallConfigDir(): string {
  const dir = process.env.HUBWALL_E2E_CONFIG_DIR;
  if (!dir) throw new Error('HUBWALL_E2E_CONFIG_DIR is unset: run the specs with -c tests/playwright.config.ts');
  return dir;
}

/**
 * Rewrites one JSON file of the e2e wall config (`dashboards/trending.json`) through `edit`.
 * Returns a function that puts the original text back, so a spec leaves the config as it found it.
 */
export function editWallConfig(file: string, edit: (json: Record<string, unknown>) => unknown): () => void {
  const path = join(wallConfigDir(), file);
  const original = readFileSync(path, 'utf8');
  writeFileSync(path, JSON.stringify(edit(JSON.parse(original) as Record<string, unknown>), null, 2));
  return () => writeFileSync(path, original);
}

/**
 * Waits until the demo's background backfill has landed: right after start its last minutes reach the live stream
 * as a flood, which a raw stream rightly samples, so a test that needs every post waits for steady traffic. The
 * server says when its backfill is over and every accepted message is committed.
 */
export async function waitForSteadyDemo(request: APIRequestContext): Promise<void> {
  await expect
    .poll(
      async () => {
        const { data } = (await (await request.get('/api/status')).json()) as { data: { demoBackfilling: boolean; ingest: { pendingWrites: number } } };
        return !data.demoBackfilling && data.ingest.pendingWrites === 0;
      },
      { timeout: 60_000, message: 'demo backfill still running' },
    )
    .toBe(true);
}

/**
 * Share (0…1) of a canvas's pixels painted in a strong colour: series (channels, sentiment) are saturated,
 * while axes, ticks and labels are greys and thin lines, so an empty chart scores near zero.
 */
export async function canvasInk(canvas: Locator): Promise<number> {
  return canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const ctx = c.getContext('2d');
    if (!ctx || c.width === 0 || c.height === 0) return 0;
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    let inked = 0;
    let seen = 0;
    for (let i = 0; i < px.length; i += 16) {
      // every 4th pixel is plenty
      seen++;
      if (px[i + 3] < 128) continue;
      const hi = Math.max(px[i], px[i + 1], px[i + 2]);
      const lo = Math.min(px[i], px[i + 1], px[i + 2]);
      if (hi - lo > 60) inked++;
    }
    return inked / seen;
  });
}

/**
 * Waits until one widget shows real data, not a placeholder, and checks what a viewer would see in it:
 * numbers in tiles, words in a cloud, rows in a list, a chart drawn on its canvas.
 */
export async function expectWidgetLive(widget: Locator): Promise<void> {
  const type = await widget.getAttribute('data-widget');
  await expect(widget.locator('.skeleton'), `${type} still shows a placeholder`).toHaveCount(0, { timeout: 20_000 });
  switch (type) {
    case 'kpi-tiles':
      await expect(widget.locator('.value').first()).toHaveText(/\d/);
      for (const v of await widget.locator('.value').allInnerTexts()) expect(v, 'every KPI tile shows a figure').toMatch(/\d/);
      break;
    case 'word-cloud':
      await expect.poll(() => widget.locator('svg text').count(), { message: 'the cloud shows words' }).toBeGreaterThanOrEqual(5);
      break;
    case 'featured-post':
      await expect(widget.locator('blockquote')).toHaveText(/\S{2,}/);
      break;
    case 'raw-stream':
      await expect.poll(() => widget.locator('li').count(), { message: 'the stream shows posts' }).toBeGreaterThanOrEqual(2);
      await expect(widget.locator('li p').first()).toHaveText(/\S/);
      break;
    case 'channel-capacity':
      await expect.poll(() => widget.locator('li').count(), { message: 'a row per active channel' }).toBeGreaterThanOrEqual(3);
      await expect(widget.locator('li').first()).toContainText(/\d/);
      break;
    case 'language-mix':
      await expect.poll(() => widget.locator('li').count(), { message: 'a row per language' }).toBeGreaterThanOrEqual(3);
      await expect(widget.locator('li').first()).toContainText('%');
      break;
    case 'trending-topics':
      await expect.poll(() => widget.locator('li').count(), { message: 'trending words' }).toBeGreaterThanOrEqual(1);
      await expect(widget.locator('li').first()).toContainText(/×\d/);
      break;
    case 'sentiment-timeline':
    case 'volume-by-channel':
      await expect.poll(() => canvasInk(widget.locator('canvas')), { message: 'the chart is drawn', timeout: 15_000 }).toBeGreaterThan(0.01);
      break;
    default:
      throw new Error(`no live check for widget type ${type}`);
  }
}
