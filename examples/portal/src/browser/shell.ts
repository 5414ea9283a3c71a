import '../styles/portal.css';
import type { Language } from '@cerdas/model';
import { MESSAGES, type PortalMessages } from '../site/messages.js';

/**
 * What every page does first: widgets marked `data-api` whose `api-base` is empty talk to this
 * origin (the reference set-up serves the API and the portal together), and the language
 * switch keeps the address's query (a business, a tracking number).
 */
export const language: Language = document.documentElement.lang === 'en' ? 'en' : 'id';
export const messages: PortalMessages = MESSAGES[language];
/** The regency's Kemendagri code, written into the page by the build. */
export const regionCode = document.documentElement.dataset.region ?? '';

const configured = document.querySelector('[data-api]')?.getAttribute('api-base') ?? '';
/** Where the Cerdas API lives. */
export const apiBase = configured || location.origin;

for (const element of document.querySelectorAll('[data-api]')) {
  if (!element.getAttribute('api-base')) element.setAttribute('api-base', apiBase);
}

const switcher = document.querySelector<HTMLAnchorElement>('[data-language-switch]');
if (switcher && location.search) switcher.search = location.search;

/** A query parameter of the page's address, trimmed; undefined when absent or empty. */
export function param(name: string): string | undefined {
  return new URLSearchParams(location.search).get(name)?.trim() || undefined;
}
