import { XMLParser } from 'fast-xml-parser';
import type { MessageInput } from '../../schemas/message.ts';
import { clip, collector, fromEpochSeconds, isObj, placeholder, str, type AdapterContext, type AdapterResult } from './common.ts';

// Every value stays a string: MsgId is a 64-bit number that a JS number would round.
const parser = new XMLParser({ parseTagValue: false, ignoreAttributes: true, processEntities: true, trimValues: true });

/** The `<xml>` root of a WeChat push, or an error saying why the body is not one. */
export function parseWechatXml(raw: string): { xml: Record<string, unknown> } | { error: string } {
  let doc: unknown;
  try {
    doc = parser.parse(raw, true);
  } catch (err) {
    return { error: `the body should be WeChat XML (<xml>…</xml>): ${(err as Error).message.split('\n')[0].slice(0, 120)}` };
  }
  if (!isObj(doc) || !isObj(doc.xml)) return { error: 'the body should be WeChat XML with an <xml> root' };
  return { xml: doc.xml };
}

/**
 * WeChat Official Account push in plain-text mode: `<xml><ToUserName/><FromUserName/><CreateTime/><MsgType/>…`.
 * Text, image, voice (with its recognition), video, location and link messages become inbound `wechat` messages;
 * events (subscribe, menu clicks) are acknowledged and not stored. Encrypted (safe) mode is not supported.
 */
export function fromWechat(raw: string, ctx: AdapterContext): AdapterResult | { error: string } {
  const parsed = parseWechatXml(raw);
  if ('error' in parsed) return parsed;
  const xml = parsed.xml;
  if (typeof xml.Encrypt === 'string') return { error: 'encrypted (safe mode) messages are not supported: set the Official Account to plain-text mode' };
  const c = collector('wechat');
  const type = str(xml.MsgType);
  if (!type) {
    c.fail('MsgType', '`MsgType` is required');
    return c.result();
  }
  if (type === 'event') {
    c.ignore();
    return c.result();
  }
  const id = str(xml.MsgId) ?? str(xml.MsgID);
  const from = str(xml.FromUserName);
  const createdAt = fromEpochSeconds(xml.CreateTime);
  if (!id) c.fail('MsgId', '`MsgId` is required');
  else if (!from) c.fail('FromUserName', '`FromUserName` (the follower\'s OpenID) is required');
  else if (createdAt === undefined) c.fail('CreateTime', '`CreateTime` should be epoch seconds');
  else {
    let text: string;
    if (type === 'text') text = str(xml.Content) ?? '';
    else if (type === 'voice' && str(xml.Recognition)) text = String(xml.Recognition);
    else if (type === 'link') text = [str(xml.Title), str(xml.Description)].filter(Boolean).join(' — ') || placeholder(type);
    else if (type === 'location') text = str(xml.Label) ?? placeholder(type);
    else text = placeholder(type);
    const m: MessageInput = {
      id,
      channel: 'wechat',
      direction: ctx.brandAccounts.has('wechat', from) ? 'outbound' : 'inbound',
      author: { id: from },
      text: clip(text),
      createdAt,
    };
    const url = type === 'link' ? str(xml.Url) : undefined;
    if (url && /^https?:\/\//.test(url)) m.url = url.slice(0, 2000);
    c.add(m);
  }
  return c.result();
}
