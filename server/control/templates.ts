/** A ready-made calamity screen staff can pick and edit. */
export interface CalamityTemplate {
  id: string;
  name: string;
  title: string;
  /** HTML with `{{keywords}}` and `{{time}}` placeholders; uses the brand classes of the frame (hw-lead, hw-card, hw-muted). */
  html: string;
  /** Side-stream keyword and counters when nothing better is known. */
  keyword: string | null;
  counters: string[];
}

/** Built-in templates; `ash-cloud` matches the demo feed's incident. */
export const TEMPLATES: readonly CalamityTemplate[] = [
  {
    id: 'ash-cloud',
    name: 'Ash cloud: flights grounded',
    title: 'Flights disrupted by volcanic ash',
    html: `<h1>Flights disrupted by volcanic ash</h1>
<p class="hw-lead">Because of an ash cloud over Europe, many flights today are cancelled or delayed. Your safety comes first.</p>
<div class="hw-card"><h2>What you can do now</h2>
<ul><li>Check your flight status before you travel to the airport.</li>
<li>Rebook or request a refund online, free of charge.</li>
<li>Stuck abroad? We arrange hotels for affected passengers.</li></ul></div>
<p><a href="https://example.com/travel-updates">example.com/travel-updates</a></p>
<p class="hw-muted">Mentions right now: {{keywords}} · updated {{time}}</p>`,
    keyword: 'ash',
    counters: ['ash', 'volcano', 'cancelled'],
  },
  {
    id: 'outage',
    name: 'System outage',
    title: 'We are working on a disruption',
    html: `<h1>We are working on a disruption</h1>
<p class="hw-lead">Some of our systems are unavailable. Bookings and check-in may fail for now.</p>
<div class="hw-card"><h2>Good to know</h2><ul><li>Your booking is safe.</li><li>Please do not book twice.</li><li>We post updates every 30 minutes.</li></ul></div>
<p class="hw-muted">Updated {{time}}</p>`,
    keyword: null,
    counters: ['outage', 'down', 'app'],
  },
  {
    id: 'travel-ban',
    name: 'Travel restriction',
    title: 'Travel restrictions in force',
    html: `<h1>Travel restrictions in force</h1>
<p class="hw-lead">New entry rules apply to some destinations. Check them before you travel.</p>
<div class="hw-card"><h2>Your options</h2><ul><li>Change your flight free of charge.</li><li>Request a voucher or refund.</li></ul></div>
<p class="hw-muted">Updated {{time}}</p>`,
    keyword: null,
    counters: ['ban', 'restrictions'],
  },
  {
    id: 'notice',
    name: 'General notice',
    title: 'Service notice',
    html: `<h1>Service notice</h1>
<p class="hw-lead">Write the message here.</p>
<p class="hw-muted">Updated {{time}}</p>`,
    keyword: null,
    counters: [],
  },
];

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A template with its placeholders filled (values escaped: they come from social posts). Pure. */
export function fillTemplate(t: CalamityTemplate, vars: { keywords?: string[]; time?: string }): CalamityTemplate {
  const keywords = escapeHtml((vars.keywords?.length ? vars.keywords : t.counters).slice(0, 6).join(', ') || '–');
  const time = escapeHtml(vars.time ?? '');
  return { ...t, html: t.html.replaceAll('{{keywords}}', keywords).replaceAll('{{time}}', time) };
}

/** The template that best fits an alert's keywords: ash-cloud when they mention ash or a volcano, else the general notice. */
export function templateFor(keywords: readonly string[]): CalamityTemplate {
  const k = keywords.join(' ').toLowerCase();
  if (/ash|volcan|asche|vulkan|cendre|ceniza|cenere|vulcão|火山|화산/.test(k)) return TEMPLATES[0];
  if (/outage|down|storing|panne|app|website/.test(k)) return TEMPLATES[1];
  return TEMPLATES[3];
}
