import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import type { MessageInput } from '../../schemas/message.ts';
import { clip, collector, isObj, type AdapterContext, type AdapterResult, type Collector } from './common.ts';
import { decodeEntities, htmlToText } from './html-text.ts';

/** Feed items are prefixed: their ids share the `x` channel with tweets and statuses. */
export const RSS_PREFIX = 'rss:';

// Attributes are needed for Atom `<link href>`; values stay strings so ids are never rounded.
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, processEntities: true, trimValues: true, isArray: (name) => name === 'item' || name === 'entry' || name === 'link' });

/** Text of an element that may be a plain string, CDATA, or an object with `#text` (when it has attributes). */
function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v || undefined;
  if (isObj(v) && typeof v['#text'] === 'string') return v['#text'] || undefined;
  return undefined;
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Atom: the `alternate` link (or the first one); RSS: the `<link>` text. */
function linkOf(item: Record<string, unknown>): string | undefined {
  const links = asList(item.link);
  for (const l of links) if (isObj(l) && (l['@rel'] === undefined || l['@rel'] === 'alternate') && typeof l['@href'] === 'string') return l['@href'];
  for (const l of links) if (typeof l === 'string' && l) return l;
  return undefined;
}

/** Stable id: the item's guid/id, else its link, else a hash of its title and date (what a reader would call the same item). */
function idOf(item: Record<string, unknown>, link: string | undefined, title: string, date: string | undefined): string {
  const own = text(item.guid) ?? text(item.id) ?? link;
  const base = own ?? createHash('sha1').update(`${title}\n${date ?? ''}`).digest('hex');
  return RSS_PREFIX + (base.length > 190 ? createHash('sha1').update(base).digest('hex') : base);
}

function item(it: unknown, path: string, feedTitle: string | undefined, ctx: AdapterContext, c: Collector): void {
  if (!isObj(it)) return c.fail(path, `\`${path}\` should be an element`);
  const title = htmlToText(decodeEntities(text(it.title) ?? ''));
  const body = htmlToText(text(it.description) ?? text(it.summary) ?? text(it.content) ?? text(it['content:encoded']) ?? '');
  const date = text(it.pubDate) ?? text(it.published) ?? text(it.updated) ?? text(it['dc:date']);
  const createdAt = date ? Date.parse(date) : NaN;
  if (!Number.isFinite(createdAt)) return c.fail(`${path}.pubDate`, `an item should carry a date (pubDate, published or updated), got ${JSON.stringify(date ?? null)}`);
  const link = linkOf(it);
  const authorEl = asList(it.author)[0];
  const author = text(it['dc:creator']) ?? (isObj(authorEl) ? text(authorEl.name) : text(authorEl)) ?? feedTitle ?? 'feed';
  const m: MessageInput = {
    id: idOf(it, link, title, date),
    channel: 'x',
    direction: ctx.brandAccounts.has('x', author) ? 'outbound' : 'inbound',
    author: { id: author.slice(0, 200), name: author.slice(0, 200) },
    text: clip([title, body && body !== title ? body : ''].filter(Boolean).join(' — ')),
    createdAt: Math.max(0, createdAt),
  };
  if (link && /^https?:\/\//.test(link) && link.length <= 2000) m.url = link;
  c.add(m);
}

/** RSS 2.0 (`<rss><channel><item>`), RSS 1.0 (`<rdf:RDF><item>`) or Atom (`<feed><entry>`) into messages on `x`. */
export function fromFeed(xml: string, ctx: AdapterContext): AdapterResult | { error: string } {
  let doc: unknown;
  try {
    doc = parser.parse(xml, true);
  } catch (err) {
    return { error: `the feed should be well-formed XML: ${(err as Error).message.split('\n')[0].slice(0, 120)}` };
  }
  if (!isObj(doc)) return { error: 'the feed should be RSS or Atom XML' };
  const c = collector('x');
  const rss = isObj(doc.rss) && isObj(doc.rss.channel) ? doc.rss.channel : isObj(doc['rdf:RDF']) ? doc['rdf:RDF'] : undefined;
  const atom = isObj(doc.feed) ? doc.feed : undefined;
  if (rss) {
    const title = isObj(rss.channel) ? text(rss.channel.title) : text(rss.title);
    asList(rss.item).forEach((it, i) => item(it, `item.${i}`, title, ctx, c));
  } else if (atom) {
    asList(atom.entry).forEach((it, i) => item(it, `entry.${i}`, text(atom.title), ctx, c));
  } else {
    return { error: 'the feed should have an <rss>, <rdf:RDF> or Atom <feed> root' };
  }
  return c.result();
}
