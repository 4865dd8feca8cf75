import type { Locator, Page } from '@playwright/test';
import { test, expect, openWall, animationsDone, nextFrames } from './fixtures.ts';

/** The touch kiosk of the e2e config (tests/playwright.config.ts): idle resume after 5 s, 30 s per dashboard. */
const SCREEN = 'screen=e2e-touch';
const PLAYLIST = ['word-cloud', 'channel-capacity', 'raw-stream', 'overview'];
const IDLE_MS = 5_000;

test.use({ hasTouch: true, isMobile: false, viewport: { width: 1280, height: 800 } });

const app = (page: Page) => page.locator('.app');

/** Shows a dashboard by tapping its chip in the dashboard bar (a touch, so the rotation pauses there). */
async function show(page: Page, id: string, title: string): Promise<void> {
  await page.locator('nav button', { hasText: title }).tap();
  await expect(app(page)).toHaveAttribute('data-dashboard', id);
}

/** Asserts the point `dy` px above and below an element's centre still hits it: a touch target of at least 2·dy px. */
async function expectTarget(el: Locator, dy = 23): Promise<void> {
  const box = await el.boundingBox();
  expect(box).not.toBeNull();
  const hits = await el.evaluate((node, d) => {
    const r = node.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    return [cy - d, cy + d].map((y) => {
      const hit = document.elementFromPoint(cx, y);
      return hit === node || node.contains(hit);
    });
  }, dy);
  expect(hits).toEqual([true, true]);
}

/**
 * A one-finger horizontal swipe through CDP touch events (Playwright has no swipe helper). The events carry their own
 * timestamps, 16 ms apart, and the finger rests 120 ms at the end before lifting, so no fling starts (a tap during a
 * fling only stops it, on real screens as here) without the test having to sleep through the rest.
 */
async function swipe(page: Page, fromX: number, toX: number, y = 420): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const t0 = Date.now() / 1000; // s, as CDP wants
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number | null, at: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: x === null ? [] : [{ x, y }], timestamp: t0 + at });
  await send('touchStart', fromX, 0);
  for (let i = 1; i <= 3; i++) await send('touchMove', fromX + ((toX - fromX) * i) / 3, i * 0.016);
  await send('touchMove', toX, 0.048 + 0.12);
  await send('touchEnd', null, 0.048 + 0.12);
  await cdp.detach();
}

/** The topmost word of the cloud (its hit box is drawn last, so a tap at its centre reaches it), with its box. */
async function topWord(page: Page): Promise<Locator> {
  const words = page.locator('[data-widget="word-cloud"] rect[data-word]');
  await expect(words.first()).toBeAttached();
  return words.last();
}

