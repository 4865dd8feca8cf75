/**
 * `npm test`: type checks, unit + integration tests (vitest), browser tests (Playwright in Debian's Chromium),
 * then one plain `N passed, N failed` line with the real totals, so CI can tell a run that tested nothing.
 * Each step runs through its own package script, so `npm test` also proves those scripts work.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log('usage: npm test\nruns: npm run typecheck, npm run lint, npm run test:unit, npm run build, npm run test:e2e; ends with "N passed, N failed"');
  process.exit(0);
}

const root = new URL('..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'hubwall-test-'));
let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function check(label: string, cmd: string, args: string[]): void {
  if (run(label, cmd, args) === 0) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** `npm run NAME -- ARGS`, quiet about itself. */
const script = (name: string, ...args: string[]) => ['run', '--silent', name, ...(args.length ? ['--', ...args] : [])];

check('typecheck (tsc --noEmit, svelte-check)', npm, script('typecheck'));
check('lint (eslint)', npm, script('lint'));

const vitestJson = join(out, 'vitest.json');
const vitestStatus = run('vitest (unit + integration)', npm, script('test:unit', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`));
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (r.numFailedTests) failures.push(`vitest: ${r.numFailedTests} failed`);
  // A crash outside any test (e.g. a file that does not load) still fails the run.
  if (vitestStatus !== 0 && r.numFailedTests === 0) {
    failed++;
    failures.push('vitest exited non-zero (a test file failed to load?)');
  }
} else {
  failed++;
  failures.push('vitest produced no report');
}

if (run('vite build', npm, script('build', '--logLevel', 'warn')) !== 0) {
  failed++;
  failures.push('vite build');
} else {
  const pwJson = join(out, 'playwright.json');
  const pwStatus = run('playwright (Chromium)', npm, script('test:e2e', '--reporter=list,json'), {
    PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
  });
  if (existsSync(pwJson)) {
    const r = JSON.parse(readFileSync(pwJson, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
    passed += r.stats.expected + r.stats.flaky;
    failed += r.stats.unexpected;
    if (r.stats.unexpected) failures.push(`playwright: ${r.stats.unexpected} failed`);
    if (pwStatus !== 0 && r.stats.unexpected === 0) {
      failed++;
      failures.push('playwright exited non-zero (server did not start?)');
    }
  } else {
    failed++;
    failures.push('playwright produced no report');
  }
}

if (failures.length) console.log(`\nFailures:\n  - ${failures.join('\n  - ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
