import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WebSocketRoute } from '@playwright/test';
import { test, expect, openWall, expectWidgetLive, editWallConfig, wallConfigDir, canvasInk, watchForText, waitForSteadyDemo, INGEST_TOKEN } from './fixtures.ts';

/** The nine dashboards the issue asks for, each pinned on the center screen. */
const DASHBOARDS = ['overview', 'word-cloud', 'featured-post', 'raw-stream', 'channel-capacity', 'sentiment', 'volume', 'languages', 'trending'];
const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];
/** Git-ignored; the README's copies are made from the 1920×1080 ones. */
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });

interface DashboardFile {
  title: string;
  widgets: { id: string; type: string; title?: string }[];
}
const dashboardFile = (id: string): DashboardFile => JSON.parse(readFileSync(join(wallConfigDir(), 'dashboards', `${id}.json`), 'utf8')) as DashboardFile;
const screenFile = (id: string) =>
  (JSON.parse(readFileSync(join(wallConfigDir(), 'dashboards', 'walls.json'), 'utf8')) as { screens: { id: string; playlist: string[] }[] }).screens.find((s) => s.id === id);

const noFavicon = (errors: string[]) => errors.filter((e) => !/favicon/.test(e));

test('the wall config carries the nine dashboards', async ({ request }) => {
  const config = (await (await request.get('/api/config')).json()).data as { dashboards: Record<string, unknown> };
  expect(Object.keys(config.dashboards).sort()).toEqual([...DASHBOARDS].sort());
});

for (const vp of VIEWPORTS) {
  test.describe(`at ${vp.width}×${vp.height}`, () => {
    test.use({ viewport: vp });
    for (const id of DASHBOARDS) {
      test(`${id} shows live demo data in every widget`, async ({ page, request, consoleErrors }) => {
        const d = dashboardFile(id);
        // The whole two hours of demo history, or the "data since" notes below would depend on how far the backfill got.
        if (id === 'sentiment') await waitForSteadyDemo(request);
        await openWall(page, `screen=center&dashboard=${id}`);
        await expect(page.getByTestId('dashboard-title')).toHaveText(d.title);
        const widgets = page.locator('[data-widget]');
        await expect(widgets).toHaveCount(d.widgets.length);
        for (let i = 0; i < d.widgets.length; i++) {
          const w = widgets.nth(i);
          await expect(w).toHaveAttribute('data-widget', d.widgets[i].type);
          await expectWidgetLive(w);
        }
        await expect(page.getByTestId('freshness')).toHaveText('live');
        if (id === 'sentiment') {
          // Two hours of demo history under a "last 24 hours" chart: the chart says how far back its data goes.
          await expect(widgets.first().getByTestId('data-since')).toHaveText(/^data since \d{1,2}[:.]\d{2}$/);
          await expect(widgets.nth(1).getByTestId('data-since')).toHaveCount(0); // the last hour is full
        }
        // Type follows the screen: one rem is about 2.2 % of the short side, so a 4K wall is as readable as a 1080p one.
        const rem = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
        expect(rem).toBeGreaterThanOrEqual(vp.height * 0.02);
        await page.screenshot({ path: join(SHOTS, `${vp.width}x${vp.height}-${id}.png`), animations: 'disabled' });
        expect(noFavicon(consoleErrors)).toEqual([]);
      });
    }
  });
}

test.describe('portrait totem at 1080×1920', () => {
  test.use({ viewport: { width: 1080, height: 1920 } });
  test('the lobby screen stacks every dashboard of its playlist full width, with live data', async ({ page, consoleErrors }) => {
    const lobby = screenFile('lobby');
    expect(lobby?.playlist.length).toBeGreaterThan(0);
    for (const id of lobby?.playlist ?? []) {
      await openWall(page, `screen=lobby&dashboard=${id}`);
      await expect(page.locator('.grid.portrait')).toBeVisible();
      const widgets = page.locator('[data-widget]');
      for (let i = 0; i < (await widgets.count()); i++) await expectWidgetLive(widgets.nth(i));
      // Portrait grids put the main widget across the whole width instead of a third of it.
      const box = await widgets.first().boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(1080 * 0.8);
      await page.screenshot({ path: join(SHOTS, `1080x1920-lobby-${id}.png`), animations: 'disabled' });
    }
    expect(noFavicon(consoleErrors)).toEqual([]);
  });
});

