import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { WallConfig } from '../schemas/config.ts';
import { ConfigInvalidError, formatConfigError, type ConfigError } from './errors.ts';
import { isConfigFileName, loadConfig, type ConfigDirs } from './load.ts';

/** The pino-like logger the service writes to. */
export interface ConfigLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Options of createConfigService. */
export interface ConfigServiceOptions extends ConfigDirs {
  /** Reload when files in either folder change. */
  watch: boolean;
  /** Quiet time after the last change before reloading; editors write in bursts. */
  debounceMs?: number;
  /** How often to poll a folder whose watcher failed (fs.watch unavailable or broken). */
  pollMs?: number;
  log: ConfigLogger;
}

/** What a reload did: applied (changed or not), or rejected with the errors found. */
export type ReloadResult = { ok: true; changed: boolean; revision: string } | { ok: false; errors: readonly ConfigError[] };

/** The live wall config: the last good config, the errors of the latest edit, and change notifications. */
export interface ConfigService {
  /** The last good config (frozen). */
  current(): WallConfig;
  /** Errors of the latest load; empty when the files on disk are valid. */
  errors(): readonly ConfigError[];
  /** Calls `fn` with each new valid config; returns an unsubscribe function. */
  subscribe(fn: (cfg: WallConfig) => void): () => void;
  /** Loads the files now; a valid config replaces the current one and notifies subscribers. */
  reload(): Promise<ReloadResult>;
  /** Stops watching and drops subscribers. */
  close(): void;
}

const DEFAULT_DEBOUNCE_MS = 150;
const DEFAULT_POLL_MS = 2_000; // 2 s: only used when fs.watch fails

/** Signature of a folder's config files for polling: names, sizes and modification times. */
async function folderSignature(dir: string): Promise<string> {
  try {
    const names = (await readdir(dir)).filter(isConfigFileName).sort();
    const parts = await Promise.all(
      names.map(async (n) => {
        try {
          const s = await stat(join(dir, n));
          return `${n}:${s.size}:${s.mtimeMs}`;
        } catch {
          return `${n}:gone`; // removed between readdir and stat; the next poll sees the settled state
        }
      }),
    );
    return parts.join('|');
  } catch {
    return 'unreadable'; // a missing folder is a state too; loading reports it
  }
}

/**
 * Loads the config (throwing ConfigInvalidError if it is invalid, since there is no last good config yet)
 * and, with `watch`, reloads it on every change of either folder.
 */
export async function createConfigService(opts: ConfigServiceOptions): Promise<ConfigService> {
  const { log } = opts;
  const debounceMs = opts.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const first = await loadConfig(opts);
  if (!first.ok) throw new ConfigInvalidError(first.errors);
  let config = first.config;
  let lastErrors: readonly ConfigError[] = [];
  let closed = false;
  const subscribers = new Set<(cfg: WallConfig) => void>();
  const watchers: FSWatcher[] = [];
  const pollers: NodeJS.Timeout[] = [];
  let debounce: NodeJS.Timeout | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  log.info({ revision: config.revision, dashboards: Object.keys(config.dashboards).length, screens: config.walls.screens.length }, 'wall config loaded');

  async function loadNow(): Promise<ReloadResult> {
    const result = await loadConfig(opts);
    if (closed) return result.ok ? { ok: true, changed: false, revision: config.revision } : { ok: false, errors: result.errors };
    if (!result.ok) {
      lastErrors = result.errors;
      for (const e of result.errors) log.warn({ code: e.code, file: e.file, field: e.field, reason: e.message }, `config edit rejected, keeping revision ${config.revision}: ${formatConfigError(e)}`);
      return { ok: false, errors: result.errors };
    }
    const hadErrors = lastErrors.length > 0;
    lastErrors = [];
    if (result.config.revision === config.revision) {
      if (hadErrors) log.info({ revision: config.revision }, 'wall config valid again (unchanged)');
      return { ok: true, changed: false, revision: config.revision };
    }
    const previous = config.revision;
    config = result.config;
    log.info({ revision: config.revision, previous }, 'wall config reloaded');
    for (const fn of [...subscribers]) {
      try {
        fn(config);
      } catch (err) {
        log.error({ err }, 'config subscriber threw'); // one broken listener must not stop the others
      }
    }
    return { ok: true, changed: true, revision: config.revision };
  }

  // Loads run one at a time, in order, so a slow load never overwrites a newer one.
  const reload = (): Promise<ReloadResult> => {
    const next = queue.then(loadNow, loadNow);
    queue = next.catch(() => undefined);
    return next;
  };

  const schedule = () => {
    if (closed) return;
    clearTimeout(debounce);
    debounce = setTimeout(() => {
      reload().catch((err: unknown) => log.error({ err }, 'config reload failed'));
    }, debounceMs);
  };

  const poll = (dir: string) => {
    let last: string | undefined;
    const tick = async () => {
      const sig = await folderSignature(dir);
      if (last !== undefined && sig !== last) schedule();
      last = sig;
    };
    void tick();
    const timer = setInterval(() => void tick(), opts.pollMs ?? DEFAULT_POLL_MS);
    timer.unref();
    pollers.push(timer);
  };

  const watchFolder = (dir: string) => {
    let w: FSWatcher;
    try {
      // Watch the folder, not the files: editors that save via rename replace the file's inode.
      w = watch(dir, { persistent: false }, (_event, name) => {
        if (name === null || isConfigFileName(name.toString())) schedule();
      });
    } catch (err) {
      log.warn({ err, dir }, 'cannot watch config folder; polling it instead');
      poll(dir);
      return;
    }
    w.on('error', (err) => {
      log.warn({ err, dir }, 'config folder watcher failed; polling it instead');
      w.close();
      if (!closed) {
        poll(dir);
        schedule(); // the change that broke the watcher may not have been seen
      }
    });
    watchers.push(w);
  };

  if (opts.watch) {
    watchFolder(opts.dashboardsDir);
    watchFolder(opts.themesDir);
  }

  return {
    current: () => config,
    errors: () => lastErrors,
    subscribe(fn) {
      subscribers.add(fn);
      return () => void subscribers.delete(fn);
    },
    reload,
    close() {
      closed = true;
      clearTimeout(debounce);
      for (const w of watchers) w.close();
      for (const t of pollers) clearInterval(t);
      watchers.length = 0;
      pollers.length = 0;
      subscribers.clear();
    },
  };
}
