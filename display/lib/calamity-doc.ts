/** CSP of the calamity frame: no script, no connection, no plugin; only inline styles and https/data images. */
export const FRAME_CSP = "default-src 'none'; img-src https: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** Theme variables copied into the frame (it cannot inherit them: a sandboxed frame is another document). */
export const FRAME_VARS = ['--bg', '--bg-elevated', '--fg', '--fg-muted', '--accent', '--negative', '--warning', '--font-family', '--radius'] as const;

/** Only plain CSS values cross into the frame: no braces, semicolons, angle brackets or backslashes. */
const SAFE_VALUE = /^[#(),.%\w\s'"+-]{1,200}$/;

/** Brand styles for the classes templates use (hw-lead, hw-card, hw-muted); sizes follow the frame, not the wall. */
const BASE_CSS = `html,body{margin:0;height:100%}
body{box-sizing:border-box;background:var(--bg,#0b1f4b);color:var(--fg,#fff);font-family:var(--font-family,sans-serif),'Noto Sans CJK SC',sans-serif;font-size:clamp(14px,3.1vmin,72px);line-height:1.45;padding:5vmin 6vmin;overflow:hidden;-webkit-font-smoothing:antialiased}
h1{font-size:2.3em;line-height:1.1;margin:0 0 .45em;letter-spacing:-.02em}
h2{font-size:1.2em;margin:0 0 .4em;color:var(--accent,#4fc3f7)}
h3,h4{margin:.6em 0 .3em}
p{margin:0 0 .7em}
.hw-lead{font-size:1.3em;max-width:46em}
.hw-card{background:var(--bg-elevated,#13306b);border-radius:var(--radius,12px);padding:.9em 1.3em;margin:1em 0;max-width:46em}
.hw-card ul{margin:0}
.hw-muted{color:var(--fg-muted,#c3cde6);font-size:.85em}
a{color:var(--accent,#4fc3f7);text-decoration:none;font-weight:600}
img{max-width:100%;height:auto;border-radius:var(--radius,12px)}
ul,ol{padding-left:1.2em}li{margin:.25em 0}
table{border-collapse:collapse}td,th{padding:.3em .7em;border-bottom:1px solid var(--fg-muted,#c3cde6)}`;

/**
 * The document shown in the sandboxed calamity iframe (`srcdoc`): a strict CSP meta first, the brand's variables
 * and styles, then the HTML the server already sanitized. Pure: `vars` are the theme values read by the caller.
 */
export function calamityDocument(html: string, vars: Readonly<Record<string, string>> = {}): string {
  const decl = FRAME_VARS.filter((k) => SAFE_VALUE.test(vars[k] ?? '')).map((k) => `${k}:${vars[k]}`).join(';');
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${FRAME_CSP}"><style>:root{${decl}}\n${BASE_CSS}</style></head><body>${html}</body></html>`;
}
