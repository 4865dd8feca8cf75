import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The nine shipped dashboards, in the order a bench screen rotates through them. */
export const DASHBOARDS = ['overview', 'word-cloud', 'featured-post', 'raw-stream', 'channel-capacity', 'sentiment', 'volume', 'languages', 'trending'];

const root = new URL('../../..', import.meta.url).pathname;

/**
 * A temp copy of the shipped dashboards and themes with one extra screen `id` that rotates through all nine
 * dashboards every `dwellS` seconds; returns the folder and the env that points a server at it.
 */
export function rotatingWallConfig(id: string, dwellS: number) {
  const dir = mkdtempSync(join(tmpdir(), `hubwall-${id}-`));
  cpSync(join(root, 'dashboards'), join(dir, 'dashboards'), { recursive: true, filter: (src) => !src.includes('screenshots') });
  cpSync(join(root, 'themes'), join(dir, 'themes'), { recursive: true });
  const file = join(dir, 'dashboards', 'walls.json');
  const walls = JSON.parse(readFileSync(file, 'utf8')) as { screens: unknown[] };
  walls.screens.push({ id, title: id, playlist: DASHBOARDS, interval: dwellS, theme: 'brand', timeZone: 'Europe/Amsterdam', locale: 'en-GB' });
  writeFileSync(file, JSON.stringify(walls, null, 2));
  return {
    dir,
    env: { HUBWALL_DASHBOARDS_DIR: join(dir, 'dashboards'), HUBWALL_THEMES_DIR: join(dir, 'themes') },
    /** A dashboard's title, as the footer shows it. */
    title: (dashboard: string) => (JSON.parse(readFileSync(join(dir, 'dashboards', `${dashboard}.json`), 'utf8')) as { title: string }).title,
  };
}
