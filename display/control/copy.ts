/**
 * Copies `text` to the clipboard. The Clipboard API exists only in secure contexts (https, localhost), and staff often
 * open the panel over plain http on a LAN address, so it falls back to selecting `field` and the legacy copy command.
 * False when neither worked; the text is then left selected for a manual copy.
 */
export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | undefined): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, page not focused): try the fallback below.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
