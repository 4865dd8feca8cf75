import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfigFiles, type ConfigFiles, type SourceFile } from '../../../server/config/load.ts';
import type { ConfigLogger } from '../../../server/config/service.ts';

/** The shipped config folders. */
export const SHIPPED = {
  dashboardsDir: fileURLToPath(new URL('../../../dashboards', import.meta.url)),
  themesDir: fileURLToPath(new URL('../../../themes', import.meta.url)),
};

/** The shipped config files as text. */
export async function shippedFiles(): Promise<ConfigFiles> {
  const { files, errors } = await readConfigFiles(SHIPPED);
  if (errors.length) throw new Error(`cannot read shipped config: ${errors.map((e) => e.message).join('; ')}`);
  return files;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test fixtures edit arbitrary JSON shapes

/** A copy of `files` with one file's JSON changed by `edit` (or its text replaced when `edit` is a string). */
export function withEdit(files: ConfigFiles, file: string, edit: ((json: Json) => void) | string): ConfigFiles {
  const change = (f: SourceFile): SourceFile => {
    if (f.file !== file) return f;
    if (typeof edit === 'string') return { ...f, text: edit };
    const json = JSON.parse(f.text) as Json;
    edit(json);
    return { ...f, text: JSON.stringify(json, null, 2) };
  };
  const found = [...files.dashboards, ...files.themes, ...(files.walls ? [files.walls] : [])].some((f) => f.file === file);
  if (!found) throw new Error(`no such file in fixture: ${file}`);
  return { dashboards: files.dashboards.map(change), walls: files.walls && change(files.walls), themes: files.themes.map(change) };
}

/** A temp folder holding copies of `dashboards/` and `themes/`; `remove()` deletes it. */
export async function tempCopy() {
  const root = await mkdtemp(join(tmpdir(), 'hubwall-config-'));
  const dirs = { dashboardsDir: join(root, 'dashboards'), themesDir: join(root, 'themes') };
  await cp(SHIPPED.dashboardsDir, dirs.dashboardsDir, { recursive: true });
  await cp(SHIPPED.themesDir, dirs.themesDir, { recursive: true });
  return {
    ...dirs,
    /** Rewrites a JSON file the way many editors do: write a temp file, then rename it over the original. */
    async editJson(dir: string, name: string, edit: (json: Json) => void) {
      const path = join(dir, name);
      const json = JSON.parse(await readFile(path, 'utf8')) as Json;
      edit(json);
      await writeFile(`${path}.tmp~`, JSON.stringify(json, null, 2));
      await rename(`${path}.tmp~`, path);
    },
    async writeText(dir: string, name: string, text: string) {
      await writeFile(join(dir, name), text);
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** A pino-like logger that keeps what it is given. */
export function memoryLog() {
  const lines: { level: 'info' | 'warn' | 'error'; obj: Record<string, unknown>; msg: string }[] = [];
  const at = (level: 'info' | 'warn' | 'error') => (obj: object, msg: string) => void lines.push({ level, obj: obj as Record<string, unknown>, msg });
  const log: ConfigLogger = { info: at('info'), warn: at('warn'), error: at('error') };
  return { log, lines };
}

/** Resolves when `check` returns true, polling every 20 ms; rejects after `ms`. */
export async function waitFor(check: () => boolean, ms = 2_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
