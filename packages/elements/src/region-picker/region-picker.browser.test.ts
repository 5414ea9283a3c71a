import { listChildren, searchRegions } from '@cerdas/wilayah';
import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { noViolations } from '../../test/support/axe.js';
import { holderOf, loadThemes, useHost } from '../../test/support/dom.js';
import { armXssTrap, expectNoScriptRan, HOSTILE } from '../../test/support/hostile.js';
import type { CerdasRegionPicker, RegionPickerChange } from './region-picker.js';
import './define.js';

useHost();

/** Puts markup on the page inside a wrapper with the given language. */
const mount = holderOf;

function picker(holder: HTMLElement): CerdasRegionPicker {
  return holder.querySelector('cerdas-region-picker') as CerdasRegionPicker;
}

function view(element: CerdasRegionPicker) {
  const root = element.shadowRoot as ShadowRoot;
  return {
    root,
    selects: [...root.querySelectorAll('select')],
    filters: [...root.querySelectorAll<HTMLInputElement>('input[type="search"]')],
    labels: [...root.querySelectorAll('label')].map((label) => label.textContent?.trim()),
    statuses: [...root.querySelectorAll('.status')].map((s) => s.textContent?.trim()),
    error: root.querySelector('[part="error"]')?.textContent?.trim(),
    focused: root.activeElement?.id,
  };
}

/** The names in a list, without its empty first option. */
function optionNames(select: HTMLSelectElement | undefined): string[] {
  return [...(select?.options ?? [])].slice(1).map((option) => option.textContent?.trim() ?? '');
}

async function ready(...elements: CerdasRegionPicker[]): Promise<void> {
  for (const element of elements) await element.updateComplete;
}

/** Purwodadi, then Gerbo, with the filter fields and Enter only. */
async function chooseGerboWithKeyboard(element: CerdasRegionPicker): Promise<void> {
  element.focus();
  await userEvent.keyboard('purwodadi');
  await ready(element);
  await userEvent.keyboard('{Enter}');
  await ready(element);
  await userEvent.keyboard('gerbo');
  await ready(element);
  await userEvent.keyboard('{Enter}');
  await ready(element);
}

