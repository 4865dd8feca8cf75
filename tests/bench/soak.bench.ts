/**
 * Wall soak: one screen rotates through the nine dashboards every few seconds at a busy demo rate, and every
 * `--every` seconds the page is garbage-collected and its JS heap, DOM nodes and event listeners are sampled
 * through the DevTools protocol. A kiosk that leaks dies within days; here a leak shows as a slope.
 *
 *   node --import tsx tests/bench/soak.bench.ts [--minutes 8] [--dwell 5] [--rate 20] [--every 45]
 *
 * Each sample is taken 2 s after the first dashboard came on screen, so the DOM it measures is comparable; by default
 * once per full rotation. Needs a built display (`npx vite build`) and Debian's Chromium. The baseline is the first sample after one full
 * rotation (every widget mounted once, caches warm): later samples are printed as ratios to it, and the slope of a
 * least-squares line over the samples after it is extrapolated to 24 h.
 */
import { chromium } from '@playwright/test';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startServer } from './lib/server.ts';
import { DASHBOARDS, rotatingWallConfig } from './lib/wall-config.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.ts';

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '8' },
    dwell: { type: 'string', default: '5' }, // s per dashboard (the config's minimum): ~12 dashboard changes a minute
    rate: { type: 'string', default: '20' }, // demo messages/s: five times the demo default, so the stream churns
    every: { type: 'string' }, // s between samples, at least; default one full rotation
    port: { type: 'string', default: '8197' },
  },
});
const MINUTES = Number(args.minutes);
const DWELL_S = Number(args.dwell);
const EVERY_S = args.every ? Number(args.every) : DASHBOARDS.length * DWELL_S;


interface Sample {
  t: number;
  heapMB: number;
  nodes: number;
  listeners: number;
  dashboards: number;
}

/** Least-squares slope of y over x. */
function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

async function main(): Promise<void> {
  const cfg = rotatingWallConfig('soak', DWELL_S);
  const server = await startServer(Number(args.port), {
    HUBWALL_DEMO: '1',
    HUBWALL_DEMO_RATE: String(args.rate),
    HUBWALL_DEMO_BACKFILL_HOURS: '2',
    ...cfg.env,
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    // Counts dashboard changes in the page, so the table shows the rotation kept going.
    await page.addInitScript({
      content: `window.__changes = 0; window.__title = ''; window.__since = 0;
        new MutationObserver(() => {
          const t = document.querySelector('[data-testid="dashboard-title"]')?.textContent ?? '';
          if (t && t !== window.__title) { window.__title = t; window.__since = performance.now(); window.__changes++; }
        }).observe(document, { subtree: true, childList: true, characterData: true });`,
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${server.base}/?screen=soak`);
    await page.locator('[data-widget]').first().waitFor();
    const started = Date.now();

    const firstTitle = cfg.title(DASHBOARDS[0]);
    const sample = async (): Promise<Sample> => {
      // Same moment of the rotation every time (first dashboard, 2 s in), so the DOM on screen is comparable.
      await page.waitForFunction(
        (t) => {
          const w = window as unknown as { __title: string; __since: number };
          return w.__title === t && performance.now() - w.__since > 2_000;
        },
        firstTitle,
        { timeout: (DASHBOARDS.length * DWELL_S + 10) * 1000 },
      );
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const m = new Map(metrics.map((x) => [x.name, x.value]));
      return {
        t: (Date.now() - started) / 1000,
        heapMB: (m.get('JSHeapUsedSize') ?? 0) / 1e6,
        nodes: m.get('Nodes') ?? 0,
        listeners: m.get('JSEventListeners') ?? 0,
        dashboards: (await page.evaluate('window.__changes')) as number,
      };
    };

    // Baseline after one full rotation: every widget has mounted once.
    await page.waitForTimeout(DASHBOARDS.length * DWELL_S * 1000 + 2_000);
    const samples: Sample[] = [await sample()];
    const base = samples[0];
    console.log(`Wall soak (Chromium 1920×1080, demo ${args.rate} msg/s, ${DWELL_S} s per dashboard, GC before each sample)`);
    console.log(`${'t (s)'.padStart(6)} ${'dashboards'.padStart(10)} ${'heap MB'.padStart(8)} ${'×base'.padStart(6)} ${'DOM nodes'.padStart(9)} ${'×base'.padStart(6)} ${'listeners'.padStart(9)} ${'×base'.padStart(6)}`);
    const print = (s: Sample) =>
      console.log(
        `${s.t.toFixed(0).padStart(6)} ${String(s.dashboards).padStart(10)} ${s.heapMB.toFixed(1).padStart(8)} ${(s.heapMB / base.heapMB).toFixed(2).padStart(6)} ${String(s.nodes).padStart(9)} ${(s.nodes / base.nodes).toFixed(2).padStart(6)} ${String(s.listeners).padStart(9)} ${(s.listeners / base.listeners).toFixed(2).padStart(6)}`,
      );
    print(base);
    while (Date.now() - started < MINUTES * 60_000) {
      await page.waitForTimeout(EVERY_S * 1000 - 3_000);
      const s = await sample();
      samples.push(s);
      print(s);
    }
    const last = samples[samples.length - 1];
    // Growth per hour over the whole run and over its second half: a cache filling up to its bound shows as a
    // slope that falls towards zero; a leak keeps its slope.
    const half = samples.slice(Math.floor(samples.length / 2));
    const perHour = (xs: Sample[], pick: (s: Sample) => number) => slope(xs.map((s) => s.t / 3600), xs.map(pick));
    const trend = (label: string, pick: (s: Sample) => number, unit: string, digits: number) =>
      console.log(
        `${label.padEnd(10)} ${pick(base).toFixed(digits)} → ${pick(last).toFixed(digits)}${unit} (×${(pick(last) / pick(base)).toFixed(2)}); per hour: ` +
          `${perHour(samples, pick).toFixed(digits)}${unit} over the run, ${perHour(half, pick).toFixed(digits)}${unit} over its second half`,
      );
    console.log(`\nover ${((last.t - base.t) / 60).toFixed(1)} min and ${last.dashboards - base.dashboards} dashboard changes after the baseline:`);
    trend('heap', (s) => s.heapMB, ' MB', 2);
    trend('DOM nodes', (s) => s.nodes, '', 0);
    trend('listeners', (s) => s.listeners, '', 0);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(cfg.dir, { recursive: true, force: true });
  }
}

await main();
