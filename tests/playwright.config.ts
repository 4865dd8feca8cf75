import { defineConfig } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's Chromium: Playwright cannot download its own browser here. */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/sh' }).toString().trim();
  } catch {
    throw new Error('Chromium not found: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH)');
  }
}

export const E2E_PORT = Number(process.env.HUBWALL_E2E_PORT ?? 8188);
const dataDir = mkdtempSync(join(tmpdir(), 'hubwall-e2e-'));

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
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
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
      HUBWALL_DEMO_BACKFILL_HOURS: '1',
      HUBWALL_INGEST_TOKEN: 'e2e-token-0123456789abcdef',
      HUBWALL_LOG_FORMAT: 'json',
      HUBWALL_LOG_LEVEL: 'warn',
    },
  },
});
