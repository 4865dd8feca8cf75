import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConfigService } from '../../../server/config/service.ts';
import type { WallConfig } from '../../../server/schemas/config.ts';
import { memoryLog, tempCopy, waitFor } from './helpers.ts';

/** How the mocked fs.watch behaves: throw at once (no inotify left), or hand out a watcher that fails later. */
const mode = vi.hoisted(() => ({ current: 'throw' as 'throw' | 'fail-later', watchers: [] as EventEmitter[] }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const watch = () => {
    if (mode.current === 'throw') throw Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), { code: 'ENOSPC' });
    const w = Object.assign(new EventEmitter(), { close: () => undefined });
    mode.watchers.push(w);
    return w;
  };
  return { ...fs, default: { ...fs, watch }, watch };
});

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
  mode.watchers.length = 0;
});

async function start() {
  const dirs = await tempCopy();
  cleanups.push(dirs.remove);
  const { log, lines } = memoryLog();
  const service = await createConfigService({ ...dirs, watch: true, pollMs: 100, log });
  cleanups.push(() => service.close());
  const seen: WallConfig[] = [];
  service.subscribe((c) => void seen.push(c));
  return { dirs, lines, seen };
}

describe('config service when watching fails', () => {
  it('polls the folders when fs.watch throws', async () => {
    mode.current = 'throw';
    const { dirs, lines, seen } = await start();
    expect(lines.filter((l) => l.level === 'warn' && l.msg.startsWith('cannot watch config folder'))).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 150)); // let the first poll take its baseline
    await dirs.editJson(dirs.dashboardsDir, 'volume.json', (d) => void (d.title = 'Polled'));
    await waitFor(() => seen.length > 0, 2_000);
    expect(seen[0].dashboards.volume.title).toBe('Polled');
  });

  it('falls back to polling when a watcher emits an error', async () => {
    mode.current = 'fail-later';
    const { dirs, lines, seen } = await start();
    for (const w of mode.watchers) w.emit('error', new Error('watcher died'));
    expect(lines.filter((l) => l.level === 'warn' && l.msg.startsWith('config folder watcher failed'))).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 150));
    await dirs.editJson(dirs.themesDir, 'brand.json', (t) => void (t.label = 'Brand (polled)'));
    await waitFor(() => seen.length > 0, 2_000);
    expect(seen[0].themes.brand.label).toBe('Brand (polled)');
  });
});
