/** Stable codes for every way a config file can be wrong; tests and logs match on them. */
export const CONFIG_ERROR_CODES = [
  'HW_ERR_CONFIG_READ', // a file or folder could not be read
  'HW_ERR_CONFIG_MISSING', // walls.json, any dashboard or any theme is missing
  'HW_ERR_CONFIG_JSON', // not valid JSON
  'HW_ERR_CONFIG_SCHEMA', // a field has the wrong type, range or shape
  'HW_ERR_CONFIG_UNKNOWN_FIELD', // a field the schema does not know (often a typo)
  'HW_ERR_CONFIG_WIDGET_TYPE', // a widget type the display does not know
  'HW_ERR_CONFIG_WIDGET_OPTION', // a widget option that is unknown or out of range
  'HW_ERR_CONFIG_WIDGET_FILTER', // a filter field the widget's topic does not honour
  'HW_ERR_CONFIG_ID_MISMATCH', // a dashboard or theme id differs from its file name
  'HW_ERR_CONFIG_DUPLICATE_ID', // two widgets of a dashboard, or two screens, share an id
  'HW_ERR_CONFIG_AREA_OUTSIDE', // a grid area reaches outside the grid
  'HW_ERR_CONFIG_AREA_OVERLAP', // two grid areas cover the same cell
  'HW_ERR_CONFIG_PORTRAIT', // portrait grid and portrait areas do not go together
  'HW_ERR_CONFIG_UNKNOWN_DASHBOARD', // a playlist names a dashboard that does not exist
  'HW_ERR_CONFIG_UNKNOWN_THEME', // a screen names a theme that does not exist
  'HW_ERR_CONFIG_UNKNOWN_SCREEN', // defaultScreen names a screen that does not exist
  'HW_ERR_CONFIG_TIME_ZONE', // not an IANA time zone
  'HW_ERR_CONFIG_LOCALE', // not a supported BCP 47 locale
  'HW_ERR_CONFIG_THEME_VAR', // a theme lacks a required variable
  'HW_ERR_CONFIG_THEME_CONTRAST', // --fg on --bg is below 4.5:1
] as const;

/** One of the stable config error codes. */
export type ConfigErrorCode = (typeof CONFIG_ERROR_CODES)[number];

/** One problem in one config file, with the field, what it should be, and what it was. */
export interface ConfigError {
  code: ConfigErrorCode;
  /** Folder name and file name, e.g. `dashboards/overview.json`. */
  file: string;
  /** Path inside the file, e.g. `widgets[2].area.colSpan`; empty for the whole file. */
  field: string;
  /** What the field should be: the fix. */
  expected: string;
  /** The value found, rendered short; `nothing` when absent. */
  got: string;
  /** "`<field>` should be `<expected>`, got `<value>`" */
  message: string;
  /** For JSON syntax errors: 1-based position of the problem. */
  line?: number;
  column?: number;
}

const MAX_GOT_CHARS = 80;

/** Renders a found value for a message: JSON, cut to a readable length; `nothing` when absent. */
export function renderValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value); // circular or BigInt: cannot happen for parsed JSON, but never throw from a message
  }
  return text.length > MAX_GOT_CHARS ? `${text.slice(0, MAX_GOT_CHARS - 1)}…` : text;
}

/** Builds a ConfigError; `got` is a value to render, or a ready string when `gotText` is set. */
export function configError(
  code: ConfigErrorCode,
  file: string,
  field: string,
  expected: string,
  got: unknown,
  extra: { gotText?: boolean; line?: number; column?: number } = {},
): ConfigError {
  const gotStr = extra.gotText ? String(got) : renderValue(got);
  const subject = field === '' ? file : field;
  const err: ConfigError = { code, file, field, expected, got: gotStr, message: `\`${subject}\` should be \`${expected}\`, got \`${gotStr}\`` };
  if (extra.line !== undefined) err.line = extra.line;
  if (extra.column !== undefined) err.column = extra.column;
  return err;
}

/** One line for logs and the start-up exception: `file: message [code]`. */
export function formatConfigError(e: ConfigError): string {
  return `${e.file}: ${e.message} [${e.code}]`;
}

/** Turns a JSON pointer (`/widgets/2/area/colSpan`) into a readable field (`widgets[2].area.colSpan`). */
export function pointerToField(pointer: string): string {
  if (pointer === '' || pointer === '/') return '';
  let out = '';
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(key)) out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`; // theme vars like `--bg` are not identifiers
  }
  return out;
}

/** Thrown by the config service when the config is invalid at start (there is no last good config). */
export class ConfigInvalidError extends Error {
  readonly code = 'HW_ERR_CONFIG_INVALID';
  constructor(readonly errors: readonly ConfigError[]) {
    super(`Wall config is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}):\n${errors.map(formatConfigError).join('\n')}`);
    this.name = 'ConfigInvalidError';
  }
}
