import { Value } from '@sinclair/typebox/value';
import { Theme } from '../schemas/config.ts';
import { contrastRatio, parseHexColor } from './contrast.ts';
import { configError, pointerToField, type ConfigError } from './errors.ts';
import { schemaErrors } from './schema-errors.ts';
import { THEME_VARS } from './theme-vars.ts';

/** Required variables that are not colours; every other required variable must be a hex colour. */
const NON_COLOUR_VARS: ReadonlySet<string> = new Set(['--font-family', '--radius']);

/** Minimum contrast of --fg on --bg for any theme (WCAG AA body text). */
export const MIN_TEXT_CONTRAST = 4.5;

const varField = (name: string) => pointerToField(`/vars/${name}`);

/** Validates one theme file (`name` is the file name without `.json`): schema, id, required variables, colours, text contrast. */
export function validateTheme(file: string, name: string, raw: unknown): { theme?: Theme; errors: ConfigError[] } {
  const value = Value.Default(Theme, structuredClone(raw));
  const errors = schemaErrors(file, Theme, value);
  if (errors.length > 0) return { errors };
  const theme = value as Theme; // checked by schemaErrors above
  if (theme.id !== name) errors.push(configError('HW_ERR_CONFIG_ID_MISMATCH', file, 'id', `"${name}" (the file name)`, theme.id));
  for (const v of THEME_VARS) {
    const css = theme.vars[v];
    if (css === undefined) errors.push(configError('HW_ERR_CONFIG_THEME_VAR', file, varField(v), NON_COLOUR_VARS.has(v) ? 'present: a CSS value' : 'present: a hex colour such as "#0b1f4b"', undefined));
    else if (!NON_COLOUR_VARS.has(v) && !parseHexColor(css)) errors.push(configError('HW_ERR_CONFIG_THEME_VAR', file, varField(v), 'a hex colour such as "#0b1f4b"', css));
  }
  const fg = parseHexColor(theme.vars['--fg'] ?? '');
  const bg = parseHexColor(theme.vars['--bg'] ?? '');
  if (fg && bg) {
    const ratio = contrastRatio(fg, bg);
    if (ratio < MIN_TEXT_CONTRAST)
      errors.push(configError('HW_ERR_CONFIG_THEME_CONTRAST', file, varField('--fg'), `a colour with at least ${MIN_TEXT_CONTRAST}:1 contrast on --bg ${theme.vars['--bg']}`, `${theme.vars['--fg']} (${ratio.toFixed(2)}:1)`, { gotText: true }));
  }
  return errors.length > 0 ? { errors } : { theme, errors };
}
