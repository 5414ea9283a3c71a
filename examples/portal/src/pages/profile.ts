import { param } from '../browser/shell.js';
import '@cerdas/elements/umkm-profile/define.js';

const id = param('id');
const profile = document.querySelector('cerdas-umkm-profile');
if (id && profile) {
  profile.setAttribute('business-id', id);
} else {
  profile?.setAttribute('hidden', '');
  document.querySelector('[data-missing]')?.removeAttribute('hidden');
}
