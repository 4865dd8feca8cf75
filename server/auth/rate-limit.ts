/** Login throttling defaults: 5 failures per user and address, 20 per address, then a 15-minute lockout. */
export const LIMIT_DEFAULTS = {
  maxFailures: 5,
  maxFailuresPerAddress: 20,
  windowMs: 15 * 60_000, // 15 min
  lockoutMs: 15 * 60_000, // 15 min
  /** Entries kept; past this the least recently touched are forgotten first. */
  maxEntries: 10_000,
};

interface Entry {
  failures: number;
  first: number;
  lockedUntil: number;
}

/**
 * Counts failed logins per address+username and per address, in a bounded map, and locks a key out for a while
 * once it fails too often. Pure apart from the map: the caller passes the time.
 */
export class LoginLimiter {
  readonly #o: typeof LIMIT_DEFAULTS;
  readonly #entries = new Map<string, Entry>();

  constructor(opts: Partial<typeof LIMIT_DEFAULTS> = {}) {
    this.#o = { ...LIMIT_DEFAULTS, ...opts };
  }

  /** Milliseconds until this address+username may try again; 0 when it may try now. */
  retryAfter(address: string, username: string, now: number): number {
    const wait = (key: string) => {
      const e = this.#entries.get(key);
      return e && e.lockedUntil > now ? e.lockedUntil - now : 0;
    };
    return Math.max(wait(userKey(address, username)), wait(addressKey(address)));
  }

  /** Records a failed login. */
  fail(address: string, username: string, now: number): void {
    this.#bump(userKey(address, username), this.#o.maxFailures, now);
    this.#bump(addressKey(address), this.#o.maxFailuresPerAddress, now);
  }

  /** A successful login clears that user's count from that address (the address count stays: spraying is still spraying). */
  succeed(address: string, username: string): void {
    this.#entries.delete(userKey(address, username));
  }

  /** Entries held (for tests: the map stays bounded). */
  get size(): number {
    return this.#entries.size;
  }

  #bump(key: string, max: number, now: number): void {
    let e = this.#entries.get(key);
    if (!e || (now - e.first > this.#o.windowMs && e.lockedUntil <= now)) e = { failures: 0, first: now, lockedUntil: 0 };
    e.failures += 1;
    if (e.failures >= max) e.lockedUntil = now + this.#o.lockoutMs;
    // Re-inserting moves the key to the end, so the first key is always the least recently touched.
    this.#entries.delete(key);
    this.#entries.set(key, e);
    while (this.#entries.size > this.#o.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }
}

const userKey = (address: string, username: string) => `${address}\u0000${username.toLowerCase()}`;
const addressKey = (address: string) => `${address}\u0000*`;
