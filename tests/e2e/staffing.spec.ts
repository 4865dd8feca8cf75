import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext, Page } from '@playwright/test';
import type { ChannelCapacityModel } from '../../server/aggregate/capacity/model.ts';
import type { Channel } from '../../server/schemas/message.ts';
import { test, expect, openWall, expectWidgetLive, INGEST_TOKEN } from './fixtures.ts';

const ADMIN = { username: 'e2e-admin', password: 'e2e-admin-password' };
/** A team lead: a staff account, not an admin, made (and removed) by the spec; the suffix keeps reruns apart. */
const LEAD = { username: `e2e-lead-${Date.now().toString(36)}`, password: 'lead-password-2024' };
const BEARER = { authorization: `Bearer ${INGEST_TOKEN}` };
/** Neither the default (2) nor what wall.spec.ts posts (1, 500): the wall can only show it because of this spec. */
const AGENTS = 37;
/** The tab's refresh period (StaffingTab.svelte). */
const REFRESH_MS = 15_000;
/** Git-ignored, as wall.spec.ts's. */
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });

/** Staffing as the spec found it, and the channels it changed, so afterAll can put each back. */
const found = new Map<Channel, ChannelCapacityModel>();
const touched = new Set<Channel>();

async function capacity(request: APIRequestContext): Promise<Map<Channel, ChannelCapacityModel>> {
  const body = (await (await request.get('/api/capacity')).json()) as { data: { channels: ChannelCapacityModel[] } };
  return new Map(body.data.channels.map((r) => [r.channel, r]));
}
const rowOf = async (request: APIRequestContext, channel: Channel) => (await capacity(request)).get(channel)!;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  for (const [c, r] of await capacity(page.request)) found.set(c, r);
  const login = await page.request.post('/api/auth/login', { data: ADMIN });
  const headers = { 'x-csrf-token': (await login.json()).data.csrf as string };
  expect((await page.request.post('/api/auth/users', { headers, data: { ...LEAD, role: 'staff' } })).status()).toBe(200);
  await page.close();
});

// Later specs share this server: staffing goes back to what it was, and the lead's account goes.
test.afterAll(async ({ browser }) => {
  const page = await browser.newPage();
  for (const c of touched) {
    const was = found.get(c)!;
    const path = `/api/channels/${c}/staffing`;
    // The demo staffs every channel at start, agents and rate: the row's figures rebuild that override.
    if (was.agentsSource !== 'staffed') await page.request.delete(path, { headers: BEARER });
    else await page.request.post(path, { headers: BEARER, data: { agents: was.agents, casesPerAgentHour: was.handlingRatePerAgentHour, targetMinutes: was.targetMs / 60_000 } });
    const { agents, agentsSource, handlingRatePerAgentHour, targetMs } = was;
    expect(await rowOf(page.request, c), `${c} staffing put back`).toMatchObject({ agents, agentsSource, handlingRatePerAgentHour, targetMs });
  }
  const login = await page.request.post('/api/auth/login', { data: ADMIN });
  const headers = { 'x-csrf-token': (await login.json()).data.csrf as string };
  await page.request.delete(`/api/auth/users/${LEAD.username}`, { headers });
  await page.close();
});

async function openStaffing(page: Page): Promise<void> {
  await page.goto('/control');
  await page.fill('input[name=username]', LEAD.username);
  await page.fill('input[name=password]', LEAD.password);
  await page.click('button[type=submit]');
  await expect(page.locator('header .who')).toContainText(`${LEAD.username} · staff`);
  await page.locator('.tabs').getByRole('button', { name: 'Staffing', exact: true }).click();
  await expect(page.getByTestId('staffing').locator('article')).toHaveCount(found.size);
}

