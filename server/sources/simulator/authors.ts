import type { Channel, Lang } from '../../schemas/message.ts';
import type { Rng } from '../prng.ts';
import type { PhraseBank } from './phrases/index.ts';

/** A simulated customer; the same one may write several times. */
export interface Customer {
  id: string;
  name: string;
  given: string;
  family: string;
  /** Public @handle (x only). */
  handle?: string;
}

// WhatsApp ids are phone numbers: country code by the customer's language.
const COUNTRY_CODE: Readonly<Record<Lang, string>> = {
  nl: '31', en: '44', fr: '33', de: '49', es: '34', pt: '351', it: '39', zh: '86', ja: '81', ko: '82',
};
const HEX = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function chars(rng: Rng, alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[rng.int(0, alphabet.length - 1)];
  return s;
}

function numeric(rng: Rng, n: number): string {
  return String(rng.int(1, 9)) + chars(rng, '0123456789', n - 1);
}

/** A platform-shaped user id: snowflakes on x, page-scoped ids on Meta, phone numbers on WhatsApp, openids on WeChat… */
function platformId(channel: Channel, lang: Lang, rng: Rng): string {
  switch (channel) {
    case 'x':
      return numeric(rng, 19);
    case 'facebook':
    case 'messenger':
      return numeric(rng, 16);
    case 'whatsapp':
      return COUNTRY_CODE[lang] + numeric(rng, 9);
    case 'wechat':
      return `o${chars(rng, B64, 27)}`;
    case 'line':
      return `U${chars(rng, HEX, 32)}`;
    case 'kakaotalk':
      return chars(rng, HEX, 24);
    case 'applemessages':
      return `urn:mbid:${chars(rng, B64, 40)}`;
  }
}

// Handles keep only ASCII letters; accents are stripped, CJK names get a generic handle.
function handleFor(given: string, family: string, rng: Rng): string {
  const ascii = `${given}${family}`.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
  const base = ascii.length >= 3 ? ascii.slice(0, 11) : 'traveller';
  return `${base}${rng.chance(0.6) ? rng.int(1, 9999) : ''}`;
}

function displayName(bank: PhraseBank, given: string, family: string): string {
  switch (bank.nameStyle) {
    case 'family-given':
      return `${family}${given}`;
    case 'family-given-spaced':
      return `${family} ${given}`;
    default:
      return `${given} ${family}`;
  }
}

/** Keeps a bounded pool of recent customers per channel and language, and re-uses some of them. */
export interface CustomerPool {
  get(channel: Channel, bank: PhraseBank, rng: Rng): Customer;
}

/** `reuse` is the chance a message comes from someone who wrote before; `cap` bounds each pool. */
export function createCustomerPool(reuse = 0.3, cap = 200): CustomerPool {
  const pools = new Map<string, Customer[]>();
  return {
    get(channel, bank, rng) {
      const key = `${channel}:${bank.lang}`;
      let pool = pools.get(key);
      if (!pool) {
        pool = [];
        pools.set(key, pool);
      }
      if (pool.length > 0 && rng.chance(reuse)) return rng.pick(pool);
      const given = rng.pick(bank.firstNames);
      const family = rng.pick(bank.familyNames);
      const customer: Customer = { id: platformId(channel, bank.lang, rng), name: displayName(bank, given, family), given, family };
      if (channel === 'x') customer.handle = handleFor(given, family, rng);
      if (pool.length < cap) pool.push(customer);
      else pool[rng.int(0, cap - 1)] = customer;
      return customer;
    },
  };
}
