import { test, expect, openWall, watchForText, waitForSteadyDemo, INGEST_TOKEN } from './fixtures.ts';

test.describe('the two-command setup', () => {
  test('serves the wall with live data from the built-in demo feed', async ({ page, request, consoleErrors }) => {
    const status = await (await request.get('/api/status')).json();
    expect(status.data.demo).toBe(true);
    expect(status.data.messagesStored).toBeGreaterThan(0);
    await openWall(page, 'screen=left&dashboard=overview');
    const kpis = page.locator('[data-widget="kpi-tiles"]');
    // A real count, not a placeholder: the demo backfill has put thousands of messages in the store.
    await expect(kpis).toContainText(/\d/);
    await expect(page.getByTestId('freshness')).toBeVisible();
    expect(consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });

  test('shows a message posted to the ingest API on the raw stream within seconds', async ({ page, request }) => {
    // The backfill's last minutes arrive as a flood that the stream samples; post into steady traffic.
    await waitForSteadyDemo(request);
    await openWall(page, 'screen=right&dashboard=raw-stream');
    const text = `Ingest check ${Date.now()}: the lounge at gate D7 is lovely`;
    const appeared = await watchForText(page, text);
    const r = await request.post('/api/messages', {
      headers: { authorization: `Bearer ${INGEST_TOKEN}` },
      data: { id: `e2e-${Date.now()}`, channel: 'x', author: { id: 'e2e', name: 'E2E' }, text, createdAt: Date.now() },
    });
    expect(r.status()).toBe(200);
    await appeared();
  });

  test('renders a post with markup as text, never as HTML', async ({ page, request }) => {
    await waitForSteadyDemo(request);
    await openWall(page, 'screen=right&dashboard=raw-stream');
    const text = `<img src=x onerror="document.title='pwned'"><b>bold ${Date.now()}</b>`;
    const appeared = await watchForText(page, text);
    await request.post('/api/messages', {
      headers: { authorization: `Bearer ${INGEST_TOKEN}` },
      data: { id: `xss-${Date.now()}`, channel: 'facebook', author: { id: 'evil' }, text, createdAt: Date.now() },
    });
    // The literal markup shows up as text: it was never parsed into elements.
    await appeared();
    expect(await page.title()).not.toBe('pwned');
    expect(await page.locator('[data-widget] b').count()).toBe(0);
  });
});
