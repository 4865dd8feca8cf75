import { Value } from '@sinclair/typebox/value';
import { Dashboard, WIDGET_TYPES, type WidgetType } from '../schemas/config.ts';
import { configError, type ConfigError } from './errors.ts';
import { checkAreas, type PlacedArea } from './grid.ts';
import { schemaErrors } from './schema-errors.ts';
import { WIDGET_FILTERS, WIDGET_OPTIONS, optionRules } from './widget-options.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isWidgetType = (t: unknown): t is WidgetType => (WIDGET_TYPES as readonly unknown[]).includes(t);

/** Validates each widget's options against its type's schema, filling in defaults in place. */
function checkOptions(file: string, widgets: unknown[]): ConfigError[] {
  const errors: ConfigError[] = [];
  widgets.forEach((w, i) => {
    if (!isRecord(w) || !isWidgetType(w.type)) return; // the dashboard schema reports these
    if (w.options !== undefined && !isRecord(w.options)) return;
    const schema = WIDGET_OPTIONS[w.type];
    const field = `widgets[${i}].options`;
    const options = Value.Default(schema, w.options ?? {}) as Record<string, unknown>;
    const found = schemaErrors(file, schema, options, field, { unknownField: 'HW_ERR_CONFIG_WIDGET_OPTION', other: 'HW_ERR_CONFIG_WIDGET_OPTION' });
    if (found.length === 0) {
      for (const [key, expected] of optionRules(w.type, options)) errors.push(configError('HW_ERR_CONFIG_WIDGET_OPTION', file, `${field}.${key}`, expected, options[key]));
    }
    errors.push(...found);
    w.options = options;
  });
  return errors;
}

/** Filter fields the widget's topic would silently ignore are errors, so a wall never shows less filtering than it claims. */
function checkFilters(file: string, d: Dashboard): ConfigError[] {
  const errors: ConfigError[] = [];
  d.widgets.forEach((w, i) => {
    const allowed = WIDGET_FILTERS[w.type as WidgetType]; // the schema checked it; its Static type is string
    for (const key of Object.keys(w.filter ?? {})) {
      if (allowed.includes(key as (typeof allowed)[number])) continue;
      const expected = allowed.length ? `absent (${w.type} filters on ${allowed.join(', ')} only)` : `absent (${w.type} takes no filter)`;
      errors.push(configError('HW_ERR_CONFIG_WIDGET_FILTER', file, `widgets[${i}].filter.${key}`, expected, (w.filter as Record<string, unknown>)[key]));
    }
  });
  return errors;
}

/** Landscape and portrait areas inside their grids, not overlapping; portrait areas all or none. */
function checkLayout(file: string, d: Dashboard): ConfigError[] {
  const label = (i: number) => `widgets[${i}] ("${d.widgets[i].id}")`;
  const errors = checkAreas(file, d.layout, 'the grid', d.widgets.map((w, i): PlacedArea => ({ field: `widgets[${i}].area`, label: label(i), area: w.area })));
  const withPortrait = d.widgets.map((w, i) => [w, i] as const).filter(([w]) => w.portraitArea);
  const portrait = d.layout.portrait;
  if (!portrait) {
    if (withPortrait.length > 0) {
      const i = withPortrait[0][1];
      errors.push(configError('HW_ERR_CONFIG_PORTRAIT', file, 'layout.portrait', `present: { columns, rows } (widgets[${i}] has a portraitArea)`, undefined));
    }
    return errors;
  }
  d.widgets.forEach((w, i) => {
    if (!w.portraitArea)
      errors.push(configError('HW_ERR_CONFIG_PORTRAIT', file, `widgets[${i}].portraitArea`, 'present: { col, row, colSpan, rowSpan } (layout.portrait is set, so every widget needs one)', undefined));
  });
  const placed = withPortrait.map(([w, i]): PlacedArea => ({ field: `widgets[${i}].portraitArea`, label: label(i), area: w.portraitArea! })); // filtered above
  errors.push(...checkAreas(file, portrait, 'the portrait grid', placed));
  return errors;
}

/** Validates one dashboard file's parsed JSON (`name` is the file name without `.json`); defaults are applied. */
export function validateDashboard(file: string, name: string, raw: unknown): { dashboard?: Dashboard; errors: ConfigError[] } {
  const value = Value.Default(Dashboard, structuredClone(raw));
  const errors = schemaErrors(file, Dashboard, value, '', {
    byField: (f) => (/^widgets\[\d+\]\.type$/.test(f) ? 'HW_ERR_CONFIG_WIDGET_TYPE' : undefined),
  });
  if (isRecord(value) && Array.isArray(value.widgets)) errors.push(...checkOptions(file, value.widgets));
  if (errors.length > 0) return { errors };
  const d = value as Dashboard; // checked by schemaErrors above
  if (d.id !== name) errors.push(configError('HW_ERR_CONFIG_ID_MISMATCH', file, 'id', `"${name}" (the file name)`, d.id));
  const firstIndex = new Map<string, number>();
  d.widgets.forEach((w, i) => {
    const first = firstIndex.get(w.id);
    if (first === undefined) firstIndex.set(w.id, i);
    else errors.push(configError('HW_ERR_CONFIG_DUPLICATE_ID', file, `widgets[${i}].id`, `an id not used by another widget (widgets[${first}] has it)`, w.id));
  });
  errors.push(...checkFilters(file, d), ...checkLayout(file, d));
  return errors.length > 0 ? { errors } : { dashboard: d, errors };
}