describe('<cerdas-region-picker> inside a regency', () => {
  it('lists the 24 kecamatan of Kabupaten Pasuruan, the village list waiting', async () => {
    const element = picker(mount('<cerdas-region-picker within="35.14"></cerdas-region-picker>'));
    await ready(element);
    const { selects, labels, filters } = view(element);
    expect(labels).toEqual(['Kecamatan', 'Desa/kelurahan']);
    expect(optionNames(selects[0])).toHaveLength(24);
    expect(optionNames(selects[0])).toContain('Purwodadi');
    expect(selects[0]?.options[0]?.textContent).toBe('— Pilih kecamatan —');
    expect(filters[0]?.getAttribute('aria-label')).toBe('Saring daftar kecamatan');
    expect(selects[1]?.disabled).toBe(true);
    expect(filters[1]?.disabled).toBe(true);
    expect(element.value).toBe('');
  });

  it('is chosen with the keyboard alone: type, Enter, type, Enter', async () => {
    const element = picker(mount('<cerdas-region-picker within="35.14"></cerdas-region-picker>'));
    await ready(element);
    const changes: RegionPickerChange[] = [];
    let plainChanges = 0;
    element.addEventListener('cerdas-change', (event) => {
      changes.push((event as CustomEvent<RegionPickerChange>).detail);
    });
    element.addEventListener('change', () => {
      plainChanges += 1;
    });

    element.focus();
    expect(view(element).focused).toBe('filter-0');
    await userEvent.keyboard('PÚRWO');
    await ready(element);
    // Accents and case do not matter; the best matches come first.
    expect(optionNames(view(element).selects[0])).toEqual(['Purwodadi', 'Purwosari']);
    expect(view(element).statuses[0]).toBe(
      '2 kecamatan cocok. Tekan Enter untuk memilih yang teratas.',
    );
    await userEvent.keyboard('{Enter}');
    await ready(element);
    expect(view(element).selects[0]?.value).toBe('35.14.01');
    expect(view(element).focused).toBe('filter-1');
    expect(optionNames(view(element).selects[1])).toContain('Gerbo');
    expect(element.value).toBe('');
    expect(changes).toEqual([]);

    await userEvent.keyboard('gerbo{Enter}');
    await ready(element);
    expect(element.value).toBe('35.14.01.2001');
    expect(view(element).selects[1]?.value).toBe('35.14.01.2001');
    expect(changes).toEqual([{ code: '35.14.01.2001', name: 'Gerbo', level: 'village' }]);
    expect(plainChanges).toBe(1);
  });

  it('is chosen with the native lists too, and a new kecamatan clears the village', async () => {
    const element = picker(mount('<cerdas-region-picker within="35.14"></cerdas-region-picker>'));
    await ready(element);
    const changes: RegionPickerChange[] = [];
    element.addEventListener('cerdas-change', (event) => {
      changes.push((event as CustomEvent<RegionPickerChange>).detail);
    });
    await userEvent.selectOptions(view(element).selects[0] as HTMLSelectElement, 'Purwodadi');
    await ready(element);
    await userEvent.selectOptions(view(element).selects[1] as HTMLSelectElement, 'Gerbo');
    await ready(element);
    expect(element.value).toBe('35.14.01.2001');

    await userEvent.selectOptions(view(element).selects[0] as HTMLSelectElement, 'Tutur');
    await ready(element);
    expect(element.value).toBe('');
    expect(view(element).selects[1]?.value).toBe('');
    expect(optionNames(view(element).selects[1])).not.toContain('Gerbo');
    expect(changes.map((change) => change.code)).toEqual(['35.14.01.2001', '']);
  });

  it('moves from the filter to its list with ArrowDown, and Escape clears the filter', async () => {
    const element = picker(mount('<cerdas-region-picker within="35.14"></cerdas-region-picker>'));
    await ready(element);
    element.focus();
    await userEvent.keyboard('sari');
    await ready(element);
    expect(optionNames(view(element).selects[0])).toEqual(['Purwosari', 'Tosari']);
    await userEvent.keyboard('{Escape}');
    await ready(element);
    expect(view(element).filters[0]?.value).toBe('');
    expect(optionNames(view(element).selects[0])).toHaveLength(24);
    await userEvent.keyboard('{ArrowDown}');
    expect(view(element).focused).toBe('select-0');
  });

  it('stops at the level it is asked for', async () => {
    const element = picker(
      mount('<cerdas-region-picker within="35.14" level="district"></cerdas-region-picker>'),
    );
    await ready(element);
    expect(view(element).labels).toEqual(['Kecamatan']);
    await userEvent.selectOptions(view(element).selects[0] as HTMLSelectElement, 'Bangil');
    await ready(element);
    expect(element.value).toBe('35.14.14');
  });

  it('speaks English under lang="en"', async () => {
    const element = picker(
      mount('<cerdas-region-picker within="35.14" required></cerdas-region-picker>', 'en'),
    );
    await ready(element);
    const { labels, selects, filters } = view(element);
    expect(labels).toEqual(['District (kecamatan)', 'Village (desa/kelurahan)']);
    expect(selects[0]?.options[0]?.textContent).toBe('— Choose a district (kecamatan) —');
    expect(filters[0]?.placeholder).toBe('Type to filter');
    expect(element.validationMessage).toBe('Choose a district (kecamatan).');
  });
});

describe('<cerdas-region-picker> without a scope', () => {
  it('starts from the provinces and goes down to the regencies', async () => {
    const element = picker(mount('<cerdas-region-picker level="regency"></cerdas-region-picker>'));
    await ready(element);
    expect(view(element).labels).toEqual(['Provinsi', 'Kabupaten/kota']);
    expect(optionNames(view(element).selects[0])).toHaveLength(38);
    element.focus();
    await userEvent.keyboard('jawa timur{Enter}');
    await ready(element);
    expect(view(element).selects[0]?.value).toBe('35');
    await userEvent.keyboard('kab pasuruan{Enter}');
    await ready(element);
    expect(element.value).toBe('35.14');
  });

  it('goes down to the village by default, four lists', async () => {
    const element = picker(mount('<cerdas-region-picker></cerdas-region-picker>'));
    await ready(element);
    expect(view(element).labels).toEqual([
      'Provinsi',
      'Kabupaten/kota',
      'Kecamatan',
      'Desa/kelurahan',
    ]);
    element.value = '35.14.01.2001';
    await ready(element);
    expect(view(element).selects.map((select) => select.value)).toEqual([
      '35',
      '35.14',
      '35.14.01',
      '35.14.01.2001',
    ]);
  });
});

