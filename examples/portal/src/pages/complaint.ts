import '../browser/shell.js';
import '@cerdas/elements/complaint-form/define.js';

// After a report is filed, point to the tracker with its number filled in.
const next = document.querySelector<HTMLElement>('[data-after-submit]');
const link = document.querySelector<HTMLAnchorElement>('[data-track-link]');
document.querySelector('cerdas-complaint-form')?.addEventListener('cerdas-submitted', (event) => {
  const { trackingNumber } = (event as CustomEvent<{ trackingNumber: string }>).detail;
  if (!next || !link) return;
  link.search = new URLSearchParams({ nomor: trackingNumber }).toString();
  next.hidden = false;
});
