import { param } from '../browser/shell.js';
import '@cerdas/elements/tracker/define.js';

// `?nomor=ADU-…` opens the tracker on that number; a number found becomes the address, so it
// can be bookmarked or shared.
const tracker = document.querySelector('cerdas-tracker');
const number = param('nomor');
if (tracker && number) tracker.setAttribute('tracking-number', number);
tracker?.addEventListener('cerdas-track', (event) => {
  const { trackingNumber } = (event as CustomEvent<{ trackingNumber: string }>).detail;
  const url = new URL(location.href);
  url.searchParams.set('nomor', trackingNumber);
  history.replaceState(null, '', url);
});
