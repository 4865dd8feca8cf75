/**
 * Calamity switch benchmark: ms from a click in the control panel until each of three open 1080p wall screens
 * shows calamity mode (ON) or has dropped it (OFF), over several rounds at demo traffic. The budget is 1 s to
 * every screen. Beside it, the same run's baseline: a plain HTTP round trip from the panel page to the server.
 *
 *   node --import tsx tests/bench/calamity.bench.ts [--rounds 7] [--port 8197]
 *
 * Needs a built display (`npx vite build`) and Debian's Chromium.
 */
import { chromium, type Page } from '@playwright/test';
import { parseArgs } from 'node:util';
import { startServer, stats } from './lib/server.ts';
import { settled, switchCalamity } from '../e2e/calamity-switch.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.ts';

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '7' }, port: { type: 'string', default: '8197' } } });
const ROUNDS = Number(args.rounds);
const BUDGET_MS = 1_000;
const ADMIN = { username: 'bench-admin', password: 'bench-admin-password' };

const server = await startServer(Number(args.port), {
  HUBWALL_DEMO: '1',
  HUBWALL_DEMO_BACKFILL_HOURS: '1',
  HUBWALL_ADMIN_USER: ADMIN.username,
  HUBWALL_ADMIN_PASSWORD: ADMIN.password,
});
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const panel = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await panel.goto(`${server.base}/control`);
  await panel.fill('input[name=username]', ADMIN.username);
  await panel.fill('input[name=password]', ADMIN.password);
  await panel.click('button[type=submit]');
  await panel.getByTestId('calamity-on').waitFor();
  await panel.fill('input[name=title]', 'Bench drill');
  await panel.fill('textarea[name=html]', '<h1>Bench drill</h1><p>All flights grounded.</p>');
  const walls: Page[] = [];
  for (const id of ['left', 'center', 'right']) {
    const p = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await p.goto(`${server.base}/?screen=${id}`);
    await p.locator('[data-widget]').first().waitFor();
    walls.push(p);
  }
  const on: number[] = [];
  const off: number[] = [];
  const roundTrip: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    roundTrip.push(await panel.evaluate(async () => {
      const t = performance.now();
      await (await fetch('/api/status')).json();
      return Math.round(performance.now() - t);
    }));
    on.push(Math.max(...(await switchCalamity(panel, walls, 'on'))));
    for (const w of walls) await settled(w, 'on');
    off.push(Math.max(...(await switchCalamity(panel, walls, 'off'))));
    for (const w of walls) await settled(w, 'off');
  }
  const line = (name: string, xs: number[]) => {
    const s = stats(xs);
    return `${name.padEnd(22)} median ${String(s.p50).padStart(5)} ms  p90 ${String(s.p90).padStart(5)} ms  max ${String(s.max).padStart(5)} ms  (${xs.join(' / ')})`;
  };
  const base = stats(roundTrip).p50;
  console.log(`\ncalamity switch, slowest of 3 screens per round, ${ROUNDS} rounds at demo traffic (budget ${BUDGET_MS} ms):`);
  console.log(line('ON', on));
  console.log(line('OFF', off));
  console.log(line('baseline HTTP round trip', roundTrip));
  console.log(`ratio to baseline: ON ${(stats(on).p50 / Math.max(1, base)).toFixed(1)}×, OFF ${(stats(off).p50 / Math.max(1, base)).toFixed(1)}×`);
  console.log(`within budget: ON ${stats(on).p50 < BUDGET_MS ? 'yes' : 'NO'}, OFF ${stats(off).p50 < BUDGET_MS ? 'yes' : 'NO'}`);
} finally {
  await browser.close();
  await server.stop();
}