test.describe('control panel: Staffing tab', () => {
  test('a team lead on a phone sets WhatsApp agents; the API and an open wall agree; out of range is refused; back to schedule', async ({ browser }) => {
    // The operations screen, showing the capacity widget, open on the wall.
    const wall = await browser.newPage();
    await openWall(wall, 'screen=right&dashboard=channel-capacity');
    await expectWidgetLive(wall.locator('[data-widget="channel-capacity"]'));
    const wallAgents = wall.locator('[data-widget="channel-capacity"] li', { hasText: 'WhatsApp' }).locator('.agents-c .v');

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    await openStaffing(page);
    // One card per channel, in the API's order.
    const ids = await page.getByTestId('staffing').locator('article').evaluateAll((as) => as.map((a) => a.getAttribute('data-testid')));
    expect(ids).toEqual([...found.keys()].map((c) => `staffing-${c}`));

    const card = page.getByTestId('staffing-whatsapp');
    await expect(card.getByRole('heading')).toHaveText('WhatsApp');
    await expect(card.getByTestId('status')).toHaveText(/^(OK|OK · quiet|At risk|Over capacity)$/);
    await expect(card.getByTestId('agents')).toHaveText(String(found.get('whatsapp')!.agents));
    await expect(card.getByRole('button', { name: 'Back to schedule' })).toHaveCount(found.get('whatsapp')!.agentsSource === 'staffed' ? 1 : 0);

    // Type one fewer, step up with +, set.
    touched.add('whatsapp');
    const input = card.getByRole('spinbutton', { name: 'Agents on shift on WhatsApp' });
    await input.fill(String(AGENTS - 1));
    await card.getByRole('button', { name: 'One agent more on WhatsApp' }).click();
    await expect(input).toHaveValue(String(AGENTS));
    await card.getByRole('button', { name: 'Set', exact: true }).click();

    // The card shows the row the server answered: staffed by a person, with that number.
    await expect(card).toHaveAttribute('data-source', 'staffed');
    await expect(card.getByTestId('source')).toHaveText('set by staff');
    await expect(card.getByTestId('agents')).toHaveText(String(AGENTS));
    await expect(page.locator('.toast')).toContainText(`WhatsApp: ${AGENTS} on shift`);
    // The summary at the top names the channel when its card needs attention.
    const summary = page.getByTestId('staffing-summary');
    const status = await card.getAttribute('data-status');
    if (status === 'over') await expect(summary.locator('.over')).toContainText('WhatsApp');
    else if (status === 'tight') await expect(summary.locator('.tight')).toContainText('WhatsApp');
    else await expect(summary).not.toContainText('WhatsApp');
    // Only the agents changed: the rate and target that came with the previous override (the demo's) stay.
    const was = found.get('whatsapp')!;
    expect(await rowOf(page.request, 'whatsapp')).toMatchObject({ agents: AGENTS, agentsSource: 'staffed', handlingRatePerAgentHour: was.handlingRatePerAgentHour, targetMs: was.targetMs });
    // The wall's capacity widget shows it within a few seconds, without a reload.
    await expect(wallAgents).toHaveText(new RegExp(`^${AGENTS}\\b`), { timeout: 5_000 });

    // Out of range: the server refuses, the card says what it said, nothing changes.
    const refusal = await page.request.post('/api/channels/whatsapp/staffing', { headers: BEARER, data: { agents: 501 } });
    expect(refusal.status()).toBe(400);
    const message = ((await refusal.json()) as { error: { message: string } }).error.message;
    await input.fill('501');
    await card.getByRole('button', { name: 'Set', exact: true }).click();
    await expect(card.getByRole('alert')).toHaveText(`Not changed: ${message}`);
    await expect(card.getByTestId('agents')).toHaveText(String(AGENTS));
    expect(await rowOf(page.request, 'whatsapp')).toMatchObject({ agents: AGENTS, agentsSource: 'staffed' });
    await expect(input).toHaveValue('501'); // kept, so the lead can correct it
    await expect(page.locator('.toast')).toHaveCount(0, { timeout: 6_000 }); // the Set's toast, over the card
    await card.screenshot({ path: join(SHOTS, '390x844-control-staffing-refused.png'), animations: 'disabled' });
    await card.getByRole('button', { name: 'One agent fewer on WhatsApp' }).click();
    await expect(input).toHaveValue('500');
    await expect(card.getByRole('alert')).toHaveCount(0);

    // Back to the schedule (the e2e server has none: the default).
    await card.getByRole('button', { name: 'Back to schedule' }).click();
    await expect(card).toHaveAttribute('data-source', /^(schedule|default)$/);
    await expect(card.getByTestId('source')).toHaveText(/^(from the schedule|default, no schedule)$/);
    await expect(card.getByRole('button', { name: 'Back to schedule' })).toHaveCount(0);
    const back = await rowOf(page.request, 'whatsapp');
    expect(back.agentsSource).toMatch(/^(schedule|default)$/);
    await expect(card.getByTestId('agents')).toHaveText(String(back.agents));
    await expect(input).toHaveValue(String(back.agents)); // the typed 500 went with the change
    await expect(wallAgents).toHaveText(new RegExp(`^${back.agents}\\b`), { timeout: 5_000 });
    await phone.close();
    await wall.close();
  });

  test('refreshes every 15 s while open, picking up changes made elsewhere, and stops when the tab closes', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.clock.install();
    let fetches = 0;
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/capacity') fetches++;
    });
    await openStaffing(page);
    await expect.poll(() => fetches).toBe(1);

    // A workforce tool staffs LINE; the open tab shows it on its next refresh.
    touched.add('line');
    expect((await page.request.post('/api/channels/line/staffing', { headers: BEARER, data: { agents: 11 } })).status()).toBe(200);
    const line = page.getByTestId('staffing-line');
    await expect(line.getByTestId('agents')).not.toHaveText('11');
    await page.clock.runFor(REFRESH_MS);
    await expect.poll(() => fetches).toBe(2);
    await expect(line.getByTestId('agents')).toHaveText('11');
    await expect(line).toHaveAttribute('data-source', 'staffed');

    // Closed (another tab), it asks no more.
    await page.locator('.tabs').getByRole('button', { name: 'Screens', exact: true }).click();
    await expect(page.getByTestId('staffing')).toHaveCount(0);
    await page.clock.runFor(REFRESH_MS * 3);
    // A request of our own after the timers ran: any request they started is routed before it is answered.
    await page.evaluate(() => fetch('/api/auth/me').then((r) => r.status));
    expect(fetches).toBe(2);
    await page.close();
  });

  test('looks right on a phone (390×844) and a laptop (1280×800)', async ({ browser }) => {
    // One channel staffed by hand, so the shots show a card with "Back to schedule" too.
    touched.add('line');
    const tool = await browser.newPage();
    expect((await tool.request.post('/api/channels/line/staffing', { headers: BEARER, data: { agents: 11 } })).status()).toBe(200);
    await tool.close();
    for (const [width, height] of [
      [390, 844],
      [1280, 800],
    ]) {
      const page = await browser.newPage({ viewport: { width, height } });
      await openStaffing(page);
      await expect(page.getByTestId('staffing-line').getByRole('button', { name: 'Back to schedule' })).toBeVisible();
      // Nothing scrolls sideways, and every button is a comfortable tap.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      for (const b of await page.locator('main button').all()) expect((await b.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(40);
      await expect(page.locator('.toast')).toHaveCount(0);
      await page.screenshot({ path: join(SHOTS, `${width}x${height}-control-staffing.png`), fullPage: true, animations: 'disabled' });
      // What a phone shows first, at full size.
      if (width < 500) await page.screenshot({ path: join(SHOTS, `${width}x${height}-control-staffing-top.png`), animations: 'disabled' });
      await page.close();
    }
  });
});
