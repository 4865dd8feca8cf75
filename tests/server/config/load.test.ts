import { describe, expect, it } from 'vitest';
import { WIDGET_TYPES } from '../../../server/schemas/config.ts';
import { buildConfig, loadConfig } from '../../../server/config/load.ts';
import { SHIPPED, shippedFiles, withEdit } from './helpers.ts';

describe('loading the shipped config', () => {
  it('loads with nine dashboards and five screens', async () => {
    const r = await loadConfig(SHIPPED);
    if (!r.ok) throw new Error(r.errors.map((e) => `${e.file}: ${e.message}`).join('\n'));
    expect(Object.keys(r.config.dashboards).sort()).toEqual(
      ['channel-capacity', 'featured-post', 'languages', 'overview', 'raw-stream', 'sentiment', 'trending', 'volume', 'word-cloud'],
    );
    expect(r.config.walls.screens.map((s) => s.id)).toEqual(['left', 'center', 'right', 'touch', 'lobby']);
    expect(r.config.walls.defaultScreen).toBe('center');
    expect(Object.keys(r.config.themes).sort()).toEqual(['brand', 'dark', 'high-contrast', 'light']);
    expect(r.config.revision).toMatch(/^[0-9a-f]{12}$/);
  });

  it('puts every dashboard on one of the three landscape walls', async () => {
    const r = await loadConfig(SHIPPED);
    if (!r.ok) throw new Error('invalid');
    const onWalls = r.config.walls.screens.filter((s) => ['left', 'center', 'right'].includes(s.id)).flatMap((s) => s.playlist);
    expect(new Set(onWalls)).toEqual(new Set(Object.keys(r.config.dashboards)));
    expect(r.config.walls.screens.find((s) => s.id === 'touch')?.interactive).toBe(true);
  });

  it('uses every widget type at least once', async () => {
    const r = await loadConfig(SHIPPED);
    if (!r.ok) throw new Error('invalid');
    const used = new Set(Object.values(r.config.dashboards).flatMap((d) => d.widgets.map((w) => w.type)));
    expect([...used].sort()).toEqual([...WIDGET_TYPES].sort());
  });

  it('applies schema and option defaults', async () => {
    const files = withEdit(await shippedFiles(), 'dashboards/raw-stream.json', (d) => {
      delete d.duration;
      delete d.widgets[0].options;
      d.widgets[0].area = { col: 1, row: 1 };
    });
    const r = buildConfig(files);
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    const d = r.config.dashboards['raw-stream'];
    expect(d.duration).toBe(30);
    expect(d.widgets[0].area).toEqual({ col: 1, row: 1, colSpan: 1, rowSpan: 1 });
    expect(d.widgets[0].options).toEqual({ maxItems: 20, showSentiment: true, showChannel: true, showLanguage: false });
    const left = r.config.walls.screens[0];
    expect(left.interactive).toBe(false);
    expect(left.idleResume).toBe(60);
  });

  it('returns a frozen config', async () => {
    const r = await loadConfig(SHIPPED);
    if (!r.ok) throw new Error('invalid');
    expect(Object.isFrozen(r.config)).toBe(true);
    expect(Object.isFrozen(r.config.dashboards.overview.widgets[0].area)).toBe(true);
    expect(Object.isFrozen(r.config.walls.screens[0].playlist)).toBe(true);
  });

  it('gives the same revision for the same content and a new one for a change', async () => {
    const files = await shippedFiles();
    const a = buildConfig(files);
    // Same content with other whitespace and another key order.
    const reformatted = withEdit(files, 'dashboards/volume.json', (d) => {
      const { id, ...rest } = d;
      for (const k of Object.keys(d)) delete d[k];
      Object.assign(d, rest, { id });
    });
    const b = buildConfig(reformatted);
    const changed = buildConfig(withEdit(files, 'dashboards/volume.json', (d) => void (d.duration = 31)));
    if (!a.ok || !b.ok || !changed.ok) throw new Error('invalid');
    expect(b.config.revision).toBe(a.config.revision);
    expect(changed.config.revision).not.toBe(a.config.revision);
  });
});
