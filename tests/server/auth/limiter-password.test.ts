import { describe, expect, it } from 'vitest';
import { LIMIT_DEFAULTS, LoginLimiter } from '../../../server/auth/rate-limit.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../../../server/auth/password.ts';
import { csrfMatches } from '../../../server/auth/guard.ts';

describe('login limiter', () => {
  it('has the documented defaults', () => {
    expect(LIMIT_DEFAULTS).toMatchObject({ maxFailures: 5, maxFailuresPerAddress: 20, windowMs: 900_000, lockoutMs: 900_000, maxEntries: 10_000 });
  });

  it('locks a user on one address after 5 failures and releases it after the lockout', () => {
    const l = new LoginLimiter();
    for (let i = 0; i < 4; i++) l.fail('1.2.3.4', 'Alice', 1_000);
    expect(l.retryAfter('1.2.3.4', 'alice', 1_000)).toBe(0);
    l.fail('1.2.3.4', 'alice', 1_000);
    expect(l.retryAfter('1.2.3.4', 'ALICE', 2_000)).toBe(899_000);
    expect(l.retryAfter('5.6.7.8', 'alice', 2_000)).toBe(0);
    expect(l.retryAfter('1.2.3.4', 'alice', 1_000 + 900_000)).toBe(0);
  });

  it('locks an address that sprays many usernames', () => {
    const l = new LoginLimiter();
    for (let i = 0; i < 20; i++) l.fail('9.9.9.9', `user${i}`, 0);
    expect(l.retryAfter('9.9.9.9', 'someone-else', 1)).toBeGreaterThan(0);
  });

  it('stays bounded under a flood of distinct keys', () => {
    const l = new LoginLimiter({ maxEntries: 100 });
    for (let i = 0; i < 10_000; i++) l.fail(`10.0.${i >> 8}.${i & 255}`, `u${i}`, i);
    expect(l.size).toBeLessThanOrEqual(100);
  });
});

describe('passwords', () => {
  it('verifies the right password only, and rejects malformed or absurd hashes', async () => {
    const h = await hashPassword('a good long password', { logN: 10 });
    expect(await verifyPassword('a good long password', h)).toBe(true);
    expect(await verifyPassword('a good long passworD', h)).toBe(false);
    expect(await verifyPassword('x', 'plain')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$30$8$1$AAAA$AAAA')).toBe(false);
  });

  it('asks for at least 10 characters', () => {
    expect(passwordProblem('short')).toBe('`password` should be at least 10 characters, got 5');
    expect(passwordProblem('long enough!')).toBeNull();
  });

  it('compares CSRF tokens without throwing on odd input', () => {
    expect(csrfMatches('abc', 'abc')).toBe(true);
    expect(csrfMatches('abd', 'abc')).toBe(false);
    expect(csrfMatches(undefined, 'abc')).toBe(false);
    expect(csrfMatches(['abc'], 'abc')).toBe(false);
  });
});
