import type { GridArea } from '../schemas/config.ts';
import { configError, type ConfigError } from './errors.ts';

/** A placed widget: where its area sits in the file, and a label for messages. */
export interface PlacedArea {
  /** e.g. `widgets[2].area` */
  field: string;
  /** e.g. `widgets[2] ("volume")` */
  label: string;
  area: GridArea;
}

const span = (from: number, count: number) => (count === 1 ? `${from}` : `${from}–${from + count - 1}`);

/** Errors for areas that reach outside a `columns` × `rows` grid or cover a cell another area covers. */
export function checkAreas(file: string, grid: { columns: number; rows: number }, gridName: string, placed: readonly PlacedArea[]): ConfigError[] {
  const errors: ConfigError[] = [];
  const inside: PlacedArea[] = [];
  for (const p of placed) {
    const { col, row, colSpan, rowSpan } = p.area;
    const before = errors.length;
    if (col > grid.columns) errors.push(configError('HW_ERR_CONFIG_AREA_OUTSIDE', file, `${p.field}.col`, `at most ${grid.columns} (${gridName} has ${grid.columns} columns)`, col));
    else if (col + colSpan - 1 > grid.columns)
      errors.push(configError('HW_ERR_CONFIG_AREA_OUTSIDE', file, `${p.field}.colSpan`, `at most ${grid.columns - col + 1} (starts at column ${col} of ${grid.columns} in ${gridName})`, colSpan));
    if (row > grid.rows) errors.push(configError('HW_ERR_CONFIG_AREA_OUTSIDE', file, `${p.field}.row`, `at most ${grid.rows} (${gridName} has ${grid.rows} rows)`, row));
    else if (row + rowSpan - 1 > grid.rows)
      errors.push(configError('HW_ERR_CONFIG_AREA_OUTSIDE', file, `${p.field}.rowSpan`, `at most ${grid.rows - row + 1} (starts at row ${row} of ${grid.rows} in ${gridName})`, rowSpan));
    if (errors.length === before) inside.push(p);
  }
  // Overlap is only meaningful between areas that fit; quadratic, but a dashboard has at most 24 widgets.
  for (let j = 0; j < inside.length; j++) {
    const b = inside[j].area;
    for (let i = 0; i < j; i++) {
      const a = inside[i].area;
      const apart = a.col + a.colSpan <= b.col || b.col + b.colSpan <= a.col || a.row + a.rowSpan <= b.row || b.row + b.rowSpan <= a.row;
      if (apart) continue;
      errors.push(
        configError(
          'HW_ERR_CONFIG_AREA_OVERLAP',
          file,
          inside[j].field,
          `clear of ${inside[i].label}, which covers columns ${span(a.col, a.colSpan)}, rows ${span(a.row, a.rowSpan)}`,
          b,
        ),
      );
      break; // one overlap per area is enough to find the fix
    }
  }
  return errors;
}