describe('<cerdas-region-picker> in a plain <form>', () => {
  const FORM = `
    <form>
      <label for="desa">Lokasi</label>
      <cerdas-region-picker id="desa" name="desa" within="35.14" required></cerdas-region-picker>
      <button type="submit">Kirim</button>
    </form>`;

  it('submits the code chosen with the keyboard under its name', async () => {
    const holder = mount(FORM);
    const form = holder.querySelector('form') as HTMLFormElement;
    const element = picker(holder);
    await ready(element);
    expect(element.form).toBe(form);
    expect([...element.labels].map((label) => label.textContent)).toEqual(['Lokasi']);

    await chooseGerboWithKeyboard(element);
    expect(new FormData(form).get('desa')).toBe('35.14.01.2001');
    expect(form.checkValidity()).toBe(true);

    const submitted: (string | null)[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted.push(new FormData(form).get('desa') as string | null);
    });
    await userEvent.click(holder.querySelector('button') as HTMLButtonElement);
    expect(submitted).toEqual(['35.14.01.2001']);
  });

  it('blocks the submit while required and empty, with a message in Indonesian', async () => {
    const holder = mount(FORM);
    const form = holder.querySelector('form') as HTMLFormElement;
    const element = picker(holder);
    await ready(element);
    let submits = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits += 1;
    });
    expect(form.checkValidity()).toBe(false);
    expect(element.validity.valueMissing).toBe(true);
    expect(element.validationMessage).toBe('Pilih kecamatan.');

    await userEvent.click(holder.querySelector('button') as HTMLButtonElement);
    await ready(element);
    expect(submits).toBe(0);
    const { error, selects } = view(element);
    expect(error).toBe('Pilih kecamatan.');
    expect(selects[0]?.getAttribute('aria-invalid')).toBe('true');
    expect(selects[0]?.getAttribute('aria-describedby')).toContain('error');

    // Half way there: the message names what is still missing.
    await userEvent.selectOptions(selects[0] as HTMLSelectElement, 'Purwodadi');
    await ready(element);
    expect(form.checkValidity()).toBe(false);
    expect(element.validationMessage).toBe('Pilih desa/kelurahan.');
  });

  it('gives the message in English under lang="en"', async () => {
    const holder = mount(FORM, 'en');
    const element = picker(holder);
    await ready(element);
    expect((holder.querySelector('form') as HTMLFormElement).checkValidity()).toBe(false);
    expect(element.validationMessage).toBe('Choose a district (kecamatan).');
  });

  it('follows a language switch of the page', async () => {
    const holder = mount(FORM);
    const element = picker(holder);
    await ready(element);
    expect(element.validationMessage).toBe('Pilih kecamatan.');
    holder.lang = 'en';
    element.lang = 'en';
    await ready(element);
    expect(element.validationMessage).toBe('Choose a district (kecamatan).');
  });

  it('is cleared by form.reset()', async () => {
    const holder = mount(FORM);
    const form = holder.querySelector('form') as HTMLFormElement;
    const element = picker(holder);
    await ready(element);
    await chooseGerboWithKeyboard(element);
    expect(new FormData(form).get('desa')).toBe('35.14.01.2001');

    form.reset();
    await ready(element);
    expect(element.value).toBe('');
    expect(new FormData(form).get('desa')).toBe('');
    expect(view(element).selects.map((select) => select.value)).toEqual(['', '']);
    expect(view(element).selects[1]?.disabled).toBe(true);
    expect(form.checkValidity()).toBe(false);
  });

  it('starts from its value attribute and resets to it', async () => {
    const holder = mount(`
      <form>
        <cerdas-region-picker name="desa" within="35.14" value="35.14.01.2001"></cerdas-region-picker>
      </form>`);
    const form = holder.querySelector('form') as HTMLFormElement;
    const element = picker(holder);
    await ready(element);
    expect(new FormData(form).get('desa')).toBe('35.14.01.2001');
    expect(view(element).selects.map((select) => select.value)).toEqual([
      '35.14.01',
      '35.14.01.2001',
    ]);
    await userEvent.selectOptions(view(element).selects[0] as HTMLSelectElement, 'Tutur');
    await ready(element);
    expect(new FormData(form).get('desa')).toBe('');
    form.reset();
    await ready(element);
    expect(new FormData(form).get('desa')).toBe('35.14.01.2001');
    expect(view(element).selects[1]?.value).toBe('35.14.01.2001');
  });

  it('does not submit a code outside its scope or one that names no village', async () => {
    const holder = mount(`
      <form>
        <cerdas-region-picker name="a" within="35.14" value="35.73.01.1001"></cerdas-region-picker>
        <cerdas-region-picker name="b" within="35.14" value="35.14.01.2999"></cerdas-region-picker>
      </form>`);
    const [outside, unknown] = [
      ...holder.querySelectorAll('cerdas-region-picker'),
    ] as CerdasRegionPicker[];
    await ready(outside as CerdasRegionPicker, unknown as CerdasRegionPicker);
    const data = new FormData(holder.querySelector('form') as HTMLFormElement);
    expect(data.get('a')).toBe('');
    expect(data.get('b')).toBe('');
  });

  it('is left out, and switched off, inside a disabled fieldset', async () => {
    const holder = mount(`
      <form>
        <fieldset disabled>
          <cerdas-region-picker name="desa" within="35.14" value="35.14.01.2001" required></cerdas-region-picker>
        </fieldset>
      </form>`);
    const form = holder.querySelector('form') as HTMLFormElement;
    const element = picker(holder);
    await ready(element);
    expect(new FormData(form).has('desa')).toBe(false);
    expect(element.willValidate).toBe(false);
    expect(view(element).selects.every((select) => select.disabled)).toBe(true);
    (holder.querySelector('fieldset') as HTMLFieldSetElement).disabled = false;
    await ready(element);
    expect(new FormData(form).get('desa')).toBe('35.14.01.2001');
    expect(view(element).selects[0]?.disabled).toBe(false);
  });

  it('takes a custom validity message like an <input>', async () => {
    const holder = mount(FORM);
    const element = picker(holder);
    await ready(element);
    await chooseGerboWithKeyboard(element);
    element.setCustomValidity('Desa ini di luar wilayah layanan.');
    expect(element.checkValidity()).toBe(false);
    expect(element.validity.customError).toBe(true);
    element.setCustomValidity('');
    expect(element.checkValidity()).toBe(true);
  });
});

