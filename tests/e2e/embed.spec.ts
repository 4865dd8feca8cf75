import { createServer, type Server } from 'node:http';
import type { Page } from '@playwright/test';
import { test, expect, INGEST_TOKEN, animationsDone, nextFrames } from './fixtures.ts';

/**
 * Two "intranets" on their own origins: the one on the port after the wall's is in HUBWALL_EMBED_ORIGINS
 * (tests/playwright.config.ts), the one after that is not. Each serves a page that frames a Hubwall embed and sizes
 * the frame from the height the embed posts, as the README snippet does.
 */
const intranets: Server[] = [];
let wall = '';
let allowed = '';
let foreign = '';

function intranetPage(src: string, noReferrer: boolean): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Team intranet</title>
${noReferrer ? '<meta name="referrer" content="no-referrer">' : ''}
<style>
  body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; background: #eef1f5; color: #1d2433; }
  h1 { font-size: 20px; margin: 0 0 12px; }
  .card { background: #fff; border-radius: 10px; padding: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
  iframe { display: block; width: 100%; height: 150px; border: 0; }
</style></head><body>
<h1>Webcare today</h1>
<div class="card"><iframe id="hubwall" src="${src}" title="Hubwall" loading="lazy"></iframe></div>
<script>
  window.__heights = [];
  const HUBWALL = ${JSON.stringify(wall)};
  window.addEventListener('message', (event) => {
    if (event.origin !== HUBWALL) return; // only the wall's own messages
    const m = event.data;
    if (!m || m.type !== 'hubwall:height' || typeof m.height !== 'number') return;
    document.getElementById('hubwall').style.height = m.height + 'px';
    window.__heights.push(m.height);
  });
</script></body></html>`;
}

function serveIntranet(port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://intranet');
    const src = `${wall}${url.searchParams.get('embed') ?? '/embed/overview'}`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(intranetPage(src, url.searchParams.has('noref')));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

test.beforeAll(async ({ baseURL }) => {
  wall = new URL(baseURL!).origin;
  const port = Number(new URL(baseURL!).port);
  intranets.push(await serveIntranet(port + 1), await serveIntranet(port + 2));
  allowed = `http://127.0.0.1:${port + 1}`;
  foreign = `http://127.0.0.1:${port + 2}`;
});
test.afterAll(async () => {
  await Promise.all(intranets.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** Waits until the embed inside the intranet page has loaded and finished its transitions: then the shot is taken. */
async function settledEmbed(page: Page): Promise<void> {
  const frame = await (await page.locator('#hubwall').elementHandle())?.contentFrame();
  if (!frame) throw new Error('no embed frame');
  await frame.waitForLoadState('load');
  await animationsDone(frame);
  await nextFrames(frame);
}

const heights = (page: Page) => page.evaluate(() => (window as unknown as { __heights: number[] }).__heights);

test.describe('intranet embeds', () => {
  test('an allowed intranet frames a widget that shows live data and sizes the frame from the reported height', async ({ page, request }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${allowed}/?embed=/embed/overview/kpis`);
    const frame = page.frameLocator('#hubwall');
    const today = frame.locator('[data-widget="kpi-tiles"]').getByText('Messages today').locator('xpath=..');
    await expect(today).toContainText(/\d/);
    // No kiosk chrome in an embed.
    await expect(frame.locator('footer')).toHaveCount(0);
    await expect(frame.locator('nav')).toHaveCount(0);

    // Live: fifty messages posted now raise "Messages today" inside the frame by at least fifty.
    // The exact figure: past 10,000 the tile reads "10.8K", which fifty more messages need not change.
    const count = async () => Number(await today.locator('.value').getAttribute('data-value'));
    const before = await count();
    const now = Date.now();
    const batch = Array.from({ length: 50 }, (_, i) => ({ id: `embed-${now}-${i}`, channel: 'x', author: { id: 'e2e', name: 'Intranet reader' }, text: `Embed check ${i}`, createdAt: now }));
    const r = await request.post('/api/messages', { headers: { authorization: `Bearer ${INGEST_TOKEN}` }, data: batch });
    expect(r.status()).toBe(200);
    await expect.poll(count, { timeout: 15_000 }).toBeGreaterThanOrEqual(before + 50);

    await expect.poll(async () => (await heights(page)).at(-1) ?? 0).toBeGreaterThanOrEqual(200);
    const reported = (await heights(page)).at(-1)!;
    const box = (await page.locator('#hubwall').boundingBox())!;
    expect(Math.abs(box.height - reported)).toBeLessThanOrEqual(1);

    // The live stream embeds the same way; its rows fill the frame.
    await page.goto(`${allowed}/?embed=/embed/raw-stream/stream`);
    await expect(page.frameLocator('#hubwall').locator('[data-widget="raw-stream"] li').first()).toBeVisible();
    await expect.poll(async () => (await heights(page)).at(-1) ?? 0).toBeGreaterThan(500);
    await settledEmbed(page);
    await page.screenshot({ path: '/tmp/hubwall-embed-1280.png', fullPage: true });
  });

  test('an embed fits a 320 px wide intranet column: a dashboard stacks, the height follows', async ({ page }) => {
    await page.setViewportSize({ width: 320 + 32, height: 700 });
    await page.goto(`${allowed}/?embed=/embed/overview`);
    const frame = page.frameLocator('#hubwall');
    await expect(frame.locator('[data-widget="kpi-tiles"]')).toContainText(/\d/);
    await expect(frame.locator('[data-widget]')).toHaveCount(3);
    // Stacked: the frame grows to hold every widget, and nothing scrolls sideways.
    await expect.poll(async () => (await heights(page)).at(-1) ?? 0).toBeGreaterThan(500);
    const embed = page.frames().find((f) => f.url().startsWith(`${wall}/embed/`))!;
    const overflow = await embed.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await settledEmbed(page);
    await page.screenshot({ path: '/tmp/hubwall-embed-320.png', fullPage: true });

    await page.goto(`${allowed}/?embed=/embed/overview/kpis`);
    await expect(page.frameLocator('#hubwall').locator('[data-widget="kpi-tiles"]')).toContainText(/\d/);
    await settledEmbed(page);
    await page.screenshot({ path: '/tmp/hubwall-embed-320-widget.png', fullPage: true });
  });

  test('a whole dashboard embeds at full width with the wall layout', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${allowed}/?embed=/embed/overview`);
    const frame = page.frameLocator('#hubwall');
    await expect(frame.locator('[data-widget="kpi-tiles"]')).toContainText(/\d/);
    await expect.poll(async () => (await heights(page)).at(-1) ?? 0).toBeGreaterThan(600);
    await settledEmbed(page);
    await page.screenshot({ path: '/tmp/hubwall-embed-1280-dashboard.png', fullPage: true });
  });

  test('an intranet that is not on the list is refused: 403 when the browser names it, CSP frame-ancestors otherwise', async ({ page }) => {
    // The browser sends the framing page as Referer: the server refuses at once.
    const refused = page.waitForResponse((res) => res.url().startsWith(`${wall}/embed/`));
    await page.goto(`${foreign}/?embed=/embed/overview/kpis`);
    const res = await refused;
    expect(res.status()).toBe(403);

    // Without a Referer the server cannot tell, and serves the page with a CSP that names only the allowed origins;
    // Chromium then refuses to render it inside the foreign page.
    const served = page.waitForResponse((r) => r.url().startsWith(`${wall}/embed/`));
    await page.goto(`${foreign}/?noref=1&embed=/embed/overview/kpis`);
    const ok = await served;
    expect(ok.status()).toBe(200);
    const csp = ok.headers()['content-security-policy'];
    expect(csp).toContain(`frame-ancestors 'self' ${allowed}`);
    expect(csp).not.toContain(foreign);
    // Once the frame has loaded, it either shows the embed or Chromium's refusal: no waiting for something not to happen.
    await (await (await page.locator('#hubwall').elementHandle())?.contentFrame())?.waitForLoadState('load');
    await expect(page.frameLocator('#hubwall').locator('[data-embed]')).toHaveCount(0);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame?.url() ?? '').not.toContain('/embed/');
    expect(await heights(page)).toEqual([]);
  });
});
