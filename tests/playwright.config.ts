import { defineConfig } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

export const E2E_PORT = Number(process.env.HUBWALL_E2E_PORT ?? 8188);
const dataDir = mkdtempSync(join(tmpdir(), 'hubwall-e2e-'));

/** Screens only the tests use: rotation every 5 s, so a test sees it advance without waiting half a minute. */
export const E2E_SCREENS = [
  { id: 'e2e-rotate', title: 'E2E rotation', playlist: ['overview', 'trending', 'languages'], interval: 5, theme: 'brand', timeZone: 'Europe/Amsterdam', locale: 'en-GB' },
  // Touch kiosk (issue 5): rotation resumes 5 s after the last touch, so the idle test need not wait 90 s.
  { id: 'e2e-touch', title: 'E2E touch', playlist: ['word-cloud', 'channel-capacity', 'raw-stream', 'overview'], interval: 30, theme: 'light', timeZone: 'Europe/Amsterdam', locale: 'en-GB', interactive: true, idleResume: 5 },
];

/**
 * A copy of dashboards/ and themes/ that specs may edit (hot reload, invalid edits) without touching the repo.
 * Made once by the runner; its workers inherit the path through the environment (the config is loaded in each).
 */
function wallConfigCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hubwall-e2e-config-'));
  const root = fileURLToPath(new URL('..', import.meta.url));
  // The README's screenshots are not config; the server would only skip them.
  cpSync(join(root, 'dashboards'), join(dir, 'dashboards'), { recursive: true, filter: (src) => !src.includes('screenshots') });
  cpSync(join(root, 'themes'), join(dir, 'themes'), { recursive: true });
  const wallsFile = join(dir, 'dashboards', 'walls.json');
  const walls = JSON.parse(readFileSync(wallsFile, 'utf8')) as { screens: unknown[] };
  walls.screens.push(...E2E_SCREENS);
  writeFileSync(wallsFile, JSON.stringify(walls, null, 2));
  return dir;
}
const configDir: string = process.env.HUBWALL_E2E_CONFIG_DIR ?? wallConfigCopy();
process.env.HUBWALL_E2E_CONFIG_DIR = configDir;

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    viewport: { width: 1920, height: 1080 },
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // One process (not through npx) so nothing is left running after the tests.
    command: 'node --import tsx server/main.ts',
    cwd: '..',
    url: `http://127.0.0.1:${E2E_PORT}/api/status`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(E2E_PORT),
      HOST: '127.0.0.1',
      HUBWALL_DATA_DIR: dataDir,
      HUBWALL_DEMO: '1',
      HUBWALL_DEMO_RATE: '1',
      HUBWALL_DEMO_BACKFILL_HOURS: '2',
      HUBWALL_INGEST_TOKEN: 'e2e-token-0123456789abcdef',
      HUBWALL_LOG_FORMAT: 'json',
      HUBWALL_LOG_LEVEL: 'warn',
      // Wall config from the editable copy (see wallConfigCopy).
      HUBWALL_DASHBOARDS_DIR: join(configDir, 'dashboards'),
      HUBWALL_THEMES_DIR: join(configDir, 'themes'),
      // Control panel (issue 4): the first admin, created at start.
      HUBWALL_ADMIN_USER: 'e2e-admin',
      HUBWALL_ADMIN_PASSWORD: 'e2e-admin-password',
      // Intranet embeds (issue 5): the "intranet" page of embed.spec.ts is served on the next port; the one after is not allowed.
      HUBWALL_EMBED_ORIGINS: `http://127.0.0.1:${E2E_PORT + 1}`,
    },
  },
});
