import { createClientFor } from '@cerdas/client';
import { servicesListRoute } from '@cerdas/model';
import { apiBase, language, param } from '../browser/shell.js';
import '@cerdas/elements/ikm-survey/define.js';
import '@cerdas/elements/ikm-badge/define.js';

// The survey rates one service: the citizen picks it from the regency's service standards
// (`?layanan=<id>` preselects one, e.g. from a receipt or a QR code at the counter).
const select = document.querySelector<HTMLSelectElement>('#layanan');
const survey = document.querySelector('cerdas-ikm-survey');
const api = createClientFor({ 'services.list': servicesListRoute }, { baseUrl: apiBase, language });

function choose(id: string, name: string): void {
  if (!survey) return;
  if (!id) {
    survey.hidden = true;
    return;
  }
  survey.setAttribute('service-id', id);
  survey.setAttribute('service-name', name);
  survey.hidden = false;
}

async function load(): Promise<void> {
  if (!select) return;
  try {
    for await (const service of api.services.iterate({ limit: 100 })) {
      select.add(new Option(service.name, service.id));
    }
  } catch {
    document.querySelector('[data-services-error]')?.removeAttribute('hidden');
    return;
  }
  select.disabled = false;
  const wanted = param('layanan');
  if (wanted && [...select.options].some((o) => o.value === wanted)) {
    select.value = wanted;
    choose(wanted, select.selectedOptions[0]?.text ?? '');
  }
}

select?.addEventListener('change', () => {
  choose(select.value, select.selectedOptions[0]?.text ?? '');
  const url = new URL(location.href);
  if (select.value) url.searchParams.set('layanan', select.value);
  else url.searchParams.delete('layanan');
  history.replaceState(null, '', url);
});
void load();
