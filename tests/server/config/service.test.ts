import { afterEach, describe, expect, it } from 'vitest';
import { ConfigInvalidError } from '../../../server/config/errors.ts';
import { createConfigService } from '../../../server/config/service.ts';
import type { WallConfig } from '../../../server/schemas/config.ts';
import { memoryLog, tempCopy, waitFor } from './helpers.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function setup(watch = true) {
  const dirs = await tempCopy();
  cleanups.push(dirs.remove);
  const { log, lines } = memoryLog();
  const service = await createConfigService({ dashboardsDir: dirs.dashboardsDir, themesDir: dirs.themesDir, watch, log });
  cleanups.push(() => service.close());
  const seen: WallConfig[] = [];
  service.subscribe((cfg) => void seen.push(cfg));
  return { dirs, service, lines, seen };
}

describe('config service', () => {
  it('throws every message at start when the config is invalid', async () => {
    const dirs = await tempCopy();
    cleanups.push(dirs.remove);
    await dirs.writeText(dirs.dashboardsDir, 'volume.json', '{ nope');
    await dirs.editJson(dirs.dashboardsDir, 'walls.json', (w) => void (w.screens[0].theme = 'neon'));
    const start = createConfigService({ ...dirs, watch: false, log: memoryLog().log });
    await expect(start).rejects.toBeInstanceOf(ConfigInvalidError);
    await expect(start).rejects.toThrow(/dashboards\/volume\.json: `dashboards\/volume\.json` should be `valid JSON`.*\[HW_ERR_CONFIG_JSON\]/);
    await expect(start).rejects.toThrow(/`screens\[0\]\.theme` should be `one of the themes: brand, dark, high-contrast, light`, got `"neon"`/);
  });

  it('delivers a valid edit to a subscriber within 2 s', async () => {
    const { dirs, service, seen } = await setup();
    const before = service.current().revision;
    await dirs.editJson(dirs.dashboardsDir, 'volume.json', (d) => void (d.title = 'Volume per channel'));
    await waitFor(() => seen.length > 0, 2_000);
    expect(seen[0].dashboards.volume.title).toBe('Volume per channel');
    expect(seen[0].revision).not.toBe(before);
    expect(service.current()).toBe(seen[0]);
    expect(service.errors()).toEqual([]);
  });

  it('sees edits to themes too', async () => {
    const { dirs, seen } = await setup();
    await dirs.editJson(dirs.themesDir, 'dark.json', (t) => void (t.vars['--accent'] = '#79c0ff'));
    await waitFor(() => seen.length > 0, 2_000);
    expect(seen[0].themes.dark.vars['--accent']).toBe('#79c0ff');
  });

  it('keeps the last good config and shows the error after an invalid edit', async () => {
    const { dirs, service, lines, seen } = await setup();
    const good = service.current();
    await dirs.editJson(dirs.dashboardsDir, 'walls.json', (w) => void (w.screens[0].timeZone = 'Europe/Amsterdan'));
    await waitFor(() => service.errors().length > 0, 2_000);
    expect(service.current()).toBe(good);
    expect(seen).toEqual([]);
    expect(service.errors()).toEqual([
      expect.objectContaining({ code: 'HW_ERR_CONFIG_TIME_ZONE', file: 'dashboards/walls.json', field: 'screens[0].timeZone' }),
    ]);
    const warn = lines.find((l) => l.level === 'warn');
    expect(warn?.obj).toMatchObject({ code: 'HW_ERR_CONFIG_TIME_ZONE', file: 'dashboards/walls.json', field: 'screens[0].timeZone' });
    expect(String(warn?.obj.reason)).toContain('should be `an IANA time zone');

    // Fixing the file clears the errors; the content equals the last good config, so nobody is notified.
    await dirs.editJson(dirs.dashboardsDir, 'walls.json', (w) => void (w.screens[0].timeZone = 'Europe/Amsterdam'));
    await waitFor(() => service.errors().length === 0, 2_000);
    expect(service.current()).toBe(good);
    expect(seen).toEqual([]);
  });

  it('reports a half-written file and recovers when it is complete', async () => {
    const { dirs, service, seen } = await setup();
    await dirs.writeText(dirs.dashboardsDir, 'trending.json', '{ "id": "trending", ');
    await waitFor(() => service.errors().some((e) => e.code === 'HW_ERR_CONFIG_JSON'), 2_000);
    await dirs.writeText(
      dirs.dashboardsDir,
      'trending.json',
      JSON.stringify({ id: 'trending', title: 'Trending', layout: { columns: 1, rows: 1 }, widgets: [{ id: 't', type: 'trending-topics', area: { col: 1, row: 1 } }] }),
    );
    await waitFor(() => seen.length > 0, 2_000);
    expect(service.errors()).toEqual([]);
    expect(seen[0].dashboards.trending.widgets[0].options).toEqual({ maxItems: 10, minRatio: 2, showNegativeShare: true });
  });

  it('reloads on demand without watching, and stops notifying after unsubscribe', async () => {
    const { dirs, service, seen } = await setup(false);
    const other: WallConfig[] = [];
    const off = service.subscribe((c) => void other.push(c));
    await dirs.editJson(dirs.dashboardsDir, 'volume.json', (d) => void (d.duration = 40));
    off();
    const r = await service.reload();
    expect(r).toMatchObject({ ok: true, changed: true });
    expect(seen).toHaveLength(1);
    expect(other).toEqual([]);
    expect(await service.reload()).toMatchObject({ ok: true, changed: false });
  });

  it('keeps notifying others when one subscriber throws', async () => {
    const { dirs, service, lines, seen } = await setup(false);
    service.subscribe(() => {
      throw new Error('boom');
    });
    await dirs.editJson(dirs.dashboardsDir, 'volume.json', (d) => void (d.duration = 41));
    await service.reload();
    expect(seen).toHaveLength(1);
    expect(lines.some((l) => l.level === 'error' && l.msg === 'config subscriber threw')).toBe(true);
  });
});
