import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes of a set of files, raw and gzip (level 9, each file on its own, as a server would send them). */
export interface SizeSet {
  files: string[];
  raw: number;
  gzip: number;
}

/** `from"./x.js"` or `import"./x.js"`: loaded before the module runs. Anything else naming a chunk is loaded later. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`](?:\.\/|\/assets\/)?([\w.-]+\.js)["'`]/g;
const ANY_CHUNK = /["'`](?:\.\/|\/?assets\/)?([\w.-]+\.js)["'`]/g;

/**
 * JS a page of the Vite build loads: `initial` is the entry script, its modulepreloads and their static imports
 * (what runs before any dynamic import); `total` adds every chunk and worker reachable through dynamic imports.
 */
export function jsSizes(distDir: string, html: string): { initial: SizeSet; total: SizeSet; lazy: string[]; css: SizeSet } {
  const assets = join(distDir, 'assets');
  const page = readFileSync(join(distDir, html), 'utf8');
  const fromHtml = (re: RegExp) => [...page.matchAll(re)].map((m) => basename(m[1]));
  const read = (f: string) => readFileSync(join(assets, f));

  const initial = new Set<string>();
  const queue = [...fromHtml(/<script[^>]+src="([^"]+\.js)"/g), ...fromHtml(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)];
  while (queue.length) {
    const f = queue.pop()!;
    if (initial.has(f) || !existsSync(join(assets, f))) continue;
    initial.add(f);
    for (const m of read(f).toString('utf8').matchAll(STATIC_IMPORT)) queue.push(m[1]);
  }

  const all = new Set(initial);
  const more = [...initial];
  while (more.length) {
    const f = more.pop()!;
    for (const m of read(f).toString('utf8').matchAll(ANY_CHUNK)) {
      if (!all.has(m[1]) && existsSync(join(assets, m[1]))) {
        all.add(m[1]);
        more.push(m[1]);
      }
    }
  }

  const measure = (files: string[]): SizeSet => {
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const b = read(f);
      raw += b.length;
      gzip += gzipSync(b, { level: 9 }).length;
    }
    return { files, raw, gzip };
  };
  const css = fromHtml(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g).filter((f) => existsSync(join(assets, f)));
  return { initial: measure([...initial]), total: measure([...all]), lazy: [...all].filter((f) => !initial.has(f)), css: measure(css) };
}
