import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Serves the built display (dist/display). Missing build: a clear 503 page instead of a blank screen. */
export default fp<{ root: string }>(
  async (app, opts) => {
    const index = join(opts.root, 'index.html');
    if (!existsSync(index)) {
      app.log.warn({ root: opts.root }, 'display build missing: run `npm run build` (npm start builds it when missing)');
      app.get('/', async (_req, reply) => reply.code(503).type('text/plain').send('Hubwall display is not built: run `npm run build`.'));
      return;
    }
    // Kiosk browsers ask for it anyway; an empty answer keeps their consoles clean.
    app.get('/favicon.ico', async (_req, reply) => reply.code(204).send());
    await app.register(fastifyStatic, { root: opts.root, index: ['index.html'], maxAge: '1h', immutable: false });
  },
  { name: 'web' },
);