test('rotation advances through the playlist in order', async ({ page }) => {
  const screen = screenFile('e2e-rotate');
  const titles = (screen?.playlist ?? []).map((id) => dashboardFile(id).title);
  expect(titles.length).toBe(3);
  await openWall(page, 'screen=e2e-rotate');
  const title = page.getByTestId('dashboard-title');
  await expect(title).toHaveText(new RegExp(`^(${titles.join('|')})$`));
  const first = titles.indexOf(await title.innerText());
  // The test screen shows each dashboard for 5 s; two changes in a row prove it keeps going, in playlist order.
  for (let step = 1; step <= 2; step++) {
    const next = (first + step) % titles.length;
    await expect(title).toHaveText(titles[next], { timeout: 12_000 });
    await expect(page.getByLabel(`dashboard ${next + 1} of ${titles.length}`)).toBeVisible();
    await expect(page.locator('[data-widget]').first()).toBeVisible();
  }
});

test('a config edit reaches an open screen within 2 s without a reload; an invalid one is reported and changes nothing', async ({ page, request }) => {
  await openWall(page, 'screen=center&dashboard=trending');
  const title = page.getByTestId('dashboard-title');
  await expect(title).toHaveText('Trending now');
  let navigations = 0;
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) navigations++;
  });
  const edited = `Trending, edited ${Date.now()}`;
  // The page notes when the new title shows, so the 2 s is measured on the wall, not by this test's polling.
  await page.evaluate((t) => {
    const w = window as unknown as { __sameDocument?: boolean; __shownAt?: number };
    w.__sameDocument = true;
    new MutationObserver(() => {
      if (w.__shownAt === undefined && document.querySelector('[data-testid="dashboard-title"]')?.textContent === t) w.__shownAt = Date.now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, edited);

  const file = 'dashboards/trending.json';
  const editedAt = Date.now();
  const restore = editWallConfig(file, (d) => ({ ...d, title: edited }));
  try {
    await expect(title).toHaveText(edited, { timeout: 5_000 });
    const shownAt = await page.evaluate(() => (window as unknown as { __shownAt?: number }).__shownAt ?? Infinity);
    expect(shownAt - editedAt, 'ms from saving the file to the title on the wall').toBeLessThan(2_000);
    expect(navigations).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    // An out-of-range option: rejected with file, field and reason; the wall keeps the last good config.
    editWallConfig(file, (d) => {
      const widgets = d.widgets as { options?: Record<string, unknown> }[];
      widgets[0].options = { ...widgets[0].options, maxItems: 500 };
      return { ...d, title: 'Broken edit' };
    });
    type Problem = { file: string; field: string; code: string; message: string };
    const problems = async () => ((await (await request.get('/api/config/errors')).json()).data.errors as Problem[]).filter((e) => e.file === file);
    await expect.poll(problems, { timeout: 5_000 }).toContainEqual(expect.objectContaining({ file, field: 'widgets[0].options.maxItems', code: 'HW_ERR_CONFIG_WIDGET_OPTION' }));
    const [problem] = await problems();
    expect(problem.message).toMatch(/maxItems.*should be.*got `500`/);
    const live = (await (await request.get('/api/config')).json()).data as { dashboards: Record<string, { title: string }> };
    expect(live.dashboards.trending.title).toBe(edited);
    await expect(title).toHaveText(edited);
    await expectWidgetLive(page.locator('[data-widget="trending-topics"]'));
    expect(navigations).toBe(0);
  } finally {
    restore();
  }
  // Putting the file back is a valid edit again: the errors clear and the original title returns.
  await expect(title).toHaveText('Trending now', { timeout: 5_000 });
  await expect.poll(async () => (await (await request.get('/api/config/errors')).json()).data.errors.length).toBe(0);
});

test('a dropped socket shows the stale marker, keeps the data on screen and recovers by itself', async ({ page }) => {
  let blocked = false;
  const open = new Set<WebSocketRoute>();
  await page.routeWebSocket(/\/live$/, (ws) => {
    if (blocked) {
      void ws.close({ code: 1006, reason: 'blocked by test' }).catch(() => {}); // the page may have given up already
      return;
    }
    ws.connectToServer();
    open.add(ws);
  });
  await openWall(page, 'screen=left&dashboard=overview');
  const kpis = page.locator('[data-widget="kpi-tiles"]');
  const chart = page.locator('[data-widget="volume-by-channel"] canvas');
  await expectWidgetLive(kpis);
  await expectWidgetLive(page.locator('[data-widget="volume-by-channel"]'));
  const fresh = page.getByTestId('freshness');
  await expect(fresh).toHaveText('live');

  blocked = true;
  for (const ws of open) await ws.close({ code: 1006, reason: 'network drop' }).catch(() => {});
  open.clear();
  await expect(fresh).toHaveText(/offline/, { timeout: 5_000 });
  await expect(fresh).toHaveClass(/stale/);
  // The last data stays up: figures, chart, no placeholders.
  await expect(kpis.locator('.skeleton')).toHaveCount(0);
  for (const v of await kpis.locator('.value').allInnerTexts()) expect(v).toMatch(/\d/);
  expect(await canvasInk(chart)).toBeGreaterThan(0.04);
  await page.screenshot({ path: join(SHOTS, '1920x1080-offline.png'), animations: 'disabled' });

  blocked = false;
  // Backoff doubles from 1 s; after a few seconds blocked the next attempt comes within about 8 s.
  await expect(fresh).toHaveText('live', { timeout: 20_000 });
  await expect(fresh).not.toHaveClass(/stale/);
  expect(open.size).toBeGreaterThan(0);
});

test('staffing a channel up turns its capacity row from over capacity to on track', async ({ page, request }) => {
  await openWall(page, 'screen=right&dashboard=channel-capacity');
  const row = page.locator('[data-widget="channel-capacity"] li', { hasText: 'WhatsApp' });
  const auth = { authorization: `Bearer ${INGEST_TOKEN}` };
  // One agent cannot keep up with the demo's WhatsApp traffic.
  expect((await request.post('/api/channels/whatsapp/staffing', { headers: auth, data: { agents: 1 } })).status()).toBe(200);
  await expect(row).toHaveAttribute('data-status', 'over');
  await expect(row.locator('.pill')).toHaveText(/Breached|Breach in|Understaffed/);
  expect((await request.post('/api/channels/whatsapp/staffing', { headers: auth, data: { agents: 500 } })).status()).toBe(200);
  try {
    await expect(row).toHaveAttribute('data-status', 'ok');
    await expect(row.locator('.pill')).toHaveText('On track');
    await expect(row).toContainText('500 /');
  } finally {
    await request.delete('/api/channels/whatsapp/staffing', { headers: auth });
  }
  // Cleared by staff: back to the built-in default of two agents, too few for the demo.
  await expect(row).toHaveAttribute('data-status', 'over');
});

test('the raw stream shows every post of a small burst, not a sample', async ({ page, request }) => {
  await waitForSteadyDemo(request);
  await openWall(page, 'screen=right&dashboard=raw-stream');
  await expectWidgetLive(page.locator('[data-widget="raw-stream"]'));
  const stamp = Date.now();
  const texts = [1, 2, 3].map((i) => `Burst ${stamp} post ${i}: boarding at gate C${i}`);
  const seen = await Promise.all(texts.map((t) => watchForText(page, t)));
  const r = await request.post('/api/messages', {
    headers: { authorization: `Bearer ${INGEST_TOKEN}` },
    data: texts.map((text, i) => ({ id: `burst-${stamp}-${i}`, channel: 'x', author: { id: `b${i}`, name: `Burst ${i}` }, text, createdAt: stamp })),
  });
  expect(r.status()).toBe(200);
  for (const appeared of seen) await appeared(10_000);
});
