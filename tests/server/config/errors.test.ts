import { beforeAll, describe, expect, it } from 'vitest';
import type { ConfigError } from '../../../server/config/errors.ts';
import { buildConfig, type ConfigFiles } from '../../../server/config/load.ts';
import { shippedFiles, withEdit } from './helpers.ts';

let shipped: ConfigFiles;
beforeAll(async () => {
  shipped = await shippedFiles();
});

/** The errors of loading the shipped config with one file edited. */
function errorsAfter(file: string, edit: Parameters<typeof withEdit>[2]): ConfigError[] {
  const r = buildConfig(withEdit(shipped, file, edit));
  if (r.ok) throw new Error('expected the edit to be rejected');
  return r.errors;
}

describe('config errors name the file, the field and the fix', () => {
  it('reports a file that is not JSON with line and column', () => {
    const text = '{\n  "id": "volume",\n  "title": "Volume"\n  "duration": 30\n}\n';
    const [e, ...rest] = errorsAfter('dashboards/volume.json', text);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ code: 'HW_ERR_CONFIG_JSON', file: 'dashboards/volume.json', field: '', expected: 'valid JSON', line: 4, column: 3 });
    expect(e.message).toBe("`dashboards/volume.json` should be `valid JSON`, got `Expected ',' or '}' after property value at line 4, column 3`");
  });

  it('reports a file cut short as not JSON at its end', () => {
    const [e] = errorsAfter('themes/dark.json', '{\n  "id": "dark",');
    expect(e).toMatchObject({ code: 'HW_ERR_CONFIG_JSON', file: 'themes/dark.json', line: 2, column: 16 });
  });

  it('reports an unknown widget type with the known ones', () => {
    const [e] = errorsAfter('dashboards/word-cloud.json', (d) => void (d.widgets[1].type = 'wordcloud'));
    expect(e.code).toBe('HW_ERR_CONFIG_WIDGET_TYPE');
    expect(e.field).toBe('widgets[1].type');
    expect(e.message).toBe(
      '`widgets[1].type` should be `one of "kpi-tiles", "word-cloud", "featured-post", "raw-stream", "channel-capacity", "sentiment-timeline", "volume-by-channel", "language-mix", "trending-topics"`, got `"wordcloud"`',
    );
  });

  it('reports a misspelt widget option and suggests the right name', () => {
    const [e] = errorsAfter('dashboards/word-cloud.json', (d) => {
      d.widgets[0].options = { window: '1h', maxWord: 50 };
    });
    expect(e).toMatchObject({ code: 'HW_ERR_CONFIG_WIDGET_OPTION', file: 'dashboards/word-cloud.json', field: 'widgets[0].options.maxWord' });
    expect(e.message).toBe('`widgets[0].options.maxWord` should be `absent (did you mean "maxWords"?); known fields: window, maxWords, colorBy`, got `50`');
  });

  it('reports a widget option of the wrong value', () => {
    const errors = errorsAfter('dashboards/overview.json', (d) => {
      d.widgets[1].options.range = 2000;
      d.widgets[2].options.bucket = 7;
    });
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['HW_ERR_CONFIG_WIDGET_OPTION', 'widgets[1].options.range'],
      ['HW_ERR_CONFIG_WIDGET_OPTION', 'widgets[2].options.bucket'],
    ]);
    expect(errors[0].message).toBe('`widgets[1].options.range` should be `an integer from 5 to 1440`, got `2000`');
    expect(errors[1].message).toBe('`widgets[2].options.bucket` should be `one of 1, 5, 10, 15, 30, 60`, got `7`');
  });

  it('reports a bucket too coarse for its range', () => {
    const [e] = errorsAfter('dashboards/volume.json', (d) => void Object.assign(d.widgets[1].options, { range: 60, bucket: 30 }));
    expect(e.code).toBe('HW_ERR_CONFIG_WIDGET_OPTION');
    expect(e.message).toBe('`widgets[1].options.bucket` should be `at most 20 minutes (a third of range 60)`, got `30`');
  });

  it('reports a filter the widget would ignore', () => {
    const [e] = errorsAfter('dashboards/volume.json', (d) => void (d.widgets[0].filter = { sentiment: ['negative'] }));
    expect(e.code).toBe('HW_ERR_CONFIG_WIDGET_FILTER');
    expect(e.message).toBe('`widgets[0].filter.sentiment` should be `absent (volume-by-channel filters on channel, lang only)`, got `["negative"]`');
  });

  it('reports a field of the wrong type and a field the schema does not know', () => {
    const errors = errorsAfter('dashboards/trending.json', (d) => {
      d.duration = '30';
      d.widgets[0].area.colspan = 2;
    });
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['HW_ERR_CONFIG_SCHEMA', 'duration'],
      ['HW_ERR_CONFIG_UNKNOWN_FIELD', 'widgets[0].area.colspan'],
    ]);
    expect(errors[0].message).toBe('`duration` should be `an integer from 5 to 3600`, got `"30"`');
    expect(errors[1].message).toBe('`widgets[0].area.colspan` should be `absent (did you mean "colSpan"?); known fields: col, row, colSpan, rowSpan`, got `2`');
  });

  it('reports overlapping areas with the widget they collide with', () => {
    const [e] = errorsAfter('dashboards/overview.json', (d) => void (d.widgets[2].area = { col: 5, row: 3, colSpan: 8, rowSpan: 4 }));
    expect(e).toMatchObject({ code: 'HW_ERR_CONFIG_AREA_OVERLAP', file: 'dashboards/overview.json', field: 'widgets[2].area' });
    expect(e.message).toBe(
      '`widgets[2].area` should be `clear of widgets[1] ("sentiment"), which covers columns 1–6, rows 3–6`, got `{"col":5,"row":3,"colSpan":8,"rowSpan":4}`',
    );
  });

  it('reports an area reaching outside the grid', () => {
    const [e] = errorsAfter('dashboards/overview.json', (d) => void (d.widgets[2].area.colSpan = 7));
    expect(e).toMatchObject({ code: 'HW_ERR_CONFIG_AREA_OUTSIDE', field: 'widgets[2].area.colSpan' });
    expect(e.message).toBe('`widgets[2].area.colSpan` should be `at most 6 (starts at column 7 of 12 in the grid)`, got `7`');
  });

  it('checks portrait areas against the portrait grid, and asks for all or none', () => {
    const errors = errorsAfter('dashboards/overview.json', (d) => {
      d.widgets[0].portraitArea.rowSpan = 4;
      delete d.widgets[2].portraitArea;
    });
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['HW_ERR_CONFIG_PORTRAIT', 'widgets[2].portraitArea'],
      ['HW_ERR_CONFIG_AREA_OVERLAP', 'widgets[1].portraitArea'],
    ]);
    const noGrid = errorsAfter('dashboards/overview.json', (d) => void delete d.layout.portrait);
    expect(noGrid[0]).toMatchObject({ code: 'HW_ERR_CONFIG_PORTRAIT', field: 'layout.portrait' });
  });

  it('reports a dashboard id that differs from its file name', () => {
    const [e] = errorsAfter('dashboards/volume.json', (d) => void (d.id = 'volumes'));
    expect(e.code).toBe('HW_ERR_CONFIG_ID_MISMATCH');
    expect(e.message).toBe('`id` should be `"volume" (the file name)`, got `"volumes"`');
  });

  it('reports two widgets with the same id', () => {
    const [e] = errorsAfter('dashboards/volume.json', (d) => void (d.widgets[1].id = 'day'));
    expect(e).toMatchObject({ code: 'HW_ERR_CONFIG_DUPLICATE_ID', field: 'widgets[1].id' });
    expect(e.message).toBe('`widgets[1].id` should be `an id not used by another widget (widgets[0] has it)`, got `"day"`');
  });

  it('reports a playlist naming a missing dashboard', () => {
    const [e, ...rest] = errorsAfter('dashboards/walls.json', (w) => void (w.screens[1].playlist[2] = 'trends'));
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ code: 'HW_ERR_CONFIG_UNKNOWN_DASHBOARD', file: 'dashboards/walls.json', field: 'screens[1].playlist[2]' });
    expect(e.message).toBe(
      '`screens[1].playlist[2]` should be `one of the dashboards: channel-capacity, featured-post, languages, overview, raw-stream, sentiment, trending, volume, word-cloud`, got `"trends"`',
    );
  });

  it('reports a broken dashboard once, in its own file, not again in the playlists', () => {
    const errors = errorsAfter('dashboards/volume.json', (d) => void (d.title = ''));
    expect(errors.map((e) => e.file)).toEqual(['dashboards/volume.json']);
  });

  it('reports an unknown theme', () => {
    const [e] = errorsAfter('dashboards/walls.json', (w) => void (w.screens[0].theme = 'corporate'));
    expect(e).toMatchObject({ code: 'HW_ERR_CONFIG_UNKNOWN_THEME', field: 'screens[0].theme' });
    expect(e.message).toBe('`screens[0].theme` should be `one of the themes: brand, dark, high-contrast, light`, got `"corporate"`');
  });

  it('reports an ignored keyword that is more than one word', () => {
    const [e, ...rest] = errorsAfter('dashboards/walls.json', (w) => void (w.ignoreKeywords = ['hubwall', 'hubwall air']));
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ file: 'dashboards/walls.json', field: 'ignoreKeywords[1]' });
    expect(e.message).toMatch(/ignoreKeywords\[1\]`.*got `"hubwall air"`/);
  });

  it('reports a time zone that is not IANA and a locale that is not BCP 47', () => {
    const errors = errorsAfter('dashboards/walls.json', (w) => {
      w.screens[2].timeZone = 'Europe/Amsterdan';
      w.screens[3].locale = 'nl_NL';
    });
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['HW_ERR_CONFIG_TIME_ZONE', 'screens[2].timeZone'],
      ['HW_ERR_CONFIG_LOCALE', 'screens[3].locale'],
    ]);
    expect(errors[0].message).toBe('`screens[2].timeZone` should be `an IANA time zone such as "Europe/Amsterdam" or "UTC"`, got `"Europe/Amsterdan"`');
    expect(errors[1].message).toBe('`screens[3].locale` should be `a BCP 47 locale such as "nl-NL" or "en-GB"`, got `"nl_NL"`');
  });

  it('reports a default screen that does not exist and duplicate screen ids', () => {
    const errors = errorsAfter('dashboards/walls.json', (w) => {
      w.defaultScreen = 'middle';
      w.screens[4].id = 'touch';
    });
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['HW_ERR_CONFIG_DUPLICATE_ID', 'screens[4].id'],
      ['HW_ERR_CONFIG_UNKNOWN_SCREEN', 'defaultScreen'],
    ]);
  });

  it('reports a missing walls.json', () => {
    const r = buildConfig({ ...shipped, walls: null });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([expect.objectContaining({ code: 'HW_ERR_CONFIG_MISSING', file: 'dashboards/walls.json' })]);
  });

  it('reports a theme without a required variable, a colour that is not hex, and unreadable text', () => {
    const errors = errorsAfter('themes/light.json', (t) => {
      delete t.vars['--ch-line'];
      t.vars['--accent'] = 'royalblue';
      t.vars['--fg'] = '#9ca3af';
    });
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['HW_ERR_CONFIG_THEME_VAR', 'vars["--accent"]'],
      ['HW_ERR_CONFIG_THEME_VAR', 'vars["--ch-line"]'],
      ['HW_ERR_CONFIG_THEME_CONTRAST', 'vars["--fg"]'],
    ]);
    expect(errors[2].message).toBe('`vars["--fg"]` should be `a colour with at least 4.5:1 contrast on --bg #f6f7f9`, got `#9ca3af (2.37:1)`');
  });

  it('reports every error of every file at once', () => {
    let files = withEdit(shipped, 'dashboards/volume.json', '{');
    files = withEdit(files, 'dashboards/walls.json', (w) => void (w.screens[0].timeZone = 'Mars/Olympus'));
    const r = buildConfig(files);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.code)).toEqual(['HW_ERR_CONFIG_JSON', 'HW_ERR_CONFIG_TIME_ZONE']);
  });
});