test.describe('touch screen drill-down', () => {
  test('a tapped word opens its posts, sentiment split and 24 h volume; a tapped post reads in full; its channel opens', async ({ page, request, consoleErrors }) => {
    await openWall(page, SCREEN);
    await show(page, 'word-cloud', 'What people talk about');
    const rect = await topWord(page);
    const box = (await rect.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(47.5);
    expect(box.height).toBeGreaterThanOrEqual(47.5);
    const word = (await rect.getAttribute('data-word'))!;

    await rect.tap();
    const panel = page.getByTestId('drilldown');
    await expect(panel).toHaveAttribute('data-kind', 'keyword');
    await expect(page.getByTestId('keyword-panel')).toHaveAttribute('data-word', word);
    await expect(page.getByTestId('sentiment-split')).toContainText(/negative \d+ ?%/i);
    await expect(page.getByTestId('volume-bars').locator('.col')).toHaveCount(24);
    const posts = page.getByTestId('post-list').locator('button[data-post]');
    await expect(posts.first()).toBeVisible();
    // The rotation holds while someone reads.
    await expect(app(page)).toHaveAttribute('data-reason', 'paused');
    await expect(page.locator('footer').getByText('paused', { exact: true })).toBeVisible();
    await animationsDone(page); // the panel's fly-in
    await page.screenshot({ path: '/tmp/hubwall-touch-keyword.png' });

    // Every post listed uses the word, as the API says.
    const api = await (await request.get(`/api/messages?keyword=${encodeURIComponent(word)}&limit=5`)).json();
    expect(api.data.messages.length).toBeGreaterThan(0);
    const first = api.data.messages[0] as { id: string; text: string; channel: string };
    await expect(posts.first()).toHaveAttribute('data-post', first.id);

    await expectTarget(posts.first(), 20);
    await posts.first().tap();
    await expect(panel).toHaveAttribute('data-kind', 'post');
    await expect(page.getByTestId('post-text')).toHaveText(first.text);
    await animationsDone(page);
    await page.screenshot({ path: '/tmp/hubwall-touch-post.png' });

    await page.getByRole('button', { name: /^More on / }).tap();
    await expect(panel).toHaveAttribute('data-kind', 'channel');
    await expect(page.getByTestId('channel-panel')).toHaveAttribute('data-channel', first.channel);

    // Back twice returns to the word; close leaves the dashboard.
    await page.getByRole('button', { name: 'Back', exact: true }).tap();
    await expect(panel).toHaveAttribute('data-kind', 'post');
    await page.getByRole('button', { name: 'Back', exact: true }).tap();
    await expect(panel).toHaveAttribute('data-kind', 'keyword');
    await expectTarget(page.getByRole('button', { name: 'Close', exact: true }));
    await page.getByRole('button', { name: 'Close', exact: true }).tap();
    await expect(panel).toHaveCount(0);
    expect(consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });

  test('a tapped channel shows its stream and capacity row', async ({ page }) => {
    await openWall(page, SCREEN);
    await show(page, 'channel-capacity', 'Channel capacity');
    const badge = page.locator('[data-widget="channel-capacity"] button[data-channel]').first();
    await expect(badge).toBeVisible();
    await expectTarget(badge);
    const channel = (await badge.getAttribute('data-channel'))!;
    await badge.tap();
    await expect(page.getByTestId('drilldown')).toHaveAttribute('data-kind', 'channel');
    await expect(page.getByTestId('channel-panel')).toHaveAttribute('data-channel', channel);
    const row = page.getByTestId('channel-capacity-row');
    await expect(row.locator('li')).toHaveCount(1);
    await expect(row).toContainText(/Open/);
    await expect(page.getByTestId('post-list').locator('li').first()).toBeVisible();
    await animationsDone(page);
    await page.screenshot({ path: '/tmp/hubwall-touch-channel.png' });
  });

  test('a tapped post in the live stream opens whole', async ({ page }) => {
    await openWall(page, SCREEN);
    await show(page, 'raw-stream', 'Live stream');
    const row = page.locator('[data-widget="raw-stream"] li').first();
    await expect(row).toBeVisible();
    const shown = (await row.locator('p').textContent())!.replace(/…$/, '');
    // Tap the text, away from the channel badge (which opens the channel).
    await row.locator('p').tap();
    await expect(page.getByTestId('drilldown')).toHaveAttribute('data-kind', 'post');
    expect((await page.getByTestId('post-text').textContent())!.startsWith(shown.slice(0, 40))).toBe(true);
  });

  test('arrows and swipes move between dashboards', async ({ page }) => {
    await openWall(page, SCREEN);
    await show(page, 'word-cloud', 'What people talk about');
    const at = (id: string) => expect(app(page)).toHaveAttribute('data-dashboard', id);
    await expectTarget(page.getByTestId('nav-next'));
    await page.getByTestId('nav-next').tap();
    await at(PLAYLIST[1]);
    await swipe(page, 900, 400);
    await at(PLAYLIST[2]);
    await swipe(page, 400, 900);
    await at(PLAYLIST[1]);
    await page.getByTestId('nav-prev').tap();
    await at(PLAYLIST[0]);
    await page.getByTestId('nav-prev').tap();
    await at(PLAYLIST[PLAYLIST.length - 1]);
    // A vertical drag is a scroll, not a swipe.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 640, y: 600 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 680, y: 300 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await nextFrames(page); // a swipe would have moved on by the next frames (the handler acts on touchend)
    await at(PLAYLIST[PLAYLIST.length - 1]);
  });

  test('rotation pauses while someone interacts and resumes after the idle time, closing the drill-down', async ({ page }) => {
    await openWall(page, SCREEN);
    await show(page, 'word-cloud', 'What people talk about');
    await (await topWord(page)).tap();
    const panel = page.getByTestId('drilldown');
    await expect(panel).toBeVisible();
    await expect(app(page)).toHaveAttribute('data-reason', 'paused');

    // Still reading: a touch inside the panel 3 s later restarts the idle countdown. These two waits are real time on
    // purpose: the rotation runs on the server's clock (frames carry it, so kiosks never drift), which a page clock
    // cannot move; the same rules run against an injected clock in tests/display/rotation.test.ts.
    await page.waitForTimeout(3_000);
    await page.getByTestId('keyword-panel').locator('h3').tap();
    const touchedAt = Date.now();
    await page.waitForTimeout(3_500); // 6.5 s after the first tap: past the idle time, but not since the last touch
    await expect(panel).toBeVisible();
    await expect(app(page)).toHaveAttribute('data-dashboard', 'word-cloud');

    // Left alone: the drill-down closes and the rotation goes on with the next dashboard.
    await expect(panel).toHaveCount(0, { timeout: IDLE_MS + 3_000 });
    expect(Date.now() - touchedAt).toBeGreaterThanOrEqual(IDLE_MS - 200);
    await expect(app(page)).toHaveAttribute('data-reason', 'rotation');
    await expect(app(page)).toHaveAttribute('data-dashboard', 'channel-capacity');
  });
});
