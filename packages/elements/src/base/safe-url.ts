/** Schemes a widget may link to: web pages (wa.me included), phone numbers and e-mail. */
const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'tel:', 'mailto:']);

/**
 * The `href` for a URL that came from the API or a page, or `undefined` when it must not
 * become a link (`javascript:`, `data:`, relative or malformed URLs): render plain text then.
 */
export function safeHref(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return undefined;
  if ((parsed.protocol === 'https:' || parsed.protocol === 'http:') && !parsed.hostname) {
    return undefined;
  }
  if ((parsed.protocol === 'tel:' || parsed.protocol === 'mailto:') && !parsed.pathname) {
    return undefined;
  }
  return parsed.href;
}
