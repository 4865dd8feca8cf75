import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function runCli(input: string): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/enrich/cli.ts'], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ stdout, stderr, code }));
    child.stdin.end(input);
  });
}

describe('enrich CLI', () => {
  it('enriches NDJSON and plain lines in input order, reports bad JSON and skips empty lines', async () => {
    const input = [
      JSON.stringify({ id: 'a1', channel: 'x', text: 'I love this, thank you! #Happy @KLM' }),
      'Dit is echt waardeloos',
      '',
      '{"text": broken',
      JSON.stringify({ text: 'ok', lang: 'nl' }),
      '最悪でした',
    ].join('\n');
    const { stdout, stderr, code } = await runCli(input);
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(5);
    expect(out[0]).toMatchObject({ id: 'a1', channel: 'x', lang: 'en', hashtags: ['happy'], mentions: ['klm'], sentiment: { label: 'positive' } });
    expect(out[0]).toHaveProperty('langConfidence');
    expect(out[0]).toHaveProperty('keywords');
    expect(out[1]).toMatchObject({ text: 'Dit is echt waardeloos', lang: 'nl', sentiment: { label: 'negative' } });
    expect(out[2]).toEqual({ error: expect.stringContaining('invalid JSON'), line: 4 });
    expect(out[3]).toMatchObject({ text: 'ok', lang: 'nl' });
    expect(out[4]).toMatchObject({ lang: 'ja', sentiment: { label: 'negative' } });
    expect(stderr).toContain('line 4');
  }, 20_000);
});
