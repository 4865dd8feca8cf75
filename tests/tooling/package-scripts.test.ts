import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
/** Scripts `npm test` itself runs (tests/run-all.ts): a broken one fails the suite there. */
const RUN_BY_NPM_TEST = ['test', 'typecheck', 'test:unit', 'build', 'test:e2e', 'lint', 'format:check'];
/** How each other script is started here: its `--help` (or a tiny real run) and what it must print. */
const PROBES: Record<string, { args: string[]; stdin?: string; prints: RegExp }> = {
  dev: { args: ['--help'], prints: /vite/i },
  enrich: { args: [], stdin: '{"text":"Thank you, the crew was wonderful!"}\n', prints: /"label":"positive"/ },
  user: { args: ['--help'], prints: /usage: user add/ },
  'user:add': { args: ['--help'], prints: /usage: user add/ },
  'train:sentiment': { args: ['--help'], prints: /usage: npm run train:sentiment/ },
  bench: { args: ['--list'], prints: /calamity\n(.|\n)*ingest/ },
  format: { args: ['--help'], prints: /Usage: prettier/ },
  backup: { args: ['--help'], prints: /usage/i },
};

function npmRun(name: string, args: string[], stdin?: string) {
  return spawnSync('npm', ['run', '--silent', name, ...(args.length ? ['--', ...args] : [])], {
    cwd: root,
    input: stdin ?? '',
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, npm_config_loglevel: 'error' },
  });
}

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

describe('package scripts', () => {
  it('every script in package.json is either run by npm test or probed here', () => {
    const unprobed = Object.keys(scripts).filter((s) => s !== 'start' && !RUN_BY_NPM_TEST.includes(s) && !PROBES[s]);
    expect(unprobed, 'add a probe for each new script').toEqual([]);
  });

  it('npm test runs each of the scripts it vouches for', () => {
    const runner = readFileSync(join(root, 'tests/run-all.ts'), 'utf8');
    for (const name of RUN_BY_NPM_TEST.filter((s) => s !== 'test' && scripts[s])) expect(runner, name).toContain(`script('${name}'`);
  });

  it('every file a script names exists', () => {
    for (const [name, cmd] of Object.entries(scripts)) {
      for (const file of cmd.match(/[\w./-]+\.(?:ts|mjs|js|cjs)\b/g) ?? []) expect(existsSync(join(root, file)), `${name}: ${file}`).toBe(true);
    }
  });

  // A probe waits here for a script still to come (e.g. backup); only scripts package.json has are run.
  for (const [name, probe] of Object.entries(PROBES).filter(([n]) => scripts[n])) {
    it(`npm run ${name} ${probe.args.join(' ')} starts and answers`, () => {
      const r = npmRun(name, probe.args, probe.stdin);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(probe.prints);
    });
  }

  it('npm start serves the wall from an empty data dir, then stops on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hubwall-start-'));
    const port = await freePort();
    const child = spawn('npm', ['start', '--silent'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', HUBWALL_DATA_DIR: dataDir, HUBWALL_DEMO: '0', HUBWALL_LOG_FORMAT: 'json', HUBWALL_LOG_LEVEL: 'warn', npm_config_loglevel: 'error' },
      stdio: 'ignore',
      detached: true, // its own process group: npm, sh and node stop together
    });
    try {
      let status = 0;
      for (let i = 0; i < 120 && status !== 200; i++) {
        status = await fetch(`http://127.0.0.1:${port}/api/status`).then((r) => r.status, () => 0);
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect(status).toBe(200);
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(await page.text()).toContain('<div id="app"');
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
