import { createServer, type Server } from 'node:http';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page, WebSocket } from '@playwright/test';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../../server/auth/password.ts';
import { ROLES } from '../../server/auth/users-repo.ts';
import { MAX_ACTIVE_TOKENS } from '../../server/embed/tokens-repo.ts';
import { test, expect } from './fixtures.ts';

const ADMIN = { username: 'e2e-admin', password: 'e2e-admin-password' };
/** A staff account made (and removed) by the spec; the suffix keeps reruns against one server apart. */
const STAFF = { username: `e2e-staff-${Date.now().toString(36)}`, password: 'staff-password-2024' };
/** Git-ignored, as wall.spec.ts's. */
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });

/** What the spec made, so afterAll can undo it even when a test failed halfway. */
const madeUsers = new Set<string>();
const madeTokens = new Set<string>();

/**
 * An "intranet" on the port after the wall's, which HUBWALL_EMBED_ORIGINS allows (tests/playwright.config.ts). Its page
 * is whatever HTML the panel gave to paste, plus a recorder of the heights the embed reports.
 */
let intranet: Server | null = null;
let intranetOrigin = '';
let pasted = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ baseURL }) => {
  const port = Number(new URL(baseURL!).port) + 1;
  intranetOrigin = `http://127.0.0.1:${port}`;
  intranet = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Team intranet</title>
<script>window.__heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'hubwall:height') window.__heights.push(e.data.height); });</script>
</head><body><h1>Webcare today</h1>${pasted}</body></html>`);
  });
  await new Promise<void>((resolve) => intranet!.listen(port, '127.0.0.1', resolve));
});

// Later specs share this server: users and tokens made here are removed or revoked, whatever happened above.
test.afterAll(async ({ browser }) => {
  await new Promise((r) => (intranet ? intranet.close(r) : r(null)));
  const page = await browser.newPage();
  const login = await page.request.post('/api/auth/login', { data: ADMIN });
  const headers = { 'x-csrf-token': (await login.json()).data.csrf as string };
  for (const u of madeUsers) await page.request.delete(`/api/auth/users/${u}`, { headers }); // 404 when the test removed it
  const list = (await (await page.request.get('/api/embed-tokens')).json()).data.tokens as { id: number; label: string; revokedAt: number | null }[];
  for (const t of list.filter((t) => madeTokens.has(t.label) && t.revokedAt === null)) await page.request.delete(`/api/embed-tokens/${t.id}`, { headers });
  await page.close();
});

async function signIn(page: Page, who: { username: string; password: string }): Promise<void> {
  await page.goto('/control');
  await page.fill('input[name=username]', who.username);
  await page.fill('input[name=password]', who.password);
  await page.click('button[type=submit]');
  await expect(page.locator('.tabs')).toBeVisible();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.locator('input[name=username]')).toBeVisible();
}

const tab = (page: Page, name: string) => page.locator('.tabs').getByRole('button', { name, exact: true });

async function openAccess(page: Page): Promise<void> {
  await tab(page, 'Access').click();
  await expect(page.getByTestId('users')).toContainText(ADMIN.username);
  await expect(page.getByTestId('token-count')).toBeVisible();
}

async function addUser(page: Page, user: { username: string; password: string }, role: string): Promise<void> {
  const form = page.getByTestId('add-user');
  await form.locator('input[name=new-username]').fill(user.username);
  await form.locator('select[name=new-role]').selectOption(role);
  await form.locator('input[name=new-password]').fill(user.password);
  madeUsers.add(user.username);
  await form.getByRole('button', { name: 'Add user' }).click();
}

test.describe('control panel: Access tab', () => {
  test('an admin adds a staff user, who signs in without the Access tab; removed, they are signed out and locked out', async ({ browser }) => {
    const admin = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(admin, ADMIN);
    await openAccess(admin);
    const users = admin.getByTestId('users');
    // Your own row: marked, and without a remove button (the server refuses it anyway).
    const me = users.locator('li', { hasText: ADMIN.username });
    await expect(me).toContainText('you');
    await expect(me.getByRole('button', { name: /Remove/ })).toHaveCount(0);

    // The form offers exactly the roles the API accepts and states the server's password rule.
    const form = admin.getByTestId('add-user');
    expect(await form.locator('select[name=new-role] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual([...ROLES]);
    await expect(form.getByTestId('password-rule')).toContainText(`At least ${MIN_PASSWORD_LENGTH} characters`);

    // A weak password: the server refuses, and its own message is shown.
    await addUser(admin, { username: STAFF.username, password: 'short' }, 'staff');
    await expect(form.getByRole('alert')).toHaveText(passwordProblem('short')!);
    await expect(users.locator('li', { hasText: STAFF.username })).toHaveCount(0);

    await addUser(admin, STAFF, 'staff');
    const row = users.locator('li', { hasText: STAFF.username });
    await expect(row.locator('.tag')).toHaveText('staff');
    await expect(form.getByRole('alert')).toHaveCount(0);
    await expect(form.locator('input[name=new-username]')).toHaveValue('');
    // The same name again: the server's "already exists" is shown.
    await addUser(admin, STAFF, 'admin');
    await expect(form.getByRole('alert')).toHaveText(`user "${STAFF.username}" already exists`);

    // The new user signs in on a phone of their own, and sees neither Access nor Audit, nor may read the users.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const staff = await phone.newPage();
    await signIn(staff, STAFF);
    await expect(staff.locator('header .who')).toContainText(`${STAFF.username} · staff`);
    await expect(tab(staff, 'Screens')).toBeVisible();
    await expect(tab(staff, 'Access')).toHaveCount(0);
    await expect(tab(staff, 'Audit')).toHaveCount(0);
    expect((await staff.request.get('/api/auth/users')).status()).toBe(403);

    // Remove, with a confirm step that can be cancelled.
    await row.getByRole('button', { name: 'Remove', exact: true }).click();
    const confirm = row.getByRole('group', { name: /Confirm/ });
    await expect(confirm).toContainText('signed out at once');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toHaveCount(0);
    await row.getByRole('button', { name: 'Remove', exact: true }).click();
    await row.getByRole('button', { name: 'Yes, remove' }).click();
    await expect(users.locator('li', { hasText: STAFF.username })).toHaveCount(0);
    await expect(admin.locator('.toast')).toContainText(`${STAFF.username} removed`);

    // Their session ended with the account, and the password no longer works.
    await staff.reload();
    await expect(staff.locator('input[name=username]')).toBeVisible();
    await staff.fill('input[name=username]', STAFF.username);
    await staff.fill('input[name=password]', STAFF.password);
    await staff.click('button[type=submit]');
    await expect(staff.getByRole('alert')).toHaveText('username or password is wrong');
    await phone.close();
    await admin.close();
  });

  test('a staff member signing in where an admin left the Access tab open gets the first tab, not Access', async ({ browser }) => {
    const who = { username: `${STAFF.username}-b`, password: STAFF.password };
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, ADMIN);
    await openAccess(page);
    await addUser(page, who, 'staff');
    await expect(page.getByTestId('users')).toContainText(who.username);
    await signOut(page);
    await signIn(page, who);
    await expect(tab(page, 'Calamity')).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId('users')).toHaveCount(0);
    await signOut(page);
    await signIn(page, ADMIN);
    await tab(page, 'Access').click();
    const row = page.getByTestId('users').locator('li', { hasText: who.username });
    await row.getByRole('button', { name: 'Remove', exact: true }).click();
    await row.getByRole('button', { name: 'Yes, remove' }).click();
    await expect(row).toHaveCount(0);
    await page.close();
  });

  test('an embed token is shown once with a URL that loads the embed; revoked, its live embed closes and the URL is refused', async ({ browser, baseURL }) => {
    const wall = new URL(baseURL!).origin;
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const admin = await ctx.newPage();
    await signIn(admin, ADMIN);
    await openAccess(admin);

    const label = `E2E intranet ${Date.now()}`;
    madeTokens.add(label);
    const countBefore = await admin.getByTestId('token-count').innerText();
    const active = Number(/^(\d+)/.exec(countBefore)?.[1]);
    expect(countBefore).toBe(`${active} of ${MAX_ACTIVE_TOKENS} active`);
    await admin.locator('input[name=token-label]').fill(label);
    await admin.getByRole('button', { name: 'Create token' }).click();

    // Shown once, clearly marked.
    const box = admin.getByTestId('new-token');
    await expect(box).toContainText('It will not be shown again');
    await expect(box).toContainText(label);
    const token = await box.getByTestId('new-token-value').inputValue();
    expect(token).toMatch(/^hwe_[A-Za-z0-9_-]{43}$/);
    const row = admin.getByTestId('tokens').locator('li', { hasText: label });
    await expect(row).toContainText(`…${token.slice(-4)}`);
    await expect(row).toContainText(`by ${ADMIN.username}`);
    await expect(row).toContainText('active');
    await expect(row).not.toContainText(token); // the list shows a hint, never the token
    await expect(admin.getByTestId('token-count')).toHaveText(`${active + 1} of ${MAX_ACTIVE_TOKENS} active`);

    // The URL for one widget, copied as shown.
    await box.locator('select[name=embed-dashboard]').selectOption('overview');
    await box.locator('select[name=embed-widget]').selectOption('kpis');
    const url = await box.getByTestId('embed-url').inputValue();
    expect(url).toBe(`${wall}/embed/overview/kpis?token=${token}`);
    await box.getByRole('button', { name: 'Copy embed url' }).click();
    await expect(box.getByRole('button', { name: 'Copy embed url' })).toHaveText(/Copied/);
    expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(url);
    const snippet = await box.getByTestId('embed-snippet').inputValue();
    expect(snippet).toContain(`src="${url}"`);

    // Opened on its own, the URL is an embed with live figures.
    const direct = await ctx.newPage();
    expect((await direct.goto(url))?.status()).toBe(200);
    await expect(direct.locator('[data-embed="overview/kpis"] [data-widget="kpi-tiles"] .value').first()).toHaveText(/\d/);
    await direct.close();

    // Pasted into the allowed intranet, the snippet frames it (Referer: the intranet), its live socket carries the
    // token, and the frame is sized from the height the embed reports.
    pasted = snippet;
    const page = await ctx.newPage();
    const sockets: WebSocket[] = [];
    page.on('websocket', (ws) => sockets.push(ws));
    const framed = page.waitForResponse((r) => r.url().startsWith(`${wall}/embed/`));
    await page.goto(`${intranetOrigin}/`);
    expect((await framed).status()).toBe(200);
    const frame = page.frameLocator('iframe[src*="/embed/"]');
    await expect(frame.locator('[data-widget="kpi-tiles"] .value').first()).toHaveText(/\d/);
    await expect.poll(() => sockets.filter((s) => s.url().includes('/live') && s.url().includes(`token=${token}`) && !s.isClosed()).length).toBe(1);
    const live = sockets.find((s) => s.url().includes(`token=${token}`))!;
    const sizedAsReported = () =>
      page.evaluate(() => {
        const last = (window as unknown as { __heights: number[] }).__heights.at(-1);
        return last !== undefined && document.querySelector('iframe')?.style.height === `${last}px`;
      });
    await expect.poll(sizedAsReported, { message: 'the pasted listener sizes the frame' }).toBe(true);

    // Revoke, with a confirm that says open embeds close; the intranet's live socket is closed at once.
    const closed = live.waitForEvent('close');
    await row.getByRole('button', { name: 'Revoke' }).click();
    const confirm = row.getByRole('group', { name: /Confirm/ });
    await expect(confirm).toContainText('open live connections are closed');
    await confirm.getByRole('button', { name: 'Yes, revoke' }).click();
    await closed;
    await expect(admin.locator('.toast')).toContainText(/revoked: 1 open embed connection closed/);
    await expect(row).toContainText('revoked');
    await expect(row).toContainText(`revoked by ${ADMIN.username}`);
    await expect(row.getByRole('button', { name: 'Revoke' })).toHaveCount(0);
    await expect(box).toHaveCount(0); // a revoked token's snippet is no use
    await expect(admin.getByTestId('token-count')).toHaveText(`${active} of ${MAX_ACTIVE_TOKENS} active`);

    // The same URL is refused now, framed or opened directly.
    const refused = page.waitForResponse((r) => r.url().startsWith(`${wall}/embed/`));
    await page.reload();
    const res = await refused;
    expect(res.status()).toBe(401);
    expect((await res.json()).error.code).toBe('HW_ERR_EMBED_TOKEN');
    expect((await page.goto(url))?.status()).toBe(401);
    await ctx.close();
  });

  test('looks right on a phone (390×844) and a laptop (1280×800), with a new token on screen', async ({ browser }) => {
    const openAt = async (b: Browser, width: number, height: number) => {
      const page = await b.newPage({ viewport: { width, height } });
      await signIn(page, ADMIN);
      await openAccess(page);
      return page;
    };
    const phone = await openAt(browser, 390, 844);
    const viewer = { username: `${STAFF.username}-c`, password: STAFF.password };
    await addUser(phone, viewer, 'staff');
    await expect(phone.getByTestId('users')).toContainText(viewer.username);
    const label = `HR intranet ${Date.now().toString(36)}`;
    madeTokens.add(label);
    await phone.locator('input[name=token-label]').fill(label);
    await phone.getByRole('button', { name: 'Create token' }).click();
    await expect(phone.getByTestId('new-token')).toBeVisible();
    await expect(phone.locator('select[name=embed-dashboard] option')).not.toHaveCount(1); // the wall's dashboards arrived
    await expect(phone.locator('.toast')).toHaveCount(0, { timeout: 6_000 });

    // Nothing scrolls sideways and every button is a comfortable tap.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    for (const b of await phone.locator('main button').all()) expect((await b.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(38);
    await phone.evaluate(() => window.scrollTo(0, 0)); // the sticky tab bar stays where the page was scrolled to
    await phone.screenshot({ path: join(SHOTS, '390x844-control-access.png'), fullPage: true, animations: 'disabled' });

    // The confirm step on a phone, then the viewer goes again.
    const row = phone.getByTestId('users').locator('li', { hasText: viewer.username });
    await row.getByRole('button', { name: 'Remove', exact: true }).click();
    await phone.getByTestId('users').screenshot({ path: join(SHOTS, '390x844-control-access-confirm.png'), animations: 'disabled' });
    await row.getByRole('button', { name: 'Yes, remove' }).click();
    await expect(row).toHaveCount(0);

    const laptop = await openAt(browser, 1280, 800);
    await laptop.screenshot({ path: join(SHOTS, '1280x800-control-access.png'), fullPage: true, animations: 'disabled' });
    // The laptop view of the token box: a second token, so its page shows one too.
    await laptop.locator('input[name=token-label]').fill(`${label} (laptop)`);
    madeTokens.add(`${label} (laptop)`);
    await laptop.getByRole('button', { name: 'Create token' }).click();
    await expect(laptop.getByTestId('new-token')).toBeVisible();
    await laptop.evaluate(() => window.scrollTo(0, 0));
    await laptop.screenshot({ path: join(SHOTS, '1280x800-control-access-new-token.png'), fullPage: true, animations: 'disabled' });
    await phone.close();
    await laptop.close();
  });
});