describe('<cerdas-region-picker> states', () => {
  it('says so when a scope has nothing below it', async () => {
    const element = picker(mount('<cerdas-region-picker within="35.99"></cerdas-region-picker>'));
    await ready(element);
    expect(view(element).statuses[0]).toBe('Tidak ada kecamatan di wilayah ini.');
    expect(view(element).selects[0]?.disabled).toBe(true);
  });

  it('refuses a malformed scope with a message', async () => {
    const element = picker(
      mount('<cerdas-region-picker within="pasuruan"></cerdas-region-picker>'),
    );
    await ready(element);
    expect(view(element).root.textContent?.trim()).toBe('Kode wilayah "pasuruan" tidak dikenal.');
  });

  it('marks a list busy while its province data loads, then shows it', async () => {
    const holder = mount('<cerdas-region-picker within="11.01"></cerdas-region-picker>');
    const element = picker(holder);
    const seen: string[] = [];
    new MutationObserver(() => {
      const step = element.shadowRoot?.querySelector('[part="step"]');
      if (step) seen.push(`${step.getAttribute('aria-busy')} ${view(element).statuses[0]}`);
    }).observe(element.shadowRoot as ShadowRoot, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    await ready(element);
    expect(seen[0]).toBe('true Memuat daftar wilayah…');
    expect(seen.at(-1)).toBe('false ');
    expect(optionNames(view(element).selects[0]).length).toBeGreaterThan(10);
  });

  it('offers a retry when a list fails to load, and loads it on retry', async () => {
    const element = picker(mount('<cerdas-region-picker within="35.14"></cerdas-region-picker>'));
    let failing = true;
    element.source = {
      listChildren: (code) =>
        failing ? Promise.reject(new TypeError('Failed to fetch')) : listChildren(code),
      searchRegions,
    };
    await ready(element);
    expect(view(element).statuses[0]).toBe('Daftar wilayah tidak dapat dimuat.');
    const retry = view(element).root.querySelector('[part="retry"]') as HTMLButtonElement;
    expect(retry.textContent?.trim()).toBe('Coba lagi');
    failing = false;
    await userEvent.click(retry);
    await ready(element);
    expect(optionNames(view(element).selects[0])).toHaveLength(24);
    expect(view(element).root.querySelector('[part="retry"]')).toBeNull();
  });

  it('says the device is offline, and loads by itself when it is back online', async () => {
    const element = picker(mount('<cerdas-region-picker within="35.14"></cerdas-region-picker>'));
    let online = false;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    try {
      element.source = {
        listChildren: (code) =>
          online ? listChildren(code) : Promise.reject(new TypeError('Failed to fetch')),
        searchRegions,
      };
      await ready(element);
      expect(view(element).statuses[0]).toBe(
        'Perangkat sedang luring; daftar wilayah belum dapat dimuat.',
      );
      online = true;
      window.dispatchEvent(new Event('online'));
      await ready(element);
      expect(optionNames(view(element).selects[0])).toHaveLength(24);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
  });
});

describe('<cerdas-region-picker> accessibility', () => {
  it('has no axe violations, empty, chosen, and showing its error', async () => {
    const holder = mount(`
      <form>
        <label for="desa">Lokasi</label>
        <cerdas-region-picker id="desa" name="desa" within="35.14" required></cerdas-region-picker>
      </form>`);
    const element = picker(holder);
    await ready(element);
    await noViolations(holder);
    element.reportValidity();
    await ready(element);
    expect(view(element).error).toBe('Pilih kecamatan.');
    await noViolations(holder);
    await chooseGerboWithKeyboard(element);
    await noViolations(holder);
  });

  it('has no axe violations with four lists in English', async () => {
    const holder = mount(
      '<cerdas-region-picker value="35.14.01.2001"></cerdas-region-picker>',
      'en',
    );
    await ready(picker(holder));
    await noViolations(holder);
  });

  it('names each list with a visible label and each filter with what it filters', async () => {
    const element = picker(mount('<cerdas-region-picker within="35.14"></cerdas-region-picker>'));
    await ready(element);
    const { root, selects, filters } = view(element);
    for (const [index, select] of selects.entries()) {
      expect(root.querySelector(`label[for="${select.id}"]`)).not.toBeNull();
      expect(filters[index]?.getAttribute('aria-controls')).toBe(select.id);
    }
    for (const control of [...selects, ...filters]) {
      const box = control.getBoundingClientRect();
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
  });
});

describe('<cerdas-region-picker> with hostile strings', () => {
  it('renders overrides and attributes as text; nothing executes', async () => {
    armXssTrap();
    const hostile = HOSTILE;
    const holder = mount(
      `<cerdas-region-picker within="35.14" value="javascript:alert(1)"></cerdas-region-picker>
       <cerdas-region-picker id="bad"></cerdas-region-picker>`,
    );
    const [element, bad] = [
      ...holder.querySelectorAll('cerdas-region-picker'),
    ] as CerdasRegionPicker[];
    (element as CerdasRegionPicker).strings = {
      label: () => hostile,
      choose: () => hostile,
      filterPlaceholder: hostile,
    };
    (bad as CerdasRegionPicker).within = hostile;
    await ready(element as CerdasRegionPicker, bad as CerdasRegionPicker);
    await new Promise((resolve) => setTimeout(resolve, 50));

    expectNoScriptRan();
    for (const each of [element, bad] as CerdasRegionPicker[]) {
      const root = each.shadowRoot as ShadowRoot;
      expect(root.querySelectorAll('img, script, a')).toHaveLength(0);
    }
    expect(view(element as CerdasRegionPicker).labels[0]).toBe(hostile);
    expect((element as CerdasRegionPicker).value).toBe('');
    expect(view(bad as CerdasRegionPicker).root.textContent).toContain(hostile);
  });
});

describe('<cerdas-region-picker> stories', () => {
  type StoryModule = Record<
    string,
    { render?: () => unknown; beforeEach?: () => undefined | (() => void) } | undefined
  >;

  it('has no axe violations in any story, themes loaded', async () => {
    await loadThemes();
    const stories = (await import('./region-picker.stories.js')) as unknown as StoryModule;
    const meta = stories.default as { render: () => unknown };
    const names = Object.keys(stories).filter((name) => name !== 'default');
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const name of names) {
      const story = stories[name];
      const cleanup = story?.beforeEach?.();
      const holder = mount('');
      render((story?.render ?? meta.render)(), holder);
      for (const element of holder.querySelectorAll('cerdas-region-picker')) {
        await Promise.race([
          (element as CerdasRegionPicker).updateComplete,
          new Promise((resolve) => setTimeout(resolve, 500)),
        ]);
      }
      await noViolations(holder, { story: name });
      cleanup?.();
      holder.remove();
    }
  });
});
