import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt cost: N = 2^15, r = 8, p = 1 (≈ 32 MiB, tens of ms): slow for an attacker, fine for a login. */
export const SCRYPT = { logN: 15, r: 8, p: 1, keyLen: 32, saltLen: 16 };
/** Shortest password accepted for a new account. */
export const MIN_PASSWORD_LENGTH = 10;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number, keyLen: number): Promise<Buffer> {
  // maxmem must exceed 128·N·r, or Node refuses the cost we ask for.
  const opts: ScryptOptions = { N: 2 ** logN, r, p, maxmem: 256 * 2 ** logN * r };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, keyLen, opts, (err, key) => (err ? reject(err) : resolve(key))));
}

/** Hashes a password as `scrypt$logN$r$p$salt$hash` (base64url), so the cost can be raised later without a migration. */
export async function hashPassword(password: string, cost: Partial<typeof SCRYPT> = {}): Promise<string> {
  const c = { ...SCRYPT, ...cost };
  const salt = randomBytes(c.saltLen);
  const key = await derive(password, salt, c.logN, c.r, c.p, c.keyLen);
  return ['scrypt', c.logN, c.r, c.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** True when `password` matches `stored`; a malformed or absurdly costly stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [logN, r, p] = parts.slice(1, 4).map(Number);
  // Bounds keep a tampered row from turning one login into a memory bomb.
  if (!(logN >= 10 && logN <= 20 && r >= 1 && r <= 16 && p >= 1 && p <= 4)) return false;
  const salt = Buffer.from(parts[4], 'base64url');
  const expected = Buffer.from(parts[5], 'base64url');
  if (expected.length < 16 || expected.length > 64) return false;
  const key = await derive(password, salt, logN, r, p, expected.length);
  return timingSafeEqual(key, expected);
}

/** A fixed hash checked for unknown usernames, so a login takes as long whether or not the user exists. */
let dummy: Promise<string> | null = null;
/** The dummy hash (made once, lazily). */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `\`password\` should be at least ${MIN_PASSWORD_LENGTH} characters, got ${password.length}`;
  if (password.length > 200) return '`password` should be at most 200 characters';
  return null;
}
