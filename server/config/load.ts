import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Dashboard, Theme, WallConfig } from '../schemas/config.ts';
import { validateDashboard } from './dashboard-checks.ts';
import { configError, type ConfigError } from './errors.ts';
import { parseJson } from './parse-json.ts';
import { validateTheme } from './theme-checks.ts';
import { crossCheckWalls, validateWalls } from './walls-checks.ts';

/** The walls file's name inside the dashboards folder; every other `*.json` there is a dashboard. */
export const WALLS_FILE = 'walls.json';

/** Where the config lives. */
export interface ConfigDirs {
  dashboardsDir: string;
  themesDir: string;
}

/** One config file's text; `file` is how errors name it (`dashboards/overview.json`), `name` its id (`overview`). */
export interface SourceFile {
  file: string;
  name: string;
  text: string;
}

/** All config files as text, read but not yet parsed. */
export interface ConfigFiles {
  dashboards: SourceFile[];
  walls: SourceFile | null;
  themes: SourceFile[];
}

/** A frozen, valid WallConfig, or every error found. */
export type LoadResult = { ok: true; config: WallConfig } | { ok: false; errors: ConfigError[] };

/** Config files in a folder: `*.json`, skipping hidden and editor temp files; sorted so results are stable. */
export function isConfigFileName(name: string): boolean {
  return name.endsWith('.json') && !name.startsWith('.') && !name.startsWith('~');
}

async function readFolder(dir: string): Promise<{ files: SourceFile[]; errors: ConfigError[] }> {
  const folder = basename(dir);
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isConfigFileName).sort();
  } catch (e) {
    return { files: [], errors: [configError('HW_ERR_CONFIG_READ', folder, '', 'a readable folder', (e as NodeJS.ErrnoException).code ?? String(e), { gotText: true })] };
  }
  const files: SourceFile[] = [];
  const errors: ConfigError[] = [];
  for (const name of names) {
    const file = `${folder}/${name}`;
    try {
      files.push({ file, name: name.slice(0, -'.json'.length), text: await readFile(join(dir, name), 'utf8') });
    } catch (e) {
      // A file renamed away between readdir and readFile (editors saving via rename) is simply gone.
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') errors.push(configError('HW_ERR_CONFIG_READ', file, '', 'a readable file', code ?? String(e), { gotText: true }));
    }
  }
  return { files, errors };
}

/** Reads every config file's text from the two folders. */
export async function readConfigFiles(dirs: ConfigDirs): Promise<{ files: ConfigFiles; errors: ConfigError[] }> {
  const [d, t] = await Promise.all([readFolder(dirs.dashboardsDir), readFolder(dirs.themesDir)]);
  const walls = d.files.find((f) => f.name === WALLS_FILE.slice(0, -'.json'.length)) ?? null;
  return { files: { dashboards: d.files.filter((f) => f !== walls), walls, themes: t.files }, errors: [...d.errors, ...t.errors] };
}

/** Freezes a parsed-JSON value and everything in it. */
export function deepFreeze<T>(value: T): Readonly<T> {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** JSON with object keys sorted, so key order in a file does not change the hash. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Short content hash of a config; equal content gives an equal revision whatever the file formatting or key order. */
export function revisionOf(content: Omit<WallConfig, 'revision'>): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, 12);
}

/** Parses, validates and cross-checks config files; pure apart from `Intl`. */
export function buildConfig(files: ConfigFiles, dirNames = { dashboards: 'dashboards', themes: 'themes' }): LoadResult {
  const errors: ConfigError[] = [];
  const dashboards: Record<string, Dashboard> = {};
  const themes: Record<string, Theme> = {};
  for (const f of files.dashboards) {
    const parsed = parseJson(f.file, f.text);
    if (!parsed.ok) errors.push(parsed.error);
    else {
      const r = validateDashboard(f.file, f.name, parsed.value);
      if (r.dashboard) dashboards[f.name] = r.dashboard;
      errors.push(...r.errors);
    }
  }
  for (const f of files.themes) {
    const parsed = parseJson(f.file, f.text);
    if (!parsed.ok) errors.push(parsed.error);
    else {
      const r = validateTheme(f.file, f.name, parsed.value);
      if (r.theme) themes[f.name] = r.theme;
      errors.push(...r.errors);
    }
  }
  if (files.dashboards.length === 0) errors.push(configError('HW_ERR_CONFIG_MISSING', dirNames.dashboards, '', 'a folder with at least one dashboard *.json', 'none', { gotText: true }));
  if (files.themes.length === 0) errors.push(configError('HW_ERR_CONFIG_MISSING', dirNames.themes, '', 'a folder with at least one theme *.json', 'none', { gotText: true }));
  const wallsFile = files.walls?.file ?? `${dirNames.dashboards}/${WALLS_FILE}`;
  if (!files.walls) {
    errors.push(configError('HW_ERR_CONFIG_MISSING', wallsFile, '', 'a file listing the screens: { "screens": [...] }', 'no file', { gotText: true }));
    return { ok: false, errors };
  }
  const parsed = parseJson(wallsFile, files.walls.text);
  if (!parsed.ok) return { ok: false, errors: [...errors, parsed.error] };
  const w = validateWalls(wallsFile, parsed.value);
  errors.push(...w.errors);
  // Cross-check against every file present, valid or not, so a broken dashboard is reported once, in its own file.
  if (w.walls) errors.push(...crossCheckWalls(wallsFile, w.walls, new Set(files.dashboards.map((f) => f.name)), new Set(files.themes.map((f) => f.name))));
  if (errors.length > 0 || !w.walls) return { ok: false, errors };
  const content = { dashboards, walls: w.walls, themes };
  return { ok: true, config: deepFreeze({ ...content, revision: revisionOf(content) }) };
}

/** Reads, validates and cross-checks `dashboards/*.json`, `dashboards/walls.json` and `themes/*.json`. */
export async function loadConfig(dirs: ConfigDirs): Promise<LoadResult> {
  const { files, errors } = await readConfigFiles(dirs);
  const result = buildConfig(files, { dashboards: basename(dirs.dashboardsDir), themes: basename(dirs.themesDir) });
  if (errors.length === 0) return result;
  return { ok: false, errors: [...errors, ...(result.ok ? [] : result.errors)] };
}
