import sanitizeHtml from 'sanitize-html';

/** Tags a calamity screen may use: text, lists, links, images and simple tables; no scripts, forms, frames or <style>. */
const TAGS = [
  'h1', 'h2', 'h3', 'h4', 'p', 'br', 'hr', 'strong', 'b', 'em', 'i', 'u', 's', 'small', 'mark', 'sup', 'sub',
  'ul', 'ol', 'li', 'a', 'img', 'div', 'span', 'section', 'header', 'footer', 'blockquote', 'figure', 'figcaption',
  'table', 'thead', 'tbody', 'tr', 'th', 'td',
];
const COLOR = /^(#[0-9a-f]{3,8}|[a-z]{3,20}|rgba?\(\s*[\d.\s,%]+\)|var\(--[a-z-]{1,30}\))$/i;
const ONE_LENGTH = '(0|auto|-?\\d{1,4}(\\.\\d{1,3})?(px|em|rem|%|vh|vw))';
const LENGTH = new RegExp(`^${ONE_LENGTH}(\\s+${ONE_LENGTH}){0,3}$`);
/**
 * Inline styles: typography, colour and spacing only. No position, transform, z-index, url() or expressions,
 * so nothing can be drawn outside the element's box or load anything.
 */
const STYLES: Record<string, RegExp[]> = {
  color: [COLOR],
  'background-color': [COLOR],
  'text-align': [/^(left|right|center|justify)$/],
  'font-size': [LENGTH],
  'font-weight': [/^(normal|bold|[1-9]00)$/],
  'font-style': [/^(normal|italic)$/],
  'text-decoration': [/^(none|underline|line-through)$/],
  'line-height': [/^\d(\.\d{1,2})?$/, LENGTH],
  margin: [LENGTH],
  padding: [LENGTH],
  'max-width': [LENGTH],
  width: [LENGTH],
  'border-radius': [LENGTH],
};

const SAFE_URL = /^\s*(https:|mailto:|tel:|data:image\/|#)/i;
const schemeOf = (url: string) => /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase().concat(':') ?? 'relative';

/** The result of sanitizing: the safe HTML and, for staff, what was taken out (deduplicated, bounded). */
export interface Sanitized {
  html: string;
  removed: string[];
}

/**
 * Sanitizes calamity HTML with an allow-list (sanitize-html): disallowed tags are dropped (script and style with
 * their content), event handlers and unknown attributes are dropped, URLs must be https (or mailto/tel for links,
 * data: for images), and inline styles keep only typography, colour and spacing. Pure.
 */
export function sanitizeCalamityHtml(input: string): Sanitized {
  const removed = new Set<string>();
  const note = (what: string) => {
    if (removed.size < 20) removed.add(what);
  };
  const html = sanitizeHtml(input, {
    allowedTags: TAGS,
    allowedAttributes: { a: ['href', 'title', 'rel', 'target'], img: ['src', 'alt', 'width', 'height'], '*': ['class', 'style', 'lang', 'dir'] },
    allowedSchemes: ['https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['https', 'data'] },
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowProtocolRelative: false,
    allowedStyles: { '*': STYLES },
    disallowedTagsMode: 'discard',
    // Their text would otherwise be left behind as visible junk.
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'iframe', 'object', 'template'],
    transformTags: {
      // Links leave the wall's frame only as new, unrelated tabs (on a touch kiosk); the sandbox blocks the rest.
      a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }),
    },
    onOpenTag(name, attribs) {
      if (!TAGS.includes(name)) note(`<${name}>`);
      for (const [attr, value] of Object.entries(attribs)) {
        if (/^on/i.test(attr)) note(`${attr}= event handler`);
        else if ((attr === 'href' || attr === 'src') && !SAFE_URL.test(value)) note(`${schemeOf(value)} URL`);
        else if (attr === 'style' && /(position|url\(|expression|behavior|transform|z-index|@import)/i.test(value)) note('style outside the allowed properties');
      }
    },
  });
  return { html, removed: [...removed] };
}
