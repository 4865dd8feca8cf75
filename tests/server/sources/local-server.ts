import { afterEach } from 'vitest';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Cleanups run after each test, last registered first (sources stop before their servers close). */
export const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Listens on a free loopback port and resolves with the base URL. */
export const listen = (server: Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

/** Polls `cond` every 10 ms until it holds; throws after `ms`. */
export const until = async (cond: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};
