import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The display is built from display/ into dist/display; the server serves that folder.
export default defineConfig({
  root: here('./display'),
  publicDir: false,
  plugins: [svelte({ configFile: false, preprocess: vitePreprocess() })],
  build: {
    outDir: here('./dist/display'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: { wall: here('./display/index.html'), control: here('./display/control.html'), embed: here('./display/embed.html') },
    },
  },
  worker: { format: 'es' },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/live': { target: 'ws://127.0.0.1:8080', ws: true } } },
  test: {
    dir: here('.'),
    include: ['tests/server/**/*.test.ts', 'tests/display/**/*.test.ts', 'tests/tooling/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
