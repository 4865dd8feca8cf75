import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp, DEFAULT_STATIC_DIR } from './app.ts';
import { readSettings, type Settings } from './env.ts';
import { maskTokenInUrl } from './embed/tokens-repo.ts';

/** Builds the display once when no build exists, so `npm start` is enough on a fresh clone. */
async function ensureDisplayBuilt(): Promise<void> {
  if (existsSync(join(DEFAULT_STATIC_DIR, 'index.html'))) return;
  console.log('Hubwall: building the display (first start only)…');
  const { build } = await import('vite');
  await build({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
}

function loggerFor(s: Settings) {
  return {
    level: s.logLevel,
    // Secrets never reach the log, whatever a future log line includes.
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-hubwall-token"]', 'req.headers["x-csrf-token"]', 'token', 'password', 'req.headers["x-hub-signature-256"]', 'req.headers["x-line-signature"]', 'req.headers["x-hubwall-signature-256"]'],
    // Embed tokens ride in `?token=` on embed pages and the live socket: keep them out of request logs (issue 5).
    serializers: {
      req: (req: { method: string; url: string; host?: string; ip?: string }) => ({ method: req.method, url: maskTokenInUrl(req.url), host: req.host, remoteAddress: req.ip }),
    },
    ...(s.logPretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', singleLine: true } } } : {}),
  };
}

async function main(): Promise<void> {
  let settings: Settings;
  try {
    settings = readSettings(process.env, Boolean(process.stdout.isTTY));
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
  await ensureDisplayBuilt();
  const app = await buildApp({
    dbFile: join(settings.dataDir, 'hubwall.sqlite'),
    ingestToken: settings.ingestToken,
    demo: settings.demo,
    demoRate: settings.demoRate,
    enrichWorkers: settings.enrichWorkers,
    demoBackfillHours: settings.demoBackfillHours,
    demoIncidentAfter: settings.demoIncidentAfter,
    timeZone: settings.timeZone,
    logger: loggerFor(settings),
    config: { watch: true, dashboardsDir: settings.dashboardsDir, themesDir: settings.themesDir },
    auth: { adminUser: settings.control.adminUser, adminPassword: settings.control.adminPassword, sessionSecret: settings.control.sessionSecret },
    control: { warningFactor: settings.control.warningFactor },
    webhooks: settings.webhooks,
    capacity: settings.capacity,
    connectors: settings.connectors,
    embed: settings.embed,
  });
  if (!settings.ingestToken) app.log.warn('HUBWALL_INGEST_TOKEN is not set: POST /api/messages refuses all requests');
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: settings.port, host: settings.host });
  app.log.info(`Hubwall wall at http://localhost:${settings.port}/ (demo feed ${settings.demo ? 'on' : 'off'}, data in ${settings.dataDir})`);
}

void main();
